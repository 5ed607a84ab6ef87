/* recognise.h -- the scraped-text front end: text copied from a government
 * web page (banner, short title, date, full title, kind, office, place,
 * date, body) into the statement model, participants included.
 *
 * Ownership: the caller owns *out and frees it with stmt_free.
 */
#ifndef IMPRINT_RECOGNISE_H
#define IMPRINT_RECOGNISE_H

#include "base/exit.h"
#include "model/statement.h"
#include "read/text.h"

/* Recognise t into out (initialised here).  Returns EXIT_OK, or EXIT_INPUT
 * after an error message when nothing statement-like can be recognised. */
int rec_recognise(const struct text *t, struct statement *out);

#endif
