/* hbmem.h -- HarfBuzz objects under the program's memory-failure policy.
 * HarfBuzz reports a failed allocation by handing back its empty object
 * (or NULL for the *_or_fail calls); these wrappers tell that apart from a
 * font that is merely bad, and end the run through xalloc_failed (base/util.h)
 * when memory ran out, so that a full memory never reads as a bad font.
 *
 * Ownership: every object returned is the caller's, as from the HarfBuzz
 * call it wraps.
 */
#ifndef IMPRINT_HBMEM_H
#define IMPRINT_HBMEM_H

#include <hb.h>

/* The file at path as a blob, or NULL when it is no readable regular file.
 * A file that can be opened but not mapped or read is a memory failure. */
hb_blob_t *hbmem_blob_from_file(const char *path);
/* Face index of blob (never the empty face for a non-empty blob). */
hb_face_t *hbmem_face(hb_blob_t *blob, unsigned index);
/* Whether face's table directory lists tag (allocates nothing). */
int hbmem_has_table(hb_face_t *face, hb_tag_t tag);
/* Table tag of face (the empty blob when the face has no such table). */
hb_blob_t *hbmem_table(hb_face_t *face, hb_tag_t tag);
/* The face's glyph count; 0 for a font that has no glyphs or no readable
 * maxp table.  A count of 0 from HarfBuzz where the maxp table itself
 * gives more is HarfBuzz's failed allocation: xalloc_failed. */
unsigned hbmem_glyph_count(hb_face_t *face);
/* A font object for face (never the empty font). */
hb_font_t *hbmem_font(hb_face_t *face);
/* A fresh shaping buffer (never the empty buffer). */
hb_buffer_t *hbmem_buffer(void);
/* Ends the run when shaping into buf could not allocate what it needed. */
void hbmem_check_buffer(hb_buffer_t *buf);

#endif
