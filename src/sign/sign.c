/* sign.c -- PAdES baseline B-B signatures with GnuTLS: the key, its
 * certificate and chain read and checked once, then one detached CMS
 * SignedData (SHA-256, the signer's certificate and chain, the
 * signing-certificate-v2 attribute, no signing-time attribute: the
 * signing time is the signature dictionary's /M) per document. */
#include "sign/sign.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <gnutls/pkcs7.h>
#include <gnutls/x509.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"
#include "sign/sign_parts.h"

/* id-aa-signingCertificateV2 (RFC 5035) */
#define OID_SIGNING_CERT_V2 "1.2.840.113549.1.9.16.2.47"

/* A copy of the key and certificates for one signature at a time: GnuTLS
 * objects are not for concurrent use, so each signing thread takes a slot
 * of its own (made from the originals on first need) and signs without
 * holding the lock. */
struct sign_slot {
    gnutls_privkey_t key;
    gnutls_x509_crt_t cert;
    gnutls_x509_crt_t *chain;
    unsigned nchain;
    struct sign_slot *next;       /* the next slot made */
    struct sign_slot *free_next;  /* the next free slot */
};

struct sign_signer {
    gnutls_x509_crt_t cert;
    gnutls_privkey_t key;
    gnutls_x509_crt_t *chain;
    unsigned nchain;
    unsigned char attr[SIGN_ATTR_LEN];   /* SigningCertificateV2, DER */
    size_t reserve;
    pthread_mutex_t lock;                /* the originals and the lists */
    struct sign_slot *free_slots;        /* slots not in use */
    struct sign_slot *slots;             /* every slot made (for closing) */
};

/* A copy of certificate c into *out; a gnutls status. */
static int crt_copy(gnutls_x509_crt_t c, gnutls_x509_crt_t *out)
{
    gnutls_datum_t d = {NULL, 0};
    int g = gnutls_x509_crt_export2(c, GNUTLS_X509_FMT_DER, &d);
    if (g >= 0 && (g = gnutls_x509_crt_init(out)) >= 0 &&
        (g = gnutls_x509_crt_import(*out, &d, GNUTLS_X509_FMT_DER)) < 0) {
        gnutls_x509_crt_deinit(*out);
        *out = NULL;
    }
    gnutls_free(d.data);
    return g;
}

static void slot_free(struct sign_slot *t)
{
    if (t->key)
        gnutls_privkey_deinit(t->key);
    if (t->cert)
        gnutls_x509_crt_deinit(t->cert);
    for (unsigned i = 0; i < t->nchain; i++)
        if (t->chain[i])
            gnutls_x509_crt_deinit(t->chain[i]);
    free(t->chain);
    free(t);
}

/* A new slot copied from s's originals (called with s->lock held); NULL
 * with *g set when GnuTLS fails. */
static struct sign_slot *slot_new(struct sign_signer *s, int *g)
{
    struct sign_slot *t = xcalloc(1, sizeof *t);
    gnutls_x509_privkey_t xk = NULL;
    *g = gnutls_privkey_export_x509(s->key, &xk);
    if (*g >= 0 && (*g = gnutls_privkey_init(&t->key)) >= 0 &&
        (*g = gnutls_privkey_import_x509(t->key, xk, GNUTLS_PRIVKEY_IMPORT_AUTO_RELEASE)) >= 0)
        xk = NULL;
    if (xk)
        gnutls_x509_privkey_deinit(xk);
    if (*g >= 0)
        *g = crt_copy(s->cert, &t->cert);
    t->chain = s->nchain ? xcalloc(s->nchain, sizeof *t->chain) : NULL;
    for (unsigned i = 0; *g >= 0 && i < s->nchain; i++, t->nchain++)
        *g = crt_copy(s->chain[i], &t->chain[i]);
    if (*g < 0) {
        slot_free(t);
        return NULL;
    }
    t->next = s->slots;
    s->slots = t;
    return t;
}

int sign_load(const char *path, gnutls_datum_t *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag(S_READ, path, 0, 0, "the file", strerror(errno));
        return EXIT_ENV;
    }
    struct buf b;
    buf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (err || b.len > (1u << 30)) {
        diag(S_READ, path, 0, 0, "the file", strerror(err ? err : EFBIG));
        buf_free(&b);
        return EXIT_ENV;
    }
    d->size = (unsigned)b.len;
    d->data = gnutls_malloc(b.len + 1);
    if (!d->data)
        xalloc_failed("reading a key or certificate");
    if (b.len)
        memcpy(d->data, b.s, b.len);
    d->data[b.len] = 0;
    buf_free(&b);
    return EXIT_OK;
}

void sign_time_text(time_t t, char out[32])
{
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(out, 32, "%lld", (long long)t);
}

/* The private key of path into s->key (a passphrase asked for when it
 * is protected).  EXIT_OK, or EXIT_ENV after a message. */
static int load_key(struct sign_signer *s, const char *path)
{
    gnutls_datum_t d = {NULL, 0};
    if (sign_load(path, &d))
        return EXIT_ENV;
    int prot = strstr((char *)d.data, "ENCRYPTED") != NULL;
    char *pass = prot ? sign_passphrase(path) : NULL;
    int rc = EXIT_OK;
    if (prot && !pass) {
        diag(S_PASSPHRASE, path, 0, 0);
        rc = EXIT_ENV;
    }
    gnutls_x509_privkey_t xk = NULL;
    int g = 0;
    if (!rc && (g = gnutls_x509_privkey_init(&xk)) >= 0)
        g = gnutls_x509_privkey_import2(xk, &d, GNUTLS_X509_FMT_PEM, pass, 0);
    if (!rc && g < 0) {
        if (prot && (g == GNUTLS_E_DECRYPTION_FAILED || g == GNUTLS_E_PK_INVALID_PRIVKEY))
            diag(S_PASSPHRASE_WRONG, path, 0, 0);
        else
            diag(S_KEY, path, 0, 0, gnutls_strerror(g));
        rc = EXIT_ENV;
    }
    if (!rc && ((g = gnutls_privkey_init(&s->key)) < 0 ||
                (g = gnutls_privkey_import_x509(s->key, xk,
                                                GNUTLS_PRIVKEY_IMPORT_AUTO_RELEASE)) < 0)) {
        diag(S_KEY, path, 0, 0, gnutls_strerror(g));
        rc = EXIT_ENV;
    }
    if (rc || g < 0) {
        if (xk)
            gnutls_x509_privkey_deinit(xk);
    }
    if (pass) {
        memset(pass, 0, strlen(pass));
        free(pass);
    }
    gnutls_memset(d.data, 0, d.size);
    gnutls_free(d.data);
    return rc;
}

/* The certificate of path into s->cert, and the chain file's
 * certificates.  EXIT_OK, or EXIT_ENV after a message. */
static int load_certs(struct sign_signer *s, const char *cert, const char *chain)
{
    gnutls_datum_t d = {NULL, 0};
    if (sign_load(cert, &d))
        return EXIT_ENV;
    int g = gnutls_x509_crt_init(&s->cert);
    if (g >= 0)
        g = gnutls_x509_crt_import(s->cert, &d, GNUTLS_X509_FMT_PEM);
    gnutls_free(d.data);
    if (g < 0) {
        diag(S_CERT, cert, 0, 0, gnutls_strerror(g));
        return EXIT_ENV;
    }
    if (!chain)
        return EXIT_OK;
    if (sign_load(chain, &d))
        return EXIT_ENV;
    g = gnutls_x509_crt_list_import2(&s->chain, &s->nchain, &d, GNUTLS_X509_FMT_PEM,
                                     GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED);
    gnutls_free(d.data);
    if (g < 0) {
        s->chain = NULL;
        s->nchain = 0;
        diag(S_CHAIN, chain, 0, 0, gnutls_strerror(g));
        return EXIT_ENV;
    }
    return EXIT_OK;
}

/* The key belongs to the certificate, which is valid at when.  EXIT_OK,
 * or EXIT_ENV after a message. */
static int check(struct sign_signer *s, const struct sign_files *f, time_t when)
{
    gnutls_pubkey_t pub;
    unsigned char a[64], b[64];
    size_t na = sizeof a, nb = sizeof b;
    int g = gnutls_pubkey_init(&pub);
    if (g >= 0)
        g = gnutls_pubkey_import_privkey(pub, s->key, 0, 0);
    if (g >= 0)
        g = gnutls_pubkey_get_key_id(pub, GNUTLS_KEYID_USE_SHA256, a, &na);
    if (g >= 0)
        gnutls_pubkey_deinit(pub);
    if (g >= 0)
        g = gnutls_x509_crt_get_key_id(s->cert, GNUTLS_KEYID_USE_SHA256, b, &nb);
    if (g < 0) {
        diag(S_KEY, f->key, 0, 0, gnutls_strerror(g));
        return EXIT_ENV;
    }
    if (na != nb || memcmp(a, b, na) != 0) {
        diag(S_KEY_MISMATCH, f->cert, 0, 0, f->key);
        return EXIT_ENV;
    }
    time_t from = gnutls_x509_crt_get_activation_time(s->cert);
    time_t until = gnutls_x509_crt_get_expiration_time(s->cert);
    char t1[32], t2[32];
    sign_time_text(when, t2);
    if (until != (time_t)-1 && when > until) {
        sign_time_text(until, t1);
        diag(S_EXPIRED, f->cert, 0, 0, t1, t2);
        return EXIT_ENV;
    }
    if (from != (time_t)-1 && when < from) {
        sign_time_text(from, t1);
        diag(S_NOT_YET, f->cert, 0, 0, t1, t2);
        return EXIT_ENV;
    }
    return EXIT_OK;
}

/* DER size of a certificate (0 when it cannot be exported). */
static size_t der_size(gnutls_x509_crt_t c)
{
    gnutls_datum_t d;
    if (gnutls_x509_crt_export2(c, GNUTLS_X509_FMT_DER, &d) < 0)
        return 0;
    size_t n = d.size;
    gnutls_free(d.data);
    return n;
}

/* The signing-certificate-v2 attribute and the room a signature takes. */
static int prepare(struct sign_signer *s, const struct sign_files *f)
{
    gnutls_datum_t d;
    int g = gnutls_x509_crt_export2(s->cert, GNUTLS_X509_FMT_DER, &d);
    unsigned char hash[32];
    if (g >= 0) {
        g = gnutls_hash_fast(GNUTLS_DIG_SHA256, d.data, d.size, hash);
        gnutls_free(d.data);
    }
    if (g < 0) {
        diag(S_CERT, f->cert, 0, 0, gnutls_strerror(g));
        return EXIT_ENV;
    }
    sign_cert_v2(hash, s->attr);
    unsigned bits = 0;
    gnutls_x509_crt_get_pk_algorithm(s->cert, &bits);
    /* the certificates, the signer's issuer and serial (at most its
     * certificate again), the signature, attributes and algorithms */
    size_t certs = 2 * der_size(s->cert);
    for (unsigned i = 0; i < s->nchain; i++)
        certs += der_size(s->chain[i]);
    s->reserve = certs + 2 * ((bits + 7) / 8) + 1024;
    return EXIT_OK;
}

int sign_open(const struct sign_files *f, time_t when, struct sign_signer **out)
{
    struct sign_signer *s = xcalloc(1, sizeof *s);
    pthread_mutex_init(&s->lock, NULL);
    int rc = load_certs(s, f->cert, f->chain);
    if (!rc)
        rc = load_key(s, f->key);
    if (!rc)
        rc = check(s, f, when);
    if (!rc)
        rc = prepare(s, f);
    if (rc) {
        sign_close(s);
        s = NULL;
    }
    *out = s;
    return rc;
}

void sign_close(struct sign_signer *s)
{
    if (!s)
        return;
    if (s->cert)
        gnutls_x509_crt_deinit(s->cert);
    if (s->key)
        gnutls_privkey_deinit(s->key);
    for (unsigned i = 0; i < s->nchain; i++)
        gnutls_x509_crt_deinit(s->chain[i]);
    gnutls_free(s->chain);
    while (s->slots) {
        struct sign_slot *t = s->slots;
        s->slots = t->next;
        slot_free(t);
    }
    pthread_mutex_destroy(&s->lock);
    free(s);
}

int sign_subject(const struct sign_signer *s, char *out, size_t n)
{
    size_t size = n;
    if (n == 0 || gnutls_x509_crt_get_dn_by_oid(s->cert, GNUTLS_OID_X520_COMMON_NAME,
                                                0, 0, out, &size) < 0) {
        if (n)
            out[0] = '\0';
        return 0;
    }
    return 1;
}

size_t sign_reserve(const struct sign_signer *s)
{
    return s->reserve;
}

/* The CMS of data by slot t of s into der; a gnutls status. */
static int make_cms(const struct sign_signer *s, struct sign_slot *t,
                    const gnutls_datum_t *data, struct buf *der)
{
    gnutls_pkcs7_t p7 = NULL;
    gnutls_pkcs7_attrs_t attrs = NULL;
    gnutls_datum_t attr = {(unsigned char *)s->attr, SIGN_ATTR_LEN}, out = {NULL, 0};
    int g = gnutls_pkcs7_init(&p7);
    if (g >= 0)
        g = gnutls_pkcs7_add_attr(&attrs, OID_SIGNING_CERT_V2, &attr, 0);
    if (g >= 0)
        g = gnutls_pkcs7_sign(p7, t->cert, t->key, data, attrs, NULL, GNUTLS_DIG_SHA256,
                              GNUTLS_PKCS7_INCLUDE_CERT);
    for (unsigned i = 0; g >= 0 && i < t->nchain; i++)
        g = gnutls_pkcs7_set_crt(p7, t->chain[i]);
    if (g >= 0)
        g = gnutls_pkcs7_export2(p7, GNUTLS_X509_FMT_DER, &out);
    if (g >= 0)
        buf_add(der, (const char *)out.data, out.size);
    gnutls_free(out.data);
    gnutls_pkcs7_attrs_deinit(attrs);
    if (p7)
        gnutls_pkcs7_deinit(p7);
    return g;
}

int sign_cms(void *ctx, const unsigned char *a, size_t alen,
             const unsigned char *b, size_t blen, struct buf *der)
{
    struct sign_signer *s = ctx;
    if (alen + blen > (1u << 31)) {
        diag(S_FAILED, NULL, 0, 0, "the file is too large");
        return EXIT_ENV;
    }
    unsigned char *all = xmalloc(alen + blen + 1);
    memcpy(all, a, alen);
    memcpy(all + alen, b, blen);
    gnutls_datum_t data = {all, (unsigned)(alen + blen)};
    int g = 0;
    pthread_mutex_lock(&s->lock);
    struct sign_slot *t = s->free_slots;
    if (t)
        s->free_slots = t->free_next;
    else
        t = slot_new(s, &g);
    pthread_mutex_unlock(&s->lock);
    if (t) {
        g = make_cms(s, t, &data, der);
        pthread_mutex_lock(&s->lock);
        t->free_next = s->free_slots;
        s->free_slots = t;
        pthread_mutex_unlock(&s->lock);
    }
    free(all);
    if (g < 0) {
        diag(S_FAILED, NULL, 0, 0, gnutls_strerror(g));
        return EXIT_ENV;
    }
    return EXIT_OK;
}

void sign_cert_v2(const unsigned char hash[32], unsigned char out[SIGN_ATTR_LEN])
{
    /* SEQUENCE { certs SEQUENCE OF { ESSCertIDv2 SEQUENCE { certHash
     * OCTET STRING } } }: lengths fixed by the 32-byte hash */
    static const unsigned char head[8] = {0x30, 0x26, 0x30, 0x24, 0x30, 0x22, 0x04, 0x20};
    memcpy(out, head, sizeof head);
    memcpy(out + sizeof head, hash, 32);
}
