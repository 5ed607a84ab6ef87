/* source_feed.h -- the feed front end: an RSS 2.0 or Atom feed parsed with
 * libxml2 into its items, and each item into a statement through the HTML
 * front end (source_html.h).
 *
 * RSS items give title, link, guid, pubDate, dc:creator and the HTML of
 * content:encoded (else description); Atom entries title, link
 * (rel="alternate" or none), id, published (else updated), author/name and
 * content (else summary; type html, xhtml or text).  The XML is parsed
 * without network access, external entities or DTD loading, and a feed that
 * declares entities is refused before any is expanded (no billion laughs).
 *
 * Ownership: struct feed owns its items and their strings (feed_free); the
 * statement and text feed_item_statement fills are the caller's (stmt_free,
 * text_free, also after an error).
 */
#ifndef IMPRINT_SOURCE_FEED_H
#define IMPRINT_SOURCE_FEED_H

#include <stddef.h>

#include "base/exit.h"
#include "model/statement.h"
#include "read/text.h"

struct feed_item {
    char *title, *link, *guid, *date, *creator;  /* NULL when absent */
    char *body;   /* the item's HTML, or NULL */
    int line;     /* line of the <item>/<entry> in the feed */
};

struct feed {
    char *name;   /* the feed's display name */
    struct feed_item *items;
    size_t n;
};

/* 1 if path names a feed by its extension (.rss, .atom, .xml). */
int feed_is_feed_path(const char *path);

/* Parse the feed bytes[0..n) (any encoding its XML declaration names).
 * Returns EXIT_OK, or EXIT_INPUT after an error message (not XML, entities
 * declared, not RSS or Atom, no items). */
int feed_parse(const char *name, const char *bytes, size_t n, struct feed *out);
void feed_free(struct feed *f);

/* The output name of item index (1-based): the last path segment of its
 * link, else of its guid, else its title, made file-name safe; "item-N" if
 * none gives one.  Caller frees. */
char *feed_item_slug(const struct feed_item *it, size_t index);

/* The statement of item index (1-based) of f: its HTML body as text named
 * "FEED#item-N" in *t, parsed by html_parse with the item's fields given.
 * Returns EXIT_OK or EXIT_INPUT after the message. */
int feed_item_statement(const struct feed *f, size_t index, size_t max_input,
                        struct text *t, struct statement *out);

#endif
