/* source_html.h -- the HTML front end: a web page (or a feed item's HTML
 * body) parsed with gumbo, an HTML5 parser, into the statement model.
 *
 * The statement's article is the page's <main> (or role="main"), else its
 * first <article>, else the element with id content/main-content/
 * centerblock, else <body>.  Inside it, furniture regions are left out:
 * <nav>, <aside>, <script>, <style>, <noscript>, <template>, forms, and
 * elements whose class or id names a USWDS or site region (usa-banner,
 * usa-header, usa-nav, usa-breadcrumb, usa-footer, breadcrumbs, related,
 * share, social, sidebar, menu), or whose role is navigation, banner,
 * contentinfo, complementary or search; <header> and <footer> too when the
 * article is the whole body.
 *
 * Markup: the first <h1> is the title; an element whose class or id is
 * kind/type/..content-type, office/author/byline/..bureau, date/
 * ..publish-date (or a <time datetime>), place/location/dateline gives that
 * field; <p>, <div> ... paragraphs; <h2> heading level 1, <h3> 2, <h4>-<h6>
 * 3; <ul>/<ol> list items with the markers the Markdown front end gives
 * (start, type and value honoured), nested up to STMT_MAX_NESTING;
 * <blockquote> quote blocks; <strong>/<b> bold, <em>/<i>/<cite> italic;
 * <a href> links with http, https or mailto (a path starting with '/' is
 * resolved against the base URL; other schemes dropped with a warning);
 * tables one paragraph per row, cells joined by " | " (a warning); images
 * their alt text (a warning); <br> a space.
 *
 * Metadata from the head when the body lacks it: og:title, DC.title,
 * <title>; article:published_time, DC.date, JSON-LD datePublished;
 * DC.creator; the lang attribute.  What neither says (kind, office, place,
 * participants) is recognised from the text as for copied pages: a leading
 * byline, date or place paragraph becomes that field, then the recogniser's
 * preface kind and participants (part_extract) run on the blocks.
 *
 * Ownership: the caller owns *out and frees it with stmt_free (also after an
 * error); given is only read.
 */
#ifndef IMPRINT_SOURCE_HTML_H
#define IMPRINT_SOURCE_HTML_H

#include "base/exit.h"
#include "model/statement.h"
#include "read/text.h"

/* What a feed item already says about the statement (any may be NULL). */
struct html_given {
    const char *title;
    const char *date;    /* as the feed gives it, any form rec_date_line reads */
    const char *office;  /* dc:creator or the author's name */
    const char *base;    /* the item's link: base of relative links */
};

/* Deepest element nesting read as markup; deeper elements give only text. */
#define HTML_MAX_DEPTH 1000

/* A page whose elements stand open deeper than this (a byte-level estimate
 * made before parsing: start tags less end tags, void and implicitly closed
 * elements not counted) is refused: gumbo's tree building takes time
 * quadratic in the depth. */
#define HTML_MAX_OPEN 10000

/* The estimate: the deepest count of open elements in s[0..n). */
size_t html_open_estimate(const char *s, size_t n);

/* 1 if path names an HTML page by its extension (.html, .htm). */
int html_is_html_path(const char *path);

/* Parse t (UTF-8 HTML) into out (initialised here).  given may be NULL.
 * Returns EXIT_OK, or EXIT_INPUT after an error message. */
int html_parse(const struct text *t, const struct html_given *given,
               struct statement *out);

#endif
