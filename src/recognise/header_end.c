/* header_end.c -- where the text ends, after the body's furniture is
 * known: a posting line under it ("Published March 3, 2019") gives the
 * date, and a sign-off under the last paragraph (a place, a date, the
 * ministry) gives the place and date still missing and is the closing. */
#include "recognise/hdr_parts.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "recognise/participants.h"

/* A posting line ("Published March 3, 2019", "Posted on ...") closing
 * the text [j, e) or among the footer lines from foot: the date when the
 * header gave none.  The line closing the text is no body: returns the
 * body's new end. */
size_t rec_posted_at_end(struct hdr *h, size_t j, size_t e, size_t foot)
{
    struct statement *out = h->out;
    for (size_t i = e > j + 1 ? e - 1 : foot; i < h->k && i < foot + 8; i++) {
        if (i >= e && i < foot)
            continue;
        const struct rec_line *l = &h->L[h->nb[i]];
        char *iso = rec_posted_date(l->s, h->year);
        if (!iso)
            continue;
        if (!out->date)
            out->date = iso, iso = NULL;
        free(iso);
        if (i == e - 1) {
            stmt_add_dropped(out, l->no, l->s, "posting date");
            e--;
        }
        break;
    }
    return e;
}

/* Whether s can stand in a sign-off under the text: a date line, a
 * place, an organisation's name, a country (any case), a row of dots;
 * *fields gets 1 for a place or date. */
static int signoff_line(const struct hdr *h, const char *s, int *fields)
{
    char *iso = rec_date_line(s, h->year, NULL);
    int date = iso != NULL;
    free(iso);
    if (date || rec_is_place(s) || part_country_of(s)) {
        *fields = 1;
        return 1;
    }
    if (rec_count_words(s) > 8 || (rec_ends_with_punct(s) && strspn(s, ". *") != strlen(s)))
        return 0;
    return strspn(s, ". *-") == strlen(s) || rec_org_line(s) || rec_is_office(s);
}

/* A sign-off under the text's last paragraph: up to four short lines,
 * a place or a date among them ("New Delhi" over "October 22, 2021",
 * "MINISTRY OF FOREIGN AFFAIRS" over "SINGAPORE" and "18 MARCH 2020").
 * They fill the place and date still empty and become the closing,
 * printed after the body.  Returns the new end of the body. */
size_t rec_signoff_at_end(struct hdr *h, size_t j, size_t e)
{
    size_t i = e;
    int fields = 0;
    while (i > j + 1 && e - i < 4 && signoff_line(h, h->L[h->nb[i - 1]].s, &fields))
        i--;
    const char *last = h->L[h->nb[i - 1]].s;
    if (i == e || !fields || h->out->closing || !rec_ends_with_punct(last) ||
        rec_count_words(last) < 8)
        return e;
    struct buf b;
    buf_init(&b);
    for (size_t u = i; u < e; u++) {
        const char *s = h->L[h->nb[u]].s;
        char *iso = rec_date_line(s, h->year, NULL);
        if (iso && !h->out->date)
            h->out->date = iso, iso = NULL;
        else if (!iso && !h->out->place && rec_is_place(s))
            h->out->place = xstrdup(s);
        free(iso);
        buf_printf(&b, "%s%s", u > i ? "\n" : "", s);
    }
    h->out->closing = buf_take(&b);
    return i;
}

