/* test_text.c -- the read stage: UTF-8 validation, BOM, CRLF, empty input,
 * NUL bytes, size limit, and the positions in its messages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "capture.h"
#include "base/diag.h"
#include "read/text.h"


/* Run text_from_bytes and return its status; messages land in msgs. */
static int read_bytes(const char *bytes, size_t n, struct text *t)
{
    int rc = text_from_bytes("in.txt", bytes, n, 1000, t);
    fflush(msgf);
    return rc;
}

static void test_valid_utf8_kept(void **state)
{
    (void)state;
    struct text t;
    const char in[] = "Mexico\xE2\x80\x99s \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80\n";
    assert_int_equal(read_bytes(in, sizeof in - 1, &t), 0);
    assert_string_equal(t.data, in);
    assert_int_equal(t.len, sizeof in - 1);
    text_free(&t);
}

static void test_bom_and_crlf(void **state)
{
    (void)state;
    struct text t;
    const char in[] = "\xEF\xBB\xBFone\r\ntwo\rthree\n";
    assert_int_equal(read_bytes(in, sizeof in - 1, &t), 0);
    assert_string_equal(t.data, "one\ntwo\nthree\n");
    assert_int_equal(text_line_of(&t, 8), 3);
    text_free(&t);
}

static void test_invalid_byte_position(void **state)
{
    (void)state;
    struct text t;
    const char in[] = "first line\nab\xC3\xA9" "c\xFF rest\n";
    assert_int_equal(read_bytes(in, sizeof in - 1, &t), EXIT_INPUT);
    assert_non_null(strstr(msgs, "imprint: in.txt:2:5: error: invalid UTF-8 (byte 0xFF) [utf8-invalid]"));
    assert_null(t.data);
}

static void test_overlong_and_surrogate(void **state)
{
    (void)state;
    struct text t;
    assert_int_equal(read_bytes("a\xC0\xAF", 3, &t), EXIT_INPUT);
    assert_int_equal(read_bytes("a\xE0\x80\xAF", 4, &t), EXIT_INPUT);
    assert_int_equal(read_bytes("a\xED\xA0\x80", 4, &t), EXIT_INPUT);        /* lone surrogate */
    assert_int_equal(read_bytes("a\xF4\x90\x80\x80", 5, &t), EXIT_INPUT);    /* > U+10FFFF */
    assert_int_equal(read_bytes("a\xE2\x82", 3, &t), EXIT_INPUT);            /* truncated */
    assert_int_equal(diag_count(DIAG_ERROR), 5);
}

static void test_empty_and_blank(void **state)
{
    (void)state;
    struct text t;
    assert_int_equal(read_bytes("", 0, &t), EXIT_INPUT);
    assert_int_equal(read_bytes(" \n\t\r\n", 5, &t), EXIT_INPUT);
    assert_non_null(strstr(msgs, "imprint: in.txt: error: input is empty [empty-input]"));
}

static void test_nul_byte(void **state)
{
    (void)state;
    struct text t;
    assert_int_equal(read_bytes("ab\n\0c", 5, &t), EXIT_INPUT);
    assert_non_null(strstr(msgs, "in.txt:2:1: error: NUL byte in input [nul-byte]"));
}

static void test_size_limit(void **state)
{
    (void)state;
    struct text t;
    char big[1200];
    memset(big, 'a', sizeof big);
    assert_int_equal(read_bytes(big, sizeof big, &t), EXIT_INPUT);
    assert_non_null(strstr(msgs, "input-too-large"));
}

static void test_missing_file(void **state)
{
    (void)state;
    struct text t;
    assert_int_equal(text_read_file("tests/no/such/file.txt", 0, &t), EXIT_ENV);
    fflush(msgf);
    assert_non_null(strstr(msgs, "tests/no/such/file.txt: error: cannot read"));
}

static void test_reads_example(void **state)
{
    (void)state;
    struct text t;
    assert_int_equal(text_read_file("examples/tillerson-kelly-mexico-2017-02-23.txt", 0, &t), 0);
    assert_non_null(strstr(t.data, "Office of the Spokesperson"));
    text_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_valid_utf8_kept, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_bom_and_crlf, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_invalid_byte_position, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_overlong_and_surrogate, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_empty_and_blank, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_nul_byte, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_size_limit, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_missing_file, capture_setup, capture_teardown),
        cmocka_unit_test_setup_teardown(test_reads_example, capture_setup, capture_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
