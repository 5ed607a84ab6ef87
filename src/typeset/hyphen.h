/* hyphen.h -- hyphenation points of words with libhyphen and the
 * hyph_en_US patterns: lowercased word, left minimum 2, right minimum 3.
 *
 * Ownership: hy_open returns a handle the caller frees with hy_close.  One
 * handle may be used by one thread at a time.
 */
#ifndef IMPRINT_HYPHEN_H
#define IMPRINT_HYPHEN_H

#include <stddef.h>

struct hy_dict;

/* Open the patterns at path, or the system's hyph_en_US.dic if path is NULL.
 * Returns NULL after an error message when the file cannot be read.  The
 * patterns are parsed only when hy_points first needs them (an unparsable
 * file is then reported once, and words get no points). */
struct hy_dict *hy_open(const char *path);
/* 1 once the patterns have been parsed (for tests and profiling). */
int hy_loaded(const struct hy_dict *d);
void hy_close(struct hy_dict *d);

/* Hyphenation points of the UTF-8 word w[0..len): sets points[i] = 1 when a
 * hyphen may go after byte i (points has len entries).  Returns the number of
 * points.  Words with capitals, digits or fewer than 5 letters get none. */
int hy_points(struct hy_dict *d, const char *w, size_t len, char *points);

#endif
