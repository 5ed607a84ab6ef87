/* shared.h -- for unit tests: where the real statements kept beside the
 * checkout are (../shared/, read relative to the project root, where
 * tests/run.sh runs the tests) and how a test that needs them is skipped
 * when they are absent.  Include after cmocka.h. */
#ifndef IMPRINT_TEST_SHARED_H
#define IMPRINT_TEST_SHARED_H

#include <sys/stat.h>

#define SHARED_CORPUS "../shared/corpus/state-feed-2021-2022"

/* Skip the running test unless the folder dir exists, first printing the
 * reason on a "# SKIP: " line, where tests/run.sh finds it. */
static inline void shared_require(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        print_message("# SKIP: %s/ is absent (real statements kept beside the checkout)\n", dir);
        skip();
    }
}

#endif
