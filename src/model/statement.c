/* statement.c -- building and freeing the statement model. */
#include "model/statement.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void stmt_init(struct statement *s)
{
    memset(s, 0, sizeof *s);
}

void stmt_free(struct statement *s)
{
    free(s->title);
    free(s->short_title);
    free(s->kind);
    free(s->office);
    free(s->agency);
    free(s->place);
    free(s->date);
    free(s->preface);
    free(s->closing);
    free(s->url);
    free(s->language);
    free(s->layout);
    for (size_t i = 0; i < s->nkeywords; i++)
        free(s->keywords[i]);
    free(s->keywords);
    for (size_t i = 0; i < s->nnames; i++)
        free(s->names[i]);
    free(s->names);
    for (size_t i = 0; i < s->nblocks; i++) {
        struct block *b = &s->blocks[i];
        free(b->marker);
        for (size_t j = 0; j < b->nspans; j++) {
            free(b->spans[j].text);
            free(b->spans[j].link);
        }
        free(b->spans);
    }
    free(s->blocks);
    for (size_t i = 0; i < s->nparts; i++) {
        free(s->parts[i].delegation);
        free(s->parts[i].title);
        free(s->parts[i].name);
    }
    free(s->parts);
    for (size_t i = 0; i < s->ndropped; i++) {
        free(s->dropped[i].text);
        free(s->dropped[i].why);
    }
    free(s->dropped);
    stmt_init(s);
}

struct block *stmt_add_block(struct statement *s, enum block_kind kind,
                             int level, const char *marker, const char *text,
                             int line)
{
    /* Blocks are few; grow one at a time keeps ownership simple. */
    s->blocks = xrealloc(s->blocks, (s->nblocks + 1) * sizeof *s->blocks);
    struct block *b = &s->blocks[s->nblocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->level = level;
    b->marker = xstrdup(marker);
    b->line = line;
    if (text)
        stmt_add_span(b, text, SPAN_PLAIN, NULL);
    return b;
}

void stmt_add_span(struct block *b, const char *text, unsigned style,
                   const char *link)
{
    b->spans = xrealloc(b->spans, (b->nspans + 1) * sizeof *b->spans);
    struct span *sp = &b->spans[b->nspans++];
    sp->text = xstrdup(text);
    sp->style = style;
    sp->link = xstrdup(link);
}

void stmt_add_participant(struct statement *s, const char *delegation,
                          const char *title, const char *name)
{
    s->parts = xrealloc(s->parts, (s->nparts + 1) * sizeof *s->parts);
    struct participant *p = &s->parts[s->nparts++];
    p->delegation = xstrdup(delegation);
    p->title = xstrdup(title);
    p->name = xstrdup(name);
}

void stmt_add_dropped(struct statement *s, int line, const char *text,
                      const char *why)
{
    s->dropped = xrealloc(s->dropped, (s->ndropped + 1) * sizeof *s->dropped);
    struct dropped_line *d = &s->dropped[s->ndropped++];
    d->line = line;
    d->text = xstrdup(text);
    d->why = xstrdup(why);
}

int stmt_has_name(const struct statement *s, const char *w, size_t len)
{
    for (size_t i = 0; i < s->nnames; i++)
        if (strlen(s->names[i]) == len && !memcmp(s->names[i], w, len))
            return 1;
    return 0;
}

void stmt_add_name(struct statement *s, const char *w, size_t len)
{
    if (len == 0 || stmt_has_name(s, w, len))
        return;
    s->names = xrealloc(s->names, (s->nnames + 1) * sizeof *s->names);
    s->names[s->nnames++] = xstrndup(w, len);
}

char *stmt_block_text(const struct block *b)
{
    struct buf out;
    buf_init(&out);
    for (size_t i = 0; i < b->nspans; i++)
        buf_adds(&out, b->spans[i].text);
    return buf_take(&out);
}

char *stmt_date_long(const char *iso)
{
    static const char *months[] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    int y, m, d;
    char tail;
    if (!iso || sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return NULL;
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s %d, %d", months[m - 1], d, y);
    return buf_take(&b);
}
