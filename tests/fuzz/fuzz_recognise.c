/* fuzz_recognise.c -- libFuzzer target for the scraped-text recogniser:
 * bytes -> text -> rec_recognise, then the model printed back as JSON and as
 * Markdown+YAML (to /dev/null). */
#include <stdint.h>

#include "fuzz_common.h"
#include "recognise/recognise.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_front_end(data, size, "fuzz", rec_recognise);
}
