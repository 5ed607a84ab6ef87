/* text.h -- the read stage: bytes to validated UTF-8 text.
 *
 * The text is valid UTF-8 without a BOM, with CRLF and lone CR turned into
 * LF, NUL-terminated.  Invalid UTF-8 (overlong forms, surrogates, values
 * past U+10FFFF, truncated sequences), NUL bytes and empty input are errors
 * reported with file:line:column (column counted in characters, from 1).
 *
 * Ownership: struct text owns data and name; text_free releases both.
 */
#ifndef IMPRINT_TEXT_H
#define IMPRINT_TEXT_H

#include "base/exit.h"

#include <stddef.h>

struct text {
    char *name;   /* display name: the path, or "<stdin>" */
    char *data;   /* validated UTF-8, NUL-terminated */
    size_t len;   /* bytes, without the terminating NUL */
};

#define TEXT_DEFAULT_MAX ((size_t)16 << 20)  /* 16 MiB */
/* The largest --max-input allowed: the input is held in memory several
 * times over while it is typeset, so a higher limit only runs out of it. */
#define TEXT_LIMIT_MAX ((size_t)256 << 20)  /* 256 MiB */

/* Read path ("-" = standard input).  Returns EXIT_OK, or the exit status to
 * use (EXIT_INPUT bad input, EXIT_ENV cannot read) after printing the
 * message. */
int text_read_file(const char *path, size_t max_bytes, struct text *out);

/* The same checks on bytes already in memory; name is used in messages.
 * Returns EXIT_OK, or EXIT_INPUT after printing the message. */
int text_from_bytes(const char *name, const char *bytes, size_t n,
                    size_t max_bytes, struct text *out);

void text_free(struct text *t);

/* Line (1-based) of byte offset off in t. */
int text_line_of(const struct text *t, size_t off);

#endif
