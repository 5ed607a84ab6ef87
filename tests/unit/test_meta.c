/* test_meta.c -- the metadata strings built from a statement: title
 * fallback, author from office and agency, subject from kind, place and long
 * date, keywords without duplicates, creator/producer versions, language
 * default; missing parts are left out rather than leaving stray commas. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "write/pdf.h"
#include "model/statement.h"
#include "base/util.h"

/* The reference statement's metadata, built by hand. */
static void reference(struct statement *s)
{
    stmt_init(s);
    s->title = xstrdup("Secretary Tillerson and Secretary Kelly Travel to "
                       "Mexico City");
    s->short_title = xstrdup("Travel to Mexico");
    s->kind = xstrdup("Media Note");
    s->office = xstrdup("Office of the Spokesperson");
    s->place = xstrdup("Washington, DC");
    s->date = xstrdup("2017-02-23");
    stmt_add_participant(s, "United States", "Secretary of State",
                         "Rex Tillerson");
    stmt_add_participant(s, "United States", "Secretary of Homeland Security",
                         "John Kelly");
    stmt_add_participant(s, "Mexico", "Foreign Secretary", "Rex Tillerson");
    s->keywords = xcalloc(3, sizeof *s->keywords);
    s->keywords[0] = xstrdup("Mexico");
    s->keywords[1] = xstrdup("Washington, DC");
    s->keywords[2] = xstrdup("\xe2\x80\x9c" "border\xe2\x80\x9d & trade");
    s->nkeywords = 3;
}

static void test_reference(void **state)
{
    (void)state;
    struct statement s;
    struct pdf_meta m;
    reference(&s);
    pdf_meta_build(&s, "U.S. Department of State", &m);
    assert_string_equal(m.title, "Secretary Tillerson and Secretary Kelly "
                                 "Travel to Mexico City");
    assert_string_equal(m.author, "Office of the Spokesperson, "
                                  "U.S. Department of State");
    assert_string_equal(m.subject, "Media Note, Washington, DC, "
                                   "February 23, 2017");
    assert_string_equal(m.keywords,
                        "Rex Tillerson, John Kelly, Washington, DC, Mexico, "
                        "\xe2\x80\x9c" "border\xe2\x80\x9d & trade");
    assert_string_equal(m.creator, "imprint 0.1.0");
    assert_true(strncmp(m.producer, "imprint 0.1.0 (libharu 2.3.0, HarfBuzz ",
                        39) == 0);
    assert_int_equal(m.producer[strlen(m.producer) - 1], ')');
    assert_string_equal(m.language, "en-US");
    assert_string_equal(m.date, "2017-02-23");
    assert_string_equal(m.kind, "Media Note");
    pdf_meta_free(&m);
    assert_null(m.title);

    /* The statement's own agency wins over the layout's. */
    s.agency = xstrdup("U.S. Agency for International Development");
    s.language = xstrdup("es-MX");
    pdf_meta_build(&s, "U.S. Department of State", &m);
    assert_string_equal(m.author, "Office of the Spokesperson, "
                                  "U.S. Agency for International Development");
    assert_string_equal(m.language, "es-MX");
    pdf_meta_free(&m);
    stmt_free(&s);
}

/* Missing parts are left out; the short title stands in for the title. */
static void test_missing(void **state)
{
    (void)state;
    struct statement s;
    struct pdf_meta m;
    stmt_init(&s);
    s.short_title = xstrdup("Short");
    s.date = xstrdup("2021-13-40"); /* malformed: no long date */
    pdf_meta_build(&s, NULL, &m);
    assert_string_equal(m.title, "Short");
    assert_null(m.author);
    assert_null(m.subject);
    assert_null(m.keywords);
    assert_string_equal(m.creator, "imprint 0.1.0");
    assert_non_null(m.producer);
    assert_string_equal(m.language, "en-US");
    assert_string_equal(m.date, "2021-13-40");
    assert_null(m.kind);
    pdf_meta_free(&m);

    free(s.date);
    s.date = xstrdup("2022-01-05");
    s.place = xstrdup("Kyiv, Ukraine");
    pdf_meta_build(&s, "U.S. Department of State", &m);
    assert_string_equal(m.author, "U.S. Department of State");
    assert_string_equal(m.subject, "Kyiv, Ukraine, January 5, 2022");
    assert_string_equal(m.keywords, "Kyiv, Ukraine");
    pdf_meta_free(&m);

    s.title = xstrdup("");
    s.agency = xstrdup("");
    s.kind = xstrdup("Readout");
    free(s.place);
    s.place = NULL;
    pdf_meta_build(&s, "", &m);
    assert_string_equal(m.title, "Short"); /* empty title does not count */
    assert_null(m.author);
    assert_string_equal(m.subject, "Readout, January 5, 2022");
    pdf_meta_free(&m);
    stmt_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference),
        cmocka_unit_test(test_missing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
