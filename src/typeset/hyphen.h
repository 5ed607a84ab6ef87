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
/* The same for a word whose parts may each start with a capital
 * ("Secretary", "Secretary-General"): the capital is hyphenated as its
 * small letter.  A capital anywhere else still gives no points.  Whether
 * the word may be hyphenated at all is hy_word_kind's question. */
int hy_points_capital(struct hy_dict *d, const char *w, size_t len,
                      char *points);

/* How a word of letters may be hyphenated. */
enum hy_word {
    HY_WORD_NEVER,    /* a name, an acronym, an all-capital word ("NATO",
                         "McDonald", "Tillerson" when the statement names
                         him) */
    HY_WORD_LOWER,    /* a lowercase word: the usual hyphen penalty */
    HY_WORD_CAPITAL   /* a common word capitalised ("Secretary", the first
                         word of a sentence): a higher penalty */
};
/* The kind of the word of letters w[0..len): at_start is 1 when it opens a
 * sentence or a paragraph and the text also writes it in lowercase, name 1
 * when the statement names it (a participant, a place, a country).  A
 * capitalised word is a common word when it is in the dictionary of common
 * words (src/typeset/common.def) or at_start is set; any other is taken
 * for a name. */
enum hy_word hy_word_kind(const char *w, size_t len, int at_start, int name);
/* 1 if w[0..len), its first letter lowercased, is in the dictionary. */
int hy_is_common(const char *w, size_t len);
/* The dictionary itself, for its test: its size and its i-th word. */
size_t hy_common_count(void);
const char *hy_common_word(size_t i);

/* The hyphenation exceptions (src/typeset/exceptions.def), which override
 * the patterns: when the lowercase ASCII word w[0..len) is listed, sets
 * after[k] = 1 for each letter k a break follows (after has len entries)
 * and returns 1; returns 0 when it is not listed. */
int hy_exception(const char *w, size_t len, char *after);
/* The list itself, for its test: its size and its i-th entry as written
 * ("sov-er-eignty"). */
size_t hy_exception_count(void);
const char *hy_exception_entry(size_t i);

#endif
