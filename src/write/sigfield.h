/* sigfield.h -- the signature field of a signed PDF: the objects that hold
 * a signature (a /Sig widget over the visible signature block typesetting
 * placed, its appearance the block's frame, or invisible with an empty
 * appearance; the catalog's /AcroForm with /SigFlags 3; and the signature
 * dictionary with
 * placeholders for /ByteRange and /Contents), and the step after
 * serialisation that fills the placeholders: /ByteRange gets the two
 * ranges around the /Contents hex string (the whole file but it), and
 * /Contents the CMS signature the caller's signer makes over them.
 *
 * The writer knows nothing of cryptography: struct pdf_seal (write/pdf.h)
 * brings the signer as a function.
 *
 * Ownership: the objects belong to the HPDF_Doc; struct sigfield is the
 * caller's and holds no memory.
 */
#ifndef IMPRINT_SIGFIELD_H
#define IMPRINT_SIGFIELD_H

#include <stddef.h>
#include <hpdf.h>

#include "model/pages.h"
#include "write/pdf.h"

/* The signature dictionary added to a document, to find after saving. */
struct sigfield {
    HPDF_Dict sig;        /* the /Type /Sig dictionary (indirect) */
    HPDF_Dict widget;     /* the field and its widget annotation */
};

/* Add the field to page and the catalog: visible over box when box->set
 * (the page is then box's), else invisible on the first page; date is the
 * signing time in the Info form (/M).  Returns HPDF_OK or libharu's
 * error. */
HPDF_STATUS sigfield_add(HPDF_Doc pdf, HPDF_Page page, const struct pg_sigbox *box,
                         const struct pdf_seal *seal, const char *date,
                         struct sigfield *f);

/* Fill the placeholders in the saved file data[0..len) (libharu's xref
 * still holds the object offsets): /ByteRange, then the signature from
 * seal->sign.  Returns EXIT_OK, or EXIT_ENV after a message (name in it). */
int sigfield_seal(HPDF_Doc pdf, const struct sigfield *f, const struct pdf_seal *seal,
                  unsigned char *data, size_t len, const char *name);

#endif
