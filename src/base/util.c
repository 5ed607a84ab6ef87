/* util.c -- the single memory-failure policy (a message, then the
 * environment status) and the byte buffer. */
#include "base/util.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/exit.h"

static atomic_int critical;  /* stretches under way (xcritical_enter) */
static atomic_int dying;     /* xalloc_failed has begun */

void xcritical_enter(void)
{
    atomic_fetch_add(&critical, 1);
    if (atomic_load(&dying)) {
        atomic_fetch_sub(&critical, 1);
        for (;;)
            pause();
    }
}

void xcritical_leave(void)
{
    atomic_fetch_sub(&critical, 1);
}

/* The one place where running out of memory is handled. */
_Noreturn void xalloc_failed(const char *what)
{
    static atomic_flag said = ATOMIC_FLAG_INIT;
    /* one message for the run: another thread that runs out meanwhile
     * waits for the first one's exit */
    if (atomic_flag_test_and_set(&said))
        for (;;)
            pause();
    atomic_store(&dying, 1);
    /* printed here, not through diag(): diag may hold its lock or allocate */
    fprintf(stderr, "imprint: error: out of memory (%s); nothing half-written was "
            "left in place of an output [out-of-memory]\n", what);
    struct timespec ms = {0, 1000000};
    for (int i = 0; i < 2000 && atomic_load(&critical) > 0; i++)
        nanosleep(&ms, NULL);
    _exit(EXIT_ENV);
}

static _Noreturn void out_of_memory(size_t n)
{
    char what[48];
    snprintf(what, sizeof what, "%zu bytes", n);
    xalloc_failed(what);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(count * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *xstrdup(const char *s)
{
    return s ? xstrndup(s, strlen(s)) : NULL;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void xgrow(void *pp, size_t *cap, size_t need, size_t elem)
{
    void **p = pp;
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 8;
    while (c < need)
        c *= 2;
    *p = xrealloc(*p, c * elem);
    *cap = c;
}

void buf_init(struct buf *b)
{
    b->s = NULL;
    b->len = b->cap = 0;
}

static void buf_reserve(struct buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need > b->cap) {
        size_t c = b->cap ? b->cap : 64;
        while (c < need)
            c *= 2;
        b->s = xrealloc(b->s, c);
        b->cap = c;
    }
}

void buf_add(struct buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

void buf_addc(struct buf *b, char c)
{
    buf_add(b, &c, 1);
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    char probe[1];
    if (!fmt)
        return;
    va_copy(ap2, ap);
    int n = vsnprintf(probe, sizeof probe, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return;
    buf_reserve(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void buf_clear(struct buf *b)
{
    b->len = 0;
    if (b->s)
        b->s[0] = '\0';
}

void buf_free(struct buf *b)
{
    free(b->s);
    buf_init(b);
}

char *buf_take(struct buf *b)
{
    char *s = b->s ? b->s : xstrdup("");
    buf_init(b);
    return s;
}

size_t utf8_decode(const char *s, size_t n, unsigned *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) {
        *cp = 0;
        return 0;
    }
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if ((u[0] & 0xE0) == 0xC0 && n >= 2) {
        *cp = ((unsigned)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if ((u[0] & 0xF0) == 0xE0 && n >= 3) {
        *cp = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) |
              (u[2] & 0x3F);
        return 3;
    }
    if ((u[0] & 0xF8) == 0xF0 && n >= 4) {
        *cp = ((unsigned)(u[0] & 0x07) << 18) | ((unsigned)(u[1] & 0x3F) << 12) |
              ((unsigned)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
        return 4;
    }
    *cp = 0xFFFD;
    return 1;
}

void buf_add_utf8(struct buf *b, unsigned cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    buf_add(b, t, n);
}
