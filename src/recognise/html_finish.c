/* html_finish.c -- the HTML front end's header: title, date, office, kind,
 * place and language from the article's marked elements, the feed item or
 * the page head, in that order; then, for what none of them says, the
 * copied-text recogniser's steps run on the blocks (a leading byline, date
 * or place paragraph, the preface kind, the participants). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/uchar.h"
#include "base/util.h"
#include "recognise/html_parts.h"
#include "recognise/participants.h"
#include "recognise/rec_parts.h"

void html_meta_free(struct html_meta *m)
{
    char **f[] = {&m->h1, &m->kind, &m->office, &m->date, &m->place, &m->og_title,
                  &m->dc_title, &m->title_el, &m->ld_headline, &m->published,
                  &m->dc_date, &m->ld_date, &m->dc_creator, &m->lang, &m->base};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        free(*f[i]);
        *f[i] = NULL;
    }
}

/* s with its white space runs (no-break and thin spaces too) one space,
 * trimmed; caller frees. */
static char *clean(const char *s)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    int space = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t nb = uchar_space_len((const char *)p);
        if (nb || *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = b.len > 0;
            p += nb ? nb : 1;
            continue;
        }
        if (space)
            buf_addc(&b, ' ');
        space = 0;
        buf_addc(&b, (char)*p++);
    }
    return buf_take(&b);
}

/* The first of values[0..n) that is set. */
static const char *first_of(const char *const *values, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (values[i] && *values[i])
            return values[i];
    return NULL;
}

/* A <title> without its site suffix ("Title - United States Department of
 * State"). */
static char *page_title(const char *t)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", NULL};
    for (int i = 0; seps[i]; i++) {
        const char *p = strstr(t, seps[i]), *last = NULL;
        for (; p; p = strstr(p + 1, seps[i]))
            last = p;
        if (last && (strstr(last, "Department") || strstr(last, "Embassy") ||
                     strstr(last, "Mission") || strstr(last, ".gov")))
            return xstrndup(t, (size_t)(last - t));
    }
    return xstrdup(t);
}

/* The ISO date of the first of dates[] that reads as one; a date given but
 * unreadable is reported. */
static char *pick_date(const struct text *t, const char *const *dates, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!dates[i] || !*dates[i])
            continue;
        int stamp;
        char *iso = rec_date_line(dates[i], 0, &stamp);
        if (!iso)
            iso = rec_date_in(dates[i], NULL, NULL);
        if (iso)
            return iso;
        diag(H_DATE, t->name, 0, 0, dates[i]);
    }
    return NULL;
}

/* Remove block i of s. */
static void drop_block(struct statement *s, size_t i)
{
    struct block *b = &s->blocks[i];
    for (size_t k = 0; k < b->nspans; k++) {
        free(b->spans[k].text);
        free(b->spans[k].link);
    }
    free(b->spans);
    free(b->marker);
    memmove(b, b + 1, (s->nblocks - i - 1) * sizeof *b);
    s->nblocks--;
}

/* Leading paragraphs that are the header copied into the body: the office
 * again, a byline, a date, a place. */
static void take_leading(struct statement *s)
{
    for (int n = 0; n < 4 && s->nblocks > 1 && s->blocks[0].kind == BLK_PARAGRAPH; n++) {
        char *txt = stmt_block_text(&s->blocks[0]);
        int stamp;
        char *iso = NULL;
        int taken = 1;
        if (s->office && !strcasecmp(txt, s->office)) {
        } else if (!s->office && rec_count_words(txt) <= 12 && part_is_byline(txt)) {
            s->office = txt;
            txt = NULL;
        } else if ((iso = rec_date_line(txt, 0, &stamp))) {
            if (!s->date)
                s->date = iso;
            else
                free(iso);
        } else if (!s->place && rec_count_words(txt) <= 4 && rec_is_place(txt)) {
            s->place = txt;
            txt = NULL;
        } else {
            taken = 0;
        }
        free(txt);
        if (!taken)
            break;
        drop_block(s, 0);
    }
}

/* Attribution and preface lines at the head of the body ("The below is
 * attributable to Spokesperson A B:", at most two) are the preface, as for
 * copied text. */
static void take_preface(struct statement *s)
{
    struct buf b;
    buf_init(&b);
    for (int n = 0; n < 2 && !s->preface && s->nblocks > 1 && s->blocks[0].kind == BLK_PARAGRAPH; n++) {
        char *txt = stmt_block_text(&s->blocks[0]);
        char *next = stmt_block_text(&s->blocks[1]);
        int pre = rec_preface_line(txt, next);
        free(next);
        if (pre) {
            if (b.len)
                buf_adds(&b, "\n");
            buf_adds(&b, txt);
            drop_block(s, 0);
        }
        free(txt);
        if (!pre)
            break;
    }
    if (b.len)
        s->preface = buf_take(&b);
    else
        buf_free(&b);
}

/* A paragraph set wholly in bold, short and without final punctuation,
 * with more text after it, is a heading the page wrote as <p><strong>. */
static void bold_headings(struct statement *s)
{
    for (size_t i = 0; i + 1 < s->nblocks; i++) {
        struct block *b = &s->blocks[i];
        if (b->kind != BLK_PARAGRAPH || !b->nspans)
            continue;
        int bold = 1;
        for (size_t k = 0; k < b->nspans && bold; k++)
            bold = (b->spans[k].style & SPAN_BOLD) && !b->spans[k].link;
        char *txt = stmt_block_text(b);
        size_t nw = rec_count_words(txt);
        if (bold && nw && nw <= 12 && !rec_ends_with_punct(txt)) {
            b->kind = BLK_HEADING;
            for (size_t k = 0; k < b->nspans; k++)
                b->spans[k].style &= ~(unsigned)SPAN_BOLD;
        }
        free(txt);
    }
}

void html_finish(const struct text *t, const struct html_meta *m,
                 const struct html_given *given, struct statement *out)
{
    static const struct html_given none;
    const struct html_given *g = given ? given : &none;
    char *tt = m->title_el ? page_title(m->title_el) : NULL;
    const char *titles[] = {m->h1, g->title, m->og_title, m->dc_title, m->ld_headline, tt};
    const char *title = first_of(titles, 6);
    if (title)
        out->title = clean(title);
    else
        diag(H_NO_TITLE, t->name, 0, 0);
    free(tt);
    const char *dates[] = {m->date, g->date, m->published, m->dc_date, m->ld_date};
    out->date = pick_date(t, dates, 5);
    const char *offices[] = {m->office, g->office, m->dc_creator};
    const char *office = first_of(offices, 3);
    if (office)
        out->office = clean(office);
    if (m->kind)
        out->kind = clean(m->kind);
    if (m->place)
        out->place = clean(m->place);
    out->language = xstrdup(m->lang ? m->lang : "en-US");
    const char *urls[] = {g->base, m->base};
    const char *url = first_of(urls, 2);
    if (url && (!strncasecmp(url, "https://", 8) || !strncasecmp(url, "http://", 7)))
        out->url = clean(url);
    take_leading(out);
    take_preface(out);
    bold_headings(out);
    if (!out->kind && out->title) {
        const char *kd = rec_kind_in_title(out->title);
        if (kd)
            out->kind = xstrdup(kd);
    }
    rec_people(t->name, out);
}
