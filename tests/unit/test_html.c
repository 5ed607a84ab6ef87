/* test_html.c -- the HTML front end on pages held in strings: the article
 * chosen over furniture, markup to blocks, markers and spans, links by
 * scheme, head metadata as fallback, the depth estimate and the
 * character-set decoding, with the exact messages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "capture.h"
#include "base/diag.h"
#include "model/statement.h"
#include "read/charset.h"
#include "read/text.h"
#include "recognise/source_html.h"

/* Parse page html as "in.html"; messages land in msgs. */
static int parse(const char *html, struct statement *s)
{
    struct text t;
    assert_int_equal(text_from_html_bytes("in.html", html, strlen(html), 0, &t), 0);
    int rc = html_parse(&t, NULL, s);
    text_free(&t);
    fflush(msgf);
    return rc;
}

static void test_article_not_furniture(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse("<body><div class=\"usa-banner\">Banner</div><header>Site</header>"
                           "<main><nav class=\"usa-breadcrumb\">Home</nav><h1>The Title</h1>"
                           "<p>Body text.</p><aside>Aside</aside><script>x()</script>"
                           "<section class=\"related-content\">Related</section></main>"
                           "<footer>Foot</footer></body>", &s), 0);
    assert_string_equal(s.title, "The Title");
    assert_int_equal(s.nblocks, 1);
    assert_string_equal(s.blocks[0].spans[0].text, "Body text.");
    stmt_free(&s);
}

static void test_lists_and_quotes(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse("<main><h1>T</h1><ol type=\"a\" start=\"2\"><li>one<li>two"
                           "<ol type=\"i\"><li>deep</ol></ol><ul><li value=\"9\">dot</ul>"
                           "<blockquote><blockquote><p>inner</p></blockquote></blockquote></main>",
                           &s), 0);
    assert_int_equal(s.nblocks, 5);
    assert_string_equal(s.blocks[0].marker, "b.");
    assert_string_equal(s.blocks[1].marker, "c.");
    assert_string_equal(s.blocks[2].marker, "i.");
    assert_int_equal(s.blocks[2].level, 2);
    assert_string_equal(s.blocks[3].marker, "\xE2\x80\xA2");
    assert_int_equal(s.blocks[4].kind, BLK_QUOTE);
    assert_int_equal(s.blocks[4].level, 2);
    stmt_free(&s);
}

static void test_huge_list_numbers(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse("<main><h1>T</h1><ol start=\"9223372036854775807\"><li>a<li>b</ol>"
                           "<ol><li value=\"-99999999999999\">c</ol></main>", &s), 0);
    assert_string_equal(s.blocks[0].marker, "1000000000.");
    assert_string_equal(s.blocks[1].marker, "1000000001.");
    assert_string_equal(s.blocks[2].marker, "-1000000000.");
    stmt_free(&s);
}

static void test_spans_and_links(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse("<main><h1>T</h1><p>a <b>bold</b> <em>it</em> "
                           "<a href=\"https://x.gov/\">link</a> <a href=\"javascript:x\">js</a>"
                           " &amp;&nbsp;end<br>next</p></main>", &s), 0);
    const struct block *b = &s.blocks[0];
    char *all = stmt_block_text(b);
    assert_string_equal(all, "a bold it link js & end next");
    free(all);
    assert_int_equal(b->spans[1].style, SPAN_BOLD);
    assert_string_equal(b->spans[1].text, "bold");
    assert_int_equal(b->spans[3].style, SPAN_ITALIC);
    assert_string_equal(b->spans[5].link, "https://x.gov/");
    assert_non_null(strstr(msgs, "in.html:1: warning: link 'javascript:x' dropped "
                                 "(only http, https and mailto links are kept); its text is kept "
                                 "[link-scheme-dropped]"));
    stmt_free(&s);
}

static void test_head_metadata(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse("<html lang=\"en-GB\"><head><title>Page - U.S. Department of State</title>"
                           "<meta name=\"DC.date\" content=\"2020-02-03\">"
                           "<script type=\"application/ld+json\">{\"datePublished\": \"2019-01-01\"}"
                           "</script></head><body><p>Text.</p></body></html>", &s), 0);
    assert_string_equal(s.title, "Page");
    assert_string_equal(s.date, "2020-02-03");
    assert_string_equal(s.language, "en-GB");
    stmt_free(&s);
    assert_int_equal(parse("<head><script type=\"application/ld+json\">{\"headline\": \"LD\","
                           " \"datePublished\": \"2019-01-01T10:00:00Z\"}</script></head>"
                           "<body><p>Text.</p></body>", &s), 0);
    assert_string_equal(s.title, "LD");
    assert_string_equal(s.date, "2019-01-01");
    stmt_free(&s);
}

static void test_leading_byline_and_participants(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse("<main><h1>Call</h1><p>Antony J. Blinken, Secretary of State</p>"
                           "<p>May 3, 2021</p><p>Secretary of State Antony J. Blinken spoke "
                           "today with Israeli Foreign Minister Gabi Ashkenazi.</p></main>", &s), 0);
    assert_string_equal(s.office, "Antony J. Blinken, Secretary of State");
    assert_string_equal(s.date, "2021-05-03");
    assert_int_equal(s.nblocks, 1);
    assert_true(s.nparts >= 2);
    stmt_free(&s);
}

static void test_depth_estimate(void **state)
{
    (void)state;
    assert_int_equal(html_open_estimate("<div><p>a<br><div>b</div></div>", 31), 2);
    assert_int_equal(html_open_estimate("<!-- <div><div> --><x/><span>", 29), 1);
}

static void test_charset(void **state)
{
    (void)state;
    char cs[64];
    const char *p = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">";
    text_html_charset(p, strlen(p), cs, sizeof cs);
    assert_string_equal(cs, "iso-8859-1");
    struct text t;
    const char *l1 = "<meta charset=latin1><p>caf\xe9</p>";
    assert_int_equal(text_from_html_bytes("l1.html", l1, strlen(l1), 0, &t), 0);
    assert_non_null(strstr(t.data, "caf\xc3\xa9"));
    text_free(&t);
    const char *bad = "<meta charset=\"no-such-set\"><p>x</p>";
    assert_int_equal(text_from_html_bytes("b.html", bad, strlen(bad), 0, &t), EXIT_INPUT);
    fflush(msgf);
    assert_non_null(strstr(msgs, "b.html: error: the page declares the character set 'no-such-set', "
                                 "which this system cannot decode; save it as UTF-8 [charset-unknown]"));
}

static void test_no_text(void **state)
{
    (void)state;
    struct statement s;
    assert_int_equal(parse("<body><nav>menu</nav></body>", &s), EXIT_INPUT);
    assert_non_null(strstr(msgs, "in.html: error: the page has no statement text [html-no-text]"));
    stmt_free(&s);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, capture_setup, capture_teardown)
    const struct CMUnitTest tests[] = {
        T(test_article_not_furniture),
        T(test_lists_and_quotes),
        T(test_huge_list_numbers),
        T(test_spans_and_links),
        T(test_head_metadata),
        T(test_leading_byline_and_participants),
        T(test_depth_estimate),
        T(test_charset),
        T(test_no_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
