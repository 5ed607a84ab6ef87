/* charset.h -- the read stage for markup: an input's raw bytes, and an HTML
 * page's bytes decoded to UTF-8 by the character set it declares (a byte
 * order mark, or a <meta charset> / <meta http-equiv content="...;
 * charset=..."> in its first 1024 bytes), through iconv.  The result is a
 * struct text with the same guarantees as text_from_bytes gives.
 *
 * Ownership: text_read_raw hands the caller a buffer to free; the decoded
 * struct text is the caller's, freed with text_free.
 */
#ifndef IMPRINT_CHARSET_H
#define IMPRINT_CHARSET_H

#include <stddef.h>

#include "read/text.h"

/* Read path ("-" = standard input) into *data (NUL-terminated, *len bytes,
 * caller frees).  Returns EXIT_OK, EXIT_INPUT when larger than max_bytes
 * (0: no limit), EXIT_ENV when it cannot be read, after the message. */
int text_read_raw(const char *path, size_t max_bytes, char **data, size_t *len);

/* The character set bytes[0..n) declares (a static or NUL-terminated copy in
 * cs[0..cap)), "" when it declares none. */
void text_html_charset(const char *bytes, size_t n, char *cs, size_t cap);

/* Decode an HTML page's bytes to UTF-8 text by its declared character set
 * (UTF-8 when none is declared).  Returns EXIT_OK, or EXIT_INPUT after the
 * message (unknown character set, bytes not in it, invalid UTF-8). */
int text_from_html_bytes(const char *name, const char *bytes, size_t n,
                         size_t max_bytes, struct text *out);

#endif
