/* hyexcept.c -- the hyphenation exceptions of exceptions.def: the breaks of
 * common words the patterns leave whole, looked up by the plain word. */
#include "typeset/hyphen.h"

#include <stdlib.h>
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

/* The word looked up: w[0..len). */
struct plain {
    const char *w;
    size_t len;
};

/* bsearch's comparison of the plain word with an entry read without its
 * hyphens. */
static int cmp_plain(const void *key, const void *entry)
{
    const char *w = ((const struct plain *)key)->w;
    size_t len = ((const struct plain *)key)->len;
    const char *e = *(const char *const *)entry;
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
    struct plain key = {w, len};
    const char *const *hit = bsearch(&key, exceptions, NEXCEPTIONS, sizeof *exceptions,
                                     cmp_plain);
    if (!hit)
        return 0;
    memset(after, 0, len);
    size_t k = 0;
    for (const char *e = *hit; *e; e++)
        if (*e == '-')
            after[k - 1] = 1;
        else
            k++;
    return 1;
}
