/* recognise.c -- the scraped-text front end: splits text copied from a
 * government web page into lines, reads the header by the evidence each
 * line gives (furniture and stamps above the title, the title the header
 * lines stand under, then kind, office or person, place, venue and date in
 * any order), leaves out site furniture before the header and after the
 * body (listed as dropped, never lost), turns the rest into blocks
 * (paragraphs, list items, headings), then hands the result to
 * participants.c.  Dates are read by dates.c, furniture known by
 * furniture.c.  Every body word ends up in some block. */
#include "recognise/recognise.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/uchar.h"
#include "base/util.h"
#include "recognise/hdr_parts.h"
#include "recognise/participants.h"
#include "recognise/rec_parts.h"



/* Length of a whitespace-like character at p (0 if none); *drop set when it
 * is an invisible format character rather than a space. */
static size_t space_len(const char *p, int *drop)
{
    const unsigned char *u = (const unsigned char *)p;
    *drop = 0;
    if (*u == ' ' || *u == '\t' || *u == '\v' || *u == '\f' || *u == '\r')
        return 1;
    size_t k = uchar_space_len(p);
    if (k)
        return k;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B)
        return 3;  /* U+200B */
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

/* Length of the list marker at the start of s ("• ", "1. ", "a) ", "(iv) ")
 * not counting the space; 0 when s is no list item.  *numeric tells whether
 * the marker is a number (1., 2.) rather than a bullet or letter. */
size_t rec_list_marker(const char *s, int *numeric)
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
    size_t nw = rec_count_words(s);
    size_t n = strlen(s);
    if (nw == 0 || nw > 10 || rec_ends_with_punct(s) || !uchar_is_upper_start(s) ||
        speaker_label(s) || rec_is_place(s))
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
static void body_blocks(struct statement *st, struct rec_line *L, size_t from,
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
        size_t mk = rec_list_marker(s, &numeric);
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
            !*L[i + 1].s && *L[i + 2].s && rec_ends_with_punct(L[i + 2].s) &&
            rec_count_words(L[i + 2].s) >= 8 && !rec_list_marker(L[i + 2].s, &numeric)) {
            stmt_add_block(st, BLK_HEADING, 1, NULL, s, L[i].no);
            continue;
        }
        add_paragraph(st, s, L[i].no);
    }
    if (st->nblocks)
        append_to_block(&st->blocks[st->nblocks - 1], &tail);
    buf_free(&tail);
}

void rec_people(const char *name, struct statement *out)
{
    rec_preface_kind(out);
    part_extract(out);
    if (out->nparts > STMT_MAX_PARTICIPANTS) {
        diag(C_PART_MANY, name, 0, 0, out->nparts, STMT_MAX_PARTICIPANTS);
        for (size_t i = STMT_MAX_PARTICIPANTS; i < out->nparts; i++) {
            free(out->parts[i].delegation);
            free(out->parts[i].title);
            free(out->parts[i].name);
        }
        out->nparts = STMT_MAX_PARTICIPANTS;
    }
}

/* The length of a copy's leading date field ("date 2017-01-24 " or "date
 * 2019-05 " before the page's first line, as some archives store a page),
 * without its space; 0 when s has none. */
static size_t date_field_len(const char *s)
{
    if (strncmp(s, "date ", 5) || strlen(s) < 13)
        return 0;
    size_t i = 5;
    for (; i < 15 && (isdigit((unsigned char)s[i]) || s[i] == '-'); i++)
        if ((i == 9 || i == 12) != (s[i] == '-'))
            return 0;
    return (i == 12 || i == 15) && s[i] == ' ' ? i : 0;
}

/* Lines from the top in which run-together header items are looked for. */
#define GLUED_LINES 40

/* Split t into normalised lines; *n gets their count.  A leading date
 * field on the first line stands as a line of its own (the date alone),
 * the rest of the line after it. */
static struct rec_line *split_lines(const struct text *t, size_t *n)
{
    struct rec_line *L = NULL;
    size_t cap = 0, count = 0;
    const char *p = t->data, *end = t->data + t->len;
    int no = 1;
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        xgrow(&L, &cap, count + 2, sizeof *L);
        L[count].s = normalise(p, (size_t)(e - p), &L[count].indent);
        L[count].no = no;
        size_t f = count ? 0 : date_field_len(L[0].s);
        if (f) {
            L[1].s = xstrdup(L[0].s + f + 1);
            L[1].indent = L[0].indent;
            L[1].no = no;
            memmove(L[0].s, L[0].s + 5, f - 5);
            L[0].s[f - 5] = '\0';
            count++;
        }
        char **pc;
        size_t np = count < GLUED_LINES ? rec_glued_split(L[count].s, &pc) : 0;
        if (np) {
            /* "Secretary of StateTreaty RoomWashington, DC": a line each */
            xgrow(&L, &cap, count + np + 1, sizeof *L);
            int indent = L[count].indent;
            free(L[count].s);
            for (size_t i = 0; i < np; i++)
                L[count + i] = (struct rec_line){pc[i], indent, no};
            count += np - 1;
            free(pc);
        }
        no++;
        count++;
        p = e + 1;
    }
    *n = count;
    return L;
}

static void free_lines(struct rec_line *L, size_t n, size_t *nb)
{
    for (size_t i = 0; i < n; i++)
        free(L[i].s);
    free(L);
    free(nb);
}

int rec_recognise(const struct text *t, struct statement *out)
{
    stmt_init(out);
    size_t n;
    struct rec_line *L = split_lines(t, &n);
    /* indices of the non-blank lines */
    size_t *nb = xmalloc((n + 1) * sizeof *nb), k = 0;
    for (size_t i = 0; i < n; i++)
        if (*L[i].s)
            nb[k++] = i;
    struct rec_body body;
    if (rec_header(out, L, nb, k, t->name, &body) != EXIT_OK) {
        stmt_free(out);
        stmt_init(out);
        free_lines(L, n, nb);
        return EXIT_INPUT;
    }
    size_t first_line = body.first_line;
    if (body.from < body.to) {
        char *s = L[nb[body.from]].s;  /* the run-in dateline is the dateline's */
        memmove(s, s + body.cut, strlen(s + body.cut) + 1);
        body_blocks(out, L, nb[body.from], body.to < k ? nb[body.to] : n);
    } else {
        /* nothing but a header: keep its first line as the body */
        diag(C_NO_BODY, t->name, L[first_line].no, 0);
        stmt_add_block(out, BLK_PARAGRAPH, 1, NULL, L[first_line].s,
                       L[first_line].no);
    }
    rec_people(t->name, out);
    free_lines(L, n, nb);
    return EXIT_OK;
}
