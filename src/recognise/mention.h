/* mention.h -- the grammar of one mention of a participant over tokens:
 * [style] [COUNTRY] TITLE NAME [of COUNTRY] ("Israeli Foreign Minister Yair
 * Lapid") and the reverse NAME, [COUNTRY] TITLE ("Dr. Fuad Hussein, Iraq's
 * Minister of Foreign Affairs").  Internal to src/recognise.
 *
 * Ownership: a parsed struct person owns its title and name (the caller
 * frees both); its delegation is a static string of the lexicon, never
 * freed.  The tokens are only read. */
#ifndef IMPRINT_MENTION_H
#define IMPRINT_MENTION_H

#include <stddef.h>

#include "recognise/tokens.h"

struct person {
    char *delegation;  /* static string from the lexicon, or NULL */
    char *title;
    char *name;
    int prefixed;      /* a country or demonym came before the title */
};

/* Parse a mention TITLE NAME at *pi; on success fill *pp, advance *pi and
 * return 1.  headline: the text is title case, so stop words end names. */
int mention_person(const struct toks *t, size_t *pi, int headline,
                   struct person *pp);

/* Parse the reverse form NAME, [the] [COUNTRY('s)] TITLE at *pi, as
 * mention_person does. */
int mention_name_title(const struct toks *t, size_t *pi, struct person *pp);

/* A name alone at *pi, [honorifics] NAME of two to five words that no
 * capitalised word follows ("his Russian counterpart Sergey V. Lavrov"):
 * a person with an empty title and no delegation, as mention_person. */
int mention_bare_name(const struct toks *t, size_t *pi, struct person *pp);

/* Either form (the reverse one only outside headlines). */
int mention_any(const struct toks *t, size_t *pi, int headline,
                struct person *pp);

/* Whether an office title starts at token i. */
int mention_title_start(const struct toks *t, size_t i);

/* Token i with honorifics skipped ("Mr.", "Shri", "H.E.", "The Honourable",
 * "Rt Hon"): they are no part of a name. */
size_t mention_skip_honorifics(const struct toks *t, size_t i);

/* Token i with a style skipped ("His Majesty", "The Honorable", "the"). */
size_t mention_skip_styles(const struct toks *t, size_t i);

/* Longest country mention starting at token i: its length in tokens (0:
 * none), its country in *c. */
size_t mention_country_at(const struct toks *t, size_t i, const char **c);

/* The country of the n word tokens at v joined with spaces, or NULL. */
const char *mention_country_of_toks(const struct tok *v, size_t n);

#endif
