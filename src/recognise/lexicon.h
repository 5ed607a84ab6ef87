/* lexicon.h -- the vocabulary of participant recognition: the word classes
 * and the countries of src/recognise/lexicon.def, behind lookups that hide
 * how they are stored.  Internal to src/recognise.
 *
 * Ownership: every string returned points into the static table (never to
 * be freed); lex_fold's result is the caller's.  The lookups are safe from
 * several threads (the tables are built once, on first use). */
#ifndef IMPRINT_LEXICON_H
#define IMPRINT_LEXICON_H

#include <stddef.h>

/* The word classes, in the order of lexicon.def. */
enum lex_kind {
#define LEX_KIND(kind, name) kind,
#include "recognise/lexicon.def"
    LEX_NKINDS
};

/* Whether word w is one of class kind's words (exact match). */
int lex_is(enum lex_kind kind, const char *w);
/* Whether any of the words of s (split at spaces) is a word of kind. */
int lex_any_word(enum lex_kind kind, const char *s);

/* The length of an ending of class kind that w ends with, with more than
 * minstem bytes before it, else 0 (for the classes of endings). */
size_t lex_suffix(enum lex_kind kind, const char *w, size_t minstem);

/* The country a country name, demonym or other name w names ("Israeli",
 * "Mexico City", "Mexico", "People’s Republic of China"), or NULL. */
const char *lex_country(const char *w);
/* The same for a name of the country only, not a demonym ("Japan", not
 * "Japanese"). */
const char *lex_country_named(const char *w);

/* The country of the issuing body or site named first in s ("Foreign
 * Office" gives "United Kingdom"), whole words only; NULL when s names none. */
const char *lex_issuer_in(const char *s);

/* The country whose office title is when only one government has it
 * ("Foreign Secretary", "Secretary of State for Wales" give "United
 * Kingdom"), else NULL. */
const char *lex_title_side(const char *title);

/* ---- the table itself, for tests -------------------------------------- */

/* The name of class kind as lexicon.def spells it ("head"). */
const char *lex_kind_name(enum lex_kind kind);

/* Number of words of class kind; the i-th of them. */
size_t lex_count(enum lex_kind kind);
const char *lex_word(enum lex_kind kind, size_t i);

/* Number of countries; the i-th one's name, demonyms ("|"-separated, NULL
 * when it is marked as having none) and other names ("|"-separated). */
size_t lex_ncountries(void);
void lex_country_row(size_t i, const char **name, const char **demonyms,
                     const char **aliases);

/* The length of the issuing body's name that s starts with, whole words
 * only ("Ministry of External Affairs Weekly Media Briefing"), else 0. */
size_t lex_issuer_prefix(const char *s);

/* Number of issuer rows; the i-th one's name and country. */
size_t lex_nissuers(void);
void lex_issuer_row(size_t i, const char **name, const char **country);

/* Number of office rows of lex_title_side; the i-th one's title and
 * country. */
size_t lex_title_side_count(void);
void lex_title_side_row(size_t i, const char **title, const char **country);

/* w as the country lookup reads it (right single quotes as apostrophes);
 * allocated, the caller frees it. */
char *lex_fold(const char *w);

#endif
