/* test_uchar.c -- base/uchar: strict decoding of one UTF-8 sequence and
 * the capital-letter test (ASCII, accented and non-Latin capitals,
 * lowercase, digits, punctuation, malformed input). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/uchar.h"

static void test_decode(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(uchar_decode("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(uchar_decode("\xC3\x89mile", 6, &cp), 2);   /* É */
    assert_int_equal(cp, 0xC9);
    assert_int_equal(uchar_decode("\xE2\x80\x99", 3, &cp), 3);   /* ’ */
    assert_int_equal(cp, 0x2019);
    assert_int_equal(uchar_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(uchar_decode("\xF4\x8F\xBF\xBF", 4, &cp), 4);
    assert_int_equal(cp, 0x10FFFF);
}

static void test_decode_malformed(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t n;
    } bad[] = {
        {"\x80", 1},              /* stray continuation byte */
        {"\xC3", 1},              /* truncated */
        {"\xC3" "A", 2},          /* continuation missing */
        {"\xC0\xAF", 2},          /* overlong '/' */
        {"\xE0\x80\xAF", 3},      /* overlong, three bytes */
        {"\xED\xA0\x80", 3},      /* surrogate U+D800 */
        {"\xF0\x82\x82\xAC", 4},  /* overlong, four bytes */
        {"\xF4\x90\x80\x80", 4},  /* past U+10FFFF */
        {"\xF8\x88\x80\x80\x80", 5},
        {"\xFF", 1},
        {"", 0},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t cp = 0;
        assert_int_equal(uchar_valid_len(bad[i].s, bad[i].n), 0);
        assert_int_equal(uchar_decode(bad[i].s, bad[i].n, &cp), 0);
        assert_int_equal(cp, 0xFFFD);
    }
    assert_int_equal(uchar_valid_len("\xE2\x80\x99", 2), 0);  /* cut short */
}

static void test_upper_ascii(void **state)
{
    (void)state;
    assert_true(uchar_is_upper_start("Secretary"));
    assert_true(uchar_is_upper_start("A"));
    assert_true(uchar_is_upper_start("Z"));
    assert_false(uchar_is_upper_start("secretary"));
    assert_false(uchar_is_upper_start("a"));
    assert_false(uchar_is_upper_start("2017"));
    assert_false(uchar_is_upper_start("(DRC)"));
    assert_false(uchar_is_upper_start("\"Quoted\""));
    assert_false(uchar_is_upper_start("-"));
    assert_false(uchar_is_upper_start(" A"));
    assert_false(uchar_is_upper_start(""));
    assert_false(uchar_is_upper_start("@"));  /* just before 'A' */
    assert_false(uchar_is_upper_start("["));  /* just after 'Z' */
}

static void test_upper_beyond_ascii(void **state)
{
    (void)state;
    assert_true(uchar_is_upper_start("\xC3\x89mile"));         /* Émile */
    assert_true(uchar_is_upper_start("\xC3\x96zt\xC3\xBCrk"));  /* Öztürk */
    assert_true(uchar_is_upper_start("\xC3\x80"));             /* À */
    assert_true(uchar_is_upper_start("\xC3\x9E"));             /* Þ */
    assert_true(uchar_is_upper_start("\xC5\x81ukasz"));         /* Łukasz, U+0141 */
    assert_true(uchar_is_upper_start("\xC5\xBD"));             /* Ž, U+017D */
    assert_true(uchar_is_upper_start("\xC8\x98"));             /* Ș, U+0218 */
    assert_true(uchar_is_upper_start("\xCE\xA9"));             /* Greek Ω */
    assert_true(uchar_is_upper_start("\xD0\x9C\xD0\xBE"));      /* Cyrillic Мо */
    assert_true(uchar_is_upper_start("\xC7\x85"));             /* titlecase ǅ */
    assert_true(uchar_is_upper(0x1E9E));                       /* capital ẞ */
    assert_false(uchar_is_upper_start("\xC3\xA9t\xC3\xA9"));    /* été */
    assert_false(uchar_is_upper_start("\xC3\xB6"));            /* ö */
    assert_false(uchar_is_upper_start("\xC3\x97"));            /* × sign */
    assert_false(uchar_is_upper_start("\xC3\x9F"));            /* ß */
    assert_false(uchar_is_upper_start("\xC5\x82"));            /* ł */
    assert_false(uchar_is_upper_start("\xCE\xB1"));            /* α */
    assert_false(uchar_is_upper_start("\xE2\x80\x9CQuoted"));   /* “Quoted */
    assert_false(uchar_is_upper_start("\xE2\x80\x94"));        /* em dash */
    assert_false(uchar_is_upper_start("\xC2\xA0"));            /* no-break space */
    assert_false(uchar_is_upper_start("\xE4\xB8\xAD"));        /* 中: no case */
    assert_false(uchar_is_upper_start("\xD9\x85"));            /* Arabic: no case */
}

static void test_upper_malformed(void **state)
{
    (void)state;
    assert_false(uchar_is_upper_start("\xC3"));        /* truncated É */
    assert_false(uchar_is_upper_start("\xC3" "A"));
    assert_false(uchar_is_upper_start("\x89mile"));    /* continuation first */
    assert_false(uchar_is_upper_start("\xC1\x81"));    /* overlong 'A' */
    assert_false(uchar_is_upper_start("\xFF" "A"));
    assert_false(uchar_is_upper(0xD800));
    assert_false(uchar_is_upper(0x110000));
}

/* The no-break and thin spaces copied pages put between words are
 * spaces; other characters and a truncated sequence are not. */
static void test_space_len(void **state)
{
    (void)state;
    assert_int_equal(uchar_space_len("\xC2\xA0x"), 2);
    assert_int_equal(uchar_space_len("\xE2\x80\xAFx"), 3);
    assert_int_equal(uchar_space_len("\xE2\x80\x89x"), 3);
    assert_int_equal(uchar_space_len("\xE2\x80\x87x"), 3);
    assert_int_equal(uchar_space_len(" x"), 0);
    assert_int_equal(uchar_space_len("\xE2\x80\x94"), 0);  /* em dash */
    assert_int_equal(uchar_space_len("\xE2\x80"), 0);
    assert_int_equal(uchar_space_len(""), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode),
        cmocka_unit_test(test_decode_malformed),
        cmocka_unit_test(test_upper_ascii),
        cmocka_unit_test(test_upper_beyond_ascii),
        cmocka_unit_test(test_upper_malformed),
        cmocka_unit_test(test_space_len),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
