/* test_fonts.c -- font lookup through fontconfig (bundled fonts first, no
 * silent substitution), shaping with kerning, metrics, fallback. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <unistd.h>

#include "base/diag.h"
#include "style/fonts.h"

static struct fontset fs;

static int setup(void **state)
{
    (void)state;
    return fonts_init(&fs, "fonts");
}

static int teardown(void **state)
{
    (void)state;
    fonts_free(&fs);
    return 0;
}

static void test_bundled_family(void **state)
{
    (void)state;
    int r = fonts_load(&fs, "Liberation Serif", "Regular");
    int b = fonts_load(&fs, "Liberation Serif", "Bold");
    assert_true(r >= 0 && b >= 0 && r != b);
    assert_int_equal(fonts_load(&fs, "Liberation Serif", "Regular"), r);
    assert_string_equal(fs.fonts[r].family, "Liberation Serif");
    assert_int_equal(fs.fonts[r].upem, 2048);
    assert_true(fs.fonts[r].cap_height > 1000 && fs.fonts[r].cap_height < 1500);
    assert_true(fs.fonts[b].bold);
    assert_false(fs.fonts[r].bold);
}

static void test_missing_family_is_error(void **state)
{
    (void)state;
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    diag_set_stream(f);
    assert_int_equal(fonts_load(&fs, "No Such Family Anywhere", "Regular"), -1);
    diag_set_stream(NULL);
    fclose(f);
    assert_non_null(strstr(s, "error: font family 'No Such Family Anywhere' (Regular) not found"));
    free(s);
}

static void test_kerning(void **state)
{
    (void)state;
    int r = fonts_load(&fs, "Liberation Serif", "Regular");
    /* "AV" is kerned: shaped width is less than the sum of the letters. */
    double av = fonts_width(&fs, r, "AV", 2, 1000);
    double a = fonts_width(&fs, r, "A", 1, 1000);
    double v = fonts_width(&fs, r, "V", 1, 1000);
    assert_true(av < a + v - 1);
}

static void test_shape_clusters(void **state)
{
    (void)state;
    int r = fonts_load(&fs, "Liberation Serif", "Regular");
    struct shaped sh;
    shaped_init(&sh);
    const char *t = "fi \xC3\xA9t\xC3\xA9";  /* no ligature: f, i stay apart */
    fonts_shape(&fs, r, t, strlen(t), &sh);
    assert_int_equal(sh.n, 6);
    assert_int_equal(sh.cluster[0], 0);
    assert_int_equal(sh.cluster[1], 1);
    assert_int_equal(sh.cluster[4], 5);
    for (size_t i = 0; i < sh.n; i++)
        assert_int_not_equal(sh.gid[i], 0);
    shaped_free(&sh);
}

static void test_fallback(void **state)
{
    (void)state;
    int r = fonts_load(&fs, "Liberation Serif", "Regular");
    assert_true(fonts_has_char(&fs, r, 0x0416));  /* Cyrillic Zhe */
    assert_false(fonts_has_char(&fs, r, 0xE000)); /* private use */
    int f = fonts_fallback(&fs, r, 0x2192);        /* rightwards arrow */
    assert_true(f >= 0);
    assert_true(fonts_has_char(&fs, f, 0x2192));
}

/* A font without TrueType outlines: a copy of a bundled font whose 'glyf'
 * table is renamed 'CFF ' (as a CFF-flavoured OpenType font has). */
static void test_not_truetype(void **state)
{
    (void)state;
    FILE *in = fopen("fonts/LiberationSerif-Regular.ttf", "rb");
    assert_non_null(in);
    static unsigned char data[1 << 20];
    size_t n = fread(data, 1, sizeof data, in);
    fclose(in);
    unsigned ntables = (unsigned)(data[4] << 8 | data[5]);
    int renamed = 0;
    for (unsigned i = 0; i < ntables; i++) {
        unsigned char *tag = data + 12 + 16 * i;
        if (memcmp(tag, "glyf", 4) == 0) {
            memcpy(tag, "CFF ", 4);
            renamed = 1;
        }
    }
    assert_true(renamed);
    char path[] = "/tmp/test_fonts_cffXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, n), (ssize_t)n);
    close(fd);
    char *s = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&s, &len);
    diag_set_stream(f);
    assert_int_equal(fonts_load_file(&fs, path, 0), -1);
    diag_set_stream(NULL);
    fclose(f);
    unlink(path);
    assert_non_null(strstr(s, "has no TrueType outlines (glyf); only TrueType fonts can be embedded [font-not-truetype]"));
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bundled_family),
        cmocka_unit_test(test_missing_family_is_error),
        cmocka_unit_test(test_kerning),
        cmocka_unit_test(test_shape_clusters),
        cmocka_unit_test(test_fallback),
        cmocka_unit_test(test_not_truetype),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
