/* partrows.h -- for unit tests: compare a statement's participant rows
 * with the expected "DELEGATION|TITLE|NAME" lines, and extract them from a
 * headline and paragraphs.  Include after cmocka.h. */
#ifndef IMPRINT_TEST_PARTROWS_H
#define IMPRINT_TEST_PARTROWS_H

#include <stddef.h>

#include "base/util.h"
#include "model/statement.h"
#include "recognise/participants.h"

/* The participants of st are rows[0..n), each "DELEGATION|TITLE|NAME"
 * ("-" for no delegation, "(null)" for no title). */
static inline void expect_rows(const struct statement *st, const char *const *rows, size_t n)
{
    struct buf got;
    buf_init(&got);
    buf_adds(&got, "");
    for (size_t i = 0; i < st->nparts; i++)
        buf_printf(&got, "%s|%s|%s\n", st->parts[i].delegation ? st->parts[i].delegation : "-",
                   st->parts[i].title ? st->parts[i].title : "(null)", st->parts[i].name);
    struct buf want;
    buf_init(&want);
    buf_adds(&want, "");
    for (size_t i = 0; i < n; i++)
        buf_printf(&want, "%s\n", rows[i]);
    assert_string_equal(got.s, want.s);
    buf_free(&got);
    buf_free(&want);
}

/* Build *st from a headline and body paragraphs (NULL-terminated) and
 * extract its participants; the caller frees st with stmt_free. */
static inline void extract_paras(struct statement *st, const char *title,
                                 const char *const *paras)
{
    stmt_init(st);
    st->title = xstrdup(title);
    st->short_title = xstrdup(title);
    for (size_t i = 0; paras[i]; i++)
        stmt_add_block(st, BLK_PARAGRAPH, 1, NULL, paras[i], 1);
    part_extract(st);
}

/* Extract the participants of a statement of a headline and body
 * paragraphs (NULL-terminated) and compare them with rows[0..n) as
 * expect_rows does. */
static inline void expect_paras(const char *title, const char *const *paras,
                                const char *const *rows, size_t n)
{
    struct statement st;
    extract_paras(&st, title, paras);
    expect_rows(&st, rows, n);
    stmt_free(&st);
}

#ifdef PARTROWS_CHECK
/* With PARTROWS_CHECK defined before the include: CHECK(title, body,
 * rows...) and CHECK_NONE(title, body) extract the participants of a
 * headline and one body paragraph and compare them with the rows,
 * "DELEGATION|TITLE|NAME" ("-" for no delegation, "(null)" for no title),
 * in order. */
static void check(const char *title, const char *body, const char *const *rows, size_t n)
{
    const char *const paras[] = {body, NULL};
    expect_paras(title, paras, rows, n);
}
#define CHECK(title, body, ...) do { \
    static const char *const rows_[] = {__VA_ARGS__}; \
    check(title, body, rows_, sizeof rows_ / sizeof rows_[0]); } while (0)
#define CHECK_NONE(title, body) check(title, body, NULL, 0)
#endif

#endif
