/* fuzz_feed.c -- libFuzzer target for the feed front end: bytes ->
 * feed_parse -> each item's statement through the HTML front end and its
 * slug, then the model printed back (to /dev/null). */
#include <stdint.h>

#include "fuzz_common.h"
#include "recognise/source_feed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    fuzz_setup();
    if (!null)
        null = fopen("/dev/null", "w");
    struct feed f;
    if (feed_parse("fuzz.rss", (const char *)data, size, &f) == 0) {
        for (size_t i = 1; i <= f.n && i <= 50; i++) {
            struct text t;
            struct statement s;
            free(feed_item_slug(&f.items[i - 1], i));
            if (feed_item_statement(&f, i, (size_t)1 << 20, &t, &s) == 0 && null)
                export_json(&s, null);
            stmt_free(&s);
            text_free(&t);
        }
    }
    feed_free(&f);
    return 0;
}
