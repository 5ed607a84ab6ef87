/* test_export_md.c -- the Markdown+YAML exporter: what it prints, and that
 * parsing its output (src_parse) gives back the same statement, on awkward
 * hand-built statements, on the reference statement and on every 100th
 * corpus statement as the scraped-text recogniser reads them (skipped
 * without ../shared/). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <cmocka.h>

#include "base/diag.h"
#include "export/export.h"
#include "recognise/recognise.h"
#include "recognise/source.h"
#include "model/statement.h"
#include "read/text.h"
#include "base/util.h"
#include "shared.h"

/* ---- helpers ------------------------------------------------------------ */

static char *export_string(const struct statement *s)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    export_markdown(s, f);
    fclose(f);
    return out;
}

/* Spans of b with empty ones dropped and equal neighbours merged, printed
 * as "style|link|text" lines, for comparison. */
static char *span_key(const struct block *b)
{
    struct buf o;
    buf_init(&o);
    buf_add(&o, "", 0);
    unsigned pstyle = 99;
    const char *plink = "";
    for (size_t i = 0; i < b->nspans; i++) {
        const struct span *sp = &b->spans[i];
        if (!*sp->text)
            continue;
        const char *link = sp->link ? sp->link : "";
        if (sp->style != pstyle || strcmp(link, plink))
            buf_printf(&o, "\n%u|%s|", sp->style, link);
        buf_adds(&o, sp->text);
        pstyle = sp->style;
        plink = link;
    }
    return buf_take(&o);
}

static void same_str(const char *what, const char *a, const char *b)
{
    if (!a && !b)
        return;
    if (!a || !b || strcmp(a, b))
        fail_msg("%s differs: '%s' vs '%s'", what, a ? a : "(null)", b ? b : "(null)");
}

/* Field by field, block by block. */
static void assert_same(const struct statement *a, const struct statement *b)
{
    same_str("title", a->title, b->title);
    same_str("short_title", a->short_title, b->short_title);
    same_str("kind", a->kind, b->kind);
    same_str("office", a->office, b->office);
    same_str("agency", a->agency, b->agency);
    same_str("place", a->place, b->place);
    same_str("date", a->date, b->date);
    same_str("language", a->language ? a->language : "en-US", b->language);
    same_str("layout", a->layout, b->layout);
    assert_int_equal(a->nkeywords, b->nkeywords);
    for (size_t i = 0; i < a->nkeywords; i++)
        same_str("keyword", a->keywords[i], b->keywords[i]);
    assert_int_equal(a->nparts, b->nparts);
    for (size_t i = 0; i < a->nparts; i++) {
        same_str("participant name", a->parts[i].name, b->parts[i].name);
        same_str("participant title", a->parts[i].title, b->parts[i].title);
        same_str("participant delegation", a->parts[i].delegation, b->parts[i].delegation);
    }
    assert_int_equal(a->nblocks, b->nblocks);
    for (size_t i = 0; i < a->nblocks; i++) {
        const struct block *x = &a->blocks[i], *y = &b->blocks[i];
        if (x->kind != y->kind)
            fail_msg("block %zu kind %d vs %d", i, x->kind, y->kind);
        if (x->kind != BLK_PARAGRAPH && x->level != y->level)
            fail_msg("block %zu level %d vs %d", i, x->level, y->level);
        char what[64];
        snprintf(what, sizeof what, "block %zu marker", i);
        same_str(what, x->marker, y->marker);
        char *kx = span_key(x), *ky = span_key(y);
        snprintf(what, sizeof what, "block %zu spans", i);
        same_str(what, kx, ky);
        free(kx);
        free(ky);
    }
}

/* Export s, parse the result, compare; also check that exporting the parsed
 * statement prints the same source again.  Returns the source (caller
 * frees). */
static char *round_trip(const struct statement *s)
{
    char *src = export_string(s);
    struct text t;
    assert_int_equal(text_from_bytes("export.md", src, strlen(src), 0, &t), 0);
    assert_true(src_is_source(&t));
    struct statement back;
    diag_reset();
    if (src_parse(&t, &back) != 0)
        fail_msg("export does not parse:\n%s", src);
    assert_int_equal(diag_count(DIAG_WARNING), 0);
    assert_same(s, &back);
    if (s->language) {  /* else the parsed one has the default language */
        char *again = export_string(&back);
        assert_string_equal(src, again);
        free(again);
    }
    stmt_free(&back);
    text_free(&t);
    return src;
}

static struct block *para(struct statement *s, const char *text)
{
    return stmt_add_block(s, BLK_PARAGRAPH, 1, NULL, text, 0);
}

static struct block *item(struct statement *s, int level, const char *marker,
                          const char *text)
{
    return stmt_add_block(s, BLK_LIST_ITEM, level, marker, text, 0);
}

/* ---- tests -------------------------------------------------------------- */

static void test_header_and_simple_body(void **state)
{
    (void)state;
    struct statement s;
    stmt_init(&s);
    s.title = xstrdup("Joint Statement on Bilateral Discussions");
    s.date = xstrdup("2017-02-23");
    s.kind = xstrdup("Media Note");
    stmt_add_participant(&s, "United States", "Secretary of State", "Rex Tillerson");
    para(&s, "We just concluded a very productive set of meetings.");
    stmt_add_block(&s, BLK_HEADING, 1, NULL, "Next Steps", 0);
    char *src = round_trip(&s);
    assert_string_equal(src,
                        "---\n"
                        "title: \"Joint Statement on Bilateral Discussions\"\n"
                        "kind: \"Media Note\"\n"
                        "date: \"2017-02-23\"\n"
                        "participants:\n"
                        "- name: \"Rex Tillerson\"\n"
                        "  title: \"Secretary of State\"\n"
                        "  delegation: \"United States\"\n"
                        "---\n"
                        "\n"
                        "We just concluded a very productive set of meetings.\n"
                        "\n"
                        "## Next Steps\n");
    free(src);
    stmt_free(&s);
}

static void test_awkward_metadata(void **state)
{
    (void)state;
    struct statement s;
    stmt_init(&s);
    s.title = xstrdup("Re: \"Quotes\" & 'Apostrophes' # not a comment: yes");
    s.short_title = xstrdup("Back\\slash \xE2\x80\x9C" "curly\xE2\x80\x9D S\xC3\xA3o Paulo");
    s.kind = xstrdup("- dash");
    s.office = xstrdup("null");
    s.agency = xstrdup("");
    s.place = xstrdup("[Z\xC3\xBCrich], {CH}");
    s.date = xstrdup("2020-02-29");
    s.language = xstrdup("fr-CA");
    s.layout = xstrdup("letter: wide");
    s.keywords = xcalloc(3, sizeof *s.keywords);
    s.keywords[s.nkeywords++] = xstrdup("a: b");
    s.keywords[s.nkeywords++] = xstrdup("#tag");
    s.keywords[s.nkeywords++] = xstrdup("line\nbreak\ttab");
    stmt_add_participant(&s, "C\xC3\xB4te d'Ivoire", "Minister: \"Foreign\" Affairs", "*Name* & Co");
    stmt_add_participant(&s, NULL, NULL, "Only A. Name");
    para(&s, "Text.");
    free(round_trip(&s));
    stmt_free(&s);
}

static void test_awkward_text(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "*stars* and _under_ and `ticks` and [brackets](url) and <html> and <b>",
        "# not a heading",
        "## also not",
        "1. not a list",
        "2021) not a list either",
        "2021. was a year",
        "- not a bullet",
        "+ not a bullet",
        "* not a bullet",
        "> not a quote",
        "=== not an underline",
        "--- not a rule",
        "***",
        "~~~ not a fence",
        "```not a fence",
        "    four leading spaces",
        "trailing spaces  ",
        " one leading space",
        "tab\there and\ttabs",
        "a line\nbreak inside",
        "entities &amp; &#42; &copy; &x and AT&T",
        "back\\slash \\* \\\\ end\\",
        "curly \xE2\x80\x9Cquotes\xE2\x80\x9D \xE2\x80\x98single\xE2\x80\x99 \xE2\x80\x94 dash",
        "accents caf\xC3\xA9 S\xC3\xA3o Paulo Z\xC3\xBCrich na\xC3\xAFve",
        "non\xC2\xA0" "breaking\xC2\xA0",
        "pipes | in | text",
        "![not an image](x.png)",
        "under_score_words and 2*3*4",
        "a very long paragraph that goes on and on with words so that the exporter "
        "has to wrap it over several lines, 1. with numbers, - dashes, # hashes "
        "and + pluses after spaces, > arrows, and then some more words to be sure",
        "[link text] [ref]: /url",
        "&#32;",
    };
    struct statement s;
    stmt_init(&s);
    s.title = xstrdup("T");
    s.date = xstrdup("2021-01-01");
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        para(&s, texts[i]);
    stmt_add_block(&s, BLK_HEADING, 1, NULL, "Heading with # hashes ##", 0);
    stmt_add_block(&s, BLK_HEADING, 2, NULL, "C#", 0);
    stmt_add_block(&s, BLK_QUOTE, 1, NULL, "> quoted", 0);
    stmt_add_block(&s, BLK_QUOTE, 2, NULL, "1. deeper", 0);
    char *src = round_trip(&s);
    assert_non_null(strstr(src, "\n\\# not a heading\n"));
    assert_non_null(strstr(src, "\n1\\. not a list\n"));
    assert_non_null(strstr(src, "\\*stars\\*"));
    free(src);
    stmt_free(&s);
}

static void test_spans(void **state)
{
    (void)state;
    struct statement s;
    stmt_init(&s);
    s.title = xstrdup("Spans");
    s.date = xstrdup("2021-01-01");
    struct block *b = para(&s, NULL);
    stmt_add_span(b, "SECRETARY BLINKEN:", SPAN_BOLD, NULL);
    stmt_add_span(b, " Thank you, everyone.", SPAN_PLAIN, NULL);
    b = para(&s, NULL);  /* emphasis touching letters, starting with quotes */
    stmt_add_span(b, "He said", SPAN_PLAIN, NULL);
    stmt_add_span(b, "\xE2\x80\x9Chello\xE2\x80\x9D", SPAN_ITALIC, NULL);
    stmt_add_span(b, "again", SPAN_PLAIN, NULL);
    b = para(&s, NULL);  /* adjacent emphases of different styles */
    stmt_add_span(b, "a", SPAN_ITALIC, NULL);
    stmt_add_span(b, "b", SPAN_BOLD, NULL);
    stmt_add_span(b, "c", SPAN_ITALIC | SPAN_BOLD, NULL);
    stmt_add_span(b, "(d)", SPAN_ITALIC, NULL);
    stmt_add_span(b, "e", SPAN_PLAIN, NULL);
    b = para(&s, NULL);  /* white space at emphasis edges, intraword */
    stmt_add_span(b, "x", SPAN_PLAIN, NULL);
    stmt_add_span(b, " spaced ", SPAN_ITALIC, NULL);
    stmt_add_span(b, "y", SPAN_PLAIN, NULL);
    stmt_add_span(b, "in", SPAN_BOLD, NULL);
    stmt_add_span(b, "word", SPAN_PLAIN, NULL);
    stmt_add_span(b, "*star*", SPAN_ITALIC, NULL);
    b = para(&s, NULL);  /* links */
    stmt_add_span(b, "See ", SPAN_PLAIN, NULL);
    stmt_add_span(b, "the ", SPAN_PLAIN, "https://example.com/a_(b)?x=1&y=<2>&amp;");
    stmt_add_span(b, "site", SPAN_ITALIC, "https://example.com/a_(b)?x=1&y=<2>&amp;");
    stmt_add_span(b, "next", SPAN_PLAIN, "https://state.gov/ with space\\");
    stmt_add_span(b, ".", SPAN_PLAIN, NULL);
    b = para(&s, NULL);  /* italic only, and an empty span */
    stmt_add_span(b, "", SPAN_BOLD, NULL);
    stmt_add_span(b, "- all italic", SPAN_ITALIC, NULL);
    char *src = round_trip(&s);
    assert_non_null(strstr(src, "**SECRETARY BLINKEN:** Thank you, everyone."));
    free(src);
    stmt_free(&s);
}

static void test_lists(void **state)
{
    (void)state;
    struct statement s;
    stmt_init(&s);
    s.title = xstrdup("Lists");
    s.date = xstrdup("2021-01-01");
    para(&s, "Intro:");
    item(&s, 1, "\xE2\x80\xA2", "first");
    item(&s, 2, "\xE2\x80\x93", "nested");
    item(&s, 2, "(a)", "lettered");
    item(&s, 2, "\xE2\x80\xA2", "bullet at level two");
    item(&s, 1, NULL, "second paragraph of the first item");
    item(&s, 1, "1.", "one");
    item(&s, 1, "2.", "two");
    item(&s, 3, "i.", "missing parents");
    item(&s, 1, "5.", "five, not three");
    item(&s, 1, "6.", "six");
    item(&s, 1, "6.", "six again");
    item(&s, 1, "10)", "ten with a paren");
    item(&s, 1, "a.", "1. text that looks like a list");
    item(&s, 1, "o", "letter o bullet");
    item(&s, 1, "-", "- dash marker and text");
    item(&s, 1, "*", "star");
    item(&s, 1, "01.", "leading zero");
    item(&s, 1, "\xC2\xB7", "middle dot");
    para(&s, "Between.");
    item(&s, 2, "\xE2\x80\x93", "level two first");
    item(&s, 1, "3.", "three starts a list");
    stmt_add_block(&s, BLK_QUOTE, 1, NULL, "quote after a list", 0);
    item(&s, 1, "1.", "one after a quote");
    char *src = round_trip(&s);
    if (getenv("SHOW_EXPORT"))
        fputs(src, stderr);
    assert_non_null(strstr(src, "\n- first\n"));
    assert_non_null(strstr(src, "\n  - nested\n"));
    assert_non_null(strstr(src, "\n  + (a) lettered\n"));
    assert_non_null(strstr(src, "\n1. one\n"));
    assert_non_null(strstr(src, "\n+ 5\\. five, not three\n"));
    assert_non_null(strstr(src, "\n+ a. 1. text"));
    free(src);
    stmt_free(&s);
}

static void test_empty_statement(void **state)
{
    (void)state;
    struct statement s;
    stmt_init(&s);
    s.title = xstrdup("Only a title");
    s.date = xstrdup("1999-12-31");
    char *src = export_string(&s);
    assert_string_equal(src, "---\ntitle: \"Only a title\"\ndate: \"1999-12-31\"\n---\n");
    free(src);
    stmt_free(&s);
}

/* recognise -> export -> parse -> compare for one scraped file. */
static void recognised_round_trip(const char *path)
{
    struct text t;
    struct statement s;
    assert_int_equal(text_read_file(path, 0, &t), 0);
    diag_set_quiet(1);
    int rc = rec_recognise(&t, &s);
    diag_set_quiet(0);
    if (rc != 0)
        fail_msg("%s: not recognised", path);
    free(round_trip(&s));
    stmt_free(&s);
    text_free(&t);
}

static void test_reference_statement(void **state)
{
    (void)state;
    recognised_round_trip("examples/tillerson-kelly-mexico-2017-02-23.txt");
}

/* The hand-written examples survive parse -> export -> parse. */
static void test_examples_round_trip(void **state)
{
    (void)state;
    static const char *const files[] = {
        "examples/joint-statement-security-dialogue-2021-10-08.md",
        "examples/readout-secretary-call-2022-03-15.md",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        struct text t;
        struct statement s;
        assert_int_equal(text_read_file(files[i], 0, &t), 0);
        assert_int_equal(src_parse(&t, &s), 0);
        assert_true(s.nblocks > 5);
        free(round_trip(&s));
        stmt_free(&s);
        text_free(&t);
    }
}

/* Deep nesting beyond what the parser tracks, and odd input, is no crash. */
static void test_deep_nesting(void **state)
{
    (void)state;
    struct buf src;
    buf_init(&src);
    buf_adds(&src, "---\ntitle: t\ndate: 2021-01-01\n---\n");
    for (int i = 0; i < 300; i++)
        buf_adds(&src, "> - ");
    buf_adds(&src, "deep\n\nafter\n");
    struct text t;
    struct statement s;
    assert_int_equal(text_from_bytes("deep.md", src.s, src.len, 0, &t), 0);
    assert_int_equal(src_parse(&t, &s), 0);
    assert_int_equal(s.nblocks, 2);
    char *last = stmt_block_text(&s.blocks[1]);
    assert_string_equal(last, "after");
    free(last);
    assert_int_equal(s.blocks[1].kind, BLK_PARAGRAPH);
    stmt_free(&s);
    text_free(&t);
    buf_free(&src);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static void test_corpus_every_100th(void **state)
{
    (void)state;
    const char *dir = SHARED_CORPUS;
    shared_require(dir);
    struct dirent **names;
    int n = scandir(dir, &names, NULL, by_name);
    assert_true(n > 2000);
    int done = 0;
    for (int i = 0, k = 0; i < n; i++) {
        const char *nm = names[i]->d_name;
        size_t len = strlen(nm);
        if (len > 4 && !strcmp(nm + len - 4, ".txt") && k++ % 100 == 0) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, nm);
            recognised_round_trip(path);
            done++;
        }
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
    assert_true(done >= 20);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header_and_simple_body),
        cmocka_unit_test(test_awkward_metadata),
        cmocka_unit_test(test_awkward_text),
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_lists),
        cmocka_unit_test(test_empty_statement),
        cmocka_unit_test(test_examples_round_trip),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_reference_statement),
        cmocka_unit_test(test_corpus_every_100th),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
