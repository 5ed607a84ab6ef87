/* test_lexicon.c -- recognise/lexicon: the table itself (no word twice
 * within a class, no country name twice, every country with a demonym or
 * marked as having none) and its lookups (every entry found, case as the
 * grammar needs it, a right single quote read as an apostrophe). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recognise/lexicon.h"

/* Number of pairs in v[0..n) that a lookup cannot tell apart, each
 * printed: equal words, or for country names (fold) equal after lex_fold. */
static size_t count_dups(const char *what, const char *const *v, size_t n, int fold)
{
    size_t dups = 0;
    for (size_t i = 0; i < n; i++) {
        char *a = fold ? lex_fold(v[i]) : strdup(v[i]);
        for (size_t j = i + 1; j < n; j++) {
            char *b = fold ? lex_fold(v[j]) : strdup(v[j]);
            if (!strcmp(a, b)) {
                fprintf(stderr, "duplicate %s: \"%s\" and \"%s\"\n", what, v[i], v[j]);
                dups++;
            }
            free(b);
        }
        free(a);
    }
    return dups;
}

/* The words of class k, as an array (the caller frees the array). */
static const char **kind_words(enum lex_kind k, size_t *n)
{
    *n = lex_count(k);
    const char **v = calloc(*n + 1, sizeof *v);
    for (size_t i = 0; i < *n; i++)
        v[i] = lex_word(k, i);
    return v;
}

/* Append the "|"-separated names of s (may be NULL) to v. */
static void split_names(const char *s, char ***v, size_t *n)
{
    while (s && *s) {
        size_t m = strcspn(s, "|");
        *v = realloc(*v, (*n + 1) * sizeof **v);
        (*v)[(*n)++] = strndup(s, m);
        s += m + (s[m] == '|');
    }
}

/* Every name of every country, in table order; *owner gets the country of
 * each.  The caller frees the names and both arrays. */
static char **all_names(size_t *n, const char ***owner)
{
    char **v = NULL;
    *n = 0;
    *owner = NULL;
    for (size_t i = 0; i < lex_ncountries(); i++) {
        const char *name, *dem, *al;
        lex_country_row(i, &name, &dem, &al);
        size_t from = *n;
        split_names(name, &v, n);
        split_names(dem, &v, n);
        split_names(al, &v, n);
        *owner = realloc(*owner, *n * sizeof **owner);
        for (size_t k = from; k < *n; k++)
            (*owner)[k] = name;
    }
    return v;
}

/* The duplicate check itself finds a planted duplicate, for country names
 * also one that differs only in the quote their lookup folds (words are
 * looked up exactly, so there the two quotes are two words). */
static void test_dup_check_works(void **state)
{
    (void)state;
    const char *plain[] = {"Secretary", "Minister", "Envoy"};
    const char *planted[] = {"Secretary", "Minister", "Secretary"};
    const char *quotes[] = {"People's", "People\xE2\x80\x99s"};
    assert_int_equal(count_dups("test", plain, 3, 0), 0);
    assert_int_equal(count_dups("test", planted, 3, 0), 1);
    assert_int_equal(count_dups("test", planted, 3, 1), 1);
    assert_int_equal(count_dups("test", quotes, 2, 0), 0);
    assert_int_equal(count_dups("test", quotes, 2, 1), 1);
}

/* No class lists a word twice, and every class has words. */
static void test_no_duplicate_words(void **state)
{
    (void)state;
    for (int k = 0; k < LEX_NKINDS; k++) {
        size_t n;
        const char **v = kind_words((enum lex_kind)k, &n);
        assert_true(n > 0);
        assert_int_equal(count_dups(lex_kind_name((enum lex_kind)k), v, n, 0), 0);
        free(v);
    }
}

/* No name (country, demonym or other name) is listed twice, within one
 * country or across two, after the lookup's folding. */
static void test_no_duplicate_country_names(void **state)
{
    (void)state;
    size_t n;
    const char **owner;
    char **v = all_names(&n, &owner);
    assert_true(n > lex_ncountries() * 2);
    assert_int_equal(count_dups("country name", (const char *const *)v, n, 1), 0);
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
    free(owner);
}

/* Every country has a demonym, or is marked as having none (NULL), never
 * an empty one; no country name is empty. */
static void test_demonyms(void **state)
{
    (void)state;
    size_t none = 0;
    for (size_t i = 0; i < lex_ncountries(); i++) {
        const char *name, *dem, *al;
        lex_country_row(i, &name, &dem, &al);
        assert_non_null(name);
        assert_true(name[0] != '\0');
        assert_non_null(al);
        if (!dem) {
            none++;
            continue;
        }
        assert_true(dem[0] != '\0');
        assert_null(strstr(dem, "||"));
    }
    assert_true(none < lex_ncountries() / 4);
    assert_string_equal(lex_country("Mexican"), "Mexico");
    assert_string_equal(lex_country("Motswana"), "Botswana");
    /* a name of the country, not its demonym */
    assert_string_equal(lex_country_named("Japan"), "Japan");
    assert_string_equal(lex_country_named("Beijing"), "China");
    assert_null(lex_country_named("Japanese"));
}

/* Every word is found in its class by lex_is. */
static void test_lookups_find_every_word(void **state)
{
    (void)state;
    for (int k = 0; k < LEX_NKINDS; k++)
        for (size_t i = 0; i < lex_count((enum lex_kind)k); i++) {
            const char *w = lex_word((enum lex_kind)k, i);
            if (!lex_is((enum lex_kind)k, w))
                fail_msg("%s not found as %s", w, lex_kind_name((enum lex_kind)k));
        }
}

/* Every name of a country finds that country. */
static void test_lookups_find_every_country_name(void **state)
{
    (void)state;
    size_t n;
    const char **owner;
    char **v = all_names(&n, &owner);
    for (size_t i = 0; i < n; i++) {
        const char *c = lex_country(v[i]);
        if (!c || strcmp(c, owner[i]))
            fail_msg("%s gives %s, not %s", v[i], c ? c : "nothing", owner[i]);
        free(v[i]);
    }
    free(v);
    free(owner);
}

/* Words match exactly: case counts, and a class is no other class. */
static void test_case_rules(void **state)
{
    (void)state;
    assert_true(lex_is(LEX_HEAD, "Secretary"));
    assert_false(lex_is(LEX_HEAD, "secretary"));
    assert_false(lex_is(LEX_HEAD, "SECRETARY"));
    assert_false(lex_is(LEX_MODIFIER, "Secretary"));
    assert_true(lex_is(LEX_PARTICLE, "bin"));
    assert_false(lex_is(LEX_PARTICLE, "Bin"));
    assert_true(lex_is(LEX_MEET, "Call"));
    assert_true(lex_is(LEX_MEET, "call"));
    assert_false(lex_is(LEX_ACT, "Met"));
    assert_true(lex_is(LEX_ABBREV, "U.S."));
    assert_false(lex_is(LEX_HEAD, ""));
    assert_false(lex_is(LEX_HEAD, "Secretar"));
    assert_string_equal(lex_country("Israeli"), "Israel");
    assert_null(lex_country("israeli"));
    assert_null(lex_country("ISRAEL"));
    assert_string_equal(lex_country("Mexico City"), "Mexico");
    assert_null(lex_country("Mexico  City"));
    assert_null(lex_country(""));
    /* the table spells an apostrophe; a right single quote reads as one */
    assert_string_equal(lex_country("People's Republic of China"), "China");
    assert_string_equal(lex_country("People\xE2\x80\x99s Republic of China"), "China");
    /* an accented spelling is its own name */
    assert_string_equal(lex_country("Bogot\xC3\xA1"), "Colombia");
    assert_string_equal(lex_country("Bogota"), "Colombia");
}

/* Endings: a matching ending with enough stem before it. */
static void test_suffixes(void **state)
{
    (void)state;
    assert_int_equal(lex_suffix(LEX_HEAD_SUFFIX, "Minister-designate", 0), 10);
    assert_int_equal(lex_suffix(LEX_HEAD_SUFFIX, "President-Elect", 0), 6);
    assert_int_equal(lex_suffix(LEX_HEAD_SUFFIX, "-elect", 0), 0);
    assert_int_equal(lex_suffix(LEX_DOMAIN_END, "Reconciliation", 2), 4);
    assert_int_equal(lex_suffix(LEX_DOMAIN_END, "Nation", 2), 0);
    assert_int_equal(lex_suffix(LEX_DOMAIN_END, "Minister", 2), 0);
}

/* Issuers: no name twice, each one's country a country row of its own
 * name, and each found in a line only as whole words. */
static void test_issuers(void **state)
{
    (void)state;
    size_t n = lex_nissuers();
    const char **v = malloc(n * sizeof *v);
    assert_true(n > 0 && v);
    for (size_t i = 0; i < n; i++) {
        const char *name, *country;
        lex_issuer_row(i, &name, &country);
        v[i] = name;
        assert_non_null(lex_country(country));
        assert_string_equal(lex_country(country), country);
        assert_string_equal(lex_issuer_in(name), country);
    }
    assert_int_equal(count_dups("issuer", v, n, 0), 0);
    free(v);
    assert_string_equal(lex_issuer_in("The press release issued by the Foreign Office on 11 July."),
                        "United Kingdom");
    assert_string_equal(lex_issuer_in("Announcements on GOV.UK"), "United Kingdom");
    /* the first named wins */
    assert_string_equal(lex_issuer_in("MEA and FCO"), "India");
    assert_null(lex_issuer_in("FCOs"));
    assert_null(lex_issuer_in("the Home Foreign Officers"));
    assert_null(lex_issuer_in("Ministry of Foreign Affairs"));
    assert_null(lex_issuer_in(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dup_check_works),
        cmocka_unit_test(test_no_duplicate_words),
        cmocka_unit_test(test_no_duplicate_country_names),
        cmocka_unit_test(test_demonyms),
        cmocka_unit_test(test_lookups_find_every_word),
        cmocka_unit_test(test_lookups_find_every_country_name),
        cmocka_unit_test(test_case_rules),
        cmocka_unit_test(test_suffixes),
        cmocka_unit_test(test_issuers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
