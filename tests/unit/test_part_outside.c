/* test_part_outside.c -- participant extraction on the layouts of pages
 * from outside the project (issue 12): ranks between an office and the
 * name, introductory phrases, welcome frames, offices no American holds.
 * All text is invented. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recognise/participants.h"
#include "base/util.h"

/* Extract the participants of a statement of a headline and one body
 * paragraph and compare them with rows[0..n), "DELEGATION|TITLE|NAME"
 * ("-" for no delegation, "(null)" for no title), in order. */
static void check(const char *title, const char *body, const char *const *rows, size_t n)
{
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup(title);
    st.short_title = xstrdup(title);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, body, 1);
    part_extract(&st);
    struct buf got, want;
    buf_init(&got);
    buf_adds(&got, "");
    for (size_t i = 0; i < st.nparts; i++)
        buf_printf(&got, "%s|%s|%s\n", st.parts[i].delegation ? st.parts[i].delegation : "-",
                   st.parts[i].title ? st.parts[i].title : "(null)", st.parts[i].name);
    buf_init(&want);
    buf_adds(&want, "");
    for (size_t i = 0; i < n; i++)
        buf_printf(&want, "%s\n", rows[i]);
    assert_string_equal(got.s, want.s);
    buf_free(&got);
    buf_free(&want);
    stmt_free(&st);
}
#define CHECK(title, body, ...) do { \
    static const char *const rows_[] = {__VA_ARGS__}; \
    check(title, body, rows_, sizeof rows_ / sizeof rows_[0]); } while (0)
#define CHECK_NONE(title, body) check(title, body, NULL, 0)

/* "Minister for Defence Senator A B": the rank stands between office and
 * name, in a subject list of four. */
static void test_rank_before_name(void **state)
{
    (void)state;
    CHECK("Annual Consultations",
          "Minister for Foreign Affairs Ana Ruiz, Minister for Defence Senator Jorge Soto, "
          "Secretary of State John Doe and Secretary of Defense Mary Roe met on 12 August "
          "in Lima for the annual consultations.",
          "United States|Secretary of State|John Doe",
          "United States|Secretary of Defense|Mary Roe",
          "-|Minister for Foreign Affairs|Ana Ruiz",
          "-|Minister for Defence|Jorge Soto");
}

/* "Visiting Lima on Thursday (6 May 2021), A B met with C D": the
 * participle phrase is passed over to the subject. */
static void test_visiting_phrase(void **state)
{
    (void)state;
    CHECK("Secretary General Visits Lima",
          "Visiting Lima on Thursday (6 May 2021), NATO Secretary General Karl Berg met with "
          "Peruvian Prime Minister Jorge Soto to discuss security.",
          "NATO|Secretary General|Karl Berg", "Peru|Prime Minister|Jorge Soto");
}

/* "welcomed A B to PLACE" names a counterpart; a welcomed briefing, or a
 * welcome "to the organization", names none.  A Secretary General of
 * the issuing side is not taken for an American. */
static void test_welcome_frames(void **state)
{
    (void)state;
    CHECK("Secretary General Praises Peru",
          "Secretary General Karl Berg welcomed Peruvian Prime Minister Jorge Soto to Alliance "
          "Headquarters on Monday.",
          "-|Secretary General|Karl Berg", "Peru|Prime Minister|Jorge Soto");
    CHECK_NONE("Ministerial Meeting",
               "The ministers welcomed Special Envoy Karl Berg’s briefing on the talks.");
    CHECK_NONE("Ministerial Meeting",
               "The members welcomed Secretary General Karl Berg of Peru to the organization.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rank_before_name),
        cmocka_unit_test(test_visiting_phrase),
        cmocka_unit_test(test_welcome_frames),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
