/* fuzz_html.c -- libFuzzer target for the HTML front end: bytes -> the
 * declared character set decoded -> html_parse, then the model printed
 * back (to /dev/null). */
#include <stdint.h>

#include "fuzz_common.h"
#include "read/charset.h"
#include "recognise/source_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    fuzz_setup();
    if (!null)
        null = fopen("/dev/null", "w");
    struct text t;
    if (text_from_html_bytes("fuzz.html", (const char *)data, size, (size_t)1 << 20, &t))
        return 0;
    struct statement s;
    if (html_parse(&t, NULL, &s) == 0 && null) {
        export_json(&s, null);
        export_markdown(&s, null);
    }
    stmt_free(&s);
    text_free(&t);
    return 0;
}
