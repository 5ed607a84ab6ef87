/* test_fontquery.c -- the process's fontconfig: one configuration per fonts
 * folder, remembered answers, only the family and face asked for; and the
 * HarfBuzz wrappers that tell a missing file from a failed allocation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <unistd.h>

#include "style/fontquery.h"
#include "style/hbmem.h"

static char conf[4096];

static int setup(void **state)
{
    (void)state;
    char *abs = realpath("fonts", NULL);
    if (!abs)
        return -1;
    snprintf(conf, sizeof conf, "%s/fonts.conf", abs);
    free(abs);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fq_shutdown();
    return 0;
}

static int ends_with(const char *s, const char *end)
{
    size_t a = strlen(s), b = strlen(end);
    return a >= b && strcmp(s + a - b, end) == 0;
}

static void test_one_configuration(void **state)
{
    (void)state;
    const struct fq_conf *c = fq_bundled(conf);
    assert_non_null(c);
    assert_ptr_equal(fq_bundled(conf), c);
    assert_null(fq_bundled("/nonexistent/fonts.conf"));
}

static void test_match_remembered(void **state)
{
    (void)state;
    const struct fq_conf *c = fq_bundled(conf);
    struct fq_answer a, b;
    fq_match(c, "Liberation Serif", "Bold", &a);
    assert_non_null(a.file);
    assert_true(ends_with(a.file, "/LiberationSerif-Bold.ttf"));
    assert_null(a.offered);
    fq_match(c, "Liberation Serif", "Bold", &b);
    assert_ptr_equal(a.file, b.file);  /* the same remembered string */
    fq_match(c, "liberation serif", "Regular", &b);
    assert_true(ends_with(b.file, "/LiberationSerif-Regular.ttf"));
}

static void test_no_substitute(void **state)
{
    (void)state;
    struct fq_answer a;
    fq_match(fq_bundled(conf), "No Such Family Anywhere", "Regular", &a);
    assert_null(a.file);
    assert_non_null(a.offered);
    assert_string_not_equal(a.offered, "No Such Family Anywhere");
}

static void test_fallback(void **state)
{
    (void)state;
    struct fq_answer a;
    assert_true(fq_fallback(fq_bundled(conf), 1, "Regular", 'A', &a));
    assert_non_null(a.file);
    /* U+10FFFD (private use) is in no font */
    assert_false(fq_fallback(fq_bundled(conf), -1, NULL, 0x10FFFD, &a));
    assert_null(a.file);
}

static void test_shutdown_then_again(void **state)
{
    (void)state;
    fq_shutdown();
    const struct fq_conf *c = fq_bundled(conf);
    assert_non_null(c);
    struct fq_answer a;
    fq_match(c, "Liberation Serif", "Italic", &a);
    assert_true(ends_with(a.file, "/LiberationSerif-Italic.ttf"));
}

static void test_hbmem_files(void **state)
{
    (void)state;
    assert_null(hbmem_blob_from_file("fonts/no-such-font.ttf"));
    hb_blob_t *blob = hbmem_blob_from_file("fonts/LiberationSerif-Regular.ttf");
    assert_non_null(blob);
    assert_true(hb_blob_get_length(blob) > 100000);
    hb_face_t *face = hbmem_face(blob, 0);
    assert_true(hbmem_has_table(face, HB_TAG('g', 'l', 'y', 'f')));
    assert_false(hbmem_has_table(face, HB_TAG('C', 'F', 'F', ' ')));
    hb_blob_t *head = hbmem_table(face, HB_TAG('h', 'e', 'a', 'd'));
    assert_int_equal(hb_blob_get_length(head), 54);
    hb_blob_destroy(head);
    hb_font_t *font = hbmem_font(face);
    hb_buffer_t *buf = hbmem_buffer();
    hb_buffer_add_utf8(buf, "Text", -1, 0, -1);
    hb_buffer_guess_segment_properties(buf);
    hb_shape(font, buf, NULL, 0);
    hbmem_check_buffer(buf);
    assert_int_equal(hb_buffer_get_length(buf), 4);
    hb_buffer_destroy(buf);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_configuration),
        cmocka_unit_test(test_match_remembered),
        cmocka_unit_test(test_no_substitute),
        cmocka_unit_test(test_fallback),
        cmocka_unit_test(test_shutdown_then_again),
        cmocka_unit_test(test_hbmem_files),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
