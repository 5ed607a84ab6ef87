/* participants.h -- finds the people taking part in a statement (the issuing
 * side named in the full title, counterparts named in the body) and splits
 * each into delegation, title and name.
 *
 * Ownership: part_extract appends rows to s->parts (owned by s, freed by
 * stmt_free); it reads but never changes the other members of s.
 */
#ifndef IMPRINT_PARTICIPANTS_H
#define IMPRINT_PARTICIPANTS_H

#include "model/statement.h"

/* Append the participants recognised in s's titles, place and first body
 * blocks to s->parts, deduplicated, issuing delegation first. */
void part_extract(struct statement *s);

/* Whether line s is a whole byline "NAME, [COUNTRY] TITLE"
 * ("Yair Lapid, Israeli Foreign Minister"). */
int part_is_byline(const char *s);

/* The person an attribution or preface line names as issuing the text
 * ("The following is attributable to Spokesperson A B:", "Press Secretary
 * A B provided the following readout:"): 1 and *title, *name (fresh, the
 * caller frees them) and *delegation (a static string of the lexicon, or
 * NULL when the line names no country); 0 when line is no such line. */
int part_attribution(const char *line, char **title, char **name,
                     const char **delegation);

/* The country a demonym, country name or capital names ("Israeli",
 * "Mexico City", "Mexico"), or NULL.  Static string. */
const char *part_country_of(const char *word);

#endif
