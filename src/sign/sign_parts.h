/* sign_parts.h -- what the sign stage's files share: reading a file for
 * GnuTLS, times as text, and the DER of the signing-certificate-v2
 * attribute.
 *
 * Ownership: sign_load's datum is the caller's (gnutls_free).
 */
#ifndef IMPRINT_SIGN_PARTS_H
#define IMPRINT_SIGN_PARTS_H

#include <time.h>

#include <gnutls/gnutls.h>

/* Read path whole (NUL-terminated) into d.  EXIT_OK, or EXIT_ENV after
 * the message. */
int sign_load(const char *path, gnutls_datum_t *d);

/* t as "YYYY-MM-DDTHH:MM:SSZ". */
void sign_time_text(time_t t, char out[32]);

/* SigningCertificateV2 (RFC 5035) holding one ESSCertIDv2 with the
 * certificate's SHA-256 hash (the default algorithm, so not named). */
#define SIGN_ATTR_LEN 40
void sign_cert_v2(const unsigned char hash[32], unsigned char out[SIGN_ATTR_LEN]);

#endif
