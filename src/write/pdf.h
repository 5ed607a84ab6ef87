/* pdf.h -- the write stage: pages into a PDF (PDF/A by default) through
 * libharu plus imprint's own font, metadata, output-intent and identifier
 * objects.  It makes no layout decisions.
 *
 * The file is written atomically (write/atomic.h): to a temporary file in
 * the target folder, flushed, fsync'ed and renamed over the target, so an
 * existing file at the path is replaced only by a complete new one.
 */
#ifndef IMPRINT_PDF_H
#define IMPRINT_PDF_H

#include <stddef.h>
#include <time.h>

#include "style/fonts.h"
#include "model/pages.h"
#include "model/statement.h"

/* PDF/A levels: the A ("accessible") conformance levels need the tags. */
enum pdf_pdfa { PDFA_NONE, PDFA_1B, PDFA_2B, PDFA_2U, PDFA_1A, PDFA_2A };

struct buf;
/* A signer for the PDF's signature field (write/sigfield.h).  sign gets
 * the finished file as two ranges, everything but the /Contents hex
 * string, and appends to der the DER of a detached CMS signature over
 * their concatenation; it returns EXIT_OK, or an exit status after its
 * own message.  The writer knows no cryptography. */
struct pdf_seal {
    size_t reserve;   /* bytes of DER the /Contents string keeps room for */
    int (*sign)(void *ctx, const unsigned char *a, size_t alen,
                const unsigned char *b, size_t blen, struct buf *der);
    void *ctx;
};

struct pdf_options {
    enum pdf_pdfa pdfa;
    time_t when;            /* CreationDate/ModDate */
    int utc;                /* 1: write the date in UTC (SOURCE_DATE_EPOCH) */
    unsigned char id[16];   /* file identifier (hash of input and options) */
    const char *icc_path;   /* sRGB ICC profile */
    const char *agency;     /* layout's agency, when the statement has none */
    const struct pdf_seal *seal;  /* sign the file; NULL: unsigned */
    int untagged;           /* 1: no structure tree (layout `tagged: false`;
                               never at level 1a or 2a) */
    int pdfua;              /* 1: PDF/UA-1 identification in the XMP (layout
                               `pdfua`, on by default; tagged PDF/A only) */
};

/* Metadata strings, built from the statement (pdf_meta_build) and written
 * identically into Info and XMP.  Owned by the struct; pdf_meta_free. */
struct pdf_meta {
    char *title, *author, *subject, *keywords, *creator, *producer;
    char *language, *date, *kind;
};

/* Longest text string (UTF-8 bytes) imprint writes into the PDF's
 * metadata and bookmarks: as UTF-16 it stays under PDF/A's and libharu's
 * 65,535-byte string limit.  pdf_meta_build cuts longer strings (with a
 * warning) and adds an ellipsis; the page keeps the whole text. */
#define PDF_TEXT_MAX STMT_META_MAX
/* Bytes of s to keep to cut it to at most max bytes on a character
 * boundary (strlen(s) when it is shorter). */
size_t pdf_text_cut(const char *s, size_t max);

void pdf_meta_build(const struct statement *s, const char *agency,
                    struct pdf_meta *m);
void pdf_meta_free(struct pdf_meta *m);

/* Write d to path.  Returns EXIT_OK, or EXIT_ENV (base/exit.h) after an
 * error message (nothing is left at path that was not there before). */
int pdf_write(const struct doc *d, const struct pdf_meta *meta,
              const struct fontset *fs, const struct pdf_options *opt,
              const char *path);

/* The same, appending the PDF to out (a struct buf from util.h) instead of
 * writing a file: for tests and fuzzing.  Returns EXIT_OK, or EXIT_ENV
 * after an error message (out may then hold nothing new). */
int pdf_write_mem(const struct doc *d, const struct pdf_meta *meta,
                  const struct fontset *fs, const struct pdf_options *opt,
                  struct buf *out);

/* Parse "1a", "1b", "2a", "2b", "2u", "none"; returns -1 if unknown. */
int pdf_pdfa_parse(const char *s);

#endif
