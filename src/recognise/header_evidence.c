/* header_evidence.c -- the evidence each line before the body gives of a
 * header (a date, a kind, an office, a person over their title, a place
 * over a header line), and the headline the header lines stand under: the
 * first one followed by header lines, a repost's header giving way to the
 * statement's own, else the best headline above the text. */
#include "recognise/hdr_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "recognise/lexicon.h"

/* Why s is furniture in a header: the page's furniture, or a press
 * contact's e-mail address or telephone number; NULL when it is none. */
const char *rec_hdr_furniture_why(const char *s)
{
    const char *why = rec_furniture_why(s);
    return why ? why : rec_contact_line(s) ? "contact details" : NULL;
}

/* Whether line i is a date line or a place. */
static int date_or_place(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s;
    char *iso = rec_date_line(s, h->year, NULL);
    free(iso);
    return iso || rec_is_place(s);
}

/* Whether line i is a person's title and name and nothing else
 * ("Secretary Condoleezza Rice") over a place or a date line, maybe with
 * one line between (the other speakers): an archive's byline. */
int rec_titled_byline(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s;
    if (i + 2 >= h->k || rec_count_words(s) > 8 || rec_ends_with_punct(s))
        return 0;
    char *who = rec_mention_issuer(s, 1, 1);
    free(who);
    return who && (date_or_place(h, i + 1) || date_or_place(h, i + 2));
}

/* Whether line i (an index into nb) is evidence of a header by itself: a
 * date, a kind, an office, a person over their title, a bracketed field. */
static int line_evidence(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s;
    char *iso = rec_date_line(s, h->year, NULL), *name;
    int date = iso != NULL;
    free(iso);
    if (date || rec_kind_of(s) || rec_is_office(s) || s[0] == '[' || !strncasecmp(s, "From:", 5) ||
        rec_release_note(s) ||
        (!strncmp(s, "From ", 5) && rec_org_line(s + 5)) ||
        !strcmp(s, "From") || !strncasecmp(s, "Published", 9) || !strncasecmp(s, "Updated", 7))
        return 1;
    const char *kd;
    if ((name = rec_delivered_by(s)) || (name = rec_venue_then_place(s)) ||
        (name = rec_kind_by(s, &kd))) {
        free(name);
        return 1;
    }
    if (rec_titled_byline(h, i))
        return 1;
    if (i + 1 < h->k && (name = rec_person_line(s))) {
        /* "Ambassador A B" alone: a rank before the name */
        const char *sp = strchr(s, ' ');
        char *rank = sp && !strcmp(sp + 1, name) ? xstrndup(s, (size_t)(sp - s)) : NULL;
        int ranked = rank && lex_is(LEX_NAME_RANK, rank);
        free(rank);
        free(name);
        return ranked || rec_person_title_line(h->L[h->nb[i + 1]].s);
    }
    return 0;
}

/* Whether line i is evidence of a header: a line that is by itself, an
 * organisation's name, or a place over another header line or a venue
 * ("Tokyo, Japan" over the date). */
/* rec_header_evidence without its memo. */
static int evidence_of(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s;
    if (line_evidence(h, i) || rec_org_line(s) || rec_squeezed_items(h, s, 0) ||
        rec_run_together_items(h, s, 0) || rec_place_and_date(h, s, 0) || rec_kind_and_date(h, s, 0) ||
        rec_date_then_place(h, s, 0))
        return 1;
    if (!rec_is_place(s) || i + 1 >= h->k)
        return 0;
    const char *n = h->L[h->nb[i + 1]].s;
    return line_evidence(h, i + 1) || rec_org_line(n) || rec_venue_line(n);
}

int rec_header_evidence(const struct hdr *h, size_t i)
{
    if (!h->ev)
        return evidence_of(h, i);
    if (h->ev[i] < 0)
        h->ev[i] = (signed char)evidence_of(h, i);  /* a line's evidence never changes */
    return h->ev[i];
}

/* Whether lines i, i+1 are a person over their title ("Jane Q. Doe" over
 * "Secretary of State"). */
int rec_person_over_title(const struct hdr *h, size_t i)
{
    char *name = i + 1 < h->k ? rec_person_line(h->L[h->nb[i]].s) : NULL;
    free(name);
    return name && rec_person_title_line(h->L[h->nb[i + 1]].s);
}

/* Whether s holds a time of day ("1:11 P.M. EST"): a timestamp line. */
static int has_clock_time(const char *s)
{
    for (const char *p = s; *p; p++)
        if (isdigit((unsigned char)p[0]) && p[1] == ':' && isdigit((unsigned char)p[2]) &&
            isdigit((unsigned char)p[3]))
            return 1;
    return 0;
}

/* Without header lines under a headline, the title is the headline above
 * the text's first sentence that scores best (rec_headline_score: not a
 * one-word site section or menu entry, words shared with the text, set
 * twice); on a tie the one nearer the text, as the headlines above it are
 * a blog's post title, a site section or a breadcrumb; none under a date
 * line but for one with only a kind line above it.  h->j when the text
 * does not start within the first lines. */
size_t rec_title_above_text(const struct hdr *h)
{
    size_t body = rec_body_start(h, h->j, h->j + 12), best = h->j;
    if (body >= h->k || body >= h->j + 12)
        return h->j;
    int top = -100, kinds_only = 1;
    for (size_t i = h->j; i < body; i++) {
        const char *s = h->L[h->nb[i]].s;
        char *iso = rec_date_line(s, h->year, NULL);
        free(iso);
        /* a title stands above the date, not under it, unless only a kind
         * line stands above the date ("Press Release" / date / title) */
        if (iso && (top > -100 || !kinds_only))
            break;
        if (iso)
            continue;
        int furniture = rec_hdr_furniture_why(s) != NULL;
        kinds_only &= furniture || rec_kind_of(s) != NULL;
        if (furniture || !rec_title_like(s) || rec_is_place(s) ||
            rec_ends_with_punct(s) || has_clock_time(s) || rec_header_evidence(h, i) ||
            rec_preface_line(s, NULL))
            continue;  /* "As Prepared for Delivery" is no headline */
        int sc = rec_headline_score(h, i, body);
        if (sc >= top)
            top = sc, best = i;
    }
    return best;
}

/* Whether line i is a browser's title bar, "Headline | Site": the
 * headline stands again on one of the next lines. */
static int title_bar(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s, *bar = strstr(s, " | ");
    for (size_t u = i + 1; bar && u < h->k && u < i + 5; u++) {
        const char *n = h->L[h->nb[u]].s;
        if (strlen(n) == (size_t)(bar - s) && !strncmp(n, s, (size_t)(bar - s)))
            return 1;
    }
    return 0;
}

/* Whether line i is header furniture, from the memo when there is one. */
static int furniture_at(const struct hdr *h, size_t i)
{
    if (!h->fw)
        return rec_hdr_furniture_why(h->L[h->nb[i]].s) != NULL;
    if (h->fw[i] < 0)
        h->fw[i] = rec_hdr_furniture_why(h->L[h->nb[i]].s) != NULL;
    return h->fw[i];
}

/* Whether line i can be a headline: a title-like line that is no
 * furniture, place, header line, venue, title bar or person's title. */
static int headline_candidate(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s;
    return !furniture_at(h, i) && rec_title_like(s) && !rec_is_place(s) &&
           !rec_header_evidence(h, i) && !rec_venue_line(s) && !title_bar(h, i) &&
           !(i > h->j && rec_person_over_title(h, i - 1));
}

/* The first line from u on that is no furniture. */
size_t rec_past_furniture(const struct hdr *h, size_t u)
{
    while (u + 1 < h->k && furniture_at(h, u))
        u++;
    return u;
}

/* How many header lines follow from u on (a person over their title
 * counts two; furniture is passed over); *end gets the line after them. */
static size_t evidence_run(const struct hdr *h, size_t u, size_t *end)
{
    size_t n = 0;
    for (u = rec_past_furniture(h, u); u < h->k && n < 8; u = rec_past_furniture(h, u + 1)) {
        const char *s = h->L[h->nb[u]].s;
        if (rec_count_words(s) > 30 || (rec_ends_with_punct(s) && rec_count_words(s) >= 12))
            break;  /* the text: no header line */
        if (rec_person_over_title(h, u))
            n++, u++;
        else if (!rec_header_evidence(h, u) && !rec_venue_line(h->L[h->nb[u]].s))
            break;
        n++;
    }
    *end = u;
    return n;
}

/* Deeper down a page whose first lines are a forum's, a site's menus or
 * a breadcrumb: the first headline over three header lines or more, one
 * of them a date ("Remarks With ..." / "Secretary A B" / "New York City"
 * / "September 23, 2007"), within the first 45 lines; h->k when none. */
static size_t dated_headline(const struct hdr *h, size_t from)
{
    size_t end;
    for (size_t i = from; i + 3 < h->k && i < h->j + 45; i++) {
        if (!headline_candidate(h, i) || rec_ends_with_punct(h->L[h->nb[i]].s) ||
            evidence_run(h, i + 1, &end) < 3)
            continue;
        for (size_t u = i + 1; u < end; u++) {
            char *iso = rec_date_line(h->L[h->nb[u]].s, h->year, NULL);
            free(iso);
            if (iso)
                return i;
        }
    }
    return h->k;
}

/* The first headline from line from on followed by header lines (date,
 * kind, office, person, place) within the first lines before the body;
 * h->k when there is none.  A repost's header (a blog's headline over a
 * "FROM:" line and a digest's stamp) gives way to the statement's own
 * under it when that has more header lines; a repost's words in a
 * sentence give way to a headline with three header lines or more. */
size_t rec_headline_over_header(const struct hdr *h, size_t from)
{
    size_t end, e2;
    for (size_t i = from; i + 1 < h->k && i < h->j + 10; i++) {
        const char *s = h->L[h->nb[i]].s;
        if (rec_ends_with_punct(s) && rec_count_words(s) >= 12) {
            /* the body, or a repost's comment over the statement's header */
            for (size_t m = i + 1; m + 1 < h->k && m < i + 6; m++)
                if (headline_candidate(h, m) && evidence_run(h, m + 1, &end) >= 3)
                    return m;
            break;
        }
        if (!headline_candidate(h, i))
            continue;
        size_t u = rec_past_furniture(h, i + 1);
        if (!rec_header_evidence(h, u) || rec_org_country_prefix(h->L[h->nb[u]].s))
            continue;  /* a site's "Country - Issuer" line stands above titles */
        size_t run = evidence_run(h, u, &end);
        /* (not the headline again in full, under its date: the feed's
         * layout, whose short title stays the title) */
        if (end + 1 < h->k && headline_candidate(h, end) &&
            !rec_is_full_title(s, h->L[h->nb[end]].s) &&
            evidence_run(h, end + 1, &e2) > run && e2 > end + 2)
            return end;
        return i;
    }
    return dated_headline(h, from);
}

/* Whether the header lines from u on name an issuer: a person over
 * their title or an office. */
int rec_issuer_under(const struct hdr *h, size_t u)
{
    for (size_t n = 0; u < h->k && n < 8; n++, u = rec_past_furniture(h, u + 1)) {
        if (rec_person_over_title(h, u) || rec_is_office(h->L[h->nb[u]].s))
            return 1;
        if (!rec_header_evidence(h, u) && !rec_venue_line(h->L[h->nb[u]].s))
            return 0;
    }
    return 0;
}

