/* fontembed.h -- imprint's own font objects: a font subset to the glyphs a
 * document uses (hb-subset, glyphs renumbered), written as Type0 +
 * CIDFontType2 with /CIDToGIDMap /Identity, /W for the used glyphs, a full
 * FontDescriptor (with /CIDSet for PDF/A-1) and a ToUnicode CMap.
 *
 * Use: fe_new per font, fe_use for every glyph shown (with the characters it
 * stands for), fe_write once, then fe_cid to get the code to show for an
 * original glyph id.  Ownership: the caller frees with fe_free; the written
 * objects belong to the HPDF_Doc.
 */
#ifndef IMPRINT_FONTEMBED_H
#define IMPRINT_FONTEMBED_H

#include <stddef.h>
#include <hpdf.h>

#include "style/fonts.h"

struct fe_font;

struct fe_font *fe_new(const struct font *f);
/* Record glyph gid as used, standing for utf8[0..len) (may be empty: the
 * first non-empty text recorded for a glyph wins). */
void fe_use(struct fe_font *fe, unsigned gid, const char *utf8, size_t len);
/* Subset and write the font objects into doc.  pdfa_part is 0 (none), 1 or 2.
 * Returns the Type0 font dictionary, or NULL after an error message. */
HPDF_Dict fe_write(struct fe_font *fe, HPDF_Doc doc, int pdfa_part);
/* CID (= glyph id in the subset) for original glyph gid; valid after
 * fe_write. */
unsigned fe_cid(const struct fe_font *fe, unsigned gid);
void fe_free(struct fe_font *fe);

#endif
