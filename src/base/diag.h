/* diag.h -- the message catalogue: every error, warning and note imprint
 * prints has a stable identifier, a level and a format, declared in one of
 * the msg-*.def files (one per stage) and printed only through diag().
 *
 * Output format (standard error):
 *     imprint: FILE:LINE:COL: LEVEL: MESSAGE [IDENT]
 * where ":LINE:COL" (or ":LINE") is left out when unknown (0) and "FILE:" when
 * no file applies.  IDENT is the message's stable identifier, e.g.
 * "utf8-invalid".
 *
 * Each .def line is  MSG(ENUM, LEVEL, "ident", "printf format")  with LEVEL one
 * of NOTE, WARNING, ERROR.  Ownership: diag() copies nothing it keeps.
 */
#ifndef IMPRINT_DIAG_H
#define IMPRINT_DIAG_H

#include <stdio.h>

enum diag_level { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR };

enum diag_id {
#define MSG(id, level, ident, fmt) id,
#include "base/msg-main.def"
#include "base/msg-read.def"
#include "base/msg-recognise.def"
#include "base/msg-source.def"
#include "base/msg-layout.def"
#include "base/msg-fonts.def"
#include "base/msg-typeset.def"
#include "base/msg-pdf.def"
#include "base/msg-html.def"
#include "base/msg-sign.def"
#undef MSG
    DIAG_COUNT
};

/* Print message id about file:line:col (file may be NULL, line/col 0). */
void diag(enum diag_id id, const char *file, int line, int col, ...);

/* Settings: quiet drops notes and warnings (errors always print); stream
 * defaults to stderr.  Tests point it at a memory stream. */
void diag_set_quiet(int quiet);
void diag_set_stream(FILE *f);

/* Counts since the last diag_reset(), per level. */
int diag_count(enum diag_level level);
void diag_reset(void);

/* Catalogue queries (for tests and --help): level and identifier of an id. */
enum diag_level diag_level_of(enum diag_id id);
const char *diag_ident(enum diag_id id);
const char *diag_format(enum diag_id id);

#endif
