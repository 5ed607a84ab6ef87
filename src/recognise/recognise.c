/* recognise.c -- the scraped-text front end: splits text copied from a
 * government web page into lines, recognises the header (web banner, short
 * title, date, full title, kind, office, place, repeated date) and turns the
 * rest into blocks (paragraphs, list items, headings), then hands the result
 * to participants.c.  Every body word ends up in some block. */
#include "recognise/recognise.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/uchar.h"
#include "base/util.h"
#include "recognise/participants.h"

/* One input line: normalised text (whitespace runs collapsed, trimmed) and
 * the indentation it had. */
struct line {
    char *s;
    int indent;  /* leading blanks in the raw line */
    int no;      /* 1-based line number */
};

static const char *const banner = "An official website of the United States government";

/* Length of a whitespace-like character at p (0 if none); *drop set when it
 * is an invisible format character rather than a space. */
static size_t space_len(const char *p, int *drop)
{
    const unsigned char *u = (const unsigned char *)p;
    *drop = 0;
    if (*u == ' ' || *u == '\t' || *u == '\v' || *u == '\f' || *u == '\r')
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;  /* U+00A0 no-break space */
    if (u[0] == 0xE2 && u[1] == 0x80 &&
        (u[2] == 0xAF || u[2] == 0x87 || u[2] == 0x89 || u[2] == 0x8B))
        return 3;  /* U+202F, U+2007, U+2009, U+200B */
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x8E || u[2] == 0x8F)) {
        *drop = 1;  /* U+200E, U+200F direction marks */
        return 3;
    }
    if ((u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ||
        (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0)) {
        *drop = 1;  /* U+FEFF, U+2060 */
        return 3;
    }
    return 0;
}

/* Copy s[0..n) with every run of spaces (ASCII, no-break, thin) turned into
 * one ASCII space, invisible marks dropped, ends trimmed. */
static char *normalise(const char *s, size_t n, int *indent)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    int pending = 0, lead = 1;
    *indent = 0;
    for (size_t i = 0; i < n;) {
        int drop;
        size_t k = space_len(s + i, &drop);
        if (k) {
            if (lead && !drop)
                (*indent)++;
            if (!drop && b.len)
                pending = 1;
            i += k;
            continue;
        }
        lead = 0;
        if (pending)
            buf_addc(&b, ' ');
        pending = 0;
        buf_addc(&b, s[i++]);
    }
    return buf_take(&b);
}

static const char *const months[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/* Month number (1..12) of a full or abbreviated English month name (with or
 * without a final period), else 0. */
static int month_of(const char *w, size_t n)
{
    if (n && w[n - 1] == '.')
        n--;
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(months[m]);
        if (n == full && !strncasecmp(w, months[m], n))
            return m + 1;
        if ((n == 3 || (n == 4 && m == 8)) && !strncasecmp(w, months[m], n))
            return m + 1;
    }
    return 0;
}

/* ISO date of a line that is only a date ("February 23, 2017",
 * "Feb. 23, 2017", "23 February 2017"), or NULL.  Caller frees. */
static char *parse_date(const char *s)
{
    const char *p = s;
    int m = 0, d = 0, y = 0;
    size_t wl = 0;
    while (isalpha((unsigned char)p[wl]) || p[wl] == '.')
        wl++;
    if (wl && (m = month_of(p, wl))) {
        p += wl;
        if (*p++ != ' ' || !isdigit((unsigned char)*p))
            return NULL;
        d = (int)strtol(p, (char **)&p, 10);
        if (*p == ',')
            p++;
        if (*p++ != ' ')
            return NULL;
    } else if (isdigit((unsigned char)*p)) {
        d = (int)strtol(p, (char **)&p, 10);
        if (*p++ != ' ')
            return NULL;
        wl = 0;
        while (isalpha((unsigned char)p[wl]) || p[wl] == '.')
            wl++;
        if (!(m = month_of(p, wl)))
            return NULL;
        p += wl;
        if (*p++ != ' ')
            return NULL;
    } else {
        return NULL;
    }
    if (!isdigit((unsigned char)*p))
        return NULL;
    const char *ys = p;
    y = (int)strtol(p, (char **)&p, 10);
    if (p - ys != 4 || *p || d < 1 || d > 31 || y < 1000)
        return NULL;
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%04d-%02d-%02d", y, m, d);
    return buf_take(&b);
}

static int is_date(const char *s)
{
    char *iso = parse_date(s);
    free(iso);
    return iso != NULL;
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && (p == s || p[-1] == ' '))
            n++;
    return n;
}

static int ends_with_punct(const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return 0;
    if (strchr(".:;,!?", s[n - 1]))
        return 1;
    /* closing quotes after punctuation: ." or .” */
    if (n >= 4 && !strcmp(s + n - 3, "\xE2\x80\x9D"))
        return 1;
    return s[n - 1] == '"';
}

static const char *const kinds[] = {
    "Media Note", "Press Statement", "Readout", "Joint Statement", "Remarks",
    "Statement", "Fact Sheet", "Notice to the Press", "Press Release",
    "Special Briefing", "Department Press Briefing", "Press Briefing",
    "Interview", "Travel", "Speech", "Testimony", "Op-Ed", "Public Schedule",
    "Taken Question", "Remarks to the Press", "Briefing", "Report",
    "Notice", "Announcement", "Background Briefing", "Joint Press Release",
    "Statement by the Press Secretary", "Proclamation", NULL};

/* The kind a line names (canonical spelling), or NULL. */
static const char *kind_of(const char *s)
{
    for (int i = 0; kinds[i]; i++)
        if (!strcasecmp(s, kinds[i]))
            return kinds[i];
    return NULL;
}

/* Words that start the title part of a "Name, Title" byline. */
static const char *const byline_words[] = {
    "Secretary", "Deputy", "Assistant", "Under", "Acting", "Principal",
    "Department", "Spokesperson", "Ambassador", "Special", "U.S.", "Senior",
    "Counselor", "Coordinator", "Director", "Chief", "Administrator",
    "State", "Press", "Chargé", "Charge", "Consul", "Legal", "Head", NULL};

/* "Office of the Spokesperson", "Bureau of ...", or a byline
 * "Antony J. Blinken, Secretary of State". */
static int is_office(const char *s)
{
    if (!strncmp(s, "Office of ", 10) || !strncmp(s, "Bureau of ", 10) ||
        !strcmp(s, "Office of the Spokesperson"))
        return !ends_with_punct(s) && count_words(s) <= 14;
    const char *comma = strstr(s, ", ");
    if (!comma || ends_with_punct(s) || count_words(s) > 25)
        return 0;
    /* the name: 2..6 capitalised words */
    size_t nw = 0;
    for (const char *p = s; p < comma; p++) {
        if (p == s || p[-1] == ' ') {
            if (!uchar_is_upper_start(p))
                return 0;
            nw++;
        }
    }
    if (nw < 2 || nw > 6)
        return 0;
    const char *t = comma + 2;
    for (int i = 0; byline_words[i]; i++) {
        size_t n = strlen(byline_words[i]);
        if (!strncmp(t, byline_words[i], n) && (t[n] == ' ' || !t[n]))
            return 1;
    }
    return 0;
}

/* A dateline place: "Washington, DC", "WASHINGTON, D.C.", "Berlin, Germany",
 * "Via Teleconference", or a capital or country on its own. */
static int is_place(const char *s)
{
    size_t nw = count_words(s);
    if (!*s || nw > 6 || strpbrk(s, "0123456789:;!?()\""))
        return 0;
    size_t n = strlen(s);
    if (s[n - 1] == '.' && !(n >= 4 && !strcmp(s + n - 4, "D.C.")))
        return 0;
    if (part_is_byline(s))
        return 0;  /* "Yair Lapid, Israeli Foreign Minister" */
    if (!strcasecmp(s, "Via Teleconference") || !strcasecmp(s, "Virtual") ||
        !strncasecmp(s, "Washington", 10))
        return 1;
    if (part_country_of(s))
        return 1;
    const char *comma = strchr(s, ',');
    if (!comma || strchr(comma + 1, ',') || comma[1] != ' ')
        return 0;
    for (const char *p = s; *p; p++) {
        if (p == s || p[-1] == ' ') {
            if (!uchar_is_upper_start(p) && strncmp(p, "de ", 3) &&
                strncmp(p, "of ", 3))
                return 0;
        }
    }
    return 1;
}

/* Share of the words of a (case-insensitive) that also occur in b. */
static double word_overlap(const char *a, const char *b)
{
    size_t total = 0, found = 0;
    const char *p = a;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        total++;
        for (const char *q = b; *q;) {
            while (*q == ' ')
                q++;
            const char *qe = strchr(q, ' ');
            size_t qn = qe ? (size_t)(qe - q) : strlen(q);
            if (qn == n && !strncasecmp(p, q, n)) {
                found++;
                break;
            }
            q += qn;
        }
        p += n;
    }
    return total ? (double)found / (double)total : 0.0;
}

/* Whether cand, the line after the date, is the full title of short.  A
 * full title spells the short one out, so it is no shorter: a shorter line
 * made of the short title's words is the list of speakers a briefing's
 * headline names ("Briefing With A, B, And C On ..." then "A, B, And C"),
 * and taking it for the title would lose the headline from the page. */
static int is_full_title(const char *shrt, const char *cand)
{
    return !is_date(cand) && !kind_of(cand) && !is_office(cand) &&
           !ends_with_punct(cand) && count_words(cand) <= 60 &&
           count_words(cand) >= count_words(shrt) &&
           strcmp(shrt, cand) != 0 && word_overlap(shrt, cand) >= 0.6;
}

/* Whether cand, a header line after the date, lists the speakers the short
 * title names: shorter than it and made of its words ("Acting Assistant
 * Secretary ... Joey Hood, ..., And ... Director Susannah Cooper" under
 * "Briefing With Acting Assistant Secretary ... On ...").  Such a line is
 * the statement's byline. */
static int is_speakers(const char *shrt, const char *cand)
{
    return shrt && !ends_with_punct(cand) && count_words(cand) >= 4 &&
           count_words(cand) < count_words(shrt) && strstr(cand, ", ") &&
           word_overlap(cand, shrt) >= 0.9;
}

/* Length of the list marker at the start of s ("• ", "1. ", "a) ", "(iv) ")
 * not counting the space; 0 when s is no list item.  *numeric tells whether
 * the marker is a number (1., 2.) rather than a bullet or letter. */
static size_t list_marker(const char *s, int *numeric)
{
    static const char *const bullets[] = {
        "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\xA6",
        "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x97\x8F", "-", "*", "o", NULL};
    *numeric = 0;
    for (int i = 0; bullets[i]; i++) {
        size_t n = strlen(bullets[i]);
        if (!strncmp(s, bullets[i], n) && s[n] == ' ' && s[n + 1])
            return n;
    }
    size_t n = 0;
    if (s[0] == '(') {
        n = 1;
        while (n < 5 && isalnum((unsigned char)s[n]))
            n++;
        if (n > 1 && s[n] == ')' && s[n + 1] == ' ' && s[n + 2])
            return n + 1;
        return 0;
    }
    while (n < 3 && isdigit((unsigned char)s[n]))
        n++;
    if (n) {
        if ((s[n] == '.' || s[n] == ')') && s[n + 1] == ' ' && s[n + 2]) {
            *numeric = 1;
            return n + 1;
        }
        return 0;
    }
    /* a single lowercase letter or a short lowercase roman numeral */
    while (n < 4 && strchr("ivx", s[n]) && s[n])
        n++;
    if (n == 0 && islower((unsigned char)s[0]))
        n = 1;
    if (n && (s[n] == '.' || s[n] == ')') && s[n + 1] == ' ' && s[n + 2])
        return n + 1;
    return 0;
}

static size_t speaker_label(const char *s);

/* A short title-case line without final punctuation. */
static int heading_like(const char *s)
{
    size_t nw = count_words(s);
    size_t n = strlen(s);
    if (nw == 0 || nw > 10 || ends_with_punct(s) || !uchar_is_upper_start(s) ||
        speaker_label(s) || is_place(s))
        return 0;
    /* interrupted speech: "MR PRICE: Well —" */
    if (n >= 3 && (!strcmp(s + n - 3, "\xE2\x80\x94") || !strcmp(s + n - 3, "\xE2\x80\x93")))
        return 0;
    for (const char *p = s; *p; p++) {
        if (p != s && p[-1] != ' ')
            continue;
        size_t n = strcspn(p, " ");
        if (n >= 4 && !uchar_is_upper_start(p) && !isdigit((unsigned char)*p))
            return 0;
    }
    return 1;
}

/* Length of a speaker label ("SECRETARY BLINKEN:") at the start of s,
 * including the colon, or 0. */
static size_t speaker_label(const char *s)
{
    size_t n = 0, letters = 0;
    while (s[n] && (isupper((unsigned char)s[n]) || strchr(" .'-", s[n]) ||
                    !strncmp(s + n, "\xE2\x80\x99", 3))) {
        if (isupper((unsigned char)s[n]))
            letters++;
        n += (unsigned char)s[n] == 0xE2 ? 3 : 1;
    }
    if (letters >= 2 && s[n] == ':' && n < 60 && s[n + 1] == ' ')
        return n + 1;
    return 0;
}

/* Add a paragraph, with a speaker label in bold as its own span. */
static void add_paragraph(struct statement *st, const char *s, int line)
{
    size_t lab = speaker_label(s);
    if (!lab) {
        stmt_add_block(st, BLK_PARAGRAPH, 1, NULL, s, line);
        return;
    }
    struct block *b = stmt_add_block(st, BLK_PARAGRAPH, 1, NULL, NULL, line);
    char *label = xstrndup(s, lab);
    stmt_add_span(b, label, SPAN_BOLD, NULL);
    stmt_add_span(b, s + lab, SPAN_PLAIN, NULL);
    free(label);
}

/* Append the glued lines gathered in tail (each after a space) to the last
 * span of block b, then clear tail.  Gathering first keeps a paragraph of
 * many glued lines linear in time. */
static void append_to_block(struct block *b, struct buf *tail)
{
    if (!b || !tail->len)
        return;
    struct span *sp = &b->spans[b->nspans - 1];
    size_t n = strlen(sp->text);
    sp->text = xrealloc(sp->text, n + tail->len + 1);
    memcpy(sp->text + n, tail->s, tail->len + 1);
    buf_clear(tail);
}

/* Turn lines [from, n) into blocks. */
static void body_blocks(struct statement *st, struct line *L, size_t from,
                        size_t n)
{
    int prev_numeric = 0, in_list = 0;
    struct buf tail;  /* glued lines not yet appended to the last block */
    buf_init(&tail);
    for (size_t i = from; i < n; i++) {
        const char *s = L[i].s;
        if (!*s) {
            continue;
        }
        int numeric;
        size_t mk = list_marker(s, &numeric);
        int after_blank = i == 0 || !*L[i - 1].s;
        /* a lowercase line glued to the paragraph above continues it */
        if (!mk && !after_blank && st->nblocks && islower((unsigned char)s[0]) &&
            st->blocks[st->nblocks - 1].kind == BLK_PARAGRAPH) {
            buf_addc(&tail, ' ');
            buf_adds(&tail, s);
            continue;
        }
        if (st->nblocks)
            append_to_block(&st->blocks[st->nblocks - 1], &tail);
        if (mk) {
            int level = 1;
            if (L[i].indent >= 2)
                level = 2;
            else if (in_list && prev_numeric && !numeric &&
                     strchr("(abcdefghijklmnopqrstuvwxyz", s[0]) &&
                     strncmp(s, "o ", 2))
                level = 2;
            if (level == 1)
                prev_numeric = numeric;
            in_list = 1;
            char *marker = xstrndup(s, mk);
            stmt_add_block(st, BLK_LIST_ITEM, level, marker, s + mk + 1,
                           L[i].no);
            free(marker);
            continue;
        }
        in_list = 0;
        prev_numeric = 0;
        /* heading: after some body text, followed by a blank line and a
         * paragraph that ends in punctuation */
        if (st->nblocks && after_blank && heading_like(s) && i + 2 < n &&
            !*L[i + 1].s && *L[i + 2].s && ends_with_punct(L[i + 2].s) &&
            count_words(L[i + 2].s) >= 8 && !list_marker(L[i + 2].s, &numeric)) {
            stmt_add_block(st, BLK_HEADING, 1, NULL, s, L[i].no);
            continue;
        }
        add_paragraph(st, s, L[i].no);
    }
    if (st->nblocks)
        append_to_block(&st->blocks[st->nblocks - 1], &tail);
    buf_free(&tail);
}

/* The place of a dateline run into the first paragraph ("WASHINGTON, DC
 * -- The United States ...", "Berlin, Germany — Today ..."), or NULL.
 * The paragraph keeps its words; caller frees. */
static char *run_in_dateline(const char *s)
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
        if (is_place(place))
            return place;
        free(place);
    }
    return NULL;
}

/* Split t into normalised lines; *n gets their count. */
static struct line *split_lines(const struct text *t, size_t *n)
{
    struct line *L = NULL;
    size_t cap = 0, count = 0;
    const char *p = t->data, *end = t->data + t->len;
    int no = 1;
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        xgrow(&L, &cap, count + 1, sizeof *L);
        L[count].s = normalise(p, (size_t)(e - p), &L[count].indent);
        L[count].no = no++;
        count++;
        p = e + 1;
    }
    *n = count;
    return L;
}

int rec_recognise(const struct text *t, struct statement *out)
{
    stmt_init(out);
    size_t n;
    struct line *L = split_lines(t, &n);
    /* indices of the non-blank lines */
    size_t *nb = xmalloc((n + 1) * sizeof *nb), k = 0;
    for (size_t i = 0; i < n; i++)
        if (*L[i].s)
            nb[k++] = i;
    size_t j = 0;
    if (j < k && !strcasecmp(L[nb[j]].s, banner))
        j++;
    if (j == k) {
        diag(C_NO_TEXT, t->name, k ? L[nb[0]].no : 0, 0);
        for (size_t i = 0; i < n; i++)
            free(L[i].s);
        free(L);
        free(nb);
        return EXIT_INPUT;
    }
    const char *shrt = NULL, *full = NULL;
    size_t first_line = nb[j];
    if (!is_date(L[nb[j]].s))
        shrt = L[nb[j++]].s;
    if (j < k && is_date(L[nb[j]].s))
        out->date = parse_date(L[nb[j++]].s);
    if (shrt && j < k && is_full_title(shrt, L[nb[j]].s))
        full = L[nb[j++]].s;
    /* kind, office, place and the date again, in any order */
    int seen_meta = out->date != NULL;
    for (int round = 0; round < 6 && j < k; round++) {
        const char *s = L[nb[j]].s;
        const char *kd;
        if (!out->kind && (kd = kind_of(s))) {
            out->kind = xstrdup(kd);
        } else if (!out->office && (is_office(s) || is_speakers(shrt, s))) {
            out->office = xstrdup(s);
        } else if (!out->place && seen_meta && is_place(s)) {
            out->place = xstrdup(s);
        } else if (is_date(s)) {
            if (!out->date)
                out->date = parse_date(s);
        } else {
            break;
        }
        seen_meta = 1;
        j++;
    }
    if (shrt) {
        out->title = xstrdup(full ? full : shrt);
        out->short_title = xstrdup(shrt);
    } else {
        diag(C_NO_TITLE, t->name, L[first_line].no, 0);
    }
    if (!out->date)
        diag(C_NO_DATE, t->name, L[first_line].no, 0);
    out->language = xstrdup("en-US");
    if (j < k && !out->place)
        out->place = run_in_dateline(L[nb[j]].s);
    if (j < k) {
        body_blocks(out, L, nb[j], n);
    } else {
        /* nothing but a header: keep its first line as the body */
        diag(C_NO_BODY, t->name, L[first_line].no, 0);
        stmt_add_block(out, BLK_PARAGRAPH, 1, NULL, L[first_line].s,
                       L[first_line].no);
    }
    part_extract(out);
    if (out->nparts > STMT_MAX_PARTICIPANTS) {
        diag(C_PART_MANY, t->name, 0, 0, out->nparts, STMT_MAX_PARTICIPANTS);
        for (size_t i = STMT_MAX_PARTICIPANTS; i < out->nparts; i++) {
            free(out->parts[i].delegation);
            free(out->parts[i].title);
            free(out->parts[i].name);
        }
        out->nparts = STMT_MAX_PARTICIPANTS;
    }
    for (size_t i = 0; i < n; i++)
        free(L[i].s);
    free(L);
    free(nb);
    return EXIT_OK;
}
