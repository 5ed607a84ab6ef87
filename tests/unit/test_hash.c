/* test_hash.c -- base/hash: FNV-1a against the published 32- and 64-bit
 * test vectors, and the step, continued and string forms agreeing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/hash.h"

static const struct {
    const char *s;
    size_t n;
    uint32_t h;
} vectors[] = {
    {"", 0, 0x811c9dc5u},
    {"a", 1, 0xe40c292cu},
    {"b", 1, 0xe70c2de5u},
    {"foo", 3, 0xa9f37ed7u},
    {"foobar", 6, 0xbf9cf968u},
    {"chongo was here!\n", 17, 0xd49930d5u},
};
#define NVECTORS (sizeof vectors / sizeof vectors[0])

static void test_known_vectors(void **state)
{
    (void)state;
    for (size_t i = 0; i < NVECTORS; i++) {
        assert_int_equal(hash_fnv1a(vectors[i].s, vectors[i].n), vectors[i].h);
        assert_int_equal(hash_fnv1a_str(vectors[i].s), vectors[i].h);
    }
    assert_int_equal(HASH_FNV1A_BASIS, 0x811c9dc5u);
}

/* The 64-bit form against its published vectors, byte by byte or at once. */
static void test_known_vectors_64(void **state)
{
    (void)state;
    assert_true(hash_fnv1a64_more(HASH_FNV1A64_BASIS, "", 0) == 0xcbf29ce484222325u);
    assert_true(hash_fnv1a64_more(HASH_FNV1A64_BASIS, "a", 1) == 0xaf63dc4c8601ec8cu);
    assert_true(hash_fnv1a64_more(HASH_FNV1A64_BASIS, "foobar", 6) == 0x85944171f73967e8u);
    uint64_t h = HASH_FNV1A64_BASIS;
    for (const char *p = "foobar"; *p; p++)
        h = hash_fnv1a64_step(h, (unsigned char)*p);
    assert_true(h == 0x85944171f73967e8u);
}

/* Bytes past a NUL count for the byte form, not for the string form. */
static void test_embedded_nul(void **state)
{
    (void)state;
    assert_int_equal(hash_fnv1a("a\0b", 3), 0x10f3abd2u);
    assert_int_equal(hash_fnv1a_str("a\0b"), hash_fnv1a("a", 1));
}

/* Byte by byte, in pieces, or at once: the same value. */
static void test_forms_agree(void **state)
{
    (void)state;
    const char *s = "People's Republic of China";
    size_t n = strlen(s);
    uint32_t h = HASH_FNV1A_BASIS;
    for (size_t i = 0; i < n; i++)
        h = hash_fnv1a_step(h, (unsigned char)s[i]);
    assert_int_equal(h, hash_fnv1a(s, n));
    assert_int_equal(hash_fnv1a_more(hash_fnv1a(s, 8), s + 8, n - 8), h);
    assert_int_equal(hash_fnv1a_more(h, "", 0), h);
    /* bytes above 0x7F are taken unsigned */
    assert_int_equal(hash_fnv1a_str("\xC3\xA9"), hash_fnv1a("\xC3\xA9", 2));
    assert_int_equal(hash_fnv1a_step(HASH_FNV1A_BASIS, 0xFF),
                     (uint32_t)((HASH_FNV1A_BASIS ^ 0xFFu) * HASH_FNV1A_PRIME));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_vectors),
        cmocka_unit_test(test_known_vectors_64),
        cmocka_unit_test(test_embedded_nul),
        cmocka_unit_test(test_forms_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
