/* rec_parts.h -- the pieces of the scraped-text recogniser, for
 * recognise.c; not part of the front end's API (that is recognise.h).
 *
 * Ownership: returned strings are fresh and the caller frees them; the
 * reasons (why) are static.
 */
#ifndef IMPRINT_REC_PARTS_H
#define IMPRINT_REC_PARTS_H

#include <stddef.h>

#include "model/statement.h"

/* One input line: normalised text (whitespace runs collapsed, trimmed) and
 * the indentation it had. */
struct rec_line {
    char *s;
    int indent;  /* leading blanks in the raw line */
    int no;      /* 1-based line number */
};

/* Where the body lies, as indices into the non-blank lines: [from, to);
 * first_line (an index into the lines) is where the header was read from;
 * cut, the run-in dateline the PDF's dateline prints again. */
struct rec_body {
    size_t from, to, first_line;
    size_t cut;  /* bytes of a run-in dateline to leave out of line from */
};

/* Read the header of lines L (nb: the indices of the k non-blank ones) into
 * out: title, kind, office, place, date, the lines left out (dropped), and
 * the messages about them; *body gets where the body lies.  Returns
 * EXIT_OK, or EXIT_INPUT after an error when there is no statement text
 * (out then holds what was read; the caller frees it).  (header.c) */
int rec_header(struct statement *out, const struct rec_line *L, const size_t *nb,
               size_t k, const char *name, struct rec_body *body);
/* An attribution or preface line (next, the line after it, may be NULL). */
int rec_preface_line(const char *s, const char *next);
/* The kind of the list a title states, unless it announces one; or NULL. */
const char *rec_kind_in_title(const char *t);
/* The kind a preface names, then the participants (cut to
 * STMT_MAX_PARTICIPANTS with a warning naming the input name).  (recognise.c) */
void rec_people(const char *name, struct statement *out);
/* The kind a preface at the head of the body names, when out has none. */
void rec_preface_kind(struct statement *out);

/* Line predicates shared by header and body (header.c, recognise.c). */
size_t rec_count_words(const char *s);
int rec_ends_with_punct(const char *s);
/* A dateline place: "Washington, DC", "Berlin, Germany", a country. */
int rec_is_place(const char *s);
/* Length of the list marker at the start of s, 0 if none; *numeric tells
 * whether it is a number. */
size_t rec_list_marker(const char *s, int *numeric);

/* 1 when y-m-d is a day of the calendar (1900..2100). */
int rec_valid_date(int y, int m, int d);
/* ISO date of a line that is only a date, in any form a page writes one
 * ("February 23, 2017", "Dec. 7, 2010", "23 FEBRUARY 2017", "13/11/2019",
 * "(11.02.2021)", "2018-04-22T17:29:23+01:00", "02/16/2025 12:01 AM EST",
 * "Monday, July 29, 2024", "Published: ..."); a day and month without a
 * year take year_ctx (0: not a date).  *stamp (may be NULL) is set to 1
 * when the line looks like a site clock or feed stamp (a weekday, an
 * "Updated" label, an ISO time), else 0.  NULL when s is no date line. */
char *rec_date_line(const char *s, int year_ctx, int *stamp);
/* The length of the label opening date line s ("Published on ", "For
 * Immediate Release | "), or 0 (dates.c). */
size_t rec_date_label(const char *s);
/* 1 when s is a date line by its form whose day is not in the calendar
 * ("February 30, 2017", "31/04/2020"). */
int rec_date_impossible(const char *s);
/* 1 when s is only a time of day and a zone ("2:42 p.m. EDT", "10:05 AM"). */
int rec_time_line(const char *s);
/* ISO date of the first full date (with its year) inside s, or NULL; *at
 * and *len (may be NULL) get its offset and length. */
char *rec_date_in(const char *s, size_t *at, size_t *len);

/* ISO date of the date s starts with (a day and month without a year take
 * year_ctx), its length in *len (may be NULL); NULL when s starts with no
 * date. */
char *rec_date_at(const char *s, int year_ctx, size_t *len);

/* Why line s is site furniture ("web banner", "site menu", "tag line" ...),
 * or NULL when it is not. */
const char *rec_furniture_why(const char *s);
/* A press contact's line: an e-mail address or a telephone number alone
 * ("press@example.gov", "TEL: 202-555-0143"); furniture in a header only. */
int rec_contact_line(const char *s);
/* The same for a line after the body: also social links and site footers. */
const char *rec_footer_why(const char *s);
/* 2 when s is a mark that ends the release wherever it stands ("###",
 * "- 30 -"), 1 when a mark that closes the text when only furniture
 * follows ("End text"), 0 when s is no such mark. */
int rec_closing_mark(const char *s);

#endif
