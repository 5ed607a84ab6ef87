/* partrows.h -- for unit tests: compare a statement's participant rows
 * with the expected "DELEGATION|TITLE|NAME" lines.  Include after cmocka.h. */
#ifndef IMPRINT_TEST_PARTROWS_H
#define IMPRINT_TEST_PARTROWS_H

#include <stddef.h>

#include "base/util.h"
#include "model/statement.h"

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

#endif
