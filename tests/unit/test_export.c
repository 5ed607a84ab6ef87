/* test_export.c -- JSON export: member order and null handling, string
 * escaping (quotes, backslash, control characters, UTF-8 passed through),
 * and the golden file of the reference statement compared byte for byte;
 * Markdown+YAML export (quoting, escaping, spans, list markers). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "recognise/recognise.h"
#include "base/util.h"

#define GOLDEN "tests/golden/tillerson-kelly-mexico-2017-02-23.json"

/* Export st into a freshly allocated string. */
static char *to_json(const struct statement *st)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    assert_non_null(f);
    export_json(st, f);
    fclose(f);
    return s;
}

static void test_empty_statement(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    char *s = to_json(&st);
    assert_string_equal(s,
        "{\n"
        "  \"title\": null,\n"
        "  \"short_title\": null,\n"
        "  \"kind\": null,\n"
        "  \"office\": null,\n"
        "  \"agency\": null,\n"
        "  \"place\": null,\n"
        "  \"date\": null,\n"
        "  \"language\": null,\n"
        "  \"keywords\": [],\n"
        "  \"blocks\": [],\n"
        "  \"participants\": [],\n"
        "  \"dropped\": []\n"
        "}\n");
    free(s);
}

static void test_escaping(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Say \"hi\" \\ back\tnow\n\x01\x1f\x7f \xC3\xA9\xE2\x80\x99");
    st.keywords = xmalloc(2 * sizeof *st.keywords);
    st.keywords[0] = xstrdup("a");
    st.keywords[1] = xstrdup("b\"");
    st.nkeywords = 2;
    struct block *b = stmt_add_block(&st, BLK_LIST_ITEM, 2, "\xE2\x80\xA2", "one ", 7);
    stmt_add_span(b, "two", SPAN_BOLD, NULL);
    stmt_add_block(&st, BLK_HEADING, 1, NULL, "H", 9);
    stmt_add_block(&st, BLK_QUOTE, 1, NULL, "Q", 10);
    stmt_add_participant(&st, NULL, "T", "N");
    stmt_add_dropped(&st, 1, "Here\'s \"how\"", "web banner");
    char *s = to_json(&st);
    assert_non_null(strstr(s, "  \"title\": \"Say \\\"hi\\\" \\\\ back\\tnow\\n\\u0001\\u001F\\u007F "
                              "\xC3\xA9\xE2\x80\x99\",\n"));
    assert_non_null(strstr(s, "  \"keywords\": [\n    \"a\",\n    \"b\\\"\"\n  ],\n"));
    assert_non_null(strstr(s, "    {\n      \"type\": \"list_item\",\n      \"level\": 2,\n"
                              "      \"marker\": \"\xE2\x80\xA2\",\n      \"text\": \"one two\",\n"
                              "      \"line\": 7\n    },\n"));
    assert_non_null(strstr(s, "\"type\": \"heading\""));
    assert_non_null(strstr(s, "\"type\": \"quote\""));
    assert_non_null(strstr(s, "  \"participants\": [\n    {\n      \"delegation\": null,\n"
                              "      \"title\": \"T\",\n      \"name\": \"N\"\n    }\n  ],\n"));
    assert_non_null(strstr(s, "  \"dropped\": [\n    {\n      \"line\": 1,\n"
                              "      \"text\": \"Here's \\\"how\\\"\",\n"
                              "      \"why\": \"web banner\"\n    }\n  ]\n}\n"));
    free(s);
    stmt_free(&st);
}

static void test_golden(void **state)
{
    (void)state;
    struct text t, g;
    struct statement st;
    assert_int_equal(text_read_file("examples/tillerson-kelly-mexico-2017-02-23.txt",
                                    TEXT_DEFAULT_MAX, &t), 0);
    assert_int_equal(rec_recognise(&t, &st), 0);
    char *s = to_json(&st);
    assert_int_equal(text_read_file(GOLDEN, TEXT_DEFAULT_MAX, &g), 0);
    assert_string_equal(s, g.data);
    /* deterministic: a second export is identical */
    char *again = to_json(&st);
    assert_string_equal(s, again);
    free(again);
    free(s);
    text_free(&g);
    stmt_free(&st);
    text_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_statement),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_golden),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
