/* charset.c -- reads an input's raw bytes and decodes an HTML page's
 * declared character set to UTF-8 with iconv before the UTF-8 checks. */
#include "read/charset.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"

int text_read_raw(const char *path, size_t max_bytes, char **data, size_t *len)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    *data = NULL;
    *len = 0;
    if (!f && errno == ENOMEM)  /* fopen's own buffer */
        xalloc_failed("opening an input");
    if (!f) {
        diag(R_OPEN, name, 0, 0, strerror(errno));
        return EXIT_ENV;
    }
    struct buf b;
    char chunk[65536];
    size_t got;
    buf_init(&b);
    buf_add(&b, "", 0);
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        buf_add(&b, chunk, got);
        if (max_bytes && b.len > max_bytes)
            break;
    }
    int err = ferror(f);
    if (!is_stdin)
        fclose(f);
    if (err) {
        diag(R_OPEN, name, 0, 0, strerror(EIO));
        buf_free(&b);
        return EXIT_ENV;
    }
    if (max_bytes && b.len > max_bytes) {
        diag(R_TOO_LARGE, name, 0, 0, max_bytes);
        buf_free(&b);
        return EXIT_INPUT;
    }
    *len = b.len;
    *data = buf_take(&b);
    return EXIT_OK;
}

/* Copy the value that follows "charset" at p (after '=' and an optional
 * quote) into cs; 1 when there was one. */
static int charset_value(const char *p, const char *end, char *cs, size_t cap)
{
    p += 7;
    while (p < end && isspace((unsigned char)*p))
        p++;
    if (p >= end || *p != '=')
        return 0;
    p++;
    while (p < end && (isspace((unsigned char)*p) || *p == '"' || *p == '\''))
        p++;
    size_t n = 0;
    while (p + n < end && n + 1 < cap &&
           (isalnum((unsigned char)p[n]) || strchr("-_:.", p[n])))
        n++;
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        cs[i] = (char)tolower((unsigned char)p[i]);
    cs[n] = '\0';
    return 1;
}

/* A simplified form of the HTML prescan: inside the first 1024 bytes, a
 * "charset=" within a <meta ...> tag. */
void text_html_charset(const char *bytes, size_t n, char *cs, size_t cap)
{
    const unsigned char *u = (const unsigned char *)bytes;
    cs[0] = '\0';
    if (n >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE))) {
        snprintf(cs, cap, "%s", u[0] == 0xFE ? "utf-16be" : "utf-16le");
        return;
    }
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return;
    const char *end = bytes + (n < 1024 ? n : 1024);
    for (const char *p = bytes; p + 5 < end; p++) {
        if (*p != '<' || strncasecmp(p + 1, "meta", 4) ||
            !(isspace((unsigned char)p[5]) || p[5] == '/'))
            continue;
        const char *close = memchr(p, '>', (size_t)(end - p));
        const char *tend = close ? close : end;
        for (const char *q = p + 5; q + 7 <= tend; q++)
            if (!strncasecmp(q, "charset", 7) && charset_value(q, tend, cs, cap))
                return;
    }
}

/* The iconv name for an HTML encoding label (the WHATWG labels that matter:
 * ISO-8859-1 and ASCII mean windows-1252). */
static const char *iconv_name(const char *cs)
{
    static const char *const w1252[] = {"iso-8859-1", "iso8859-1", "latin1", "l1",
                                        "us-ascii", "ascii", "windows-1252",
                                        "cp1252", "x-cp1252", NULL};
    for (int i = 0; w1252[i]; i++)
        if (!strcmp(cs, w1252[i]))
            return "WINDOWS-1252";
    return cs;
}

/* Convert bytes from charset cs to UTF-8 into *out; EXIT_OK or EXIT_INPUT. */
static int decode(const char *name, const char *cs, const char *bytes, size_t n,
                  struct buf *out)
{
    iconv_t cd = iconv_open("UTF-8", iconv_name(cs));
    if (cd == (iconv_t)-1) {
        diag(H_CHARSET_UNKNOWN, name, 0, 0, cs);
        return EXIT_INPUT;
    }
    char *in = (char *)bytes;
    size_t left = n;
    buf_init(out);
    char chunk[16384];
    while (left) {
        char *o = chunk;
        size_t room = sizeof chunk;
        size_t r = iconv(cd, &in, &left, &o, &room);
        buf_add(out, chunk, (size_t)(o - chunk));
        if (r == (size_t)-1 && errno != E2BIG) {
            diag(H_CHARSET_BAD, name, 0, 0, cs, (size_t)(in - bytes));
            iconv_close(cd);
            buf_free(out);
            return EXIT_INPUT;
        }
    }
    iconv_close(cd);
    buf_add(out, "", 0);
    return EXIT_OK;
}

int text_from_html_bytes(const char *name, const char *bytes, size_t n,
                         size_t max_bytes, struct text *out)
{
    char cs[64];
    text_html_charset(bytes, n, cs, sizeof cs);
    if (!cs[0] || !strcmp(cs, "utf-8") || !strcmp(cs, "utf8"))
        return text_from_bytes(name, bytes, n, max_bytes, out);
    struct buf b;
    if (decode(name, cs, bytes, n, &b) != EXIT_OK) {
        out->name = xstrdup(name);
        out->data = NULL;
        out->len = 0;
        text_free(out);
        return EXIT_INPUT;
    }
    diag(H_CHARSET_DECODED, name, 0, 0, cs);
    int rc = text_from_bytes(name, b.s ? b.s : "", b.len, 0, out);
    buf_free(&b);
    return rc;
}
