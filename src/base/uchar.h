/* uchar.h -- single characters of UTF-8 text: strict decoding of one
 * sequence, and the one test for "this word starts with a capital" that
 * every stage uses.  Letter properties come from the Unicode character
 * database that HarfBuzz already carries (its default Unicode functions),
 * not from the C locale and not from hand-written ranges.
 *
 * Ownership: nothing is allocated; the functions only read their input.
 * Thread safety: all functions may be called from several threads.
 */
#ifndef IMPRINT_UCHAR_H
#define IMPRINT_UCHAR_H

#include <stddef.h>
#include <stdint.h>

/* Length (1..4) of the well-formed UTF-8 sequence at s, n bytes available;
 * 0 when it is not one: a stray continuation byte, a truncated sequence,
 * an overlong form, a surrogate, or a code point past U+10FFFF. */
size_t uchar_valid_len(const char *s, size_t n);

/* Decode the well-formed sequence at s (n bytes available) into *cp and
 * return its length; 0 with *cp = U+FFFD when it is not well formed. */
size_t uchar_decode(const char *s, size_t n, uint32_t *cp);

/* Whether code point cp is a capital letter: Unicode general category Lu
 * (uppercase) or Lt (titlecase, the "Dž" of a capitalised word). */
int uchar_is_upper(uint32_t cp);

/* Whether the NUL-terminated text s starts with a capital letter ("Émile",
 * "Öztürk", "Łukasz", "Ωmega"); 0 for a lowercase letter, a digit,
 * punctuation, an empty string and malformed UTF-8. */
int uchar_is_upper_start(const char *s);

/* Length of the no-break or thin space at s (U+00A0, U+202F, U+2007,
 * U+2009), which statements copied from the web put between words; 0 when
 * s starts with none.  s is NUL-terminated. */
size_t uchar_space_len(const char *s);

#endif
