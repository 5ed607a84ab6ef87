/* hash.h -- the program's one string hash: FNV-1a, 32-bit for the hash
 * tables of word lists, aliases and caches, 64-bit where a short name is
 * drawn from the hash (a font subset's tag).  Values are fixed by the
 * algorithm (offset basis 2166136261, prime 16777619), so a table built
 * with one entry point finds keys hashed with another.
 *
 * Ownership: nothing is allocated; the functions only read their input.
 */
#ifndef IMPRINT_HASH_H
#define IMPRINT_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_FNV1A_BASIS 2166136261u  /* the hash of no bytes */
#define HASH_FNV1A_PRIME 16777619u

/* One step: h, the hash so far, extended by byte b.  For callers that read
 * their bytes one at a time (or through a mapping, like an apostrophe
 * spelled two ways); start from HASH_FNV1A_BASIS. */
static inline uint32_t hash_fnv1a_step(uint32_t h, unsigned char b)
{
    return (h ^ b) * HASH_FNV1A_PRIME;
}

/* h extended by the n bytes at data. */
uint32_t hash_fnv1a_more(uint32_t h, const void *data, size_t n);
/* The hash of the n bytes at data. */
uint32_t hash_fnv1a(const void *data, size_t n);
/* The hash of the NUL-terminated string s (without its NUL). */
uint32_t hash_fnv1a_str(const char *s);

#define HASH_FNV1A64_BASIS 0xcbf29ce484222325u
#define HASH_FNV1A64_PRIME 0x100000001b3u

/* The 64-bit step: h extended by byte b; start from HASH_FNV1A64_BASIS. */
static inline uint64_t hash_fnv1a64_step(uint64_t h, unsigned char b)
{
    return (h ^ b) * HASH_FNV1A64_PRIME;
}

/* h (64-bit) extended by the n bytes at data. */
uint64_t hash_fnv1a64_more(uint64_t h, const void *data, size_t n);

#endif
