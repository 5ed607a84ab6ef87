/* fuzz_source.c -- libFuzzer target for the Markdown+YAML parser: bytes ->
 * text -> src_parse, then the model printed back (to /dev/null). */
#include <stdint.h>

#include "export.h"
#include "fuzz_common.h"
#include "source.h"
#include "statement.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    fuzz_setup();
    if (!null)
        null = fopen("/dev/null", "w");
    struct text t;
    if (text_from_bytes("fuzz.md", (const char *)data, size, (size_t)1 << 20, &t))
        return 0;
    struct statement s;
    (void)src_is_source(&t);
    if (src_parse(&t, &s) == 0 && null) {
        export_json(&s, null);
        export_markdown(&s, null);
    }
    stmt_free(&s);
    text_free(&t);
    return 0;
}
