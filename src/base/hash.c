/* hash.c -- FNV-1a, 32- and 64-bit, over bytes and strings (see hash.h). */
#include "base/hash.h"

uint32_t hash_fnv1a_more(uint32_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = hash_fnv1a_step(h, p[i]);
    return h;
}

uint32_t hash_fnv1a(const void *data, size_t n)
{
    return hash_fnv1a_more(HASH_FNV1A_BASIS, data, n);
}

uint32_t hash_fnv1a_str(const char *s)
{
    uint32_t h = HASH_FNV1A_BASIS;
    for (; *s; s++)
        h = hash_fnv1a_step(h, (unsigned char)*s);
    return h;
}

uint64_t hash_fnv1a64_more(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = hash_fnv1a64_step(h, p[i]);
    return h;
}
