/* source_parts.h -- the two halves of the Markdown+YAML front end, for
 * source.c; not part of the front end's API (that is source.h).
 *
 * Ownership: both fill the caller's statement s, which keeps everything
 * they add; they keep nothing.
 */
#ifndef IMPRINT_SOURCE_PARTS_H
#define IMPRINT_SOURCE_PARTS_H

#include <stddef.h>

#include "model/statement.h"
#include "read/text.h"

/* Read the YAML header, the len bytes at text (inside t, starting on its
 * second line), into s; report each error at file:line:column.  Returns the
 * number of errors. */
int src_parse_header(const struct text *t, const char *text, size_t len,
                     struct statement *s);

/* Read the CommonMark body, from byte offset from of t to its end, into s's
 * blocks; a body with no block is reported as a warning. */
void src_parse_body(const struct text *t, size_t from, struct statement *s);

#endif
