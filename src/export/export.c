/* export.c -- prints the statement model as JSON (--dump-json): one object,
 * members in a fixed order, 2-space indent, deterministic.  The other
 * export, Markdown+YAML source for --import, is export_md.c. */
#include "export/export.h"

#include <stdlib.h>
#include <string.h>

/* Print s as a JSON string (null for NULL): quotes, backslashes and control
 * characters escaped, other UTF-8 passed through. */
static void json_string(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    putc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        case '\b': fputs("\\b", out); break;
        case '\f': fputs("\\f", out); break;
        default:
            if (*p < 0x20 || *p == 0x7F)
                fprintf(out, "\\u%04X", *p);
            else
                putc(*p, out);
        }
    }
    putc('"', out);
}

static void member(FILE *out, const char *name, const char *value)
{
    fprintf(out, "  \"%s\": ", name);
    json_string(out, value);
    fputs(",\n", out);
}

static const char *block_type(enum block_kind k)
{
    switch (k) {
    case BLK_HEADING: return "heading";
    case BLK_LIST_ITEM: return "list_item";
    case BLK_QUOTE: return "quote";
    default: return "paragraph";
    }
}

void export_json(const struct statement *s, FILE *out)
{
    fputs("{\n", out);
    member(out, "title", s->title);
    member(out, "short_title", s->short_title);
    member(out, "kind", s->kind);
    member(out, "office", s->office);
    member(out, "agency", s->agency);
    member(out, "place", s->place);
    member(out, "date", s->date);
    member(out, "language", s->language);
    fputs("  \"keywords\": [", out);
    for (size_t i = 0; i < s->nkeywords; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        json_string(out, s->keywords[i]);
    }
    fputs(s->nkeywords ? "\n  ],\n" : "],\n", out);
    fputs("  \"blocks\": [", out);
    for (size_t i = 0; i < s->nblocks; i++) {
        const struct block *b = &s->blocks[i];
        fputs(i ? ",\n    {\n" : "\n    {\n", out);
        fprintf(out, "      \"type\": \"%s\",\n", block_type(b->kind));
        fprintf(out, "      \"level\": %d,\n", b->level);
        fputs("      \"marker\": ", out);
        json_string(out, b->marker);
        fputs(",\n      \"text\": ", out);
        char *text = stmt_block_text(b);
        json_string(out, text);
        free(text);
        fprintf(out, ",\n      \"line\": %d\n    }", b->line);
    }
    fputs(s->nblocks ? "\n  ],\n" : "],\n", out);
    fputs("  \"participants\": [", out);
    for (size_t i = 0; i < s->nparts; i++) {
        const struct participant *p = &s->parts[i];
        fputs(i ? ",\n    {\n" : "\n    {\n", out);
        fputs("      \"delegation\": ", out);
        json_string(out, p->delegation);
        fputs(",\n      \"title\": ", out);
        json_string(out, p->title);
        fputs(",\n      \"name\": ", out);
        json_string(out, p->name);
        fputs("\n    }", out);
    }
    fputs(s->nparts ? "\n  ],\n" : "],\n", out);
    fputs("  \"dropped\": [", out);
    for (size_t i = 0; i < s->ndropped; i++) {
        const struct dropped_line *d = &s->dropped[i];
        fprintf(out, "%s      \"line\": %d,\n      \"text\": ", i ? ",\n    {\n" : "\n    {\n",
                d->line);
        json_string(out, d->text);
        fputs(",\n      \"why\": ", out);
        json_string(out, d->why);
        fputs("\n    }", out);
    }
    fputs(s->ndropped ? "\n  ]\n" : "]\n", out);
    fputs("}\n", out);
}
