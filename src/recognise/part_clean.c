/* part_clean.c -- the last checks on the persons participant recognition
 * found, before they become rows: a person given by a surname alone is no
 * row, and a title never holds another person's name. */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "recognise/lexicon.h"
#include "recognise/part_found.h"

/* Whether p is given only by a surname ("President Smith", "General
 * Smith", "Ruritanian Foreign Minister Smith"): a row holds a full name,
 * and a surname alone is no safe one. */
static int surname_only(const struct person *p)
{
    size_t n = 0;
    int lead = 1;   /* ranks count only before the first name word */
    for (const char *w = p->name; *w;) {
        size_t k = strcspn(w, " ");
        char *word = xstrndup(w, k);
        lead = lead && lex_is(LEX_RANK, word);
        n += !lead;
        free(word);
        w += k;
        while (*w == ' ')
            w++;
    }
    return n < 2;
}

size_t part_drop_surnames(struct person *v, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (surname_only(&v[i])) {
            free(v[i].title);
            free(v[i].name);
        } else {
            v[o++] = v[i];
        }
    }
    return o;
}

/* Where name ends as whole words inside title, or NULL. */
static const char *name_end_in(const char *title, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = strstr(title, name); p; p = strstr(p + 1, name))
        if ((p == title || p[-1] == ' ') && (!p[n] || p[n] == ' ' || p[n] == ','))
            return p + n;
    return NULL;
}

void part_cut_named_titles(struct person *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            if (j == i || !strchr(v[j].name, ' '))
                continue;
            const char *e = name_end_in(v[i].title, v[j].name);
            if (!e)
                continue;
            e += strspn(e, " ,");
            char *t = xstrdup(e);
            free(v[i].title);
            v[i].title = t;
        }
    }
}
