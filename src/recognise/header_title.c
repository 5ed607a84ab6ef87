/* header_title.c -- the evidence a headline gives of being the page's
 * title when no header lines stand under it: its length (a menu entry or
 * a site section is one or two words), the words it shares with the
 * body's first sentences, and whether the page repeats it (a repost sets
 * its headline twice, sometimes broken over lines); a date opening a
 * headline. */
#include "recognise/hdr_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* The next word of s at or after *p of at least 5 letters, folded to
 * lower case into w (at most cap bytes); 0 at the end of s. */
static int long_word(const char *s, size_t *p, char *w, size_t cap)
{
    for (;;) {
        while (s[*p] && !isalpha((unsigned char)s[*p]))
            (*p)++;
        if (!s[*p])
            return 0;
        size_t n = 0;
        while (isalpha((unsigned char)s[*p])) {
            if (n + 1 < cap)
                w[n++] = (char)tolower((unsigned char)s[*p]);
            (*p)++;
        }
        w[n] = '\0';
        if (n >= 5)
            return 1;
    }
}

/* Whether the folded word w stands in text t (as a word, any case). */
static int has_word(const char *t, const char *w)
{
    size_t p = 0;
    char x[48];
    while (long_word(t, &p, x, sizeof x))
        if (!strcmp(x, w))
            return 1;
    return 0;
}

/* How many different words of 5 letters or more headline s shares with
 * the body text t, at most 4. */
static int shared_words(const char *s, const char *t)
{
    size_t p = 0;
    char w[48], seen[4][48];
    int n = 0;
    while (n < 4 && long_word(s, &p, w, sizeof w)) {
        int dup = 0;
        for (int i = 0; i < n; i++)
            dup |= !strcmp(seen[i], w);
        if (!dup && has_word(t, w))
            strcpy(seen[n++], w);
    }
    return n;
}

size_t rec_body_start(const struct hdr *h, size_t from, size_t upto)
{
    for (size_t i = from; i < h->k && i < upto; i++) {
        const char *s = h->L[h->nb[i]].s;
        if (rec_ends_with_punct(s) && rec_count_words(s) >= 12)
            return i;
    }
    return upto < h->k ? upto : h->k;
}

int rec_headline_score(const struct hdr *h, size_t i, size_t body)
{
    const char *s = h->L[h->nb[i]].s;
    size_t nw = rec_count_words(s);
    int score = nw <= 2 ? -3 : nw == 3 ? -1 : nw <= 30 ? 1 : -1;
    if (body < h->k)
        score += shared_words(s, h->L[h->nb[body]].s);
    for (size_t u = 0; u < h->k && u < 20; u++)
        if (u != i && !strcmp(h->L[h->nb[u]].s, s)) {
            score += 2;  /* the page sets it twice */
            break;
        }
    return score;
}

size_t rec_split_repeat(const struct hdr *h, size_t t)
{
    const char *s = h->L[h->nb[t]].s;
    size_t at = 0, m = 0;
    for (size_t u = t + 1; u < h->k && m < 4; u++, m++) {
        const char *l = h->L[h->nb[u]].s;
        size_t n = strlen(l);
        if (strncmp(s + at, l, n) || (s[at + n] && s[at + n] != ' '))
            return 0;
        at += n;
        if (!s[at])
            return m + 1 >= 2 ? m + 1 : 0;
        at++;
    }
    return 0;
}

size_t rec_date_prefix(const struct hdr *h, const char *s, char **iso)
{
    static const char *const seps[] = {" - ", " \xE2\x80\x93 ", NULL};
    for (int i = 0; seps[i]; i++) {
        const char *p = strstr(s, seps[i]);
        if (!p || p - s > 32)
            continue;
        char *d = xstrndup(s, (size_t)(p - s));
        char *date = rec_date_line(d, h->year, NULL);
        free(d);
        size_t n = (size_t)(p - s) + strlen(seps[i]);
        if (date && !rec_ends_with_punct(s + n) && rec_count_words(s + n) >= 3) {
            if (iso)
                *iso = date;
            else
                free(date);
            return n;
        }
        free(date);
    }
    return 0;
}
