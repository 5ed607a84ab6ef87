/* hyexcept.c -- the hyphenation exceptions of exceptions.def: the breaks of
 * common words the patterns leave whole, looked up by the plain word. */
#include "typeset/hyphen.h"

#include <string.h>

static const char *const exceptions[] = {
#define HY_EXCEPTION(w) w,
#include "typeset/exceptions.def"
#undef HY_EXCEPTION
};
#define NEXCEPTIONS (sizeof exceptions / sizeof exceptions[0])

size_t hy_exception_count(void) { return NEXCEPTIONS; }

const char *hy_exception_entry(size_t i)
{
    return i < NEXCEPTIONS ? exceptions[i] : NULL;
}

/* Compare the plain word w[0..len) with entry e read without its hyphens. */
static int cmp_plain(const char *w, size_t len, const char *e)
{
    size_t i = 0;
    for (; *e; e++) {
        if (*e == '-')
            continue;
        if (i == len)
            return -1;
        if ((unsigned char)w[i] != (unsigned char)*e)
            return (unsigned char)w[i] < (unsigned char)*e ? -1 : 1;
        i++;
    }
    return i == len ? 0 : 1;
}

int hy_exception(const char *w, size_t len, char *after)
{
    size_t lo = 0, hi = NEXCEPTIONS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_plain(w, len, exceptions[mid]);
        if (c == 0) {
            memset(after, 0, len);
            size_t k = 0;
            for (const char *e = exceptions[mid]; *e; e++)
                if (*e == '-')
                    after[k - 1] = 1;
                else
                    k++;
            return 1;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}
