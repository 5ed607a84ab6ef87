/* typeset.h -- the typeset stage: statement + layout + fonts into pages of
 * positioned glyph runs, rules and anchors (pages.h).  All typographic
 * decisions are made here; nothing here calls libharu.
 *
 * Ownership: *out is initialised and filled here; the caller frees it with
 * doc_free.  Fonts are loaded into fs as needed (fs stays the caller's).
 */
#ifndef IMPRINT_TYPESET_H
#define IMPRINT_TYPESET_H

#include "style/fonts.h"
#include "typeset/hyphen.h"
#include "style/layout.h"
#include "model/pages.h"
#include "model/statement.h"

struct ts_options {
    const char *source_name;  /* input name, for warnings */
    const char *fingerprint;  /* short input fingerprint for the footer, or NULL */
    int first_fit;            /* 1: greedy line breaking (for comparison) */
    const char *qr;           /* text of a QR code in every footer, or NULL */
    const char *sigblock;     /* lines ("\n" between) of a visible signature
                                 block after the text, framed, its place
                                 recorded in doc.sigbox; or NULL */
    int signed_field;         /* 1: the file gets a signature field (a Form
                                 element, doc.sigbox.form) */
};

/* Returns EXIT_OK, or EXIT_ENV when a font cannot be loaded (message
 * printed); the values are base/exit.h's. */
int ts_typeset(const struct statement *s, const struct layout *lay,
               struct fontset *fs, const struct ts_options *opt,
               struct doc *out);

/* The same with hyphenation patterns the caller opened once (hy_open) and
 * keeps for many documents; hy NULL: opened and closed for this call, which
 * costs a few milliseconds.  hy stays the caller's. */
int ts_typeset_hy(const struct statement *s, const struct layout *lay,
                  struct fontset *fs, const struct ts_options *opt,
                  struct hy_dict *hy, struct doc *out);

/* Append to copy the footer's copy line for s: kind, date and "SHA-256
 * FINGERPRINT", as there are, joined by middle dots (what --fingerprint
 * prints, so a paper copy can be checked against the text). */
struct buf;
void ts_copy_line(const struct statement *s, const char *fingerprint, struct buf *copy);

/* Ask, through fs, where each face lay's roles may need is, so that the
 * answers are remembered before a batch's workers start (fonts_ask). */
void ts_fonts_prepare(struct fontset *fs, const struct layout *lay);

#endif
