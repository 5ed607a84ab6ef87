/* vocab.c -- the statement's own lowercase vocabulary, for hyphenation: a
 * capitalised word opening a sentence is a common word (hyphenated) when
 * the statement also writes it in lowercase ("Together" and "together"),
 * and is otherwise taken for a name.  Built on first need, one sorted array
 * of the words of the blocks that are all small ASCII letters, five or more. */
#include "typeset/ts_internal.h"

#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Add the lowercase words of text to v. */
static void add_text(struct ts_vocab *v, const char *t)
{
    while (*t) {
        while (*t && !((*t | 0x20) >= 'a' && (*t | 0x20) <= 'z'))
            t++;
        const char *a = t;
        int lower = 1;
        while ((*t | 0x20) >= 'a' && (*t | 0x20) <= 'z') {
            lower &= *t >= 'a';
            t++;
        }
        if (lower && t - a >= 5 && t - a < 64) {
            xgrow(&v->w, &v->cap, v->n + 1, sizeof *v->w);
            v->w[v->n++] = xstrndup(a, (size_t)(t - a));
        }
    }
}

static void build(struct ts_vocab *v, const struct statement *s)
{
    v->built = 1;
    for (size_t i = 0; s && i < s->nblocks; i++)
        for (size_t k = 0; k < s->blocks[i].nspans; k++)
            if (s->blocks[i].spans[k].text)
                add_text(v, s->blocks[i].spans[k].text);
    qsort(v->w, v->n, sizeof *v->w, cmp_str);
}

int ts_vocab_has_lower(struct ts_vocab *v, const struct statement *s,
                       const char *w, size_t len)
{
    char key[64];
    if (len < 5 || len >= sizeof key)
        return 0;
    if (!v->built)
        build(v, s);
    memcpy(key, w, len);
    key[len] = 0;
    if (key[0] >= 'A' && key[0] <= 'Z')
        key[0] = (char)(key[0] | 0x20);
    const char *k = key;
    return v->n && bsearch(&k, v->w, v->n, sizeof *v->w, cmp_str) != NULL;
}

void ts_vocab_free(struct ts_vocab *v)
{
    for (size_t i = 0; i < v->n; i++)
        free(v->w[i]);
    free(v->w);
    memset(v, 0, sizeof *v);
}
