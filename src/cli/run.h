/* run.h -- typesetting one input from start to finish (read, recognise or
 * parse, typeset, write), with what several inputs of one run share.
 *
 * Ownership: a struct run_shared is filled once (layout) and read by all
 * workers; each worker owns a struct run_worker (its fonts and hyphenation
 * patterns) and frees it with run_worker_free.  Options are the caller's and outlive both.
 */
#ifndef IMPRINT_RUN_H
#define IMPRINT_RUN_H

#include <stddef.h>
#include <time.h>

#include "base/exit.h"
#include "style/fonts.h"
#include "typeset/hyphen.h"
#include "style/layout.h"
#include "write/pdf.h"

enum run_mode { MODE_PDF, MODE_JSON, MODE_PAGES, MODE_STATS, MODE_IMPORT, MODE_FINGERPRINT };

struct run_options {
    const char *output;      /* -o FILE|DIR, or NULL */
    const char *layout;      /* -l NAME|FILE, or NULL for the default */
    const char *pdfa;        /* --pdfa, or NULL for the layout's */
    enum run_mode mode;
    int first_fit;
    int many;                /* more than one input: -o must be a folder */
    size_t max_input;
    size_t max_pages;        /* refuse longer documents; 0: RUN_MAX_PAGES */
    const char *from;        /* --from: text, markdown, html, feed; NULL: by name/content */
    time_t when;             /* SOURCE_DATE_EPOCH, when fixed_when */
    int fixed_when;          /* 0: the document date is the clock's */
    const char *sign_key;    /* --sign KEY: sign every PDF (with sign_cert) */
    const char *sign_cert;   /* --cert CERT */
    const char *sign_chain;  /* --chain FILE, or NULL */
    int qr;                  /* --qr: a QR code of the input's SHA-256 in the footers */
};

/* Largest SOURCE_DATE_EPOCH: 9999-12-31T23:59:59Z, the last second a
 * PDF date (four-digit year) can hold. */
#define RUN_MAX_EPOCH 253402300799LL

/* Default page limit: a statement longer than this is refused (exit 1). */
#define RUN_MAX_PAGES 1000

struct run_shared {
    const struct run_options *opt;
    const char *datadir;
    struct layout lay;
    int have_lay;
    const struct sign_api *sign; /* --sign: the signing module (signmod.h) */
    struct sign_signer *signer;  /* --sign: the key, read once (sign/sign.h) */
    struct pdf_seal seal;        /* the writer's view of it */
    char *sign_paths[3];         /* the layout's sign files, as opened */
};

struct run_worker {
    struct fontset fonts;
    int have_fonts;
    struct hy_dict *hy;  /* hyphenation patterns, opened on first need */
};

/* Load the layout named by the options, and the signing key and
 * certificates when asked to sign.  Returns 0 or EXIT_ENV. */
int run_shared_init(struct run_shared *sh, const struct run_options *opt);
/* Free what run_shared_init made, and the process's fontconfig answers
 * (style/fontquery.h): the last step of a run. */
void run_shared_free(struct run_shared *sh);
/* Ask fontconfig, before a batch's workers start, for every face the
 * layout may need (ts_fonts_prepare): fontconfig does not survive running
 * out of memory, which workers may do later.  EXIT_OK, or EXIT_ENV after
 * the message when the fonts folder cannot be set up. */
int run_prepare_fonts(const struct run_shared *sh);

/* Refuse inputs that would write the same PDF (x.txt and x.md, a/x.md and
 * b/x.md): an error naming both for each clash.  Returns 0 or EXIT_USAGE;
 * nothing is written. */
int run_check_outputs(const struct run_options *opt, char *const *inputs,
                      size_t n);

/* Typeset one input; returns its exit status. */
int run_one(const struct run_shared *sh, struct run_worker *w,
            const char *input);
void run_worker_free(struct run_worker *w);

/* Print or typeset statement s read from t, as for input (whose base name
 * names the PDF); before typesetting, s->names is filled (rec_names).
 * Returns its exit status. */
struct text;
struct statement;
int run_statement(const struct run_shared *sh, struct run_worker *w,
                  const struct text *t, struct statement *s, const char *input);

#endif
