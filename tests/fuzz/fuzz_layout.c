/* fuzz_layout.c -- libFuzzer target for the layout-file loader: bytes into
 * layout_load_bytes (the same checks as layout_load on a file). */
#include <stdint.h>

#include "fuzz_common.h"
#include "style/layout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    struct layout l;
    if (layout_load_bytes("fuzz.yaml", (const char *)data, size, &l) == 0) {
        /* An accepted layout leaves room for text. */
        if (!(l.page_width > l.margin_inner + l.margin_outer) ||
            !(l.page_height > l.margin_top + l.margin_bottom))
            abort();
        layout_free(&l);
    }
    return 0;
}
