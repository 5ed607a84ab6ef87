/* header_body.c -- where the body lies once the header is read: a run-in
 * dateline at its head, the furniture after it, the list of dropped lines
 * with its note, the kind a preface names, and the warning when the body
 * keeps very little of the text. */
#include "recognise/hdr_parts.h"
#include "recognise/furn_links.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/uchar.h"
#include "base/util.h"
#include "recognise/participants.h"

static const char *const banner = "An official website of the United States government";

/* The place of a dateline run into the first paragraph ("WASHINGTON, DC
 * -- The United States ...", "Berlin, Germany — Today ..."), or NULL;
 * *cut (may be NULL) gets the length of the place and its dash with the
 * space after it.  Caller frees. */
static char *run_in_dateline(const char *s, size_t *cut)
{
    static const char *const dashes[] = {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
                                         " - ", NULL};
    for (int i = 0; dashes[i]; i++) {
        const char *d = strstr(s, dashes[i]);
        if (!d || d == s || (size_t)(d - s) > 60)
            continue;
        char *place = xstrndup(s, (size_t)(d - s));
        size_t n = strlen(place);
        if (n && place[n - 1] == ',')
            place[--n] = '\0';
        if (rec_is_place(place)) {
            if (cut)
                *cut = (size_t)(d - s) + strlen(dashes[i]);
            return place;
        }
        free(place);
    }
    return NULL;
}

/* A city run into the first paragraph before a colon ("Islamabad: Good
 * evening ..."; no country: "Iran: " heads a topic): the place (caller
 * frees), *cut the length to leave out; NULL when s has none. */
static char *colon_dateline(const char *s, size_t *cut)
{
    const char *colon = strstr(s, ": ");
    if (!colon || colon == s || colon - s > 24 || rec_count_words(s) <= 6 ||
        !uchar_is_upper_start(colon + 2))
        return NULL;
    char *place = xstrndup(s, (size_t)(colon - s));
    const char *c = part_country_of(place);
    if (rec_is_place(place) && !(c && !strcasecmp(c, place)) && !strchr(place, ',') &&
        rec_count_words(place) <= 3) {
        *cut = (size_t)(colon - s) + 2;
        return place;
    }
    free(place);
    return NULL;
}

/* Add line s to the preface, on a line of its own. */
void rec_add_preface(struct statement *out, const char *s)
{
    struct buf b;
    buf_init(&b);
    if (out->preface)
        buf_printf(&b, "%s\n", out->preface);
    buf_adds(&b, s);
    free(out->preface);
    out->preface = buf_take(&b);
}

/* A subtitle over a run-in dateline: lines j .. i-1, at most two, each a
 * short line that is no sentence (no final period), and line i starts
 * with a dateline.  Returns i, or j when there is none. */
static size_t subtitle_end(const struct hdr *h, size_t j)
{
    for (size_t i = j; i < h->k && i < j + 3; i++) {
        const char *s = h->L[h->nb[i]].s;
        size_t n = strlen(s);
        char *place = run_in_dateline(s, NULL);
        free(place);
        if (place)
            return i;
        if (rec_count_words(s) > 30 || !n || strchr(".:;!?", s[n - 1]))
            return j;
    }
    return j;
}

/* The first dash at or after s that separates run-in header items, within
 * 60 bytes; its length goes to *dl.  NULL when none. */
static const char *item_dash(const char *s, size_t *dl)
{
    static const char *const dashes[] = {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
                                         " - ", NULL};
    const char *best = NULL;
    for (int i = 0; dashes[i]; i++) {
        const char *d = strstr(s, dashes[i]);
        if (d && d != s && (size_t)(d - s) <= 60 && (!best || d < best))
            best = d, *dl = strlen(dashes[i]);
    }
    return best;
}

/* The header items run into the first paragraph, each followed by a dash:
 * a date, a place, an issuer ("13 March 2019 - Canberra, ACT - Ministry
 * of X - The ..."), each at most once; they fill the fields still empty.
 * Returns how many were read; *cut gets the length they take. */
static int run_in_items(struct hdr *h, const char *s, size_t *cut)
{
    struct statement *out = h->out;
    int n = 0, date = 0, place = 0, office = 0;
    const char *p = s, *d;
    size_t dl = 0;
    while ((d = item_dash(p, &dl))) {
        char *it = xstrndup(p, (size_t)(d - p)), *iso = NULL;
        size_t m = strlen(it);
        if (m && it[m - 1] == ',')
            it[--m] = '\0';
        if (!date && (iso = rec_date_line(it, h->year, NULL))) {
            date = 1;
            if (!out->date)
                out->date = iso, iso = NULL;
        } else if (!place && rec_is_place(it)) {
            place = 1;
            if (!out->place)
                out->place = xstrdup(it);
        } else if (!office && n && (rec_is_office(it) || rec_org_line(it))) {
            office = 1;
            if (!out->office)
                out->office = xstrdup(it);
        } else {
            free(it);
            break;
        }
        free(iso);
        free(it);
        n++;
        p = d + dl;
    }
    *cut = (size_t)(p - s);
    return n;
}

/* Whether s[0..n) is a news agency's name: capitals (and spaces, "&",
 * "-"), two to twenty bytes ("TASS", "MONTSAME", "FBC", "SPA"). */
static int agency_name(const char *s, size_t n)
{
    size_t caps = 0;
    if (n < 2 || n > 20)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (isupper((unsigned char)s[i]))
            caps++;
        else if (!strchr(" &-", s[i]))
            return 0;
    }
    return caps >= 2;
}

/* The place and date of an agency dateline's head ("MOSCOW, September
 * 15", "Addis Ababa, May 16, 2023", "Ulaanbaatar"): they fill the fields
 * still empty.  Returns 0 when the head is no place with an optional date. */
static int agency_head(struct hdr *h, const char *s, size_t n)
{
    char *head = xstrndup(s, n);
    size_t m = strlen(head);
    while (m && strchr(" .,", head[m - 1]))
        head[--m] = '\0';
    /* "OTTAWA, ON, April 29, 2025": the date closing the head */
    const char *ds = rec_date_suffix(head, h->year);
    char *comma = ds && ds > head && ds[-1] == ',' ? (char *)ds - 1 : strstr(head, ", "), *iso = NULL;
    int dated = 0;
    if (comma) {
        *comma = '\0';
        iso = rec_date_line(comma + 2, h->year, NULL);
        char *any = iso ? NULL : rec_date_line(comma + 2, 2000, NULL);
        dated = iso || any;  /* a day and month the page gives no year for */
        free(any);
    }
    int ok = rec_is_place(head) && (!comma || dated);
    if (ok && !h->out->place)
        h->out->place = xstrdup(head);
    if (ok && iso && !h->out->date)
        h->out->date = iso, iso = NULL;
    free(iso);
    free(head);
    return ok;
}

/* A news agency's dateline run into the first paragraph, its length or 0:
 * "MOSCOW, September 15. /TASS/. ", "Ulaanbaatar /MONTSAME/. ",
 * "Addis Ababa, May 16, 2023 (FBC) – ", "Berlin, Oct 30, SPA -- ".  The
 * agency's name marks the head as a dateline, whose place and date fill
 * the fields still empty. */
static size_t agency_dateline(struct hdr *h, const char *s)
{
    const char *a = strstr(s, " /"), *b, *d;
    size_t dl = 0;
    if (a && a - s <= 60 && (b = strchr(a + 2, '/')) && agency_name(a + 2, (size_t)(b - a - 2)) &&
        agency_head(h, s, (size_t)(a - s))) {
        b += 1 + (b[1] == '.');
        return (size_t)(b + strspn(b, " ") - s);
    }
    if (!(d = item_dash(s, &dl)))
        return 0;
    size_t n = (size_t)(d - s), head = 0;
    char *it = xstrndup(s, n), *open = strrchr(it, '('), *comma = NULL;
    if (n && it[n - 1] == ')' && open && agency_name(open + 1, (size_t)(it + n - 1 - open - 1)))
        head = (size_t)(open - it);  /* "Addis Ababa, May 16, 2023 (FBC)" */
    else if ((comma = strrchr(it, ',')) && comma[1] == ' ' && comma - it < (ptrdiff_t)n &&
             agency_name(comma + 2, (size_t)(it + n - comma - 2)) &&
             memmem(it, (size_t)(comma - it), ", ", 2))
        head = (size_t)(comma - it);  /* "Berlin, Oct 30, SPA", not "WASHINGTON, DC" */
    free(it);
    return head && agency_head(h, s, head) ? n + dl : 0;
}

/* Whether head[0..n) is a place and a date split at one of its commas
 * ("Brussels, 12 December 2022", "Washington D.C., 25 October, 2020",
 * "NEW DELHI, India, March 3"): they fill the fields still empty. */
static int place_date_head(struct hdr *h, const char *head, size_t n)
{
    for (const char *c = head; (c = memmem(c, (size_t)(head + n - c), ", ", 2)); c += 2) {
        char *place = xstrndup(head, (size_t)(c - head));
        char *when = xstrndup(c + 2, (size_t)(head + n - c - 2));
        char *iso = rec_date_line(when, h->year, NULL);
        char *any = iso ? NULL : rec_date_line(when, 2000, NULL);
        int ok = (iso || any) && rec_is_place(place);
        if (ok && !h->out->place)
            h->out->place = place, place = NULL;
        if (ok && iso && !h->out->date)
            h->out->date = iso, iso = NULL;
        free(place);
        free(when);
        free(iso);
        free(any);
        if (ok)
            return 1;
    }
    return 0;
}

/* A place and date run into the first paragraph before a dash or, after
 * a bracketed source, a colon ("Brussels, 12 December 2022 - The ...",
 * "NEW DELHI, India, March 3 (Agency) - ...", "Islamabad, July 21, 2023
 * (PPI-OT): ...", "Nairobi, Saturday February 18, 2017 (MFA Press) - ..."),
 * its length with the mark and space, or 0.  A sentence
 * must follow, starting with a capital. */
static size_t place_date_run_in(struct hdr *h, const char *s)
{
    size_t dl = 0, n;
    const char *d = item_dash(s, &dl), *colon = strstr(s, "): ");
    if (colon && colon - s <= 60 && (!d || colon < d))
        d = colon + 1, dl = 2;
    if (!d || !uchar_is_upper_start(d + dl))
        return 0;
    n = (size_t)(d - s);
    const char *open = n && s[n - 1] == ')' ? memrchr(s, '(', n) : NULL;
    size_t head = open ? (size_t)(open - s) : n;
    char *src = open ? xstrndup(open + 1, n - head - 2) : NULL;
    int press = src && rec_press_office(src);
    if (open && (n - head > 26 || (strchr(src, ' ') && !press))) {
        free(src);
        return 0;  /* "(Agency)", "(PPI-OT)", "(MFA Press)", not a bracketed phrase */
    }
    while (head && s[head - 1] == ' ')
        head--;
    if (head && s[head - 1] == ',')
        head--;
    int ok = place_date_head(h, s, head);
    if (ok && press && !h->out->office)
        h->out->office = src, src = NULL;  /* the ministry's press service */
    free(src);
    return ok ? n + dl : 0;
}

/* The length of a day and month without a year run into the first
 * paragraph before a sentence ("Dec. 7 - The ministers ..."), or 0. */
static size_t dated_run_in(struct hdr *h, const char *s)
{
    size_t dl = 0;
    const char *d = item_dash(s, &dl);
    if (!d || d - s > 24 || !uchar_is_upper_start(d + dl))
        return 0;
    char *it = xstrndup(s, (size_t)(d - s));
    char *iso = rec_date_line(it, h->year, NULL), *any = rec_date_line(it, 2000, NULL);
    /* a date with its year is run_in_items' (it may lead a run of items) */
    size_t n = any && !iso && rec_count_words(it) <= 4 ? (size_t)(d - s) + dl : 0;
    free(iso);
    free(any);
    free(it);
    return n;
}

/* A dateline run into the first paragraph (or the one under a short
 * subtitle, which joins the preface): the place ("WASHINGTON, DC -- ...")
 * and a date that starts it ("Dec. 7 - Minister ..."), or several header
 * items ("13 March 2019 - Canberra - Ministry of X - ...").  The paragraph
 * keeps its words, except a run-in place the PDF's dateline prints again
 * ("PLACE — DATE", the date known) or a run of items the header now
 * holds: its length goes to *cut.  Returns the first body line. */
size_t rec_run_in_header(struct hdr *h, size_t j, size_t *cut)
{
    struct statement *out = h->out;
    *cut = 0;
    size_t sub = out->place ? j : subtitle_end(h, j);
    for (size_t i = j; i < sub; i++)
        rec_add_preface(out, h->L[h->nb[i]].s);
    j = sub;
    size_t note = j < h->k ? rec_runin_note(h->L[h->nb[j]].s) : 0;
    if (note) {
        /* "[scroll down for French version] The ...": the note is listed */
        *cut = note;
        char *head = xstrndup(h->L[h->nb[j]].s, note - 1);
        stmt_add_dropped(out, h->L[h->nb[j]].no, head, "translation note");
        free(head);
        return j;
    }
    size_t agency = j + 1 < h->k ? agency_dateline(h, h->L[h->nb[j]].s) : 0;
    size_t dated = j + 1 < h->k && !agency ? dated_run_in(h, h->L[h->nb[j]].s) : 0;
    size_t placed = j + 1 < h->k && !agency && !dated ? place_date_run_in(h, h->L[h->nb[j]].s) : 0;
    if (agency || dated || placed) {
        /* the cut words are listed: an agency, a date without its year */
        *cut = agency ? agency : dated ? dated : placed;
        char *head = xstrndup(h->L[h->nb[j]].s, *cut);
        size_t n = strlen(head);
        while (n && strchr(" -:\x80\x93\x94\xE2", head[n - 1]))
            head[--n] = '\0';
        stmt_add_dropped(out, h->L[h->nb[j]].no, head,
                         agency ? "agency dateline" : dated ? "run-in date" : "run-in dateline");
        free(head);
        return j;
    }
    char *city = !out->place && j + 1 < h->k ? colon_dateline(h->L[h->nb[j]].s, cut) : NULL;
    if (city && !out->date)
        *cut = 0;  /* no date, no dateline: the words stay */
    if (city) {
        out->place = city;
        return j;
    }
    for (size_t i = j; i < h->k && i < j + 2; i++) {
        const char *s = h->L[h->nb[i]].s;
        size_t c = 0;
        int had_place = out->place != NULL;
        int items = run_in_items(h, s, &c);
        /* one item: a place the PDF's dateline prints with the date (no
         * date, no dateline: the words stay) */
        if (i == j && i + 1 < h->k && (items >= 2 || (items == 1 && !had_place &&
                                                       out->place && out->date)))
            *cut = c;
        if (rec_ends_with_punct(s) || rec_count_words(s) > 20)
            break;
    }
    return j;
}

/* Whether s may stand among the trailing furniture without being
 * furniture itself: a short link line (a related item's title, a tag, a
 * date, an address) of at most 16 words that ends no sentence. */
static int trailing_link(const char *s)
{
    return rec_count_words(s) <= 16 && !rec_ends_with_punct(s);
}

/* The first mark that ends the release wherever it stands ("###", "- 30
 * -") after the body's first line, or h->k. */
static size_t closing_mark_at(const struct hdr *h, size_t from)
{
    for (size_t i = from + 1; i < h->k; i++)
        if (rec_closing_mark(h->L[h->nb[i]].s) == 2)
            return i;
    return h->k;
}

/* Whether s is a date line alone, a day and month taking the page's year
 * ("14 Apr"). */
static int date_alone(const struct hdr *h, const char *s)
{
    int stamp;
    char *iso = rec_date_line(s, h->year, &stamp);
    free(iso);
    return iso != NULL;
}

/* Whether line i starts the next item of a listing page, as the page's
 * first item started: a short headline (no final punctuation, at most 20
 * words, no furniture), a date line right under it or under a byline
 * ("Name, Title", an office), and a sentence of 12 words or more within
 * two lines of the date. */
static int item_start(const struct hdr *h, size_t i)
{
    if (i < 1 || i + 2 >= h->k)
        return 0;
    const char *s = h->L[h->nb[i]].s;
    if (rec_ends_with_punct(s) || rec_count_words(s) > 20 || !uchar_is_upper_start(s) ||
        rec_list_marker(s, &(int){0}) || rec_footer_why(s) || rec_closing_mark(s))
        return 0;
    size_t d = i + 1;
    if (!date_alone(h, h->L[h->nb[d]].s)) {
        const char *by = h->L[h->nb[d]].s;
        if (!rec_is_office(by) || !date_alone(h, h->L[h->nb[++d]].s))
            return 0;
    }
    for (size_t u = d + 1; u < h->k && u <= d + 2; u++) {
        const char *p = h->L[h->nb[u]].s;
        if (rec_notes_heading(p))
            return 0;  /* a sign-off over the notes for editors */
        if (rec_count_words(p) >= 12 && rec_ends_with_punct(p) && !rec_footer_why(p))
            return 1;
    }
    return 0;
}

/* Whether line i is a listing entry over its own headline ("• Title"
 * with "Title" on the next line), as a tag or category page lists its
 * items. */
static int listing_entry(const struct hdr *h, size_t i)
{
    int num;
    const char *s = h->L[h->nb[i]].s;
    size_t mk = rec_list_marker(s, &num);
    return mk && i + 1 < h->k && s[mk] == ' ' && rec_count_words(s + mk + 1) <= 30 &&
           !strcmp(s + mk + 1, h->L[h->nb[i + 1]].s);
}

/* Whether s is a line of an item's header under its headline: a kind
 * line, an office or byline, a person's name or title alone, a place; a
 * line with a category prefix ("Press Releases: ...") is a headline. */
static int item_header_line(const char *s)
{
    const char *kd = NULL;
    if (rec_category_prefix(s, &kd))
        return 0;
    char *nm = rec_person_line(s);
    free(nm);
    return rec_kind_of(s) || rec_is_office(s) || part_is_byline(s) || nm ||
           rec_person_title_line(s) || rec_is_place(s);
}

/* The line a listing's next item starts at, when item_start found one at
 * line i: when line i is no headline but a header line (a place over the
 * date), the item starts higher, at its headline over its kind, byline
 * and title lines (at most four), right after the first item's last
 * sentence; else at i. */
static size_t item_head(const struct hdr *h, size_t from, size_t i)
{
    if (!item_header_line(h->L[h->nb[i]].s))
        return i;
    size_t top = i;
    while (top > from + 1 && i - top < 5) {
        const char *s = h->L[h->nb[top - 1]].s;
        if (rec_ends_with_punct(s) || rec_count_words(s) > 20 || rec_footer_why(s) ||
            rec_closing_mark(s) || rec_list_marker(s, &(int){0}))
            break;
        top--;
        if (!item_header_line(s))
            break;  /* the headline */
    }
    if (top == i || item_header_line(h->L[h->nb[top]].s))
        return i;  /* no headline above the header lines */
    const char *above = h->L[h->nb[top - 1]].s;
    size_t n = strlen(above);
    int sentence = n && (strchr(".!?\"", above[n - 1]) ||
                         (n >= 3 && !strcmp(above + n - 3, "\xE2\x80\x9D")));
    return sentence ? top : i;  /* the head follows the first item's last sentence */
}

/* Whether line i closes a teaser of a listing page: a "Read More" link
 * (alone, or glued after an ellipsis) that the page repeats, with a
 * headline after it (no final punctuation, at most 20 words, no
 * furniture) and a sentence under the headline. */
static int teaser_end(const struct hdr *h, size_t from, size_t i)
{
    if (!rec_more_link(h->L[h->nb[i]].s) || i + 2 >= h->k)
        return 0;
    size_t links = 0;
    for (size_t u = from; u < h->k && links < 2; u++)
        links += rec_more_link(h->L[h->nb[u]].s) != 0;
    const char *t = h->L[h->nb[i + 1]].s, *p = h->L[h->nb[i + 2]].s;
    return links >= 2 && !rec_ends_with_punct(t) && rec_count_words(t) <= 20 &&
           uchar_is_upper_start(t) && !rec_footer_why(t) && rec_count_words(p) >= 8;
}

/* Whether line i heads an item of a listing page that has no headlines,
 * a date with its venue after a bar ("19 Mar 2031 | Headquarters", at
 * most six words after it, no final punctuation) over a sentence of 12
 * words or more. */
static int stamped_item(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s;
    size_t at = 0, len = 0;
    char *iso = rec_date_in(s, &at, &len);
    free(iso);
    if (!iso || at || strncmp(s + len, " | ", 3) || rec_count_words(s + len + 3) > 6 ||
        rec_ends_with_punct(s) || i + 1 >= h->k)
        return 0;
    const char *p = h->L[h->nb[i + 1]].s;
    return rec_count_words(p) >= 12 && !rec_footer_why(p);
}

/* The first line after the body's first paragraph that starts another
 * item of a listing page, or h->k: a teaser's closing link alone is
 * left out with the items after it. */
/* Whether a line in [from, to) is a sentence of 12 words or more. */
static int sentence_in(const struct hdr *h, size_t from, size_t to)
{
    for (size_t u = from; u < to; u++)
        if (rec_count_words(h->L[h->nb[u]].s) >= 12 && rec_ends_with_punct(h->L[h->nb[u]].s))
            return 1;
    return 0;
}

static size_t next_item_at(const struct hdr *h, size_t from)
{
    if (rec_more_link(h->L[h->nb[from]].s) == 2 && teaser_end(h, from, from))
        return from + 1;  /* the first teaser is one paragraph */
    for (size_t i = from + 1; i < h->k; i++) {
        if (listing_entry(h, i))
            return i;
        /* the statement's own text comes first: its header lines left in
         * the body are no next item */
        if (item_start(h, i) && sentence_in(h, h->first, item_head(h, from, i)))
            return item_head(h, from, i);
        if (stamped_item(h, i))
            return i;
        if (teaser_end(h, from, i))
            return rec_more_link(h->L[h->nb[i]].s) == 1 ? i : i + 1;
    }
    return h->k;
}

/* Where the body ends: after a mark that ends the release (the mark stays
 * for rec_take_closing), or, when lines that are not furniture follow it
 * (a transcript's footnotes), at the first furniture
 * line or listing item after them; else at the trailing furniture (share, tag,
 * related and footer lines, a blog's comment links, an e-mail digest's
 * footer), a block that starts with a furniture line and holds nothing
 * but furniture and short link lines to the end of the page; above the
 * notes for editors; on a listing page, where its second item starts.  The index
 * into nb where the lines left out start, never before from + 1. */
size_t rec_body_end(struct hdr *h, size_t from)
{
    size_t mark = closing_mark_at(h, from), item = next_item_at(h, from);
    for (size_t i = from + 1; i < h->k && i < mark && i < item; i++)
        if (rec_notes_heading(h->L[h->nb[i]].s))
            return i;  /* the notes for editors, listed */
    if (mark < h->k && mark < item) {
        size_t u = mark + 1;  /* footnotes after the mark are the text's */
        while (u < item && !rec_footer_why(h->L[h->nb[u]].s))
            u++;
        return u;
    }
    if (item < h->k)
        return item;  /* a listing page: its first item */
    size_t u = h->k;  /* [u, k): furniture and link lines only */
    while (u > from + 1 && (rec_footer_why(h->L[h->nb[u - 1]].s) ||
                            trailing_link(h->L[h->nb[u - 1]].s)))
        u--;
    while (u < h->k && !rec_footer_why(h->L[h->nb[u]].s))
        u++;  /* the block starts with a furniture line */
    return u;
}

/* Compare dropped lines by input line, for qsort. */
static int by_line(const void *a, const void *b)
{
    const struct dropped_line *x = a, *y = b;
    return (x->line > y->line) - (x->line < y->line);
}

/* List the lines from e (an index into nb) to the end as footer, sort
 * the dropped lines, and say how many were left out (the lone standard
 * banner, which every state.gov copy starts with, goes without a note). */
void rec_report_dropped(struct hdr *h, size_t e)
{
    struct statement *out = h->out;
    const char *rest = "site footer";
    if (e > 0 && e < h->k && rec_closing_mark(h->L[h->nb[e - 1]].s))
        rest = "after the closing mark";
    else if (e < h->k && rec_notes_heading(h->L[h->nb[e]].s))
        rest = "notes to editors";
    else if (e > 0 && e < h->k && (next_item_at(h, e - 1) == e ||
                                   rec_more_link(h->L[h->nb[e - 1]].s) == 2))
        rest = "next item of a listing";
    for (size_t i = e; i < h->k; i++) {
        const char *s = h->L[h->nb[i]].s, *why = rec_footer_why(s);
        stmt_add_dropped(out, h->L[h->nb[i]].no, s, why ? why : rest);
    }
    if (out->ndropped > 1)
        qsort(out->dropped, out->ndropped, sizeof *out->dropped, by_line);
    size_t furn = 0;
    for (size_t i = 0; i < out->ndropped; i++)
        furn += strcmp(out->dropped[i].text, banner) != 0;
    if (furn)
        diag(C_DROPPED, h->name, out->dropped[0].line, 0, out->ndropped);
}

/* Whether s is a "Begin text" marker ("Begin Text:", "Begin text."). */
static int begin_marker(const char *s)
{
    return !strncasecmp(s, "Begin text", 10) &&
           (!s[10] || ((s[10] == ':' || s[10] == '.') && !s[11]));
}

/* Whether s is a short attribution that a quoted text follows ("A
 * spokesperson for the Foreign Secretary said:", "A Downing Street
 * spokesperson said:"): at most 14 words ending in " said:", no quote
 * marks, no sentence before it.  The labels keep it as the body's first
 * paragraph; a page's summary over it is the preface's. */
static int said_line(const char *s)
{
    size_t n = strlen(s);
    if (n < 7 || strcmp(s + n - 6, " said:") || rec_count_words(s) > 14 ||
        !uchar_is_upper_start(s) || strpbrk(s, "\"\xE2") || strstr(s, ". "))
        return 0;
    return 1;
}

/* Whether s introduces the statement's text rather than being part of it:
 * an attribution ("The below is attributable to Spokesperson X:"), a
 * preface ("The text of the following statement was released by ...",
 * "X provided the following readout:"), ending in a colon, or in a period
 * when a "Begin text" marker follows (next, may be NULL). */
int rec_preface_line(const char *s, const char *next)
{
    static const char *const starts[] = {
        "The following is ", "The following statement ", "The text of the following ",
        "The below is ", "Below is ", "The following joint statement ", "As stated by ", NULL};
    static const char *const inside[] = {
        " attributable to ", " provided the following ", " released the following ",
        " issued the following ", " made the following ", " delivered the following ", NULL};
    size_t n = strlen(s);
    if (rec_preface_note(s))
        return 1;
    if (!n || rec_count_words(s) > 70 || (s[n - 1] != ':' && s[n - 1] != '.'))
        return 0;
    int form = 0;
    for (int i = 0; starts[i] && !form; i++)
        form = !strncmp(s, starts[i], strlen(starts[i]));
    for (int i = 0; inside[i] && !form; i++)
        form = strstr(s, inside[i]) != NULL;
    if (!form)
        return 0;
    /* "... issued the following statement after ...." over the quotation */
    int quoted = next && (next[0] == '"' || !strncmp(next, "\xE2\x80\x9C", 3));
    return s[n - 1] == ':' || (next && begin_marker(next)) || quoted ||
           !strncmp(s, "The text of the following ", 26) ||
           !strncmp(s, "The following is the text of ", 29);
}

/* The mark that closes the text ("End text.", "###", "- 30 -"), at the
 * last body line e - 1: moved to out->closing; returns the new end. */
size_t rec_take_closing(struct hdr *h, size_t j, size_t e)
{
    if (e <= j + 1)
        return e;
    const char *s = h->L[h->nb[e - 1]].s;
    if (!rec_closing_mark(s))
        return e;
    h->out->closing = xstrdup(s);
    return e - 1;
}

/* Whether s starts with a transcript's speaker label in capitals
 * ("QUESTION:", "MR. SMITH:", "SECRETARY SMITH:"). */
static int speaker_start(const char *s)
{
    size_t n = 0, letters = 0;
    while (s[n] && n < 50 && (isupper((unsigned char)s[n]) || strchr(" .'-", s[n])))
        letters += isupper((unsigned char)s[n++]) != 0;
    return letters >= 2 && s[n] == ':';
}

/* Whether s, at the head of a transcript, is its time ("2:42 p.m. EDT") or
 * its venue ("The Grand Hotel", "Harbour Room"): a short line without
 * final punctuation before the first speaker label (next). */
static int venue_or_time(const char *s, const char *next)
{
    if (rec_time_line(s))
        return 1;
    if (rec_count_words(s) > 8 || rec_ends_with_punct(s) || !uchar_is_upper_start(s) ||
        speaker_start(s) || part_is_byline(s) || rec_list_marker(s, &(int){0}))
        return 0;
    return speaker_start(next) || rec_time_line(next);
}

/* Whether s is a page's one-sentence summary, as a repost copies it under
 * its preface ("The press release issued by X on DATE."): one sentence
 * ending in a period. */
static int summary_line(const char *s)
{
    size_t n = strlen(s), nw = rec_count_words(s);
    if (nw < 6 || nw > 45 || s[n - 1] != '.')
        return 0;
    for (const char *p = s; (p = strstr(p, ". ")); p++)
        if (uchar_is_upper_start(p + 2))
            return 0;  /* a second sentence */
    return 1;
}

/* Whether s is a repost's line naming who made the text and when ("The
 * statement made by Anna Roe, the Foreign Minister, on 3 May 2031."):
 * one sentence of at most 30 words with a date after " on ". */
static int made_by_line(const char *s)
{
    const char *m = strstr(s, " made by "), *on = m ? strstr(m, " on ") : NULL;
    size_t n = strlen(s);
    if (strncmp(s, "The ", 4) || !m || m - s > 40 || !on || s[n - 1] != '.' ||
        rec_count_words(s) > 30)
        return 0;
    char *iso = rec_date_in(on, NULL, NULL);
    free(iso);
    return iso != NULL;
}

/* The issuer an attribution line names ("... attributable to Principal
 * Deputy Spokesperson Jane Doe:", "Press Secretary Maj. Gen. John Roe
 * provided the following readout:") as "Name, Title"; NULL when the
 * phrase has no title word followed by a name.  Caller frees. */
static char *attributed_issuer(const char *s)
{
    static const char *const heads[] = {"Spokesperson", "Spokesman", "Spokeswoman",
                                        "Secretary", "Minister", "Ambassador", NULL};
    const char *a = strstr(s, " attributable to "), *e;
    if (a) {
        a += 17;
        e = a + strlen(a);
    } else if ((e = strstr(s, " provided the following ")) ||
               (e = strstr(s, " released the following "))) {
        a = s;
    } else {
        return NULL;
    }
    char *p = xstrndup(a, (size_t)(e - a));
    size_t n = strlen(p);
    if (n && (p[n - 1] == ':' || p[n - 1] == '.'))
        p[--n] = '\0';
    char *title_end = NULL;
    for (int i = 0; heads[i]; i++) {
        size_t hl = strlen(heads[i]);
        for (char *q = p; (q = strstr(q, heads[i])); q += hl)
            if ((q == p || q[-1] == ' ') && q[hl] == ' ' && (!title_end || q + hl > title_end))
                title_end = q + hl;
    }
    char *r = NULL;
    if (title_end) {
        const char *name = title_end + 1;
        while (strchr(name, ' ') && strchr(name, '.') && strchr(name, '.') < strchr(name, ' '))
            name = strchr(name, ' ') + 1;  /* a rank or honorific: "Maj. Gen.", "Ms." */
        *title_end = '\0';
        const char *title = p;
        if (!strncmp(title, "the ", 4) || !strncmp(title, "The ", 4))
            title += 4;
        char *nm = rec_person_line(name);
        if (nm && uchar_is_upper_start(title)) {
            struct buf b;
            buf_init(&b);
            buf_printf(&b, "%s, %s", nm, title);
            r = buf_take(&b);
        }
        free(nm);
    }
    free(p);
    return r;
}

/* Whether word w (n bytes) is one of ws. */
static int word_in(const char *w, size_t n, const char *const *ws)
{
    for (int i = 0; ws[i]; i++)
        if (strlen(ws[i]) == n && !strncmp(w, ws[i], n))
            return 1;
    return 0;
}

/* Whether s reads as a photo's description: a line of 5 to 30 words in
 * the case of a sentence (a third of its words in lowercase, one of them
 * a content word, as a headline in title case has none: "Resettlement
 * from the Americas"), without final punctuation, in the third person (no
 * "we", "I", "you", "our": no greeting or opening of remarks), and no
 * speaker label, list item, date or time. */
static int caption_like(const char *s)
{
    static const char *const persons[] = {"I", "we", "We", "you", "You", "our", "Our",
                                          "my", "My", NULL};
    static const char *const small[] = {"from", "with", "into", "onto", "over", "upon",
                                        "than", "that", "this", "after", "about",
                                        "under", "between", "against", "through",
                                        "toward", "towards", "their", "within", NULL};
    size_t nw = rec_count_words(s), lower = 0, content = 0;
    if (nw < 5 || nw > 30 || rec_ends_with_punct(s) || !uchar_is_upper_start(s) ||
        speaker_start(s) || rec_list_marker(s, &(int){0}) || rec_is_date(s) ||
        rec_time_line(s))
        return 0;
    for (const char *w = s; w; w = strchr(w, ' ')) {
        w += *w == ' ';
        size_t n = strcspn(w, " ,");
        if (word_in(w, n, persons))
            return 0;
        if (islower((unsigned char)*w)) {
            lower++;
            content += n >= 4 && !word_in(w, n, small);
        }
    }
    return lower * 3 >= nw && content > 0;
}

/* Whether line i is what a caption stands over: an attribution or
 * preface line, or a sentence of 12 words or more, no list item, with no
 * run-in dateline (a subtitle over a dateline is the preface's). */
static int under_caption(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s, *next = i + 1 < h->k ? h->L[h->nb[i + 1]].s : NULL;
    if (begin_marker(s) || rec_preface_line(s, next))
        return 1;
    if (rec_list_marker(s, &(int){0}))
        return 0;  /* a heading over a list */
    char *place = run_in_dateline(s, NULL);
    free(place);
    return !place && rec_count_words(s) >= 12 && rec_ends_with_punct(s) && !caption_like(s);
}

/* The issuer the first preface line names as a mention before its verb
 * ("A B, Minister of X, made the following statement ...:"), as "Name,
 * Title"; NULL when it names none.  Caller frees. */
static char *mentioned_issuer(const char *preface)
{
    char *line = xstrndup(preface, strcspn(preface, "\n")), *r = NULL;
    struct person p = {0};
    const char *deleg;
    if (part_attribution(line, &p.title, &p.name, &deleg))
        r = rec_name_title(&p);
    free(p.title);
    free(p.name);
    free(line);
    return r;
}

/* Furniture and photo captions at the head of the body, from line i:
 * an explicit caption or credit ("(Photo: ...)", "Image: ...") is
 * furniture; up to three caption-like lines over a paragraph or a
 * preface are the photos' descriptions.  Each is listed as dropped; returns the first line
 * after them.  Never takes the last line. */
/* The date of a bullet that holds a date and a separator only ("\u2022
 * 24 May. 2031 -"), as some pages head the text with it, or NULL; caller
 * frees. */
static char *bullet_date(const struct hdr *h, const char *s)
{
    int num = 0;
    size_t mk = rec_list_marker(s, &num), n = strlen(s);
    if (!mk || num || s[mk] != ' ' || n < mk + 6 || strcmp(s + n - 2, " -"))
        return NULL;
    char *d = xstrndup(s + mk + 1, n - mk - 3);
    char *iso = rec_date_line(d, h->year, NULL);
    free(d);
    return iso;
}

static size_t drop_captions(struct hdr *h, size_t i)
{
    for (;;) {
        const char *why = i + 1 < h->k ? rec_furniture_why(h->L[h->nb[i]].s) : NULL;
        char *iso = !why && i + 1 < h->k ? bullet_date(h, h->L[h->nb[i]].s) : NULL;
        if (iso) {
            why = "date line";  /* the statement's date when the header has none */
            if (!h->out->date)
                h->out->date = iso, iso = NULL;
            free(iso);
        }
        size_t c = 0;
        while (!why && c < 3 && i + c + 1 < h->k && caption_like(h->L[h->nb[i + c]].s))
            c++;
        if (c && !under_caption(h, i + c))
            c = 0;
        if (!why && !c)
            return i;
        for (size_t n = why ? 1 : c; n; n--, i++)
            stmt_add_dropped(h->out, h->L[h->nb[i]].no, h->L[h->nb[i]].s,
                             why ? why : "photo caption");
    }
}

/* Attribution and preface lines at the head of the body (at most two, and
 * a "Begin text" marker), a transcript's venue and time lines and a
 * repost's summary, move to out->preface, as written, one per line;
 * photo captions and furniture among them are listed as dropped;
 * returns the index of the first body line.  Never takes the last line. */
size_t rec_take_preface(struct hdr *h, size_t j)
{
    struct buf b;
    buf_init(&b);
    size_t i = rec_dateline_under_note(h, drop_captions(h, j));
    for (int taken = 0; i + 1 < h->k && taken < 3; taken++) {
        i = taken ? drop_captions(h, i) : i;
        if (i + 1 >= h->k)
            break;
        const char *s = h->L[h->nb[i]].s, *next = h->L[h->nb[i + 1]].s;
        /* a page's summary over a spokesperson's attribution (gov.uk) */
        int summary = taken == 0 && summary_line(s) &&
                      (i == h->after_repost || (said_line(next) && strstr(next, "pokes")));
        int made_by = taken == 0 && made_by_line(s);
        if (!begin_marker(s) && (taken == 2 || !rec_preface_line(s, next)) &&
            !venue_or_time(s, next) && !summary && !made_by)
            break;
        if (made_by && !h->out->date)
            h->out->date = rec_date_in(strstr(s, " made by "), NULL, NULL);
        if (!h->out->place)
            place_date_run_in(h, s);  /* "WASHINGTON, Sept. 23 -- ... the following readout:" */
        if (b.len)
            buf_addc(&b, '\n');
        buf_adds(&b, s);
        i++;
        if (begin_marker(s))
            break;
    }
    i = drop_captions(h, i);
    if (b.len)
        rec_add_preface(h->out, b.s);  /* after the header's own (speakers) */
    buf_free(&b);
    if (h->out->preface && !h->out->office)
        h->out->office = attributed_issuer(h->out->preface);
    if (h->out->preface && !h->out->office)
        h->out->office = mentioned_issuer(h->out->preface);
    return i;
}

/* The kind a preface or the first body paragraphs name ("The following is the
 * text of a joint press release by ...", "... provided the following
 * readout:"), when no kind line gave one. */
/* The kind an attribution line names after "the following" ("... made
 * the following statement:", "... issued the following joint
 * statement"), in title case, or NULL; caller frees. */
static char *following_kind(const char *s)
{
    const char *f = strstr(s, " the following ");
    if (!f)
        return NULL;
    f += 15;
    char *r = NULL;
    for (int words = 2; words >= 1 && !r; words--) {
        size_t n = 0;
        for (int w = 0; w < words && f[n]; w++) {
            n += strcspn(f + n, " :,.");
            if (w + 1 < words && f[n] == ' ')
                n++;
        }
        char *k = xstrndup(f, n);
        const char *kd = rec_kind_of(k);
        if (kd)
            r = xstrdup(kd);
        free(k);
    }
    return r;
}

void rec_preface_kind(struct statement *out)
{
    for (size_t i = 0; i < 3 && !out->kind; i++) {
        if (i == 0 && !out->preface)
            continue;
        if (i > 0 && i - 1 >= out->nblocks)
            break;
        char *b = i ? stmt_block_text(&out->blocks[i - 1]) : xstrdup(out->preface);
        static const char jpr[] = "The following is the text of a joint press release";
        if (!strncmp(b, jpr, sizeof jpr - 1))
            out->kind = xstrdup("Joint Press Release");
        else if (strstr(b, " provided the following readout") && rec_count_words(b) < 25)
            out->kind = xstrdup("Readout");
        else if (i == 0)
            out->kind = following_kind(b);
        free(b);
    }
}

/* Warn when the body keeps very little of the text: fewer words than the
 * lines left out, and under 40 words. */
void rec_little_body(struct hdr *h, size_t j, size_t e)
{
    size_t body = 0, dropped = 0;
    for (size_t i = j; i < e && i < h->k; i++)
        body += rec_count_words(h->L[h->nb[i]].s);
    for (size_t i = 0; i < h->out->ndropped; i++)
        if (strcmp(h->out->dropped[i].text, banner))
            dropped += rec_count_words(h->out->dropped[i].text);
    if (j < h->k && body < 40 && body < dropped) {
        char *seen = rec_clip(h->L[h->nb[j]].s, 60);
        diag(C_LITTLE_BODY, h->name, h->L[h->nb[j]].no, 0, body, dropped, seen);
        free(seen);
    }
}
