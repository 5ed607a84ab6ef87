/* feedjobs.h -- feeds among the inputs: each feed is parsed once (in the
 * main thread, before the workers start) and replaced by one job per item;
 * a worker typesets a job's item into NAME.pdf, NAME the item's slug.
 *
 * Ownership: the parsed feeds are this module's until feedjobs_free; the
 * job strings feedjobs_expand returns are the caller's (like
 * batch_expand's).
 */
#ifndef IMPRINT_FEEDJOBS_H
#define IMPRINT_FEEDJOBS_H

#include <stddef.h>

#include "cli/run.h"

/* Replace each feed among inputs[0..n) (by extension, or every input when
 * from is "feed") by its items' jobs; frees the replaced strings.  A feed
 * that cannot be read is reported and left out, *worst then raised to its
 * status.  Returns the new array (caller frees it and each string), its
 * length in *nout. */
char **feedjobs_expand(char **inputs, size_t n, const char *from, size_t max_input,
                       size_t *nout, int *worst);

/* 1 if input is a job feedjobs_expand made. */
int feedjobs_is_job(const char *input);

/* Typeset (or print) a job's item; a failure is reported with the feed and
 * the item's number.  Returns its exit status. */
int feedjobs_run(const struct run_shared *sh, struct run_worker *w, const char *input);

/* Release the parsed feeds. */
void feedjobs_free(void);

#endif
