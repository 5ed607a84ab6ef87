/* meta.c -- the document metadata strings (Title, Author, Subject,
 * Keywords, Creator, Producer, language, date, kind) built from a statement;
 * the write stage puts the same strings into Info and XMP. */
#include <stdlib.h>
#include <string.h>

#include <hb.h>
#include <hpdf.h>

#include "base/diag.h"
#include "write/pdf.h"
#include "base/util.h"

#ifndef IMPRINT_VERSION
#define IMPRINT_VERSION "0.1.0"
#endif

/* A non-empty string, or NULL. */
static const char *given(const char *s)
{
    return s && *s ? s : NULL;
}

/* Append part to b, after sep when b already has text; skips NULL/"". */
static void join(struct buf *b, const char *sep, const char *part)
{
    if (!given(part))
        return;
    if (b->len)
        buf_adds(b, sep);
    buf_adds(b, part);
}

/* The buffer's text, or NULL when it is empty (b is released). */
static char *take_or_null(struct buf *b)
{
    if (!b->len) {
        buf_free(b);
        return NULL;
    }
    return buf_take(b);
}

/* Append a keyword unless it is empty or already in the list. */
static void add_keyword(char ***list, size_t *n, size_t *cap, const char *k)
{
    if (!given(k))
        return;
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*list)[i], k) == 0)
            return;
    xgrow(list, cap, *n + 1, sizeof **list);
    (*list)[(*n)++] = (char *)k;
}

size_t pdf_text_cut(const char *s, size_t max)
{
    return stmt_text_cut(s, max);
}

void pdf_meta_build(const struct statement *s, const char *agency,
                    struct pdf_meta *m)
{
    struct buf b;
    memset(m, 0, sizeof *m);

    m->title = xstrdup(given(s->title) ? s->title : given(s->short_title));

    buf_init(&b);
    join(&b, ", ", s->office);
    join(&b, ", ", given(s->agency) ? s->agency : agency);
    m->author = take_or_null(&b);

    char *longdate = stmt_date_long(s->date);
    buf_init(&b);
    join(&b, ", ", s->kind);
    join(&b, ", ", s->place);
    join(&b, ", ", longdate);
    free(longdate);
    m->subject = take_or_null(&b);

    char **kw = NULL;
    size_t nkw = 0, capkw = 0;
    for (size_t i = 0; i < s->nparts; i++)
        add_keyword(&kw, &nkw, &capkw, s->parts[i].name);
    add_keyword(&kw, &nkw, &capkw, s->place);
    for (size_t i = 0; i < s->nkeywords; i++)
        add_keyword(&kw, &nkw, &capkw, s->keywords[i]);
    buf_init(&b);
    for (size_t i = 0; i < nkw; i++)
        join(&b, ", ", kw[i]);
    free(kw);
    m->keywords = take_or_null(&b);

    m->creator = xstrdup("imprint " IMPRINT_VERSION);
    buf_init(&b);
    buf_printf(&b, "imprint %s (libharu %s, HarfBuzz %s)", IMPRINT_VERSION,
               HPDF_GetVersion(), hb_version_string());
    m->producer = buf_take(&b);

    m->language = xstrdup(given(s->language) ? s->language : "en-US");
    m->date = xstrdup(given(s->date));
    m->kind = xstrdup(given(s->kind));
    /* once, here: Info and XMP then write these very strings */
    stmt_meta_text(&m->title, "the title");
    stmt_meta_text(&m->author, "the author");
    stmt_meta_text(&m->subject, "the subject");
    stmt_meta_text(&m->keywords, "the keyword list");
    stmt_meta_text(&m->language, "the language");
    stmt_meta_text(&m->kind, "the kind");
    if (!stmt_lang_ok(m->language)) {
        free(m->language);  /* the source front end reports a bad tag */
        m->language = xstrdup("en-US");
    }
}

void pdf_meta_free(struct pdf_meta *m)
{
    free(m->title);
    free(m->author);
    free(m->subject);
    free(m->keywords);
    free(m->creator);
    free(m->producer);
    free(m->language);
    free(m->date);
    free(m->kind);
    memset(m, 0, sizeof *m);
}
