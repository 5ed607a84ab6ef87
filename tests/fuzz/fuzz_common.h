/* fuzz_common.h -- what every libFuzzer target shares: messages go to
 * /dev/null (they are checked by the shell tests, not here), and the data
 * folder defaults to the source checkout the target was built from. */
#ifndef IMPRINT_FUZZ_COMMON_H
#define IMPRINT_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#include "diag.h"

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

#endif
