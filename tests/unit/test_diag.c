/* test_diag.c -- the message catalogue: identifiers are unique and well
 * formed, and messages print in the documented form. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/diag.h"

static void test_catalogue_well_formed(void **state)
{
    (void)state;
    for (int i = 0; i < DIAG_COUNT; i++) {
        const char *id = diag_ident((enum diag_id)i);
        assert_non_null(id);
        assert_true(strlen(id) > 2);
        for (const char *p = id; *p; p++)
            assert_true((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-');
        assert_true(strlen(diag_format((enum diag_id)i)) > 0);
        assert_true(diag_level_of((enum diag_id)i) <= DIAG_ERROR);
        for (int j = 0; j < i; j++)
            if (strcmp(id, diag_ident((enum diag_id)j)) == 0)
                fail_msg("identifier '%s' used twice", id);
    }
}

static char *run(int quiet, void (*emit)(void))
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    diag_set_stream(f);
    diag_set_quiet(quiet);
    diag_reset();
    emit();
    diag_set_stream(NULL);
    diag_set_quiet(0);
    fclose(f);
    return s;
}

static void emit_error_full(void) { diag(R_UTF8, "a.txt", 3, 7, 0xFF); }
static void emit_error_line(void) { diag(R_NUL, "a.txt", 3, 0); }
static void emit_no_file(void) { diag(M_NO_INPUT, NULL, 0, 0); }
static void emit_warning(void) { diag(F_NO_GLYPH, "a.txt", 9, 0, 0xE000u, "\xEE\x80\x80"); }

static void test_format(void **state)
{
    (void)state;
    char *s = run(0, emit_error_full);
    assert_string_equal(s, "imprint: a.txt:3:7: error: invalid UTF-8 (byte 0xFF) [utf8-invalid]\n");
    free(s);
    s = run(0, emit_error_line);
    assert_string_equal(s, "imprint: a.txt:3: error: NUL byte in input [nul-byte]\n");
    free(s);
    s = run(0, emit_no_file);
    assert_string_equal(s, "imprint: error: no input file (try 'imprint --help') [no-input]\n");
    free(s);
    s = run(0, emit_warning);
    assert_non_null(strstr(s, "imprint: a.txt:9: warning: no font has a glyph for U+E000"));
    free(s);
}

static void test_quiet_keeps_errors(void **state)
{
    (void)state;
    char *s = run(1, emit_warning);
    assert_string_equal(s, "");
    assert_int_equal(diag_count(DIAG_WARNING), 1);
    free(s);
    s = run(1, emit_error_full);
    assert_non_null(strstr(s, "error:"));
    assert_int_equal(diag_count(DIAG_ERROR), 1);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalogue_well_formed),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_quiet_keeps_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
