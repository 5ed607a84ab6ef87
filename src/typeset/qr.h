/* qr.h -- the footer's optional QR code (--qr): text encoded with
 * libqrencode and drawn as vector rectangles, no image and no
 * transparency, so the page stays valid PDF/A.
 *
 * Ownership: the rules are added to the page (the page's); nothing kept.
 */
#ifndef IMPRINT_QR_H
#define IMPRINT_QR_H

#include "model/pages.h"

/* Draw text's QR code on p, its quiet zone (4 modules a side) ending at
 * right and its modules starting at bottom, modules of at most 1 pt and
 * small enough that the code with its quiet zone fits in room.  Returns
 * the code's width in points (0 when it cannot be encoded). */
double ts_qr(struct page *p, double right, double bottom, double room, const char *text);

#endif
