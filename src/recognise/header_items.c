/* header_items.c -- header items set on one line: squeezed with one
 * separator ("Press Statement | Jane Doe, Spokesperson | March 3, 2019"),
 * run together without separators, a kind with its date, a place with
 * its date, a date and time with a place.  Each reader says whether a line
 * is one and, asked to, fills the statement's fields still empty. */
#include "recognise/hdr_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "recognise/participants.h"

/* The issuer an item names as "TITLE NAME" and nothing else ("PM Lee
 * Hsien Loong"), as "Name, Title", or NULL; caller frees. */
static char *title_name_item(const char *it)
{
    return rec_mention_issuer(it, 1, 1);
}

/* Whether an item is a release's number ("No. 2010/14", "Release No. 45"). */
static int release_number(const char *it)
{
    const char *p = strncmp(it, "Release ", 8) == 0 ? it + 8 : it;
    if (strncmp(p, "No. ", 4) != 0 || !p[4])
        return 0;
    for (p += 4; *p; p++)
        if (!isdigit((unsigned char)*p) && !strchr("/-.", *p))
            return 0;
    return 1;
}

/* The role of one header item: 1 kind, 2 issuer, 3 place, 4 date, 5 a
 * release number, 0 none. */
static int item_role(const char *it, int year)
{
    if (release_number(it))
        return 5;
    char *iso = rec_date_line(it, year, NULL);
    int date = iso != NULL;
    free(iso);
    if (rec_kind_of(it))
        return 1;
    if (date)
        return 4;
    char *person = rec_is_office(it) || rec_org_line(it) ? NULL : title_name_item(it);
    free(person);
    if (rec_is_office(it) || rec_org_line(it) || person)
        return 2;
    return rec_is_place(it) ? 3 : 0;
}

/* Put header item it of role r into the field still empty. */
static void fill_item(const struct hdr *h, int r, const char *it)
{
    struct statement *out = h->out;
    if (r == 5) {
        stmt_add_dropped(out, rec_cur_no(h), it, "release number");
        return;
    }
    char **f = r == 1 ? &out->kind : r == 2 ? &out->office : r == 3 ? &out->place : &out->date;
    if (*f)
        return;
    char *person = r == 2 && !rec_is_office(it) && !rec_org_line(it) ? title_name_item(it) : NULL;
    *f = r == 1 ? xstrdup(rec_kind_of(it)) : r == 4 ? rec_date_line(it, h->year, NULL)
                                           : person ? person : xstrdup(it);
}

/* Header items squeezed onto one line ("Press Statement | Jane Doe,
 * Spokesperson | Washington, DC | March 3, 2019", "No. 2010/14 - Ottawa,
 * Ontario - March 26, 2010"): with one separator, every item a kind,
 * issuer, place, date or release number (listed as dropped), each role
 * once, two at least (three with dashes: "Press Briefing - July 5, 2022"
 * is a headline).
 * Returns 1 when s is such a line; with fill, its items fill the fields
 * still empty. */
int rec_squeezed_items(const struct hdr *h, const char *s, int fill)
{
    static const char *const seps[] = {" | ", "  ", " - ", " \xE2\x80\x93 ", NULL};
    for (int i = 0; seps[i]; i++) {
        size_t sl = strlen(seps[i]);
        int roles = 0, n = 0, ok = strstr(s, seps[i]) != NULL;
        /* the second pass fills, only when the first found enough items */
        for (int pass = 0; pass < 1 + fill && ok && (!pass || n >= (i < 2 ? 2 : 3)); pass++) {
            roles = n = 0;
            for (const char *p = s, *e; ok && *p; p = e ? e + sl : p + strlen(p), n++) {
                e = strstr(p, seps[i]);
                char *it = e ? xstrndup(p, (size_t)(e - p)) : xstrdup(p);
                int r = *it ? item_role(it, h->year) : 0;
                ok = r && !(roles & (1 << r));
                roles |= 1 << r;
                if (ok && pass)
                    fill_item(h, r, it);
                free(it);
            }
        }
        if (ok && n >= (i < 2 ? 2 : 3))
            return 1;
    }
    return 0;
}

/* The length of the longest kind label opening s, with its space; 0. */
static size_t kind_prefix(const char *s)
{
    size_t best = 0;
    for (const char *p = strchr(s, ' '); p && p - s <= 40; p = strchr(p + 1, ' ')) {
        char *w = xstrndup(s, (size_t)(p - s));
        if (rec_kind_of(w))
            best = (size_t)(p - s) + 1;
        free(w);
    }
    return best;
}

/* The start of the date closing s (" December 1, 2019"), or NULL. */
const char *rec_date_suffix(const char *s, int year)
{
    for (const char *p = strchr(s, ' '); p; p = strchr(p + 1, ' ')) {
        char *iso = rec_date_line(p + 1, year, NULL);
        free(iso);
        if (iso)
            return p;
    }
    return NULL;
}

/* Items squeezed onto one line whose separators were lost ("REMARKS Jane
 * Doe, Secretary of State Tokyo, Japan December 1, 2019"): a kind opening
 * it, a date closing it, and between them a "Name, Title" byline and the
 * shortest place closing it.  Returns 1 when all four are there; with
 * fill, they fill the fields still empty. */
int rec_run_together_items(const struct hdr *h, const char *s, int fill)
{
    size_t k = kind_prefix(s);
    const char *d = k && rec_count_words(s) <= 30 ? rec_date_suffix(s + k, h->year) : NULL;
    if (!d)
        return 0;
    char *mid = xstrndup(s + k, (size_t)(d - s - k));
    int ok = 0;
    for (char *p = strrchr(mid, ' '); p && !ok; ) {
        *p = '\0';
        size_t n = strlen(mid);
        ok = n && !strchr(",-\xE2\x80\x93", mid[n - 1]) && part_is_byline(mid) &&
             rec_is_office(mid) && rec_is_place(p + 1);
        if (ok && fill) {
            char *kd = xstrndup(s, k - 1);
            fill_item(h, 1, kd);
            fill_item(h, 2, mid);
            fill_item(h, 3, p + 1);
            fill_item(h, 4, d + 1);
            free(kd);
        }
        char *q = p;
        *p = ' ';
        while (q > mid && q[-1] != ' ')
            q--;
        p = q > mid ? q - 1 : NULL;
    }
    free(mid);
    return ok;
}

/* The date opening s and a kind label after a separator ("13.07.2014 -
 * Press release"): the kind's start, 0 when s is not one; *iso gets the
 * date (caller frees). */
static size_t date_then_kind(const struct hdr *h, const char *s, char **iso)
{
    static const char *const seps[] = {" - ", " \xE2\x80\x93 ", " | ", NULL};
    for (int i = 0; seps[i]; i++) {
        const char *p = strstr(s, seps[i]);
        if (!p || !rec_kind_of(p + strlen(seps[i])))
            continue;
        char *d = xstrndup(s, (size_t)(p - s));
        *iso = rec_date_line(d, h->year, NULL);
        free(d);
        if (*iso)
            return (size_t)(p - s) + strlen(seps[i]);
    }
    return 0;
}

/* A kind label and the date on one line ("Media release 12 October
 * 2018", "13.07.2014 - Press release"): returns 1 when s is one; with
 * fill they fill the fields still empty. */
int rec_kind_and_date(const struct hdr *h, const char *s, int fill)
{
    char *diso = NULL;
    size_t dk = date_then_kind(h, s, &diso);
    if (dk) {
        if (fill && !h->out->date)
            h->out->date = diso, diso = NULL;
        if (fill)
            fill_item(h, 1, s + dk);
        free(diso);
        return 1;
    }
    size_t k = kind_prefix(s);
    /* "Press Briefing - July 5, 2022" is a briefing's headline */
    char *iso = k && rec_count_words(s) <= 9 && isalnum((unsigned char)s[k])
                    ? rec_date_line(s + k, h->year, NULL) : NULL;
    if (!iso)
        return 0;
    free(iso);
    if (fill) {
        char *kd = xstrndup(s, k - 1);
        fill_item(h, 1, kd);
        fill_item(h, 4, s + k);
        free(kd);
    }
    return 1;
}

/* A place and the date on one line ("WASHINGTON, DC March 3, 2019",
 * "Tokyo, Japan, 3 March 2019"): 1 when s is one; with fill they fill the
 * fields still empty.  rec_place_and_date also reads a wire's tag
 * between them (listed as dropped). */
static int place_and_date(const struct hdr *h, const char *s, int fill)
{
    const char *d = rec_count_words(s) <= 12 ? rec_date_suffix(s, h->year) : NULL;
    if (!d)
        return 0;
    char *pl = xstrndup(s, (size_t)(d - s));
    size_t n = strlen(pl);
    if (n && pl[n - 1] == ',')
        pl[--n] = '\0';
    int ok = n && rec_is_place(pl);
    if (ok && fill) {
        fill_item(h, 3, pl);
        fill_item(h, 4, d + 1);
    }
    free(pl);
    return ok;
}

/* The length of a dash at s ("-", an en or em dash), or 0. */
static size_t dash_at(const char *s)
{
    if (*s == '-')
        return 1;
    return !strncmp(s, "\xE2\x80\x93", 3) || !strncmp(s, "\xE2\x80\x94", 3) ? 3 : 0;
}

/* A wire's tag between dashes in a dateline ("Hanoi, Vietnam-(ENEWSPF)-December
 * 16, 2013."): the line without it as "PLACE DATE" (caller frees) and
 * *tag the tag, or NULL when s has none. */
static char *untagged(const char *s, char **tag)
{
    const char *open = strstr(s, "(");
    if (!open || open - s < 2 || open - s > 60)
        return NULL;
    size_t before = open[-1] == '-' ? 1 : open - s >= 3 && dash_at(open - 3) == 3 ? 3 : 0;
    const char *close = strchr(open, ')');
    size_t after = close ? dash_at(close + 1) : 0;
    if (!before || !after || close - open < 3 || close - open > 20)
        return NULL;
    for (const char *p = open + 1; p < close; p++)
        if (!isupper((unsigned char)*p) && !strchr("-&.", *p))
            return NULL;
    const char *date = close + 1 + after;
    size_t n = strlen(date);
    n -= n && date[n - 1] == '.';  /* "December 16, 2013." */
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%.*s %.*s", (int)(open - before - s), s, (int)n, date);
    *tag = xstrndup(open + 1, (size_t)(close - open - 1));
    return buf_take(&b);
}

/* The line number of line s among the header's lines, or 0. */
static int line_no_of(const struct hdr *h, const char *s)
{
    for (size_t u = 0; u < h->k; u++)
        if (h->L[h->nb[u]].s == s)
            return h->L[h->nb[u]].no;
    return 0;
}

int rec_place_and_date(const struct hdr *h, const char *s, int fill)
{
    char *tag = NULL, *plain = untagged(s, &tag);
    int ok = plain ? place_and_date(h, plain, fill) : place_and_date(h, s, fill);
    if (ok && tag && fill)
        stmt_add_dropped(h->out, line_no_of(h, s), tag, "agency dateline");
    free(tag);
    free(plain);
    return ok;
}

/* Whether s is a date with a time and a place or venue after it ("Thursday,
 * May 3, 2021, 4:46 p.m. Munich, Germany"); with fill, takes the date and
 * the place (a venue is passed over). */
int rec_date_then_place(const struct hdr *h, const char *s, int fill)
{
    const char *rest = NULL;
    char *iso = rec_date_time_rest(s, h->year, &rest);
    if (!iso)
        return 0;
    if (fill && !h->out->date) {
        h->out->date = iso;
        iso = NULL;
    }
    if (fill && !h->out->place && rec_is_place(rest) && !rec_venue_line(rest))
        h->out->place = xstrdup(rest);
    else if (fill && *rest)  /* a venue, or a place already known: listed */
        stmt_add_dropped(h->out, line_no_of(h, s), rest, "venue");
    free(iso);
    return 1;
}

/* A dateline alone ("Brussels, 28 February 2011") right under the body's
 * first line, when the header gave no date: a repost's note over the
 * statement's own dateline.  The note becomes the preface, the dateline
 * fills the place and the date; returns the line after it, or i. */
size_t rec_dateline_under_note(struct hdr *h, size_t i)
{
    if (h->out->date || i + 2 >= h->k)
        return i;
    const char *note = h->L[h->nb[i]].s, *s = h->L[h->nb[i + 1]].s;
    if (rec_count_words(note) > 40 || rec_count_words(s) > 8 || !rec_place_and_date(h, s, 0))
        return i;
    rec_add_preface(h->out, note);
    rec_place_and_date(h, s, 1);
    return i + 2;
}
