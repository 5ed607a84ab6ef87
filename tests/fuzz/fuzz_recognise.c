/* fuzz_recognise.c -- libFuzzer target for the scraped-text recogniser:
 * bytes -> text -> rec_recognise, then the model printed back as JSON and as
 * Markdown+YAML (to /dev/null). */
#include <stdint.h>

#include "export.h"
#include "fuzz_common.h"
#include "recognise.h"
#include "statement.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    fuzz_setup();
    if (!null)
        null = fopen("/dev/null", "w");
    struct text t;
    if (text_from_bytes("fuzz", (const char *)data, size, (size_t)1 << 20, &t))
        return 0;
    struct statement s;
    if (rec_recognise(&t, &s) == 0 && null) {
        export_json(&s, null);
        export_markdown(&s, null);
    }
    stmt_free(&s);
    text_free(&t);
    return 0;
}
