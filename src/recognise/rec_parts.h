/* rec_parts.h -- the pieces of the scraped-text recogniser, for
 * recognise.c; not part of the front end's API (that is recognise.h).
 *
 * Ownership: returned strings are fresh and the caller frees them; the
 * reasons (why) are static.
 */
#ifndef IMPRINT_REC_PARTS_H
#define IMPRINT_REC_PARTS_H

#include <stddef.h>

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
/* The same for a line after the body: also social links and site footers. */
const char *rec_footer_why(const char *s);

#endif
