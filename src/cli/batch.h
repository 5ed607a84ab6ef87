/* batch.h -- typesetting many inputs in one process with N workers.
 *
 * Each worker keeps its own fonts (parsed once, reused for every document it
 * typesets); the layout is shared read-only.  Failures are reported per file
 * and do not stop the batch.  Ownership: inputs stay the caller's.
 */
#ifndef IMPRINT_BATCH_H
#define IMPRINT_BATCH_H

#include <stddef.h>

#include "cli/run.h"

/* Typeset inputs[0..n) with jobs workers.  progress: print a progress line
 * on standard error; summary: print a one-line summary at the end.  Returns
 * the worst exit status of any input. */
int batch_run(const struct run_shared *sh, char **inputs, size_t n, int jobs,
              int progress, int summary);

/* Expand a folder into its *.txt, *.md, *.html, *.htm, *.rss and *.atom
 * files, sorted; other paths are
 * kept as they are.  Returns a new array (caller frees each and the array),
 * or NULL after an error (folder unreadable or empty). */
char **batch_expand(char **args, size_t nargs, size_t *nout);

#endif
