/* test_typography.c -- line and page ends on hand-built statements:
 * hyphenation that spares names and acronyms but breaks capitalised common
 * words, no line starting with a spaced dash, no break after a slash while
 * another will do, no glyph past the measure by the kerning of a dropped
 * space, no hyphen on the last line of a page, a list marker drawn before
 * its item's text, and the headings in the outline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "export/dump.h"
#include "model/statement.h"
#include "style/fonts.h"
#include "style/layout.h"
#include "typeset/typeset.h"
#include "base/util.h"
#include "runbox.h"

static struct fontset fs;
static struct layout lay;
static const struct ts_options opts = {"test.txt", NULL, 0, NULL, NULL, 0};

static int setup(void **state)
{
    (void)state;
    int rc = runbox_fixture(&lay, &fs);
    lay.margin_outer = 4.5 * 72;  /* a 207 pt measure: many line ends */
    return rc;
}

static int teardown(void **state)
{
    (void)state;
    runbox_done(&lay, &fs);
    return 0;
}

/* A statement of the given paragraphs. */
static void make(struct statement *s, const char *const *paras, size_t n)
{
    stmt_init(s);
    s->title = xstrdup("A Test of Line Ends");
    s->date = xstrdup("2021-05-05");
    for (size_t i = 0; i < n; i++)
        stmt_add_block(s, BLK_PARAGRAPH, 0, NULL, paras[i], (int)i + 1);
}

static void typeset(const struct statement *s, struct doc *d)
{
    assert_int_equal(ts_typeset(s, &lay, &fs, &opts, d), 0);
}

/* The word the line ends with (its last space on), or "" for none. */
static const char *last_word(const struct pg_line *l)
{
    const char *sp = strrchr(l->text, ' ');
    return sp ? sp + 1 : l->text;
}

/* Names (the statement's, and acronyms) never end a line hyphenated;
 * capitalised common words ("Representative", "Secretary") may, which no
 * capitalised word could before. */
static void test_names_and_capitals(void **state)
{
    (void)state;
    const char *para[] = {
        "The Representative met Tillerson and Kalashnikova in Germany. "
        "Representatives of Germany thanked Tillerson for the Secretariat's "
        "work with Kalashnikova and the NONPROLIFERATION Secretariat. "
        "Tillerson welcomed the Representatives, the Secretary, the Foundation "
        "and Kalashnikova. Representative Kalashnikova thanked Germany and "
        "Tillerson. The Secretary and Representative Tillerson discussed "
        "Germany with Kalashnikova and the Administrator. Kalashnikova said "
        "the Administrator and the Representative met the Secretary of "
        "Germany, and Tillerson agreed with Kalashnikova and Germany."};
    struct statement s;
    make(&s, para, 1);
    stmt_add_name(&s, "Tillerson", 9);
    stmt_add_name(&s, "Germany", 7);
    struct doc d;
    typeset(&s, &d);
    int capital = 0;
    for (size_t p = 0; p < d.npages; p++)
        for (size_t i = 0; i < d.pages[p].nlines; i++) {
            const struct pg_line *l = &d.pages[p].lines[i];
            if (!l->hyphen)
                continue;
            const char *w = last_word(l);
            if (!strncmp(w, "Till", 4) || !strncmp(w, "Ger", 3) ||
                !strncmp(w, "Kalash", 6) || !strncmp(w, "NON", 3))
                fail_msg("a name or acronym hyphenated: %s", l->text);
            if (w[0] >= 'A' && w[0] <= 'Z')
                capital++;
        }
    assert_true(capital > 0);
    doc_free(&d);
    stmt_free(&s);
}

/* No line starts with a spaced en or em dash: it stays with the word
 * before it. */
static void test_spaced_dash(void **state)
{
    (void)state;
    const char *para[] = {
        "We discussed the proposal \xE2\x80\x93 a careful one \xE2\x80\x94 with "
        "our partners \xE2\x80\x93 all of them \xE2\x80\x94 and agreed that the "
        "proposal \xE2\x80\x93 if adopted \xE2\x80\x94 would help everyone "
        "\xE2\x80\x93 here and abroad \xE2\x80\x94 for many years \xE2\x80\x93 "
        "perhaps decades \xE2\x80\x94 to come \xE2\x80\x93 as we hope \xE2\x80\x94 "
        "and the ministers \xE2\x80\x93 both of them \xE2\x80\x94 agreed.",
        "Yes \xE2\x80\x93 no \xE2\x80\x94 maybe \xE2\x80\x93 so \xE2\x80\x94 we "
        "\xE2\x80\x93 all \xE2\x80\x94 of \xE2\x80\x93 us \xE2\x80\x94 went "
        "\xE2\x80\x93 home \xE2\x80\x94 late \xE2\x80\x93 at \xE2\x80\x94 night "
        "\xE2\x80\x93 after \xE2\x80\x94 the \xE2\x80\x93 long \xE2\x80\x94 day "
        "\xE2\x80\x93 of \xE2\x80\x94 talks \xE2\x80\x93 and \xE2\x80\x94 more."};
    struct statement s;
    make(&s, para, 2);
    struct doc d;
    typeset(&s, &d);
    for (size_t p = 0; p < d.npages; p++)
        for (size_t i = 0; i < d.pages[p].nlines; i++) {
            const char *t = d.pages[p].lines[i].text;
            if (!strncmp(t, "\xE2\x80\x93", 3) || !strncmp(t, "\xE2\x80\x94", 3))
                fail_msg("a line starts with a dash: %s", t);
        }
    doc_free(&d);
    stmt_free(&s);
}

/* A break after a slash is a last resort: text extraction reads it as a
 * space ("Daesh/ ISIS"). */
static void test_slash(void **state)
{
    (void)state;
    const char *para[] = {
        "The coalition against Daesh/ISIS met today and the coalition against "
        "Daesh/ISIS met again today with partners against Daesh/ISIS once "
        "more, so that Daesh/ISIS is defeated and Daesh/ISIS loses its hold on "
        "Daesh/ISIS territory, and/or the partners of the coalition against "
        "Daesh/ISIS meet again."};
    struct statement s;
    make(&s, para, 1);
    struct doc d;
    typeset(&s, &d);
    for (size_t p = 0; p < d.npages; p++)
        for (size_t i = 0; i < d.pages[p].nlines; i++) {
            const char *t = d.pages[p].lines[i].text;
            size_t n = strlen(t);
            if (n && t[n - 1] == '/')
                fail_msg("a line ends after a slash: %s", t);
        }
    doc_free(&d);
    stmt_free(&s);
}

/* Lines ending in "A" or "’" (kerned with the space after them) stay
 * inside the measure: the kerning goes with the dropped space. */
static void test_space_kern(void **state)
{
    (void)state;
    const char *para[] = {
        "Plan A was the first plan of the partners\xE2\x80\x99 talks, plan A "
        "the second; the partners\xE2\x80\x99 ministers chose plan A and the "
        "officials\xE2\x80\x99 plan A, then the delegates\xE2\x80\x99 plan A, "
        "the allies\xE2\x80\x99 plan A and the envoys\xE2\x80\x99 Annex A with "
        "the leaders\xE2\x80\x99 Annex A of the partners\xE2\x80\x99 plan A of "
        "the ministers\xE2\x80\x99 Appendix A and the donors\xE2\x80\x99 "
        "Schedule A to the members\xE2\x80\x99 Part A of the states\xE2\x80\x99 "
        "Section A of the parties\xE2\x80\x99 Title A and the workers\xE2\x80\x99 "
        "Group A for the voters\xE2\x80\x99 Class A and the owners\xE2\x80\x99 "
        "Grade A of the buyers\xE2\x80\x99 Type A in the sellers\xE2\x80\x99 "
        "Form A on the farmers\xE2\x80\x99 Lot A at the users\xE2\x80\x99 Item A."};
    struct statement s;
    make(&s, para, 1);
    struct doc d;
    typeset(&s, &d);
    double right = lay.page_width - lay.margin_outer;
    int ends = 0;
    for (size_t p = 0; p < d.npages; p++) {
        const struct page *pg = &d.pages[p];
        for (size_t i = 0; i < pg->nruns; i++) {
            const struct pg_run *r = &pg->runs[i];
            if (r->y < lay.margin_bottom)
                continue;  /* the footer */
            double e = r->x + runbox_width(&fs, r);
            if (e > right + runbox_hang_right(&lay, r))
                fail_msg("run \"%s\" ends at %.3f, past %.3f", r->text, e, right);
        }
        for (size_t i = 0; i < pg->nlines; i++) {
            const char *t = pg->lines[i].text;
            size_t n = strlen(t);
            ends += n && !pg->lines[i].last &&
                    (t[n - 1] == 'A' || (n >= 3 && !strcmp(t + n - 3, "\xE2\x80\x99")));
        }
    }
    assert_true(ends > 0);  /* the case arose */
    doc_free(&d);
    stmt_free(&s);
}

/* No page but the last ends with a hyphenated line. */
static void test_page_end_hyphen(void **state)
{
    (void)state;
    const char *words[] = {"international", "cooperation", "development",
                           "humanitarian", "infrastructure", "responsibility",
                           "environmental", "administration", "representatives",
                           "understanding", "communication", "transportation"};
    struct buf b;
    buf_init(&b);
    for (int i = 0; i < 900; i++)
        buf_printf(&b, "%s%s ", i % 7 ? "" : "and ", words[(i * 7) % 12]);
    buf_adds(&b, "end.");
    const char *para[] = {b.s, b.s};
    struct statement s;
    make(&s, para, 2);
    struct doc d;
    typeset(&s, &d);
    assert_true(d.npages > 3);
    int hyphens = 0;
    for (size_t p = 0; p < d.npages; p++) {
        const struct page *pg = &d.pages[p];
        const struct pg_line *last = NULL;
        for (size_t i = 0; i < pg->nlines; i++) {
            hyphens += pg->lines[i].hyphen;
            if (strcmp(pg->lines[i].role, "footer"))
                last = &pg->lines[i];
        }
        if (p + 1 < d.npages && last && last->hyphen)
            fail_msg("page %zu ends hyphenated: %s", p + 1, last->text);
    }
    assert_true(hyphens > 20);
    doc_free(&d);
    stmt_free(&s);
    buf_free(&b);
}

/* A list item's marker is drawn before its text, so that text extraction
 * in content order reads "• Government", not "Government •". */
static void test_marker_first(void **state)
{
    (void)state;
    struct statement s;
    make(&s, NULL, 0);
    stmt_add_block(&s, BLK_LIST_ITEM, 1, "\xE2\x80\xA2", "Government officials met.", 1);
    stmt_add_block(&s, BLK_LIST_ITEM, 1, "2.", "Partners agreed.", 2);
    struct doc d;
    typeset(&s, &d);
    const struct page *pg = &d.pages[0];
    int seen_bullet = 0, seen_two = 0;
    for (size_t i = 0; i < pg->nruns; i++) {
        const char *t = pg->runs[i].text;
        if (!strcmp(t, "\xE2\x80\xA2"))
            seen_bullet = 1;
        if (!strcmp(t, "2."))
            seen_two = 1;
        if (strstr(t, "Government"))
            assert_true(seen_bullet);
        if (strstr(t, "Partners"))
            assert_true(seen_two);
    }
    assert_true(seen_bullet && seen_two);
    doc_free(&d);
    stmt_free(&s);
}

/* Headings are bookmarks under "Statement", in order. */
static void test_heading_bookmarks(void **state)
{
    (void)state;
    struct statement s;
    const char *para[] = {"First paragraph."};
    make(&s, para, 1);
    stmt_add_block(&s, BLK_HEADING, 1, NULL, "Background", 2);
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL, "Second paragraph.", 3);
    stmt_add_block(&s, BLK_HEADING, 2, NULL, "Next Steps", 4);
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL, "Third paragraph.", 5);
    struct doc d;
    typeset(&s, &d);
    assert_true(d.nanchors >= 4);
    assert_string_equal(d.anchors[1].title, "Statement");
    assert_int_equal(d.anchors[1].level, 1);
    assert_string_equal(d.anchors[2].title, "Background");
    assert_int_equal(d.anchors[2].level, 2);
    assert_string_equal(d.anchors[3].title, "Next Steps");
    assert_int_equal(d.anchors[3].level, 2);
    assert_true(d.anchors[2].y > d.anchors[3].y || d.anchors[2].page < d.anchors[3].page);
    doc_free(&d);
    stmt_free(&s);
}

/* The top bookmark is the short title, or the full title when the short
 * one only repeats its start. */
static void test_top_bookmark(void **state)
{
    (void)state;
    struct statement s;
    const char *para[] = {"Text."};
    struct doc d;
    make(&s, para, 1);
    free(s.title);
    s.title = xstrdup("Secretary Blinken\xE2\x80\x99s Call with Colombian Vice "
                      "President Ram\xC3\xADrez");
    s.short_title = xstrdup("Secretary Blinken\xE2\x80\x99s Call with Colombian...");
    typeset(&s, &d);
    assert_string_equal(d.anchors[0].title, s.title);
    doc_free(&d);
    free(s.short_title);
    s.short_title = xstrdup("Call with Vice President Ram\xC3\xADrez");
    typeset(&s, &d);
    assert_string_equal(d.anchors[0].title, s.short_title);
    doc_free(&d);
    stmt_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_and_capitals),
        cmocka_unit_test(test_spaced_dash),
        cmocka_unit_test(test_slash),
        cmocka_unit_test(test_space_kern),
        cmocka_unit_test(test_page_end_hyphen),
        cmocka_unit_test(test_marker_first),
        cmocka_unit_test(test_heading_bookmarks),
        cmocka_unit_test(test_top_bookmark),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
