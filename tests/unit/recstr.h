/* recstr.h -- for unit tests: recognise a string as copied text, the way
 * imprint reads a .txt file.  Include after cmocka.h. */
#ifndef IMPRINT_TEST_RECSTR_H
#define IMPRINT_TEST_RECSTR_H

#include <stddef.h>
#include <string.h>

#include "read/text.h"
#include "recognise/recognise.h"

/* Recognise s (named t.txt) into *st; returns rec_recognise's status. */
static inline int rec_str(const char *s, struct statement *st)
{
    struct text t;
    assert_int_equal(text_from_bytes("t.txt", s, strlen(s), TEXT_DEFAULT_MAX, &t), 0);
    int rc = rec_recognise(&t, st);
    text_free(&t);
    return rc;
}

/* Recognise s and check one header field of the statement (a char *
 * member, at offset field): want, or NULL for none.  REC_EXPECT names the
 * member. */
static inline void rec_expect(const char *s, size_t field, const char *want)
{
    struct statement st;
    assert_int_equal(rec_str(s, &st), 0);
    const char *got = *(char *const *)((const char *)&st + field);
    if (want)
        assert_string_equal(got, want);
    else
        assert_null(got);
    stmt_free(&st);
}
#define REC_EXPECT(s, member, want) rec_expect(s, offsetof(struct statement, member), want)

/* One case of header recognition: the copied text and the header fields it
 * must give.  A NULL field is not looked at. */
struct rec_header_case {
    const char *text, *title, *kind, *office, *place, *date;
};

/* want is NULL (not looked at) or the string the field must hold. */
static inline void rec_expect_field(const char *got, const char *want)
{
    if (want)
        assert_string_equal(got ? got : "(none)", want);
}

/* Recognise each of the n cases and check the fields it names. */
static inline void rec_expect_headers(const struct rec_header_case *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        struct statement st;
        assert_int_equal(rec_str(c[i].text, &st), 0);
        rec_expect_field(st.title, c[i].title);
        rec_expect_field(st.kind, c[i].kind);
        rec_expect_field(st.office, c[i].office);
        rec_expect_field(st.place, c[i].place);
        rec_expect_field(st.date, c[i].date);
        stmt_free(&st);
    }
}
#define REC_EXPECT_HEADERS(cases) rec_expect_headers(cases, sizeof cases / sizeof cases[0])
/* The same with the messages recognition prints captured (capture.h). */
#define REC_EXPECT_HEADERS_QUIETLY(cases)                                              \
    do {                                                                               \
        capture_start();                                                               \
        REC_EXPECT_HEADERS(cases);                                                     \
        capture_stop();                                                                \
    } while (0)

#endif
