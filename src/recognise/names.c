/* names.c -- the statement's proper names for the typesetter (s->names):
 * the words of the participants' names and delegations and of the place,
 * and of each country, demonym or other country name of the lexicon that
 * the titles or the blocks mention, one to four words long ("Mexico",
 * "Mexican", "United Kingdom", "People's Republic of China"). */
#include "recognise/names.h"

#include <stdlib.h>
#include <string.h>

#include "base/uchar.h"
#include "base/util.h"
#include "recognise/lexicon.h"
#include "recognise/tokens.h"

#define NAME_MAX_WORDS 4

/* A name's word: letters after punctuation is stripped from both ends. */
static int name_char(unsigned char c)
{
    return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Add every capitalised word of two letters or more of text (split at spaces, hyphens, slashes
 * and punctuation; apostrophes and periods inside a word kept). */
static void add_words(struct statement *s, const char *text)
{
    if (!text)
        return;
    const char *p = text;
    while (*p) {
        while (*p && !name_char((unsigned char)*p))
            p++;
        const char *a = p;
        while (*p && (name_char((unsigned char)*p) ||
                      ((*p == '\'' || *p == '.') && name_char((unsigned char)p[1]))))
            p++;
        if (p - a >= 2 && uchar_is_upper_start(a))
            stmt_add_name(s, a, (size_t)(p - a));
    }
}

/* The country names among the words of text: each run of one to
 * NAME_MAX_WORDS words the lexicon knows adds its words. */
static void add_countries(struct statement *s, const char *text)
{
    if (!text || !*text)
        return;
    struct toks t = {0};
    tokenise(text, &t);
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < t.n; i++) {
        if (!toks_is_cap(&t, i))
            continue;
        for (size_t k = NAME_MAX_WORDS; k >= 1; k--) {
            if (i + k > t.n || !toks_is_cap(&t, i + k - 1))
                continue;
            buf_clear(&b);
            int ok = 1;
            for (size_t j = i; j < i + k && ok; j++) {
                ok = toks_is_word(&t, j);
                if (j > i)
                    buf_adds(&b, " ");
                buf_adds(&b, t.v[j].w);
            }
            if (ok && lex_country(b.s)) {
                add_words(s, b.s);
                break;
            }
        }
    }
    buf_free(&b);
    toks_free(&t);
}

void rec_names(struct statement *s)
{
    for (size_t i = 0; i < s->nparts; i++) {
        add_words(s, s->parts[i].name);
        add_words(s, s->parts[i].delegation);
    }
    add_words(s, s->place);
    add_countries(s, s->title);
    add_countries(s, s->short_title);
    for (size_t i = 0; i < s->nblocks; i++) {
        char *text = stmt_block_text(&s->blocks[i]);
        add_countries(s, text);
        free(text);
    }
}
