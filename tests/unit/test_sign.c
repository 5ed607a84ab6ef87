/* test_sign.c -- the signature's place in the PDF (write/sigfield.c) with
 * a stand-in signer: the byte ranges cover the whole file but the
 * /Contents string, the signature lands in it, a signature too long for
 * its room or a failing signer leaves nothing; and the sign stage's own
 * pieces (the signing-certificate-v2 DER, a refused size). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"
#include "model/pages.h"
#include "model/statement.h"
#include "sign/sign.h"
#include "sign/sign_parts.h"
#include "style/fonts.h"
#include "write/pdf.h"
#include "capture.h"

/* Messages printed since capture_start. */
static const char *messages(void)
{
    fflush(msgf);
    return msgs ? msgs : "";
}

/* What the stand-in signer was given and gives back. */
static const unsigned char *got_a, *got_b;
static size_t got_alen, got_blen, give_len;
static int give_rc;

static int fake_sign(void *ctx, const unsigned char *a, size_t alen,
                     const unsigned char *b, size_t blen, struct buf *der)
{
    (void)ctx;
    got_a = a;
    got_b = b;
    got_alen = alen;
    got_blen = blen;
    buf_add(der, "\x30\x03\x02\x01\x05", 5);
    for (size_t i = 5; i < give_len; i++)
        buf_addc(der, 'x');
    return give_rc;
}

/* A one-page document and what pdf_write_mem needs for it. */
struct fix {
    struct fontset fs;
    struct doc d;
    struct statement s;
    struct pdf_meta meta;
    struct pdf_options po;
    struct pdf_seal seal;
    struct buf mem;
};

static void fix_init(struct fix *f, size_t reserve)
{
    assert_int_equal(fonts_init(&f->fs, "fonts"), 0);
    doc_init(&f->d);
    doc_add_page(&f->d, 612, 792);
    stmt_init(&f->s);
    f->s.title = xstrdup("T");
    pdf_meta_build(&f->s, "Agency", &f->meta);
    memset(&f->po, 0, sizeof f->po);
    f->po.pdfa = PDFA_NONE;
    f->po.when = 1487808000;
    f->po.utc = 1;
    f->seal.reserve = reserve;
    f->seal.sign = fake_sign;
    f->seal.ctx = NULL;
    f->po.seal = &f->seal;
    buf_init(&f->mem);
    give_len = 5;
    give_rc = EXIT_OK;
}

static void fix_free(struct fix *f)
{
    buf_free(&f->mem);
    pdf_meta_free(&f->meta);
    stmt_free(&f->s);
    doc_free(&f->d);
    fonts_free(&f->fs);
}

/* The ranges cover everything but "<hex>", and the signature is in it. */
static void test_ranges(void **state)
{
    (void)state;
    struct fix f;
    fix_init(&f, 64);
    assert_int_equal(pdf_write_mem(&f.d, &f.meta, &f.fs, &f.po, &f.mem), 0);
    const char *br = strstr(f.mem.s, "/ByteRange [0 ");
    assert_non_null(br);
    size_t r1, r2, r3;
    assert_int_equal(sscanf(br, "/ByteRange [0 %zu %zu %zu", &r1, &r2, &r3), 3);
    assert_int_equal(f.mem.s[r1], '<');
    assert_int_equal(f.mem.s[r2 - 1], '>');
    assert_int_equal(r2 - r1, 2 * 64 + 2);
    assert_int_equal(r2 + r3, f.mem.len);
    assert_int_equal(got_alen, r1);
    assert_int_equal(got_blen, r3);
    assert_memory_equal(f.mem.s + r1 + 1, "3003020105000000", 16);
    assert_non_null(strstr(f.mem.s, "/SubFilter /ETSI.CAdES.detached"));
    assert_non_null(strstr(f.mem.s, "/SigFlags 3"));
    fix_free(&f);
}

/* A signature longer than its room is an error; nothing is given back. */
static void test_too_long(void **state)
{
    (void)state;
    struct fix f;
    fix_init(&f, 8);
    give_len = 100;
    assert_int_equal(pdf_write_mem(&f.d, &f.meta, &f.fs, &f.po, &f.mem), EXIT_ENV);
    assert_int_equal(f.mem.len, 0);
    assert_non_null(strstr(messages(),
        "error: cannot sign the PDF: the signature (100 bytes) is longer than the 8 bytes kept for it [pdf-signature]"));
    fix_free(&f);
}

/* A signer that fails (after its own message) leaves nothing. */
static void test_signer_fails(void **state)
{
    (void)state;
    struct fix f;
    fix_init(&f, 64);
    give_rc = EXIT_ENV;
    assert_int_equal(pdf_write_mem(&f.d, &f.meta, &f.fs, &f.po, &f.mem), EXIT_ENV);
    assert_int_equal(f.mem.len, 0);
    fix_free(&f);
}

/* SigningCertificateV2 { [ ESSCertIDv2 { certHash } ] } in DER. */
static void test_cert_v2(void **state)
{
    (void)state;
    unsigned char hash[32], out[SIGN_ATTR_LEN];
    for (int i = 0; i < 32; i++)
        hash[i] = (unsigned char)i;
    sign_cert_v2(hash, out);
    static const unsigned char head[8] = {0x30, 38, 0x30, 36, 0x30, 34, 0x04, 32};
    assert_memory_equal(out, head, 8);
    assert_memory_equal(out + 8, hash, 32);
}

/* More than CMS signing takes in one piece is refused before signing. */
static void test_too_large(void **state)
{
    (void)state;
    static const unsigned char byte[1] = {0};
    struct buf der;
    buf_init(&der);
    assert_int_equal(sign_cms(NULL, byte, (size_t)1 << 31, byte, 1, &der), EXIT_ENV);
    assert_int_equal(der.len, 0);
    assert_non_null(strstr(messages(), "error: cannot make the signature: the file is too large [sign-failed]"));
    buf_free(&der);
}

/* Times as the messages print them. */
static void test_time_text(void **state)
{
    (void)state;
    char t[32];
    sign_time_text(1487808000, t);
    assert_string_equal(t, "2017-02-23T00:00:00Z");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_ranges, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_too_long, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_signer_fails, capture_setup, capture_teardown),
        cmocka_unit_test(test_cert_v2),
        cmocka_unit_test_setup_teardown(test_too_large, capture_setup, capture_teardown),
        cmocka_unit_test(test_time_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
