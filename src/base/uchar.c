/* uchar.c -- strict UTF-8 decoding of one character and the capital-letter
 * test (see uchar.h), with HarfBuzz's Unicode functions as the property
 * source. */
#include "base/uchar.h"

#include <hb.h>
#include <string.h>

size_t uchar_valid_len(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0;  /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0;  /* surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0;  /* overlong */
        if (c == 0xF4 && s[1] >= 0x90)
            return 0;  /* past U+10FFFF */
        return 4;
    }
    return 0;
}

size_t uchar_decode(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t k = uchar_valid_len(str, n);
    static const unsigned char lead_mask[5] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    if (k == 0) {
        *cp = 0xFFFD;
        return 0;
    }
    uint32_t c = s[0] & lead_mask[k];
    for (size_t i = 1; i < k; i++)
        c = c << 6 | (s[i] & 0x3F);
    *cp = c;
    return k;
}

int uchar_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    hb_unicode_general_category_t g =
        hb_unicode_general_category(hb_unicode_funcs_get_default(), cp);
    return g == HB_UNICODE_GENERAL_CATEGORY_UPPERCASE_LETTER ||
           g == HB_UNICODE_GENERAL_CATEGORY_TITLECASE_LETTER;
}

int uchar_is_upper_start(const char *s)
{
    uint32_t cp;
    if ((unsigned char)*s < 0x80)
        return *s >= 'A' && *s <= 'Z';
    return uchar_decode(s, strnlen(s, 4), &cp) && uchar_is_upper(cp);
}

size_t uchar_space_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x87 || u[2] == 0x89))
        return 3;
    return 0;
}
