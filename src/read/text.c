/* text.c -- reads input files and validates and normalises their UTF-8. */
#include "read/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/uchar.h"
#include "base/util.h"
#include "read/charset.h"

int text_from_bytes(const char *name, const char *bytes, size_t n,
                    size_t max_bytes, struct text *out)
{
    const unsigned char *s = (const unsigned char *)bytes;
    size_t i = 0;
    int line = 1, col = 1;
    struct buf b;

    out->name = xstrdup(name);
    out->data = NULL;
    out->len = 0;
    if (max_bytes && n > max_bytes) {
        diag(R_TOO_LARGE, name, 0, 0, max_bytes);
        text_free(out);
        return EXIT_INPUT;
    }
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    buf_init(&b);
    buf_add(&b, "", 0);
    while (i < n) {
        if (s[i] == 0) {
            diag(R_NUL, name, line, col);
            goto fail;
        }
        if (s[i] == '\r') {
            buf_addc(&b, '\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            line++;
            col = 1;
            continue;
        }
        size_t k = uchar_valid_len(bytes + i, n - i);
        if (k == 0) {
            diag(R_UTF8, name, line, col, s[i]);
            goto fail;
        }
        buf_add(&b, (const char *)s + i, k);
        if (s[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i += k;
    }
    /* Empty means nothing but white space. */
    size_t j;
    for (j = 0; j < b.len; j++)
        if (!strchr(" \t\n\f\v", b.s[j]))
            break;
    if (j == b.len) {
        diag(R_EMPTY, name, 0, 0);
        goto fail;
    }
    out->len = b.len;
    out->data = buf_take(&b);
    return EXIT_OK;
fail:
    buf_free(&b);
    text_free(out);
    return EXIT_INPUT;
}

int text_read_file(const char *path, size_t max_bytes, struct text *out)
{
    out->name = NULL;
    out->data = NULL;
    out->len = 0;
    char *data;
    size_t len;
    int rc = text_read_raw(path, max_bytes, &data, &len);
    if (rc != EXIT_OK)
        return rc;
    rc = text_from_bytes(strcmp(path, "-") ? path : "<stdin>", data, len, max_bytes, out);
    free(data);
    return rc;
}

void text_free(struct text *t)
{
    free(t->name);
    free(t->data);
    t->name = t->data = NULL;
    t->len = 0;
}

int text_line_of(const struct text *t, size_t off)
{
    int line = 1;
    for (size_t i = 0; i < off && i < t->len; i++)
        if (t->data[i] == '\n')
            line++;
    return line;
}
