/* capture.h -- for unit tests: catch what diag() prints in memory, so that
 * messages can be asserted like output.  Include after diag.h; the static
 * state is per test program. */
#ifndef IMPRINT_TEST_CAPTURE_H
#define IMPRINT_TEST_CAPTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "base/diag.h"

static char *msgs;       /* what was printed since capture_start */
static size_t msgs_len;
static FILE *msgf;

/* Start catching messages (and reset the counts). */
static inline void capture_start(void)
{
    msgf = open_memstream(&msgs, &msgs_len);
    diag_set_stream(msgf);
    diag_reset();
}

/* Stop catching and free what was caught. */
static inline void capture_stop(void)
{
    diag_set_stream(NULL);
    fclose(msgf);
    free(msgs);
    msgs = NULL;
    msgs_len = 0;
}

/* Setup and teardown for cmocka tests that only need the capture. */
static inline int capture_setup(void **state)
{
    (void)state;
    capture_start();
    return 0;
}

static inline int capture_teardown(void **state)
{
    (void)state;
    capture_stop();
    return 0;
}

#endif
