/* html_parts.h -- the pieces of the HTML front end, for source_html.c and
 * html_meta.c; not part of the front end's API (that is source_html.h).
 *
 * Ownership: struct html_meta owns its strings (html_meta_free); the
 * functions returning char * hand the caller a fresh string.
 */
#ifndef IMPRINT_HTML_PARTS_H
#define IMPRINT_HTML_PARTS_H

#include <gumbo.h>

#include "model/statement.h"
#include "recognise/source_html.h"

/* What the page says about itself outside the body text. */
struct html_meta {
    char *h1;                       /* the article's first h1 */
    char *kind, *office, *date, *place;  /* the article's marked elements */
    char *og_title, *dc_title, *title_el, *ld_headline;
    char *published, *dc_date, *ld_date;
    char *dc_creator, *lang;
    char *base;                     /* canonical or og:url: base of relative links */
};

/* Marked-field roles of an element, by its class and id. */
enum html_role { ROLE_NONE, ROLE_KIND, ROLE_OFFICE, ROLE_DATE, ROLE_PLACE };

/* Attribute value of element node n, or NULL. */
const char *html_attr(const GumboNode *n, const char *name);
/* The element's text, whitespace collapsed, <br> as ", "; caller frees. */
char *html_text_of(const GumboNode *n);
/* 1 if element n is site furniture; body: the article is the whole body. */
int html_is_furniture(const GumboNode *n, int body);
/* The field element n marks, if any. */
enum html_role html_role_of(const GumboNode *n);
/* The statement's article element (see source_html.h); *body set to 1
 * when it is the body. */
const GumboNode *html_find_root(const GumboNode *html, int *body);
/* Read the head's meta, title and JSON-LD into m. */
void html_read_head(const GumboNode *html, struct html_meta *m);
/* Fill out's header from m and given, take leading byline/date/place
 * blocks, then run the recogniser's kind and participant steps. */
void html_finish(const struct text *t, const struct html_meta *m,
                 const struct html_given *given, struct statement *out);
void html_meta_free(struct html_meta *m);

#endif
