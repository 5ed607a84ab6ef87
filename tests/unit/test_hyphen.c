/* test_hyphen.c -- hyphenation points from libhyphen with hyph_en_US: exact
 * points of known words, no points in names, short words, numbers, inside a
 * possessive, separately hyphenated parts of hyphenated compounds, left and
 * right minimums, the exceptions list that overrides the patterns, and the
 * error for a missing pattern file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/diag.h"
#include "typeset/hyphen.h"

static struct hy_dict *dict;

static int setup(void **state)
{
    (void)state;
    dict = hy_open(NULL);
    return dict ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    hy_close(dict);
    return 0;
}

/* The word with '-' inserted at each point; the count goes to *n. */
static char *marked(const char *w, int *n)
{
    size_t len = strlen(w);
    char *pts = malloc(len + 1);
    char *out = malloc(2 * len + 1);
    size_t k = 0;
    memset(pts, 7, len + 1);  /* hy_points must clear what it does not set */
    int cnt = hy_points(dict, w, len, pts);
    int seen = 0;
    for (size_t i = 0; i < len; i++) {
        out[k++] = w[i];
        assert_true(pts[i] == 0 || pts[i] == 1);
        if (pts[i]) {
            out[k++] = '-';
            seen++;
        }
    }
    out[k] = 0;
    assert_int_equal(seen, cnt);
    assert_int_equal(pts[len], 7);  /* nothing written past len */
    if (n)
        *n = cnt;
    free(pts);
    return out;
}

static void expect(const char *w, const char *want)
{
    char *got = marked(w, NULL);
    if (strcmp(got, want) != 0)
        fail_msg("%s: got %s, want %s", w, got, want);
    free(got);
}

static void test_known_words(void **state)
{
    (void)state;
    /* "hyphenation": points after byte 1 and byte 5 exactly. */
    const char *w = "hyphenation";
    char pts[16];
    assert_int_equal(hy_points(dict, w, strlen(w), pts), 2);
    for (size_t i = 0; i < strlen(w); i++)
        assert_int_equal(pts[i], i == 1 || i == 5);
    expect("hyphenation", "hy-phen-ation");
    expect("relationship", "re-la-tion-ship");
    expect("transnational", "transna-tional");
    expect("cooperation", "co-op-er-a-tion");
    expect("government", "gov-ern-ment");
}

static void test_names_numbers_short(void **state)
{
    (void)state;
    int n;
    const char *none[] = {"Tillerson", "Kelly", "Mexico", "Relationship",
                          "RELATIONSHIP", "hyphenation2", "2017", "covid19",
                          "the", "data", "a", "", "Mexico’s", "Mexico's",
                          "U.S.", "U.S.-Mexico", "x"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char *got = marked(none[i], &n);
        if (n != 0)
            fail_msg("%s: got %s, want no points", none[i], got);
        free(got);
    }
}

static void test_compounds_and_punctuation(void **state)
{
    (void)state;
    /* Each part on its own; the explicit hyphen is not a point of ours. */
    expect("U.S.-relationship", "U.S.-re-la-tion-ship");
    expect("government-cooperation", "gov-ern-ment-co-op-er-a-tion");
    expect("security–cooperation", "se-cu-rity–co-op-er-a-tion");  /* en dash */
    expect("(relationship),", "(re-la-tion-ship),");
    expect("“hyphenation”", "“hy-phen-ation”");
    /* Possessives: no point inside the suffix; the core is hyphenated as a
     * word of its own. */
    expect("government’s", "gov-ern-ment’s");
    expect("government's", "gov-ern-ment's");
    expect("governments’", "gov-ern-ments’");
    expect("security’s.", "se-cu-rity’s.");
    /* Inner apostrophes or periods: not a plain word, no points. */
    expect("relation's-ship", "re-la-tion's-ship");
    expect("don't", "don't");
    expect("e.g.relationship", "e.g.relationship");
}

static void test_minimums(void **state)
{
    (void)state;
    const char *words[] = {"hyphenation", "relationship", "transnational",
        "cooperation", "government", "security", "secretary", "democracy",
        "readily", "abandon", "orderly", "statement", "agreements",
        "discussed", "bilateral", "immigration", "enforcement", "partnership",
        "regarding", "additionally", "international", "representatives",
        "administration", "economic", "prosperity", "investigation",
        "table", "every", "another", "already", "evening", "amazing"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        size_t len = strlen(words[w]);
        char pts[64];
        hy_points(dict, words[w], len, pts);
        for (size_t i = 0; i < len; i++)
            if (pts[i] && (i + 1 < 2 || len - (i + 1) < 3))
                fail_msg("%s: point after byte %zu breaks the minimums", words[w], i);
    }
    expect("table", "ta-ble");  /* 5 letters, right part exactly 3 */
}

static void test_utf8_letters(void **state)
{
    (void)state;
    /* Non-ASCII letters: points fall after whole characters, never inside
     * one. */
    const char *w = "résumés";
    size_t len = strlen(w);
    char pts[32];
    hy_points(dict, w, len, pts);
    for (size_t i = 0; i + 1 < len; i++)
        if (pts[i])
            assert_true(((unsigned char)w[i + 1] & 0xC0) != 0x80);
    int n;
    char *got = marked("Économie", &n);  /* capital: none */
    assert_int_equal(n, 0);
    free(got);
}

static void test_missing_file(void **state)
{
    (void)state;
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    diag_set_stream(f);
    diag_reset();
    struct hy_dict *d = hy_open("/nonexistent/hyph_xx.dic");
    diag_set_stream(NULL);
    fclose(f);
    assert_null(d);
    assert_int_equal(diag_count(DIAG_ERROR), 1);
    assert_non_null(strstr(s, "/nonexistent/hyph_xx.dic"));
    assert_non_null(strstr(s, "[hyphen-load]"));
    free(s);
    /* A NULL handle is harmless. */
    char pts[8];
    assert_int_equal(hy_points(NULL, "relationship", 8, pts), 0);
    hy_close(NULL);
}

/* The patterns are parsed on first need: not by hy_open, not for words
 * that get no points anyway (short, capitalised, with digits), and then
 * once for the first real word. */
static void test_lazy_load(void **state)
{
    (void)state;
    struct hy_dict *d = hy_open(NULL);
    assert_non_null(d);
    assert_int_equal(hy_loaded(d), 0);
    char pts[32];
    assert_int_equal(hy_points(d, "Mexico", 6, pts), 0);
    assert_int_equal(hy_points(d, "word", 4, pts), 0);
    assert_int_equal(hy_points(d, "G20-related", 11, pts), 0);
    assert_int_equal(hy_loaded(d), 0);
    assert_true(hy_points(d, "relationship", 12, pts) > 0);
    assert_int_equal(hy_loaded(d), 1);
    assert_int_equal(hy_loaded(NULL), 0);
    hy_close(d);
    /* a file that cannot be parsed: one error when first needed, then no
     * points and no second message */
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    diag_set_stream(f);
    diag_reset();
    d = hy_open("/dev/null");
    assert_non_null(d);
    int p1 = hy_points(d, "relationship", 12, pts);
    int p2 = hy_points(d, "international", 13, pts);
    diag_set_stream(NULL);
    fclose(f);
    assert_int_equal(p1 + p2, 0);
    assert_true(diag_count(DIAG_ERROR) <= 1);
    free(s);
    hy_close(d);
}

/* A capitalised word is hyphenated as its lowercase form when asked
 * (hy_points_capital); a capital inside it still gives no points. */
static void test_capital_points(void **state)
{
    (void)state;
    char pts[32], low[32];
    const char *w = "Representative";
    int n = hy_points_capital(dict, w, strlen(w), pts);
    assert_true(n > 0);
    assert_int_equal(hy_points(dict, "representative", strlen(w), low), n);
    assert_memory_equal(pts, low, strlen(w));
    assert_int_equal(hy_points(dict, w, strlen(w), pts), 0);  /* unchanged */
    assert_true(hy_points_capital(dict, "Secretary-General", 17, pts) >= 2);
    assert_int_equal(hy_points_capital(dict, "McDonaldson", 11, pts), 0);
    /* "Économie" as "économie" */
    assert_int_equal(hy_points_capital(dict, "\xC3\x89" "conomie", 9, pts),
                     hy_points(dict, "\xC3\xA9" "conomie", 9, low));
}

/* Names and acronyms never; common capitalised words and sentence starts
 * with the capital penalty; lowercase words as before. */
static void test_word_kinds(void **state)
{
    (void)state;
#define KIND(w, start, name) hy_word_kind(w, strlen(w), start, name)
    assert_int_equal(KIND("government", 0, 0), HY_WORD_LOWER);
    assert_int_equal(KIND("Secretary", 0, 0), HY_WORD_CAPITAL);
    assert_int_equal(KIND("Foundation", 0, 0), HY_WORD_CAPITAL);
    assert_int_equal(KIND("Representative", 0, 0), HY_WORD_CAPITAL);
    assert_int_equal(KIND("Whereupon", 1, 0), HY_WORD_CAPITAL);  /* opens a sentence */
    assert_int_equal(KIND("Whereupon", 0, 0), HY_WORD_NEVER);    /* a name, then */
    assert_int_equal(KIND("Tillerson", 0, 1), HY_WORD_NEVER);
    assert_int_equal(KIND("Tillerson", 1, 1), HY_WORD_NEVER);
    assert_int_equal(KIND("Germany", 1, 1), HY_WORD_NEVER);
    assert_int_equal(KIND("NATO", 1, 0), HY_WORD_NEVER);
    assert_int_equal(KIND("ADMINISTRATOR", 1, 0), HY_WORD_NEVER);
    assert_int_equal(KIND("McDonald", 1, 0), HY_WORD_NEVER);
    assert_int_equal(KIND("iPhone", 0, 0), HY_WORD_NEVER);
#undef KIND
}

/* The dictionary of common words: lowercase letters only, at least five,
 * in byte order (so that the lookup's binary search finds each), no word
 * twice; and the lookup finds capitalised forms. */
static void test_common_dictionary(void **state)
{
    (void)state;
    size_t n = hy_common_count();
    assert_true(n > 100);
    for (size_t i = 0; i < n; i++) {
        const char *w = hy_common_word(i);
        size_t len = strlen(w);
        if (len < 5)
            fail_msg("common.def: \"%s\" is shorter than 5 letters", w);
        for (size_t k = 0; k < len; k++)
            if (w[k] < 'a' || w[k] > 'z')
                fail_msg("common.def: \"%s\" is not lowercase letters", w);
        if (i > 0 && strcmp(hy_common_word(i - 1), w) >= 0)
            fail_msg("common.def: \"%s\" is out of order or listed twice", w);
        assert_true(hy_is_common(w, len));
    }
    assert_null(hy_common_word(n));
    assert_true(hy_is_common("Secretary", 9));
    assert_false(hy_is_common("Tillerson", 9));
    assert_false(hy_is_common("", 0));
}

/* The exceptions list: lowercase letters and single hyphens inside, at
 * least 5 letters, no break closer than 2 letters to the start or 3 to the
 * end, in byte order of the plain word, no word twice; each entry's breaks
 * are what hy_points gives, also for a capitalised, possessive or
 * punctuated form, where the patterns alone give none. */
static void test_exceptions(void **state)
{
    (void)state;
    size_t n = hy_exception_count();
    char prev[64] = "", plain[64], pts[64];
    assert_true(n > 50);
    for (size_t i = 0; i < n; i++) {
        const char *e = hy_exception_entry(i);
        size_t k = 0, last = 0, first = 0;
        for (const char *c = e; *c; c++) {
            if (*c == '-') {
                if (k < 2 || c[1] == '-' || c[1] == 0)
                    fail_msg("exceptions.def: \"%s\": break too near the start", e);
                if (!first)
                    first = k;
                last = k;
            } else if (*c < 'a' || *c > 'z') {
                fail_msg("exceptions.def: \"%s\" is not lowercase letters", e);
            } else {
                plain[k++] = *c;
            }
        }
        plain[k] = 0;
        if (k < 5 || !first || k - last < 3)
            fail_msg("exceptions.def: \"%s\": too short, no break, or a break too near the end", e);
        if (strcmp(prev, plain) >= 0)
            fail_msg("exceptions.def: \"%s\" is out of order or listed twice", e);
        strcpy(prev, plain);
        expect(plain, e);
        assert_int_equal(hy_exception(plain, k, pts), 1);
    }
    assert_null(hy_exception_entry(n));
    assert_int_equal(hy_exception("sovereign", 9, pts), 0);
    expect("sovereignty", "sov-er-eignty");
    expect("sovereignty\xE2\x80\x99s,", "sov-er-eignty\xE2\x80\x99s,");
    expect("(refugees)", "(ref-u-gees)");
    char cap[16];
    assert_int_equal(hy_points_capital(dict, "Sovereignty", 11, cap), 2);
    assert_int_equal(cap[2] + cap[4], 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_words),
        cmocka_unit_test(test_names_numbers_short),
        cmocka_unit_test(test_compounds_and_punctuation),
        cmocka_unit_test(test_minimums),
        cmocka_unit_test(test_utf8_letters),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_lazy_load),
        cmocka_unit_test(test_capital_points),
        cmocka_unit_test(test_word_kinds),
        cmocka_unit_test(test_common_dictionary),
        cmocka_unit_test(test_exceptions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
