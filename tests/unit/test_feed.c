/* test_feed.c -- the feed front end on feeds held in strings: RSS and Atom
 * items and their fields, item slugs, an item's statement through the HTML
 * front end, and the refusals (entities, not XML, not a feed, no items)
 * with their exact messages. */
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
#include "read/text.h"
#include "recognise/source_feed.h"

static int parse(const char *xml, struct feed *f)
{
    int rc = feed_parse("in.rss", xml, strlen(xml), f);
    fflush(msgf);
    return rc;
}

static const char rss[] =
    "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>F</title>\n"
    "<item><title>First &#8211; One</title><link>https://x.gov/first-one/</link>"
    "<dc:creator><![CDATA[Office of the Spokesperson]]></dc:creator>"
    "<pubDate>Sat, 22 May 2021 12:00:47 +0000</pubDate><guid>https://x.gov/?p=1</guid>"
    "<description>short</description>"
    "<content:encoded><![CDATA[<p>Office of the Spokesperson</p><p>Body <b>text</b>.</p>]]></content:encoded></item>\n"
    "<item><title>U.S. Statement: Second!</title><guid>https://x.gov/?p=2</guid></item>\n"
    "</channel></rss>\n";

static void test_rss_items(void **state)
{
    (void)state;
    struct feed f;
    assert_int_equal(parse(rss, &f), 0);
    assert_int_equal(f.n, 2);
    assert_string_equal(f.items[0].title, "First \xE2\x80\x93 One");
    assert_string_equal(f.items[0].creator, "Office of the Spokesperson");
    assert_string_equal(f.items[0].date, "Sat, 22 May 2021 12:00:47 +0000");
    assert_non_null(strstr(f.items[0].body, "<b>text</b>"));
    char *slug = feed_item_slug(&f.items[0], 1);
    assert_string_equal(slug, "first-one");
    free(slug);
    slug = feed_item_slug(&f.items[1], 2);
    assert_string_equal(slug, "u.s.-statement-second");
    free(slug);
    struct text t;
    struct statement s;
    assert_int_equal(feed_item_statement(&f, 1, 0, &t, &s), 0);
    assert_string_equal(t.name, "in.rss#item-1");
    assert_string_equal(s.date, "2021-05-22");
    assert_string_equal(s.office, "Office of the Spokesperson");
    assert_int_equal(s.nblocks, 1);
    stmt_free(&s);
    text_free(&t);
    assert_int_equal(feed_item_statement(&f, 2, 0, &t, &s), 0);
    fflush(msgf);
    assert_non_null(strstr(msgs, "in.rss#item-2: warning: item 2 has no content:encoded, description, "
                                 "content or summary; its title is its text [feed-item-no-body]"));
    stmt_free(&s);
    text_free(&t);
    feed_free(&f);
}

static void test_atom(void **state)
{
    (void)state;
    struct feed f;
    assert_int_equal(parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title>"
                           "<link rel=\"self\" href=\"https://x.gov/self\"/>"
                           "<link href=\"https://x.gov/a-entry\"/><updated>2020-01-02T00:00:00Z</updated>"
                           "<author><name>N</name></author><summary>plain &lt;text&gt;</summary>"
                           "</entry></feed>", &f), 0);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.items[0].link, "https://x.gov/a-entry");
    assert_string_equal(f.items[0].date, "2020-01-02T00:00:00Z");
    assert_string_equal(f.items[0].creator, "N");
    assert_string_equal(f.items[0].body, "<p>plain &lt;text&gt;</p>");
    feed_free(&f);
}

static void test_refusals(void **state)
{
    (void)state;
    struct feed f;
    assert_int_equal(parse("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"b\">]><rss/>", &f), EXIT_INPUT);
    assert_non_null(strstr(msgs, "in.rss:2: error: the feed declares entities in a DTD; feeds may not "
                                 "(nothing is expanded) [feed-entities]"));
    feed_free(&f);
    assert_int_equal(parse("<rss><channel>", &f), EXIT_INPUT);
    assert_non_null(strstr(msgs, "[feed-xml]"));
    feed_free(&f);
    assert_int_equal(parse("<html/>", &f), EXIT_INPUT);
    assert_non_null(strstr(msgs, "in.rss:1: error: root element <html> is neither RSS 2.0 <rss> nor "
                                 "Atom <feed> [feed-unknown]"));
    feed_free(&f);
    assert_int_equal(parse("<rss><channel/></rss>", &f), EXIT_INPUT);
    assert_non_null(strstr(msgs, "in.rss: error: the feed has no items [feed-no-items]"));
    feed_free(&f);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, capture_setup, capture_teardown)
    const struct CMUnitTest tests[] = {
        T(test_rss_items),
        T(test_atom),
        T(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
