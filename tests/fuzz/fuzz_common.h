/* fuzz_common.h -- what every libFuzzer target shares: messages go to
 * /dev/null (they are checked by the shell tests, not here), and the data
 * folder defaults to the source checkout the target was built from. */
#ifndef IMPRINT_FUZZ_COMMON_H
#define IMPRINT_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#include "base/diag.h"
#include "export/export.h"
#include "model/statement.h"
#include "read/text.h"

#ifndef FUZZ_DATADIR
#define FUZZ_DATADIR "."
#endif

/* Silence diag() once; point IMPRINT_DATADIR at the checkout if unset. */
static inline void fuzz_setup(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    FILE *null = fopen("/dev/null", "w");
    if (null)
        diag_set_stream(null);
    setenv("IMPRINT_DATADIR", FUZZ_DATADIR, 0);
}

/* A front end (rec_recognise or src_parse) on the bytes, then the model
 * printed back as JSON and as Markdown+YAML, to /dev/null. */
static inline int fuzz_front_end(const unsigned char *data, size_t size,
                                 const char *name,
                                 int (*parse)(const struct text *, struct statement *))
{
    static FILE *null;
    fuzz_setup();
    if (!null)
        null = fopen("/dev/null", "w");
    struct text t;
    if (text_from_bytes(name, (const char *)data, size, (size_t)1 << 20, &t))
        return 0;
    struct statement s;
    if (parse(&t, &s) == 0 && null) {
        export_json(&s, null);
        export_markdown(&s, null);
    }
    stmt_free(&s);
    text_free(&t);
    return 0;
}

#endif
