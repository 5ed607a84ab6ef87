/* pdfa.h -- the PDF/A objects imprint writes itself instead of libharu 2.3.0
 * (see LIBHARU.md): the XMP metadata packet, the sRGB output intent, the
 * file identifier and the header version, plus the document date in its
 * Info and XMP forms.
 *
 * Ownership: pdfa_xmp returns a string the caller frees; the objects the
 * pdfa_add_* functions create belong to the HPDF_Doc.
 */
#ifndef IMPRINT_PDFA_H
#define IMPRINT_PDFA_H

#include <time.h>
#include <hpdf.h>

#include "write/pdf.h"

/* The date of `when` as Info wants it, "D:YYYYMMDDHHmmSS+HH'mm'", and as
 * XMP wants it, "YYYY-MM-DDTHH:mm:SS+HH:mm": the same instant with the same
 * explicit offset (+00'00' when utc, else the local offset). */
struct pdfa_date {
    char info[96];
    char xmp[96];
};
/* Returns 0, or -1 (d emptied) when the instant has no four-digit year. */
int pdfa_date(time_t when, int utc, struct pdfa_date *d);

/* PDF/A part (0 for none, 1, 2) and conformance letter ('A', 'B', 'U'). */
int pdfa_part(enum pdf_pdfa level);
char pdfa_conformance(enum pdf_pdfa level);

/* The XMP packet mirroring the Info entries of m and the date, with the
 * pdfaid entries of level (none for PDFA_NONE), and with ua set the PDF/UA-1
 * identification (pdfuaid:part 1) and, under PDF/A, the extension schema
 * that declares it.  Caller frees. */
char *pdfa_xmp(const struct pdf_meta *m, enum pdf_pdfa level,
               const struct pdfa_date *date, int ua);

/* Add packet as the catalog's unfiltered /Metadata stream. */
HPDF_STATUS pdfa_add_metadata(HPDF_Doc pdf, const char *xmp);
/* Load the ICC profile at icc_path (deflated) and add the catalog's
 * /OutputIntents.  Returns HPDF_OK or an error code (the caller reports). */
HPDF_STATUS pdfa_add_output_intent(HPDF_Doc pdf, const char *icc_path);
/* Put /ID [<id><id>] into the trailer. */
HPDF_STATUS pdfa_set_id(HPDF_Doc pdf, const unsigned char id[16]);
/* Header version: 1.4 for none and PDF/A-1, 1.7 for PDF/A-2. */
void pdfa_set_version(HPDF_Doc pdf, enum pdf_pdfa level);

#endif
