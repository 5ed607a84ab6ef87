/* names.h -- the proper names a statement names, for typesetting: the words
 * no line may hyphenate (the participants' names and delegations, the place,
 * and every country, demonym or other country name the text mentions).
 *
 * Ownership: rec_names adds copies to s->names (owned by s, freed by
 * stmt_free); it reads but never changes the other members of s.
 */
#ifndef IMPRINT_NAMES_H
#define IMPRINT_NAMES_H

#include "model/statement.h"

/* Fill s->names from s's participants, place, titles and blocks.  Called
 * once a front end has built s, before it is typeset. */
void rec_names(struct statement *s);

#endif
