/* util.h -- memory wrappers and a growable byte buffer used by every module.
 *
 * Memory policy: allocation failure is not recoverable here.  Every
 * allocation in imprint goes through xmalloc/xcalloc/xrealloc/xstrdup, which
 * print one message and end the process with the environment status
 * (EXIT_ENV) when the system refuses memory; outputs are replaced only when
 * complete, so none is left half-written.  Callers therefore never check
 * for NULL.
 *
 * Ownership: a `struct buf` owns its bytes; buf_free releases them and
 * buf_take hands them to the caller (who then frees them with free()).
 */
#ifndef IMPRINT_UTIL_H
#define IMPRINT_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* The policy itself: print one message naming what failed ("imprint:
 * error: out of memory (...) [out-of-memory]") and _exit(EXIT_ENV).
 * Also for libraries that report nothing but allocation failure. */
_Noreturn void xalloc_failed(const char *what);
/* A few system calls that must not be cut short by that exit (a finished
 * PDF's temporary name renamed into place): xalloc_failed waits, up to two
 * seconds, for every such stretch to end; a stretch begun after it started
 * never runs (its thread waits for the exit).  Nothing inside may allocate. */
void xcritical_enter(void);
void xcritical_leave(void);

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);            /* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);
/* Grow an array *p of *cap elements of size elem so it holds at least need. */
void xgrow(void *pp, size_t *cap, size_t need, size_t elem);

struct buf {
    char *s;      /* always NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
};

void buf_init(struct buf *b);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_clear(struct buf *b);
void buf_free(struct buf *b);
char *buf_take(struct buf *b);  /* caller owns the result; b is reset */

/* Decode one UTF-8 sequence at s (n bytes available, already validated).
 * Stores the code point in *cp and returns the sequence length (>= 1). */
size_t utf8_decode(const char *s, size_t n, unsigned *cp);
/* Append code point cp as UTF-8. */
void buf_add_utf8(struct buf *b, unsigned cp);

#endif
