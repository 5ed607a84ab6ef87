/* metadata.c -- the checks every metadata string of a statement passes
 * once, before the writer puts it into both Info and XMP: what both can
 * carry (no control characters), one cut at the length limit, and the
 * syntax of language tags (BCP 47). */
#include "model/statement.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/util.h"

size_t stmt_text_cut(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max)
        return n;
    while (max && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;  /* not inside a UTF-8 sequence */
    return max;
}

/* 1 for a code point XML 1.0 cannot hold or PDF readers show as a box:
 * C0 and C1 controls, DEL, U+FFFE and U+FFFF. */
static int is_control(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

void stmt_meta_text(char **p, const char *what)
{
    char *s = *p;
    if (!s)
        return;
    size_t len = strlen(s), o = 0, dropped = 0;
    for (size_t i = 0; i < len;) {
        unsigned cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        if (!k)
            k = 1;
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            s[o++] = ' ';  /* XML would turn CR into LF: Info and XMP differ */
            dropped++;
        } else if (is_control(cp)) {
            dropped++;
        } else {
            memmove(s + o, s + i, k);
            o += k;
        }
        i += k;
    }
    s[o] = '\0';
    if (dropped)
        diag(P_META_CONTROL, NULL, 0, 0, what, dropped);
    size_t n = stmt_text_cut(s, STMT_META_MAX - 3);
    if (n < o) {
        diag(P_META_CUT, NULL, 0, 0, what, o, (size_t)STMT_META_MAX);
        memcpy(s + n, "\xE2\x80\xA6", 4);  /* fits: o > n + 3 */
    }
}

/* Length of the subtag at s (up to '-' or the end) if all its characters
 * are letters (alpha), digits, or either; 0 otherwise. */
static size_t subtag(const char *s, int (*ok)(int))
{
    size_t n = 0;
    while (s[n] && s[n] != '-') {
        if (!ok((unsigned char)s[n]))
            return 0;
        n++;
    }
    return n;
}

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }

/* Step over one subtag of n characters and its '-'; 1 at the end. */
static int skip(const char **s, size_t n)
{
    *s += n;
    if (!**s)
        return 1;
    (*s)++;
    return 0;
}

/* privateuse = "x" 1*("-" 1*8alphanum), at s. */
static int private_use(const char *s)
{
    if ((s[0] != 'x' && s[0] != 'X') || s[1] != '-')
        return 0;
    s += 2;
    for (;;) {
        size_t n = subtag(s, is_alnum);
        if (n < 1 || n > 8)
            return 0;
        if (skip(&s, n))
            return 1;
    }
}

/* The part after language[-extlang]: [-script][-region]*(-variant)
 * *(-extension)[-privateuse], at s (just after a '-'). */
static int after_language(const char *s)
{
    size_t n = subtag(s, is_alpha);
    if (n == 4 && skip(&s, n))           /* script */
        return 1;
    if (n == 4)
        n = subtag(s, is_alpha);
    size_t d = subtag(s, is_digit);
    if ((n == 2 || d == 3) && skip(&s, n == 2 ? 2 : 3))  /* region */
        return 1;
    for (;;) {                           /* variants */
        n = subtag(s, is_alnum);
        if (!((n >= 5 && n <= 8) || (n == 4 && is_digit((unsigned char)s[0]))))
            break;
        if (skip(&s, n))
            return 1;
    }
    while (subtag(s, is_alnum) == 1 && s[0] != 'x' && s[0] != 'X') {  /* extensions */
        if (s[1] != '-')
            return 0;
        s += 2;
        int parts = 0;
        while ((n = subtag(s, is_alnum)) >= 2 && n <= 8) {
            parts++;
            if (skip(&s, n))
                return 1;
        }
        if (!parts)
            return 0;
    }
    return private_use(s);
}

int stmt_lang_ok(const char *tag)
{
    static const char *const irregular[] = {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak",
        "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay",
        "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE"};
    if (!tag || !*tag)
        return 0;
    for (size_t i = 0; i < sizeof irregular / sizeof *irregular; i++)
        if (!strcasecmp(tag, irregular[i]))
            return 1;
    if (private_use(tag))
        return 1;
    const char *s = tag;
    size_t n = subtag(s, is_alpha);
    if (n < 2 || n > 8)
        return 0;
    if (skip(&s, n))
        return 1;
    if (n <= 3)                          /* extlang: up to three */
        for (int k = 0; k < 3 && subtag(s, is_alpha) == 3; k++)
            if (skip(&s, 3))
                return 1;
    return after_language(s);
}
