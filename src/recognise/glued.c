/* glued.c -- header items a copy ran together with no space between them
 * ("Secretary of StateTreaty RoomWashington, DCMarch 23, 2009", as old
 * archive pages copy): the line is split at its seams when every piece is
 * a header item by itself. */
#include "recognise/hdr_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* Most pieces a line is split into. */
#define GLUED_MAX 8

/* Whether a seam lies before s[i]: a capital opening a word (a small
 * letter after it) right after a small letter, a digit, a run of capitals
 * ("DCMarch") or an abbreviation's period ("D.C.March"). */
static int seam_at(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i], a = (unsigned char)s[i - 1],
                  b = (unsigned char)s[i - 2];
    if (!isupper(c) || !islower((unsigned char)s[i + 1]))
        return 0;
    if (islower(a)) {
        /* a name's own capital after a short prefix ("McCormack",
         * "MacArthur", "DeSantis", "VanDyke") is no seam */
        size_t w = i;
        while (w > 0 && isalpha((unsigned char)s[w - 1]))
            w--;
        return i - w >= 4;
    }
    return isdigit(a) || (isupper(a) && isupper(b)) || (a == '.' && isupper(b));
}

/* Whether p is a header item on its own: a kind, a date, a place, a
 * venue, a person's title, an office, a person's name. */
static int glued_item(const char *p)
{
    if (rec_kind_of(p) || rec_is_date(p) || rec_is_place(p) || rec_venue_line(p) ||
        rec_person_title_line(p) || rec_is_office(p))
        return 1;
    char *name = rec_person_line(p);
    free(name);
    return name != NULL;
}

size_t rec_glued_split(const char *s, char ***out)
{
    size_t cut[GLUED_MAX + 1], n = 0, len = strlen(s);
    cut[n++] = 0;
    for (size_t i = 2; i + 1 < len; i++)
        if (seam_at(s, i)) {
            if (n == GLUED_MAX)
                return 0;
            cut[n++] = i;
        }
    if (n < 2 || rec_count_words(s) > 24)
        return 0;
    cut[n] = len;
    char **pc = xmalloc(n * sizeof *pc);
    size_t ok = 1;
    for (size_t i = 0; i < n; i++) {
        pc[i] = xstrndup(s + cut[i], cut[i + 1] - cut[i]);
        ok = ok && glued_item(pc[i]);
    }
    if (!ok) {
        for (size_t i = 0; i < n; i++)
            free(pc[i]);
        free(pc);
        return 0;
    }
    *out = pc;
    return n;
}
