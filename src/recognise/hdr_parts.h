/* hdr_parts.h -- the pieces of header recognition shared by header.c (the
 * assignment of roles to lines), header_lines.c (the evidence one line
 * gives) and header_body.c (where the body lies); internal to recognise/.
 *
 * Ownership: functions returning char * return fresh strings the caller
 * frees; const char * results are static; struct hdr borrows its lines and
 * owns only stamp.
 */
#ifndef IMPRINT_HDR_PARTS_H
#define IMPRINT_HDR_PARTS_H

#include <stddef.h>

#include "recognise/mention.h"
#include "recognise/rec_parts.h"

/* The state of header recognition: the lines, the indices of the
 * non-blank ones, and where the reading is. */
struct hdr {
    struct statement *out;
    const struct rec_line *L;
    const size_t *nb;     /* indices of the non-blank lines */
    size_t k, j;          /* their count, the next one */
    const char *name;     /* file name, for messages */
    char *stamp;          /* a site clock's or feed's date, the last resort */
    int stamp_line;
    int year;             /* year for a day and month without one */
    size_t first;         /* the first line after the furniture above the title */
    int no_title;         /* the page starts with its issuer */
    size_t after_repost;  /* the line after a repost's preface, or 0 */
    signed char *ev;      /* rec_header_evidence of each line, -1 not yet known */
    signed char *fw;      /* whether each line is header furniture, -1 not yet known */
};

static inline const char *rec_cur(const struct hdr *h)
{
    return h->L[h->nb[h->j]].s;
}

static inline int rec_cur_no(const struct hdr *h)
{
    return h->L[h->nb[h->j]].no;
}

/* Header evidence and the headline (header_evidence.c). */
/* Why s is furniture in a header (the page's, or a press contact's
 * address or number), or NULL. */
const char *rec_hdr_furniture_why(const char *s);
/* Whether line i is evidence of a header: a date, kind, office, person
 * over their title, organisation, items on one line, a place over one. */
int rec_header_evidence(const struct hdr *h, size_t i);
/* Whether lines i, i+1 are a person over their title. */
int rec_person_over_title(const struct hdr *h, size_t i);
/* Line i is "TITLE NAME" alone over a place or a date line. */
int rec_titled_byline(const struct hdr *h, size_t i);
/* The first line from u on that is no furniture. */
size_t rec_past_furniture(const struct hdr *h, size_t u);
/* The headline header lines stand under, from line from; h->k if none. */
size_t rec_headline_over_header(const struct hdr *h, size_t from);
/* Without one, the best headline above the text's first sentence; h->j
 * when the text does not start within the first lines. */
size_t rec_title_above_text(const struct hdr *h);
/* Whether the header lines from u on name an issuer. */
int rec_issuer_under(const struct hdr *h, size_t u);

/* Line evidence (header_lines.c). */
int rec_is_date(const char *s);                 /* a line that is only a date */
const char *rec_kind_of(const char *s);         /* the kind a kind line names */
int rec_is_office(const char *s);               /* an office or a "Name, Title" */
int rec_is_full_title(const char *shrt, const char *cand);
int rec_is_speakers(const char *shrt, const char *cand);
char *rec_clip(const char *s, size_t max);      /* at most max bytes, "..." */
/* Append line s to out->preface (a line of its own). */
void rec_add_preface(struct statement *out, const char *s);
int rec_context_year(const struct rec_line *L, const size_t *nb, size_t k);
int rec_title_like(const char *s);              /* a headline, not a sentence */
int rec_org_line(const char *s);                /* an organisation's name */
int rec_press_office(const char *s);            /* "DHS Press Office" */
size_t rec_org_country_prefix(const char *s);   /* "India - " before an organisation */
/* "Name, Title" of a title's "by TITLE NAME ..." line, or NULL. */
char *rec_by_line_issuer(const char *s);
/* "Name, Title" of mention p (a title, a name of two words or more), else
 * NULL; caller frees. */
char *rec_name_title(const struct person *p);
/* The issuer a mention "TITLE NAME" opening s names (with whole, all of s),
 * read as a headline when headline, as "Name, Title"; NULL.  Caller frees. */
char *rec_mention_issuer(const char *s, int headline, int whole);
/* The speaker of "Remarks by TITLE NAME at ...", "TITLE NAME's Remarks",
 * as "Name, Title", or NULL. */
char *rec_title_issuer(const char *title);
/* The issuer of "STATEMENT BY A B, TITLE" (kind into *kind), or NULL. */
char *rec_kind_by(const char *s, const char **kind);
/* The issuer of "As delivered by TITLE NAME", as "Name, Title", or NULL. */
char *rec_delivered_by(const char *s);
/* The place of "to the Permanent Council, Vienna", or NULL. */
char *rec_venue_then_place(const char *s);
/* A summary sentence over "From:" and "Published" fields (GOV.UK). */
int rec_summary_over_fields(const struct rec_line *L, const size_t *nb, size_t k, size_t j);
size_t rec_category_prefix(const char *s, const char **kind);
char *rec_person_line(const char *s);           /* a name alone, or NULL */
int rec_person_title_line(const char *s);       /* a person's title alone */
int rec_venue_line(const char *s);              /* a room, hall, hotel */
int rec_release_note(const char *s);            /* "For Immediate Release" */
/* The office a "CONTACT OFFICE OF ..." line names, or NULL.  Caller frees. */
char *rec_contact_office(const char *s);
size_t rec_repost_suffix(const char *s);        /* " [January 2024]" */
/* The length of what a site or post adds after a headline (a repost
 * date, links, " | Site Name"), with its space; *why says which; 0. */
size_t rec_title_tail(const char *s, const char **why);
char *rec_posted_date(const char *s, int year); /* "Published March 3, 2019" (dates.c) */
/* A date, a time, then a place or venue ("Monday, May 3, 2021, 9:43 p.m.
 * London"): the date, *rest the text after the time (dates.c). */
char *rec_date_time_rest(const char *s, int year, const char **rest);

/* Header items run together on one line, each one a piece (glued.c):
 * the count of pieces (2 or more) and *pieces, fresh strings in a fresh
 * array the caller frees; 0 when s is no such line. */
size_t rec_glued_split(const char *s, char ***pieces);

/* Header items on one line (header_items.c): each returns 1 when s is
 * such a line and, with fill, puts its items into the fields still empty. */
int rec_squeezed_items(const struct hdr *h, const char *s, int fill);
int rec_run_together_items(const struct hdr *h, const char *s, int fill);
int rec_kind_and_date(const struct hdr *h, const char *s, int fill);
int rec_place_and_date(const struct hdr *h, const char *s, int fill);
int rec_date_then_place(const struct hdr *h, const char *s, int fill);
/* A repost's note over a dateline alone, when the header gave no date:
 * the note to the preface, the dateline to place and date; returns the
 * line after them, or i. */
size_t rec_dateline_under_note(struct hdr *h, size_t i);
/* The start of the date closing s (" December 1, 2019"), or NULL. */
const char *rec_date_suffix(const char *s, int year);

/* The title when no header lines stand under it (header_title.c). */
/* The index of the body's first sentence (12 words or more) in [from, upto), or upto. */
size_t rec_body_start(const struct hdr *h, size_t from, size_t upto);
/* How many lines after line t repeat it broken over them (2 to 4), or 0. */
size_t rec_split_repeat(const struct hdr *h, size_t t);
/* The length of a date and a dash opening headline s ("27 Sep. 2021 -
 * Week of ..."), *iso the date unless iso is NULL (caller frees); 0
 * when none. */
size_t rec_date_prefix(const struct hdr *h, const char *s, char **iso);
/* How much line i looks like the page's title, against the body's first
 * line body: its length, the words it shares with it, a repeat. */
int rec_headline_score(const struct hdr *h, size_t i, size_t body);

/* The end of the text (header_end.c): a posting date in the lines [e-1,
 * foot+8) fills the date (the line at e-1 leaves the body); a sign-off
 * under the last paragraph becomes the closing.  Each returns the new
 * end of the body. */
size_t rec_posted_at_end(struct hdr *h, size_t j, size_t e, size_t foot);
size_t rec_signoff_at_end(struct hdr *h, size_t j, size_t e);

/* Body bounds (header_body.c). */
size_t rec_take_preface(struct hdr *h, size_t j);
size_t rec_run_in_header(struct hdr *h, size_t j, size_t *cut);
size_t rec_body_end(struct hdr *h, size_t from);
size_t rec_take_closing(struct hdr *h, size_t j, size_t e);
void rec_report_dropped(struct hdr *h, size_t e);
void rec_little_body(struct hdr *h, size_t j, size_t e);
/* Whether s is a heading of the notes for editors ("Notes to editors"),
 * above which the body ends (furniture.c, rows of furniture.def). */
int rec_notes_heading(const char *s);

#endif
