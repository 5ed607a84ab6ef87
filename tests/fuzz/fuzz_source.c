/* fuzz_source.c -- libFuzzer target for the Markdown+YAML parser: bytes ->
 * text -> src_parse, then the model printed back (to /dev/null). */
#include <stdint.h>

#include "fuzz_common.h"
#include "recognise/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_front_end(data, size, "fuzz.md", src_parse);
}
