/* test_source.c -- the Markdown+YAML front end: header keys and defaults,
 * body blocks with their lines, markers, spans, one test per error class
 * (exact message with line:column, fixtures in tests/source/) and the
 * warnings for what the layout cannot render. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "capture.h"
#include "base/diag.h"
#include "recognise/source.h"
#include "model/statement.h"
#include "read/text.h"


/* Parse source held in a string; messages land in msgs. */
static int parse_string(const char *src, struct statement *s)
{
    struct text t;
    assert_int_equal(text_from_bytes("in.md", src, strlen(src), 0, &t), 0);
    int rc = src_parse(&t, s);
    text_free(&t);
    fflush(msgf);
    return rc;
}

/* Parse a fixture file; messages land in msgs. */
static int parse_file(const char *path, struct statement *s)
{
    struct text t;
    assert_int_equal(text_read_file(path, 0, &t), 0);
    int rc = src_parse(&t, s);
    text_free(&t);
    fflush(msgf);
    return rc;
}

static char *text_of(const struct block *b)
{
    return stmt_block_text(b);
}

static void assert_block(const struct block *b, enum block_kind kind, int level,
                         const char *marker, const char *text, int line)
{
    assert_int_equal(b->kind, kind);
    assert_int_equal(b->level, level);
    if (marker)
        assert_string_equal(b->marker, marker);
    else
        assert_null(b->marker);
    char *t = text_of(b);
    assert_string_equal(t, text);
    free(t);
    assert_int_equal(b->line, line);
}

/* An error fixture fails with exactly this one message. */
static void expect_error(const char *path, const char *message)
{
    struct statement s;
    assert_int_equal(parse_file(path, &s), 1);
    assert_string_equal(msgs, message);
    assert_int_equal(diag_count(DIAG_ERROR), 1);
    stmt_free(&s);
}

/* ---- header ------------------------------------------------------------- */

static void test_is_source(void **state)
{
    (void)state;
    struct text t;
    assert_int_equal(text_from_bytes("a", "---\ntitle: x\n", 13, 0, &t), 0);
    assert_true(src_is_source(&t));
    text_free(&t);
    assert_int_equal(text_from_bytes("a", "--- x\n", 6, 0, &t), 0);
    assert_false(src_is_source(&t));
    text_free(&t);
    assert_int_equal(text_from_bytes("a", "An official website\n", 20, 0, &t), 0);
    assert_false(src_is_source(&t));
    text_free(&t);
}

static void test_header_keys(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_file("examples/joint-statement-security-dialogue-2021-10-08.md", &s), 0);
    assert_string_equal(msgs, "");
    assert_string_equal(s.title, "Joint Statement on the U.S.-Mexico High-Level Security Dialogue");
    assert_string_equal(s.short_title, "U.S.-Mexico High-Level Security Dialogue");
    assert_string_equal(s.kind, "Joint Statement");
    assert_string_equal(s.office, "Office of the Spokesperson");
    assert_null(s.agency);
    assert_string_equal(s.place, "Mexico City, Mexico");
    assert_string_equal(s.date, "2021-10-08");
    assert_string_equal(s.language, "en-US");
    assert_null(s.layout);
    assert_int_equal(s.nkeywords, 3);
    assert_string_equal(s.keywords[1], "security cooperation");
    assert_int_equal(s.nparts, 5);
    assert_string_equal(s.parts[0].name, "Antony J. Blinken");
    assert_string_equal(s.parts[0].title, "Secretary of State");
    assert_string_equal(s.parts[0].delegation, "United States");
    assert_string_equal(s.parts[4].name, "Rosa Icela Rodr\xC3\xADguez Vel\xC3\xA1zquez");
    assert_string_equal(s.parts[4].delegation, "Mexico");
    stmt_free(&s);
}

static void test_header_defaults_and_scalars(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_string("---\n"
                                  "title: 'It''s: \"quoted\"'\n"
                                  "date: 2024-02-29\n"
                                  "keywords: one keyword\n"
                                  "layout: letter\n"
                                  "agency: ~\n"
                                  "participants:\n"
                                  "---\n"
                                  "Body.\n",
                                  &s),
                     0);
    assert_string_equal(s.title, "It's: \"quoted\"");
    assert_string_equal(s.language, "en-US");
    assert_int_equal(s.nkeywords, 1);
    assert_string_equal(s.keywords[0], "one keyword");
    assert_string_equal(s.layout, "letter");
    assert_null(s.agency);
    assert_int_equal(s.nparts, 0);
    assert_int_equal(s.nblocks, 1);
    assert_block(&s.blocks[0], BLK_PARAGRAPH, 1, NULL, "Body.", 9);
    stmt_free(&s);
}

/* ---- header errors, one per class --------------------------------------- */

static void test_err_yaml_syntax(void **state)
{
    (void)state;
    expect_error("tests/source/err-yaml-syntax.md",
                 "imprint: tests/source/err-yaml-syntax.md:5:1: error: malformed YAML header: "
                 "did not find expected ',' or ']' (while parsing a flow sequence, started at "
                 "line 4) [yaml-syntax]\n");
}

static void test_err_unknown_key(void **state)
{
    (void)state;
    expect_error("tests/source/err-unknown-key.md",
                 "imprint: tests/source/err-unknown-key.md:4:1: error: unknown header key "
                 "'author' (known: title, short_title, kind, office, agency, place, date, "
                 "language, keywords, layout, participants) [header-key-unknown]\n");
}

static void test_err_wrong_type(void **state)
{
    (void)state;
    expect_error("tests/source/err-wrong-type.md",
                 "imprint: tests/source/err-wrong-type.md:3:3: error: header key 'title' "
                 "must be a string [header-key-type]\n");
}

static void test_err_participants_type(void **state)
{
    (void)state;
    expect_error("tests/source/err-participants-type.md",
                 "imprint: tests/source/err-participants-type.md:4:15: error: header key "
                 "'participants' must be a list of mappings with keys name, title, "
                 "delegation [header-key-type]\n");
}

static void test_err_participant_no_name(void **state)
{
    (void)state;
    expect_error("tests/source/err-participant-no-name.md",
                 "imprint: tests/source/err-participant-no-name.md:5:5: error: participant "
                 "has no 'name' [participant-name-missing]\n");
}

static void test_err_participant_key(void **state)
{
    (void)state;
    expect_error("tests/source/err-participant-key.md",
                 "imprint: tests/source/err-participant-key.md:6:5: error: unknown "
                 "participant key 'country' (known: name, title, delegation) "
                 "[participant-key-unknown]\n");
}

static void test_err_date_form(void **state)
{
    (void)state;
    expect_error("tests/source/err-date-form.md",
                 "imprint: tests/source/err-date-form.md:3:7: error: date '20 May 2021' is "
                 "not in the form YYYY-MM-DD [header-date-form]\n");
}

static void test_err_date_calendar(void **state)
{
    (void)state;
    expect_error("tests/source/err-date-calendar.md",
                 "imprint: tests/source/err-date-calendar.md:3:7: error: date '2021-02-30' "
                 "does not exist in the calendar [header-date-calendar]\n");
    diag_reset();
    fseek(msgf, 0, SEEK_SET);
    struct statement s;
    assert_int_equal(parse_string("---\ntitle: t\ndate: 2100-02-29\n---\nx\n", &s), 1);
    assert_non_null(strstr(msgs, "in.md:3:7: error: date '2100-02-29' does not exist"));
    stmt_free(&s);
}

static void test_err_missing_key(void **state)
{
    (void)state;
    expect_error("tests/source/err-missing-title.md",
                 "imprint: tests/source/err-missing-title.md:1:1: error: required header "
                 "key 'title' is missing [header-key-missing]\n");
}

static void test_err_duplicate_key(void **state)
{
    (void)state;
    expect_error("tests/source/err-duplicate-key.md",
                 "imprint: tests/source/err-duplicate-key.md:4:1: error: header key 'title' "
                 "given twice [header-key-duplicate]\n");
}

static void test_err_unclosed(void **state)
{
    (void)state;
    expect_error("tests/source/err-unclosed.md",
                 "imprint: tests/source/err-unclosed.md:1:1: error: YAML header opened here "
                 "is never closed by a '---' line [header-unclosed]\n");
}

static void test_err_not_source(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_string("title: x\n", &s), 1);
    assert_string_equal(msgs, "imprint: in.md:1:1: error: source must start with a '---' "
                              "line opening the YAML header [header-missing]\n");
    stmt_free(&s);
}

static void test_err_not_mapping(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_string("---\n- a\n- b\n---\nx\n", &s), 1);
    assert_string_equal(msgs, "imprint: in.md:2:1: error: the YAML header must be a mapping "
                              "of keys to values [header-not-mapping]\n");
    stmt_free(&s);
}

/* ---- body --------------------------------------------------------------- */

static void test_body_blocks_and_lines(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_file("examples/readout-secretary-call-2022-03-15.md", &s), 0);
    assert_string_equal(msgs, "");
    assert_int_equal(s.nblocks, 9);
    assert_block(&s.blocks[0], BLK_PARAGRAPH, 1, NULL,
                 "The following is attributable to the Spokesperson. This example was "
                 "written for imprint and is not an official record.",
                 10);
    assert_block(&s.blocks[2], BLK_LIST_ITEM, 1, "\xE2\x80\xA2",
                 "supporting neighboring countries that are hosting refugees;", 17);
    assert_block(&s.blocks[3], BLK_LIST_ITEM, 2, "\xE2\x80\x93",
                 "including through the Office of the UN High Commissioner for Refugees;", 18);
    assert_block(&s.blocks[5], BLK_LIST_ITEM, 1, "\xE2\x80\xA2",
                 "ensuring safe passage for civilians leaving areas of active fighting;", 20);
    assert_block(&s.blocks[7], BLK_HEADING, 1, NULL, "Next Steps", 23);
    assert_int_equal(s.blocks[8].line, 25);
    stmt_free(&s);
}

static void test_body_ordered_quote_spans(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_string("---\ntitle: t\ndate: 2021-01-01\n---\n"
                                  "\n"
                                  "Intro with *italic*, **bold**, ***both***,\n"
                                  "`code`, &amp; [a link](https://state.gov/x \"t\").\n"
                                  "\n"
                                  "7) seven\n"
                                  "8) eight\n"
                                  "\n"
                                  "   more of eight\n"
                                  "\n"
                                  "+ (a) explicit marker\n"
                                  "+ iv. another\n"
                                  "\n"
                                  "> quoted\n"
                                  "> > deeper\n"
                                  "\n"
                                  "### Sub-heading\n",
                                  &s),
                     0);
    assert_string_equal(msgs, "");
    assert_int_equal(s.nblocks, 9);
    const struct block *b = &s.blocks[0];
    assert_int_equal(b->line, 6);
    char *t = text_of(b);
    assert_string_equal(t, "Intro with italic, bold, both, code, & a link.");
    free(t);
    assert_int_equal(b->nspans, 9);
    assert_string_equal(b->spans[1].text, "italic");
    assert_int_equal(b->spans[1].style, SPAN_ITALIC);
    assert_int_equal(b->spans[3].style, SPAN_BOLD);
    assert_int_equal(b->spans[5].style, SPAN_ITALIC | SPAN_BOLD);
    assert_string_equal(b->spans[7].text, "a link");
    assert_string_equal(b->spans[7].link, "https://state.gov/x");
    assert_block(&s.blocks[1], BLK_LIST_ITEM, 1, "7)", "seven", 9);
    assert_block(&s.blocks[2], BLK_LIST_ITEM, 1, "8)", "eight", 10);
    assert_block(&s.blocks[3], BLK_LIST_ITEM, 1, NULL, "more of eight", 12);
    assert_block(&s.blocks[4], BLK_LIST_ITEM, 1, "(a)", "explicit marker", 14);
    assert_block(&s.blocks[5], BLK_LIST_ITEM, 1, "iv.", "another", 15);
    assert_block(&s.blocks[6], BLK_QUOTE, 1, NULL, "quoted", 17);
    assert_block(&s.blocks[7], BLK_QUOTE, 2, NULL, "deeper", 18);
    assert_block(&s.blocks[8], BLK_HEADING, 2, NULL, "Sub-heading", 20);
    stmt_free(&s);
}

static void test_warnings_keep_text(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_file("tests/source/warnings.md", &s), 0);
    const char *P = "imprint: tests/source/warnings.md:";
    char want[256];
    static const char *const expected[] = {
        "6: warning: image not supported; its alt text is kept [image-unsupported]",
        "8: warning: raw HTML block not supported; its text is kept as a paragraph "
        "[html-block-unsupported]",
        "12:8: warning: inline HTML not supported; it is kept as text [html-inline-unsupported]",
        "14: warning: table not supported; each row is kept as a paragraph [table-unsupported]",
        "18: warning: code block not supported; its text is kept as a plain paragraph "
        "[code-block-unsupported]",
        "22: note: hard line break is typeset as a space [hard-break]",
    };
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        snprintf(want, sizeof want, "%s%s\n", P, expected[i]);
        if (!strstr(msgs, want))
            fail_msg("missing message: %s\nin:\n%s", want, msgs);
    }
    assert_int_equal(diag_count(DIAG_WARNING), 6);  /* inline HTML twice */
    assert_int_equal(diag_count(DIAG_ERROR), 0);
    static const char *const texts[] = {
        "A paragraph with an image the Secretary at the podium inside.",
        "<div class=\"note\"> Raw HTML block text. </div>",
        "Inline <span>HTML words</span> here.",
        "Country | Minister",
        "Mexico | Ebrard",
        "code block words",
        "Last line with a hard break and its continuation.",
    };
    assert_int_equal(s.nblocks, sizeof texts / sizeof texts[0]);
    for (size_t i = 0; i < s.nblocks; i++) {
        char *t = text_of(&s.blocks[i]);
        assert_string_equal(t, texts[i]);
        free(t);
        assert_int_equal(s.blocks[i].kind, BLK_PARAGRAPH);
    }
    assert_int_equal(s.blocks[3].line, 14);
    assert_int_equal(s.blocks[4].line, 16);
    stmt_free(&s);
}

static void test_no_body_warns(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse_string("---\ntitle: t\ndate: 2021-01-01\n---\n\n", &s), 0);
    assert_int_equal(s.nblocks, 0);
    assert_non_null(strstr(msgs, "warning: no body text after the YAML header [source-no-body]"));
    stmt_free(&s);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, capture_setup, capture_teardown)
    const struct CMUnitTest tests[] = {
        T(test_is_source),
        T(test_header_keys),
        T(test_header_defaults_and_scalars),
        T(test_err_yaml_syntax),
        T(test_err_unknown_key),
        T(test_err_wrong_type),
        T(test_err_participants_type),
        T(test_err_participant_no_name),
        T(test_err_participant_key),
        T(test_err_date_form),
        T(test_err_date_calendar),
        T(test_err_missing_key),
        T(test_err_duplicate_key),
        T(test_err_unclosed),
        T(test_err_not_source),
        T(test_err_not_mapping),
        T(test_body_blocks_and_lines),
        T(test_body_ordered_quote_spans),
        T(test_warnings_keep_text),
        T(test_no_body_warns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
