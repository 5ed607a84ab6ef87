/* tokens.h -- a statement's text as word and punctuation tokens, the input
 * of the participant grammar.  Internal to src/recognise.
 *
 * Ownership: a struct toks owns its array and every token's word; free it
 * with toks_free.  A struct toks may also be a view into another one's
 * tokens ({v + from, n, 0}): never freed, valid while the other lives. */
#ifndef IMPRINT_TOKENS_H
#define IMPRINT_TOKENS_H

#include <stddef.h>

enum { T_WORD, T_COMMA, T_SEMI, T_COLON, T_OPEN, T_CLOSE, T_END, T_QUOTE };

struct tok {
    char *w;     /* the word (possessive ending removed) or punctuation */
    int type;
    int poss;    /* word ended in 's */
};

struct toks {
    struct tok *v;
    size_t n, cap;
};

/* Append the tokens of text s to t (t zeroed or holding earlier tokens).
 * A period ends a sentence (T_END) unless the word is an initial ("J.") or
 * a known abbreviation; parenthesised abbreviations ("(DRC)") are dropped. */
void tokenise(const char *s, struct toks *t);

/* A copy of s in title case ("MICHAEL R. POMPEO, SECRETARY OF STATE"
 * gives "Michael R. Pompeo, Secretary of State") when s is set in
 * capitals (three letters or more, none in lowercase), else NULL; only
 * ASCII letters change.  Caller frees. */
char *toks_title_case(const char *s);

/* Free t's tokens and array and zero it. */
void toks_free(struct toks *t);

/* Whether token i exists and is a word; a word with a capital first. */
int toks_is_word(const struct toks *t, size_t i);
int toks_is_cap(const struct toks *t, size_t i);

/* Whether token i is the word w. */
int toks_word_is(const struct toks *t, size_t i, const char *w);

#endif
