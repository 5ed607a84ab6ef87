/* part_found.h -- the mentions participant recognition has found so far,
 * and the finders of part_blocks.c that add to them.  Internal to
 * src/recognise.
 *
 * Ownership: a struct found owns its array and each person's title and
 * name (the caller frees them); a person's delegation is a static string
 * (of the lexicon, or a marker of participants.c), never freed.  Blocks
 * and texts handed to the finders are only read. */
#ifndef IMPRINT_PART_FOUND_H
#define IMPRINT_PART_FOUND_H

#include <stddef.h>
#include <stdlib.h>

#include "base/util.h"
#include "model/statement.h"
#include "recognise/mention.h"

struct found {
    struct person *v;
    size_t n, cap;
    int general;  /* 1: the catch-all finder reads the sentences added to f */
};

/* Append *p to f (which takes its title and name), with delegation deleg
 * when the mention names none. */
static inline void part_found_add(struct found *f, struct person *p, const char *deleg)
{
    if (!p->delegation)
        p->delegation = (char *)deleg;
    xgrow(&f->v, &f->cap, f->n + 1, sizeof *f->v);
    f->v[f->n++] = *p;
}

/* Move the mentions of *from into f when keep, else free them; *from's
 * array is freed either way. */
static inline void part_found_take(struct found *f, struct found *from, int keep)
{
    for (size_t j = 0; j < from->n; j++) {
        if (keep) {
            part_found_add(f, &from->v[j], NULL);
        } else {
            free(from->v[j].title);
            free(from->v[j].name);
        }
    }
    free(from->v);
}

/* The speaker a transcript's paragraph text opens with ("A B, Minister of
 * X:", "SECRETARY OF X A B:"), of the country the mention names, else
 * deleg; returns 1 when the paragraph opens with a speaker. */
int part_speaker(const char *text, const char *deleg, struct found *f);

/* The office when it is a name alone ("Victoria Nuland") and the text
 * calls the person by surname ("MS. NULAND:", "Mr McCully says"): the
 * issuer, untitled, of deleg. */
void part_named_issuer(const struct statement *st, struct found *f, const char *deleg);

/* A list item that is a whole byline ("Senator A B, Special Envoy for
 * ..."): its person, of the country the mention names (else unknown). */
void part_item_byline(const struct block *b, struct found *f);

/* An attendance or signatory list entry "COUNTRY, [honorifics] NAME":
 * its person, of that country, without a title. */
void part_attendee(const struct block *b, struct found *f);

/* A signatory line "COUNTRY: [honorifics] NAME, TITLE" or "COUNTRY:
 * TITLE NAME" and nothing else: its person, of that country (unless the
 * mention names one). */
void part_signatory(const struct block *b, struct found *f);

/* A signing paragraph "A B, TITLE, signed the joint statement ... for
 * COUNTRY.": its person, of that country (unless the mention names one). */
void part_signer(const char *text, struct found *f);

/* The last checks (part_clean.c). */
/* Drop the persons of v[0..n) given only by a surname, freeing them;
 * returns how many are left (at the start of v). */
size_t part_drop_surnames(struct person *v, size_t n);

/* Cut from each title of v[0..n) another person's name of two words or
 * more and what comes before it ("Minister of Trade A B Ambassador"
 * beside the person A B gives "Ambassador"). */
void part_cut_named_titles(struct person *v, size_t n);

/* The issuing side (part_side.c). */
/* Whether title names an office the United States government has none
 * of ("Foreign Minister", "Premier", "High Commissioner"). */
int part_foreign_office(const char *title);
/* The country that issues st as the statement itself says it: the one its
 * agency or its office names ("Ministry of Foreign Affairs of Japan"), an
 * office that is no byline, or an issuing body or site of the lexicon
 * ("Foreign Office", "GOV.UK") in those, in the lines dropped around the
 * text or in the preface; NULL when none says. */
const char *part_issuer_named(const struct statement *st);
/* The side of person p of the issuing side when st names no issuer: the
 * one government that has the office ("Foreign Secretary"), the United
 * States for any office it has too (the default layout's issuer), else
 * the country the headline's compound or the body's issuing body names;
 * NULL when none does (no guess). */
const char *part_unnamed_side(const struct person *p, const struct statement *st);

/* Where a body sentence's subject starts (part_subject.c): after an item
 * number, a run-in dateline or date a dash closes, and introductory
 * phrases a comma closes ("Today,", "On 20 April,"). */
size_t part_subject_start(const struct toks *s);
/* Whether word w numbers a paragraph or list item ("1.", "2)", "(a)"). */
int part_item_number(const char *w);
/* After a subject at comma i, an apposition a second comma closes before
 * a verb of taking part ("A B, C's envoy, met"): that verb's index, else i. */
size_t part_after_apposition(const struct toks *s, size_t i);
/* The country sentence s opens in ("In Tirana on June 30, ..."), not the
 * United States; NULL when none. */
const char *part_visited_country(const struct toks *s);
/* Whether s, from its subject at k, is a named subject of capitalised
 * words and a verb of taking part with "with" after it ("Secretary Doe
 * met with ..."). */
int part_named_subject_acts(const struct toks *s, size_t k);
/* Whether a verb of taking part (it met, spoke, travelled, hosted ...)
 * follows at i, after auxiliaries and adverbs. */
int part_acts(const struct toks *t, size_t i);
/* At a bracket i after a sentence's subject, a list of names each with
 * its country before a verb of taking part or issuing ("The Co-Chairs (A
 * B of France, C D of Peru) released ..."): its persons into *f. */
void part_bracket_names(const struct toks *s, size_t i, struct found *f);
/* Whether an honorific ("H.E.", "His Excellency") opens a mention of the
 * form NAME, TITLE at i ("H.E. A B, Minister of Foreign Affairs of X"). */
int part_honoured_mention(const struct toks *s, size_t i);
/* Whether "to" and a verb follow i in sentence s: "calls on A B to
 * release ..." urges, it reports no call ("to the Ministry" does not). */
int part_call_urges(const struct toks *s, size_t i);

/* "Ministers A B and C D" at i: names alone under a head in the plural,
 * two or more, each added to f with the head in the singular
 * ("Secretaries" as "Secretary", "Congressmen" as "Congressman") and
 * side deleg; returns the token after them, or i (part_subject.c). */
size_t part_plural_heads(const struct toks *t, size_t i, const char *deleg, struct found *f);

/* The catch-all finder (part_general.c): in sentence s, when it reports
 * who took part, each mention with a title and a full name f does not
 * hold yet, up to the sentence's topic; of the country it names, else of
 * delegation unknown. */
void part_general(const struct toks *s, struct found *f, const char *unknown);
/* Whether every word of name a is a word of name b, ignoring case, or the
 * initial of one: "Sheikh Bin Zayed" in "Sheikh Abdullah bin Zayed Al
 * Nahyan", "Dr. S. Jaishankar" in "Dr. Subrahmanyam Jaishankar". */
int part_name_within(const char *a, const char *b);
/* Whether the catch-all finder may read st: 0 for spoken text (a kind or
 * title of a briefing, transcript, speech, interview). */
int part_general_reads(const struct statement *st);
#endif
