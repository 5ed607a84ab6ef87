/* part_blocks.c -- the participant finders over body blocks that are no
 * plain sentences: a transcript's speaker label (in capitals too), a list
 * item that is a byline, an entry of an attendance list, a signatory
 * line ("COUNTRY: A B, TITLE"), a signing paragraph after the text, the
 * speaker a header names alone whom the text then calls by surname.  participants.c
 * decides which blocks to hand them.  Internal to src/recognise. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/uchar.h"
#include "base/util.h"
#include "recognise/hdr_parts.h"
#include "recognise/lexicon.h"
#include "recognise/mention.h"
#include "recognise/part_found.h"
#include "recognise/tokens.h"

/* A connector a title keeps in lowercase ("of", "for", "and"). */
static int is_small_word(const char *w)
{
    return !strcmp(w, "of") || !strcmp(w, "to") || !strcmp(w, "on") || !strcmp(w, "at") ||
           !strcmp(w, "for") || !strcmp(w, "and") || !strcmp(w, "the");
}

/* The words of an all-capital speaker label in title case ("SECRETARY OF
 * DEFENSE ASHTON CARTER" as "Secretary of Defense Ashton Carter"), with
 * connectors and name particles in lowercase ("VON DER LEYEN" as "von der
 * Leyen", which is then no full name); returns 0 and leaves s unchanged
 * when it has a lowercase letter. */
static int label_case(char *s)
{
    for (const char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            return 0;
    for (char *w = s; *w;) {
        size_t n = strcspn(w, " ");
        for (size_t i = 1; i < n; i++)
            if (w[i] >= 'A' && w[i] <= 'Z')
                w[i] = (char)(w[i] - 'A' + 'a');
        char save = w[n];
        w[n] = '\0';
        if (n && w[0] >= 'A' && w[0] <= 'Z') {
            w[0] = (char)(w[0] - 'A' + 'a');
            if (!is_small_word(w) && !lex_is(LEX_PARTICLE, w))
                w[0] = (char)(w[0] - 'a' + 'A');
        }
        w[n] = save;
        w += n;
        while (*w == ' ')
            w++;
    }
    return 1;
}

/* Whether a name has a word that is never one of a name's ("SENIOR
 * ADMINISTRATION OFFICIAL NUMBER ONE"). */
static int name_has_stop(const char *name)
{
    return lex_any_word(LEX_NAME_STOP, name);
}

/* The speaker a transcript's paragraph opens with, when the words before
 * its colon are one whole mention: "Official Spokesperson, Shri A B:",
 * "A B, Minister of X:", "Minister of X A B:", "SECRETARY OF X A B:".  The
 * delegation is what the mention names, else deleg.  Returns 1 when the
 * paragraph opens with a speaker. */
int part_speaker(const char *text, const char *deleg, struct found *f)
{
    const char *colon = strchr(text, ':');
    if (!colon || colon - text > 160)
        return 0;
    char *head = xstrndup(text, (size_t)(colon - text));
    int caps = label_case(head);
    struct toks t = {0};
    tokenise(head, &t);
    size_t i = 0;
    struct person p;
    int r = 0;
    if (t.n && t.n <= 24 && mention_any(&t, &i, 0, &p)) {
        if (i == t.n && !(caps && name_has_stop(p.name))) {
            part_found_add(f, &p, deleg);
            r = 1;
        } else {
            free(p.title);
            free(p.name);
        }
    }
    toks_free(&t);
    free(head);
    return r;
}

/* A list item that is a whole byline ("Senator A B, Special Envoy for
 * ..." under "Joint press conference with:"): its person, of the country
 * the mention or the headline names. */
void part_item_byline(const struct block *b, struct found *f)
{
    char *text = stmt_block_text(b);
    if (strlen(text) >= 200) {
        free(text);
        return;
    }
    struct toks t = {0};
    tokenise(text, &t);
    size_t i = 0;
    struct person p;
    if (mention_name_title(&t, &i, &p)) {
        /* the title may run on in lowercase words ("... from the Heart") */
        size_t k = i;
        while (k < t.n && t.v[k].type == T_WORD)
            k++;
        if (k == t.n) {
            struct buf b2;
            buf_init(&b2);
            buf_adds(&b2, p.title);
            for (size_t m = i; m < k; m++)
                buf_printf(&b2, " %s", t.v[m].w);
            free(p.title);
            p.title = buf_take(&b2);
            part_found_add(f, &p, NULL);
        } else {
            free(p.title);
            free(p.name);
        }
    }
    toks_free(&t);
    free(text);
}

/* Words of s in capitals ("ALGERIA") in title case, in place. */
static void caps_words_case(char *s)
{
    for (char *w = s; *w;) {
        size_t n = strcspn(w, " "), caps = 0, lower = 0;
        for (size_t i = 0; i < n; i++) {
            caps += w[i] >= 'A' && w[i] <= 'Z';
            lower += w[i] >= 'a' && w[i] <= 'z';
        }
        for (size_t i = 1; caps >= 2 && !lower && i < n; i++)
            if (w[i] >= 'A' && w[i] <= 'Z')
                w[i] = (char)(w[i] - 'A' + 'a');
        w += n;
        while (*w == ' ')
            w++;
    }
}

/* An entry of an attendance or signatory list, "COUNTRY, [honorifics]
 * NAME" and nothing else ("Kingdom of MOROCCO, H.E. Mr. A B"): its person,
 * of that country, without a title. */
void part_attendee(const struct block *b, struct found *f)
{
    char *text = stmt_block_text(b);
    if (strlen(text) > 300) {
        free(text);  /* an entry is one short line */
        return;
    }
    const char *comma = strchr(text, ',');
    size_t cl = comma ? (size_t)(comma - text) : 0;
    const char *c = NULL;
    if (cl && cl < 80) {
        char *head = xstrndup(text, cl);
        caps_words_case(head);
        struct toks h = {0};
        tokenise(head, &h);
        if (!h.n || mention_country_at(&h, 0, &c) != h.n)
            c = NULL;
        toks_free(&h);
        free(head);
    }
    struct toks t = {0};
    if (c)
        tokenise(comma + 1, &t);
    size_t i = mention_skip_honorifics(&t, 0), ns = i;
    while (i < t.n && t.v[i].type == T_WORD && !t.v[i].poss &&
           (uchar_is_upper_start(t.v[i].w) || (i > ns && lex_is(LEX_PARTICLE, t.v[i].w))))
        i++;
    size_t ne = i;
    if (i < t.n && t.v[i].type == T_END)
        i++;
    /* the name is no place or office ("London, United Kingdom") */
    for (size_t k = ns; c && k < ne; k++)
        if (mention_country_at(&t, k, &(const char *){NULL}) || lex_is(LEX_HEAD, t.v[k].w) ||
            lex_is(LEX_MODIFIER, t.v[k].w) || lex_is(LEX_DOMAIN, t.v[k].w))
            c = NULL;
    if (c && ne - ns >= 2 && ne - ns <= 6 && i == t.n && uchar_is_upper_start(t.v[ne - 1].w)) {
        struct buf nb;
        buf_init(&nb);
        for (size_t k = ns; k < ne; k++)
            buf_printf(&nb, "%s%s", k > ns ? " " : "", t.v[k].w);
        struct person p = {(char *)c, xstrdup(""), buf_take(&nb), 1};
        part_found_add(f, &p, NULL);
    }
    toks_free(&t);
    free(text);
}

/* The side a signing sentence names at its end from i on: "... for [the]
 * COUNTRY." with nothing after; NULL when there is none. */
static const char *signed_for(const struct toks *t, size_t i)
{
    for (size_t k = i; k + 1 < t->n; k++) {
        if (!toks_word_is(t, k, "for"))
            continue;
        size_t j = k + 1;
        if (toks_word_is(t, j, "the"))
            j++;
        const char *c = NULL;
        size_t n = mention_country_at(t, j, &c);
        if (n && (j + n == t->n || (j + n + 1 == t->n && t->v[j + n].type == T_END)))
            return c;
    }
    return NULL;
}

void part_signer(const char *text, struct found *f)
{
    if (!strstr(text, " signed ") || strlen(text) > 300)
        return;
    struct toks t = {0};
    tokenise(text, &t);
    size_t i = 0;
    struct person p;
    if (mention_any(&t, &i, 0, &p)) {
        /* the title's phrase may run on to the comma before the verb:
         * "A B, Minister for Education in the Ministry of ..., signed" */
        size_t k = i;
        while (k < t.n && k < i + 12 && t.v[k].type == T_WORD && !toks_word_is(&t, k, "signed"))
            k++;
        if (k < t.n && t.v[k].type == T_COMMA)
            k++;
        const char *c = toks_word_is(&t, k, "signed") ? signed_for(&t, k + 1) : NULL;
        if (c) {
            part_found_add(f, &p, p.delegation ? NULL : c);
        } else {
            free(p.title);
            free(p.name);
        }
    }
    toks_free(&t);
}

void part_signatory(const struct block *b, struct found *f)
{
    char *text = stmt_block_text(b);
    struct toks t = {0};
    if (strlen(text) < 200)
        tokenise(text, &t);
    const char *c = NULL;
    size_t n = t.n ? mention_country_at(&t, 0, &c) : 0;
    size_t i = n + 1;
    struct person p;
    if (n && i < t.n && t.v[n].type == T_COLON && mention_any(&t, &i, 0, &p)) {
        /* the line is the entry and nothing else ("... Title." at most) */
        if (i == t.n || (i + 1 == t.n && t.v[i].type == T_END))
            part_found_add(f, &p, p.delegation ? NULL : c);
        else {
            free(p.title);
            free(p.name);
        }
    }
    toks_free(&t);
    free(text);
}

/* Whether one of the first blocks of st calls the person of surname sur
 * by it after an honorific or as a speaker's label ("MS. NULAND:", "Mr
 * McCully says"). */
static int surname_addressed(const struct statement *st, const char *sur)
{
    static const char *const hon[] = {"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms ", "Mrs ",
                                      "MR. ", "MS. ", "MRS. ", "DR. ", NULL};
    char *up = xstrdup(sur);
    for (char *p = up; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    int found = 0;
    for (size_t b = 0; b < st->nblocks && b < 12 && !found; b++) {
        char *text = stmt_block_text(&st->blocks[b]);
        for (int i = 0; hon[i] && !found; i++)
            for (const char *s = text; !found && (s = strstr(s, hon[i])); s++) {
                const char *w = s + strlen(hon[i]);
                size_t n = strlen(sur);
                unsigned char c = (unsigned char)w[n];
                found = (!strncmp(w, sur, n) || !strncmp(w, up, n)) && !isalpha(c) && c < 0x80;
            }
        free(text);
    }
    free(up);
    return found;
}

void part_named_issuer(const struct statement *st, struct found *f, const char *deleg)
{
    char *name = st->office ? rec_person_line(st->office) : NULL;
    const char *sur = name ? strrchr(name, ' ') : NULL;
    if (name && !strcmp(name, st->office) && sur && surname_addressed(st, sur + 1)) {
        struct person p = {NULL, xstrdup(""), name, 0};
        part_found_add(f, &p, deleg);
        return;
    }
    free(name);
}
