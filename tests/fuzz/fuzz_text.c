/* fuzz_text.c -- libFuzzer target for the read stage: arbitrary bytes into
 * text_from_bytes, checking what it promises about accepted text. */
#include <stdint.h>
#include <string.h>

#include "fuzz_common.h"
#include "read/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    struct text t;
    if (text_from_bytes("fuzz", (const char *)data, size, (size_t)1 << 20, &t) == 0) {
        /* Accepted text is NUL-terminated, has no NUL or CR inside. */
        if (t.data[t.len] != '\0' || memchr(t.data, '\0', t.len) ||
            memchr(t.data, '\r', t.len))
            abort();
        text_free(&t);
    } else if (t.data || t.name) {
        abort();  /* a failed read leaves nothing to free */
    }
    return 0;
}
