/* verify.c -- imprint --verify: the last signature of a PDF checked with
 * GnuTLS: its byte ranges cover the whole file but the signature, the CMS
 * signature matches those bytes and names the signer's certificate, and
 * (with --ca) the certificate chains to a trusted one. */
#include "sign/sign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <gnutls/pkcs7.h>
#include <gnutls/x509.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"
#include "sign/sign_parts.h"

/* One signature's place in the file. */
struct where {
    size_t r[4];          /* /ByteRange */
    size_t dict0, dict1;  /* the signature dictionary's object */
};

/* The last occurrence of what in d[from..to), or (size_t)-1. */
static size_t last(const unsigned char *d, size_t from, size_t to, const char *what)
{
    size_t n = strlen(what);
    for (size_t i = to >= n ? to - n + 1 : 0; i-- > from;)
        if (memcmp(d + i, what, n) == 0)
            return i;
    return (size_t)-1;
}

/* Read the four numbers of "[a b c d]" at p; 0, or -1. */
static int parse_range(const unsigned char *d, size_t len, size_t p, size_t r[4])
{
    while (p < len && d[p] != '[')
        p++;
    if (p >= len)
        return -1;
    p++;
    for (int k = 0; k < 4; k++) {
        while (p < len && (d[p] == ' ' || d[p] == '\n' || d[p] == '\r'))
            p++;
        if (p >= len || d[p] < '0' || d[p] > '9')
            return -1;
        unsigned long long v = 0;
        while (p < len && d[p] >= '0' && d[p] <= '9' && v < (1ull << 40))
            v = v * 10 + (unsigned)(d[p++] - '0');
        r[k] = (size_t)v;
    }
    return 0;
}

/* Find the last signature: 0, 1 for none, -1 when it cannot be read. */
static int locate(const unsigned char *d, size_t len, struct where *w)
{
    size_t br = last(d, 0, len, "/ByteRange");
    if (br == (size_t)-1)
        return 1;
    if (parse_range(d, len, br + 10, w->r))
        return -1;
    w->dict0 = last(d, 0, br, " obj");
    w->dict0 = w->dict0 == (size_t)-1 ? 0 : w->dict0;
    const unsigned char *e = memmem(d + br, len - br, "endobj", 6);
    w->dict1 = e ? (size_t)(e - d) : len;
    return 0;
}

/* The ranges are one gap holding a hex string; what is wrong, or NULL. */
static const char *check_gap(const unsigned char *d, size_t len, const size_t r[4])
{
    if (r[0] != 0 || r[1] == 0 || r[2] < r[1] + 2 || r[2] > len || r[3] > len - r[2])
        return "its byte ranges do not fit the file";
    if (d[r[1]] != '<' || d[r[2] - 1] != '>')
        return "its byte ranges do not leave out exactly the signature";
    for (size_t i = r[1] + 1; i < r[2] - 1; i++) {
        unsigned char c = d[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return "the signature is not a hex string";
    }
    return NULL;
}

static int hexval(unsigned char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* The DER of the hex string between the ranges, cut to its own length
 * (the rest is padding).  0, or -1. */
static int contents_der(const unsigned char *d, const size_t r[4], struct buf *der)
{
    for (size_t i = r[1] + 1; i + 1 < r[2] - 1; i += 2)
        buf_addc(der, (char)(hexval(d[i]) << 4 | hexval(d[i + 1])));
    const unsigned char *p = (const unsigned char *)der->s;
    if (der->len < 2 || p[0] != 0x30)
        return -1;
    size_t n = p[1], head = 2;
    if (n & 0x80) {
        unsigned k = n & 0x7F;
        if (k == 0 || k > 4 || der->len < 2 + k)
            return -1;
        n = 0;
        for (unsigned i = 0; i < k; i++)
            n = n << 8 | p[2 + i];
        head += k;
    }
    if (head + n > der->len)
        return -1;
    der->len = head + n;
    return 0;
}

/* The certificate of the CMS whose serial the signer info names (the
 * caller deinits it), or NULL. */
static gnutls_x509_crt_t find_signer(gnutls_pkcs7_t p7, const gnutls_pkcs7_signature_info_st *si)
{
    int n = gnutls_pkcs7_get_crt_count(p7);
    for (int i = 0; i < n; i++) {
        gnutls_datum_t raw;
        gnutls_x509_crt_t c;
        if (gnutls_pkcs7_get_crt_raw2(p7, (unsigned)i, &raw) < 0)
            continue;
        int g = gnutls_x509_crt_init(&c);
        if (g >= 0 && (g = gnutls_x509_crt_import(c, &raw, GNUTLS_X509_FMT_DER)) < 0)
            gnutls_x509_crt_deinit(c);
        gnutls_free(raw.data);
        if (g < 0)
            continue;
        unsigned char serial[128];
        size_t ns = sizeof serial;
        if (gnutls_x509_crt_get_serial(c, serial, &ns) >= 0 && ns == si->signer_serial.size &&
            memcmp(serial, si->signer_serial.data, ns) == 0)
            return c;
        gnutls_x509_crt_deinit(c);
    }
    return NULL;
}

/* 1 if the signed attributes hold a signing-certificate-v2 naming c. */
static int names_signer(const gnutls_pkcs7_signature_info_st *si, gnutls_x509_crt_t c)
{
    gnutls_datum_t der;
    unsigned char hash[32], want[SIGN_ATTR_LEN];
    if (gnutls_x509_crt_export2(c, GNUTLS_X509_FMT_DER, &der) < 0)
        return 0;
    int g = gnutls_hash_fast(GNUTLS_DIG_SHA256, der.data, der.size, hash);
    gnutls_free(der.data);
    if (g < 0)
        return 0;
    sign_cert_v2(hash, want);
    int found = 0;
    for (unsigned i = 0; !found; i++) {
        char *oid;  /* the list's own */
        gnutls_datum_t v;
        if (gnutls_pkcs7_get_attr(si->signed_attrs, i, &oid, &v, 0) < 0)
            break;
        found = !strcmp(oid, "1.2.840.113549.1.9.16.2.47") && v.size >= SIGN_ATTR_LEN &&
                memmem(v.data, v.size, want + 8, 32) != NULL;
        gnutls_free(v.data);
    }
    return found;
}

/* The signature dictionary's /M as "YYYY-MM-DD HH:MM:SS +HH:MM" into
 * out ("unknown" when it has none). */
static void claimed_time(const unsigned char *d, const struct where *w, char out[40])
{
    strcpy(out, "unknown");
    size_t m = last(d, w->dict0, w->dict1, "/M (D:");
    if (m == (size_t)-1 || w->dict1 - m < 20)
        return;
    const char *s = (const char *)d + m + 6;
    for (int i = 0; i < 14; i++)
        if (s[i] < '0' || s[i] > '9')
            return;
    char tz[8] = "";
    if (s[14] == 'Z')
        strcpy(tz, " +00:00");
    else if ((s[14] == '+' || s[14] == '-') && w->dict1 - m > 26)
        snprintf(tz, sizeof tz, " %c%.2s:%.2s", s[14], s + 15, s + 18);
    snprintf(out, 40, "%.4s-%.2s-%.2s %.2s:%.2s:%.2s%s", s, s + 4, s + 6, s + 8, s + 10,
             s + 12, tz);
}

/* --ca: the signature checked again against ca as the trust anchor. */
static int check_chain(gnutls_pkcs7_t p7, const gnutls_datum_t *data, const char *path,
                       const char *ca)
{
    gnutls_x509_trust_list_t tl;
    int g = gnutls_x509_trust_list_init(&tl, 0);
    if (g >= 0)
        g = gnutls_x509_trust_list_add_trust_file(tl, ca, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
    if (g <= 0) {
        diag(V_CA, ca, 0, 0, ca, g < 0 ? gnutls_strerror(g) : "it holds no certificate");
        gnutls_x509_trust_list_deinit(tl, 1);
        return EXIT_ENV;
    }
    g = gnutls_pkcs7_verify(p7, tl, NULL, 0, 0, data, 0);
    gnutls_x509_trust_list_deinit(tl, 1);
    if (g < 0) {
        diag(V_UNTRUSTED, path, 0, 0, ca, gnutls_strerror(g));
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

/* What was found, on standard output. */
static void report(const char *path, size_t len, const struct where *w, gnutls_x509_crt_t signer,
                   const char *when, const char *ca)
{
    gnutls_datum_t dn = {NULL, 0};
    if (gnutls_x509_crt_get_dn3(signer, &dn, 0) < 0)
        dn.data = NULL;
    printf("%s: the signature is intact\n", path);
    printf("  covers: the whole file (%zu bytes) but the signature's %zu\n", len,
           w->r[2] - w->r[1]);
    printf("  signer: %s\n", dn.data ? (char *)dn.data : "(no name)");
    printf("  signed: %s\n", when);
    if (ca)
        printf("  chain: to a certificate of %s\n", ca);
    else
        printf("  chain: not checked (no --ca)\n");
    gnutls_free(dn.data);
}

/* Check the CMS der over the covered bytes of d; report or a message. */
static int check_cms(const char *path, const unsigned char *d, size_t len,
                     const struct where *w, const struct buf *der, const char *ca)
{
    gnutls_pkcs7_t p7;
    gnutls_pkcs7_signature_info_st si;
    memset(&si, 0, sizeof si);
    gnutls_datum_t in = {(unsigned char *)der->s, (unsigned)der->len};
    int g = gnutls_pkcs7_init(&p7);
    if (g >= 0 && (g = gnutls_pkcs7_import(p7, &in, GNUTLS_X509_FMT_DER)) >= 0)
        g = gnutls_pkcs7_get_signature_info(p7, 0, &si);
    if (g < 0) {
        diag(V_MALFORMED, path, 0, 0, gnutls_strerror(g));
        gnutls_pkcs7_deinit(p7);
        return EXIT_INPUT;
    }
    unsigned char *all = xmalloc(w->r[1] + w->r[3] + 1);
    memcpy(all, d, w->r[1]);
    memcpy(all + w->r[1], d + w->r[2], w->r[3]);
    gnutls_datum_t data = {all, (unsigned)(w->r[1] + w->r[3])};
    gnutls_x509_crt_t signer = find_signer(p7, &si);
    int rc = EXIT_INPUT;
    if (!signer)
        diag(V_MALFORMED, path, 0, 0, "the signer's certificate is not in the signature");
    else if ((g = gnutls_pkcs7_verify_direct(p7, signer, 0, &data, 0)) < 0)
        diag(V_MODIFIED, path, 0, 0, gnutls_strerror(g));
    else if (!names_signer(&si, signer))
        diag(V_MALFORMED, path, 0, 0,
             "its signed attributes do not name the signer's certificate (signing-certificate-v2)");
    else
        rc = ca ? check_chain(p7, &data, path, ca) : EXIT_OK;
    if (rc == EXIT_OK) {
        char when[40];
        claimed_time(d, w, when);
        report(path, len, w, signer, when, ca);
    }
    if (signer)
        gnutls_x509_crt_deinit(signer);
    free(all);
    gnutls_pkcs7_signature_info_deinit(&si);
    gnutls_pkcs7_deinit(p7);
    return rc;
}

int sign_verify(const char *path, const char *ca)
{
    gnutls_datum_t f = {NULL, 0};
    if (sign_load(path, &f))
        return EXIT_ENV;
    const unsigned char *d = f.data;
    size_t len = f.size;
    struct where w;
    int rc = EXIT_INPUT, at = locate(d, len, &w);
    const char *bad = at ? NULL : check_gap(d, len, w.r);
    struct buf der;
    buf_init(&der);
    if (at > 0) {
        diag(V_NO_SIGNATURE, path, 0, 0);
    } else if (at < 0 || bad) {
        diag(V_MALFORMED, path, 0, 0, bad ? bad : "its /ByteRange is not four numbers");
    } else if (w.r[2] + w.r[3] != len) {
        char m[160];
        snprintf(m, sizeof m, "bytes %zu to %zu of %zu are outside it", w.r[2] + w.r[3],
                 len, len);
        diag(V_PARTIAL, path, 0, 0, m);
    } else if (contents_der(d, w.r, &der)) {
        diag(V_MALFORMED, path, 0, 0, "the signature is not a DER-encoded CMS structure");
    } else {
        rc = check_cms(path, d, len, &w, &der, ca);
    }
    buf_free(&der);
    gnutls_free(f.data);
    return rc;
}
