/* sign.h -- the sign stage: PAdES baseline B-B signatures (a detached CMS
 * SignedData with the signing-certificate-v2 attribute, SHA-256) made with
 * GnuTLS over the bytes the writer hands over, and the check of a signed
 * PDF (--verify).  No PDF objects are made here (write/sigfield.h makes
 * the field); no cryptography is done anywhere else.
 *
 * The stage is built as a module of its own (imprint-sign.so, linked with
 * GnuTLS) that the command line loads only for a run that signs or
 * verifies (cli/signmod.h): its one entry point is sign_module.  A run
 * that does neither never loads GnuTLS.
 *
 * Ownership: sign_open returns a signer the caller frees with sign_close;
 * it keeps no pointer to its arguments.  One signer may sign from several
 * threads at once: each signing thread takes its own copy of the key (a
 * slot), made on first need.  Memory failures end the process
 * (base/util.h).
 */
#ifndef IMPRINT_SIGN_H
#define IMPRINT_SIGN_H

#include <stddef.h>
#include <time.h>

struct buf;
struct sign_signer;

/* What signing needs, read once per run: key, certificate, chain. */
struct sign_files {
    const char *key;      /* PEM private key (may be passphrase-protected) */
    const char *cert;     /* PEM certificate of that key */
    const char *chain;    /* PEM certificates up to the root, or NULL */
};

/* Load and check the files: the key opens (its passphrase from
 * IMPRINT_SIGN_PASSPHRASE, else a prompt on the terminal), belongs to the
 * certificate, and the certificate is valid at `when` (the signing time).
 * Returns EXIT_OK with *out set, or EXIT_ENV / EXIT_USAGE after a message. */
int sign_open(const struct sign_files *f, time_t when, struct sign_signer **out);
void sign_close(struct sign_signer *s);

/* The common name of the signer's certificate into out (n bytes, UTF-8,
 * at most); returns 1, or 0 with out empty when it has none or it is
 * longer. */
int sign_subject(const struct sign_signer *s, char *out, size_t n);

/* Bytes of DER a signature of s takes at most (for the placeholder). */
size_t sign_reserve(const struct sign_signer *s);

/* Append to der the detached CMS signature over a[0..alen) b[0..blen).
 * The shape of struct pdf_seal's sign: ctx is the signer.  Returns
 * EXIT_OK, or EXIT_ENV after a message.  Deterministic for RSA keys. */
int sign_cms(void *ctx, const unsigned char *a, size_t alen,
             const unsigned char *b, size_t blen, struct buf *der);

/* Check the signature of the PDF at path and print what it found to
 * standard output; ca (a PEM file, or NULL) is the certificate the
 * signer's must chain to.  Returns EXIT_OK only for an intact signature
 * covering the whole file (and chaining to ca when given); else EXIT_INPUT
 * (or EXIT_ENV for an unreadable file) after a message. */
int sign_verify(const char *path, const char *ca);

/* The passphrase of a protected key: IMPRINT_SIGN_PASSPHRASE, else read
 * from the terminal without echo (prompt naming key).  NULL when neither
 * is there.  Caller frees (after clearing it). */
char *sign_passphrase(const char *key);

/* The module's entry points, as the command line finds them by name
 * (SIGN_MODULE_SYMBOL).  version is SIGN_API_VERSION: a module of another
 * build is refused. */
#define SIGN_API_VERSION 2
#define SIGN_MODULE_SYMBOL "sign_module"
struct sign_api {
    int version;
    int (*open)(const struct sign_files *f, time_t when, struct sign_signer **out);
    void (*close)(struct sign_signer *s);
    size_t (*reserve)(const struct sign_signer *s);
    int (*subject)(const struct sign_signer *s, char *out, size_t n);
    int (*cms)(void *ctx, const unsigned char *a, size_t alen,
               const unsigned char *b, size_t blen, struct buf *der);
    int (*verify)(const char *path, const char *ca);
};
extern const struct sign_api sign_module;

#endif
