/* source.c -- the Markdown+YAML front end: finds the YAML header between
 * its '---' lines, has it read (source_header.c), then the CommonMark body
 * (source_body.c), into one statement. */
#include "recognise/source.h"

#include <string.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"
#include "recognise/source_parts.h"

int src_is_source(const struct text *t)
{
    return t->data && !strncmp(t->data, "---", 3) &&
           (t->data[3] == '\n' || t->data[3] == '\0');
}

int src_parse(const struct text *t, struct statement *out)
{
    stmt_init(out);
    if (!src_is_source(t)) {
        diag(S_NO_HEADER, t->name, 1, 1);
        return EXIT_INPUT;
    }
    /* find the closing '---' line (trailing blanks allowed) */
    const char *hstart = t->data[3] ? t->data + 4 : t->data + 3;
    const char *p = hstart, *end = t->data + t->len, *close = NULL;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *q = le;
        while (q > p && (q[-1] == ' ' || q[-1] == '\t'))
            q--;
        if (q - p == 3 && !strncmp(p, "---", 3)) {
            close = p;
            p = nl ? nl + 1 : end;
            break;
        }
        p = nl ? nl + 1 : end;
    }
    if (!close) {
        diag(S_UNCLOSED, t->name, 1, 1);
        return EXIT_INPUT;
    }
    if (src_parse_header(t, hstart, (size_t)(close - hstart), out))
        return EXIT_INPUT;
    if (!out->language)
        out->language = xstrdup("en-US");
    src_parse_body(t, (size_t)(p - t->data), out);
    return EXIT_OK;
}
