/* source.h -- the Markdown+YAML front end: a YAML header between '---' lines
 * (title, short_title, kind, office, agency, place, date, language, preface, closing,
 * keywords, layout, participants) followed by a CommonMark body, parsed into
 * the same statement model the scraped-text recogniser builds.
 *
 * Body mapping: paragraphs -> BLK_PARAGRAPH (level 1); '#'/'##' headings ->
 * BLK_HEADING level 1, '###' level 2 ... (the header's title is the
 * document's first-level heading); list item paragraphs -> BLK_LIST_ITEM
 * with level = list nesting depth and the marker "•" (odd depth) / "–" (even
 * depth) for '-' and '*' bullets, "N." / "N)" for ordered items; later
 * paragraphs of the same item get a NULL marker.  '+' bullets carry an
 * explicit marker: the first word of the item is its marker ("+ (a) text"
 * gives marker "(a)" and text "text"); the exporter uses this for markers
 * CommonMark cannot express.  Block quote paragraphs -> BLK_QUOTE with
 * level = quote depth.  Emphasis/strong -> SPAN_ITALIC/SPAN_BOLD, links ->
 * span link, entities decoded, soft and hard breaks -> a space.
 *
 * Ownership: the caller owns *out and frees it with stmt_free (also after an
 * error).  Owner of this module: the source front end.
 */
#ifndef IMPRINT_SOURCE_H
#define IMPRINT_SOURCE_H

#include "base/exit.h"
#include "model/statement.h"
#include "read/text.h"

/* 1 if t looks like source format (first line is exactly "---"). */
int src_is_source(const struct text *t);
/* Parse t into out (initialised here).  Returns EXIT_OK, or EXIT_INPUT
 * after error messages. */
int src_parse(const struct text *t, struct statement *out);

#endif
