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

/* "  \"key\": [" opening a top-level array member. */
static void array_start(FILE *out, const char *key)
{
    fprintf(out, "  \"%s\": [", key);
}

/* Close an array of n elements; last: no member follows it. */
static void array_end(FILE *out, size_t n, int last)
{
    fputs(n ? "\n  ]" : "]", out);
    fputs(last ? "\n" : ",\n", out);
}

/* Open the i-th object of an array. */
static void object_start(FILE *out, size_t i)
{
    fputs(i ? ",\n    {\n" : "\n    {\n", out);
}

/* A string member of an array's object; last closes the object. */
static void field(FILE *out, const char *key, const char *value, int last)
{
    fprintf(out, "      \"%s\": ", key);
    json_string(out, value);
    fputs(last ? "\n    }" : ",\n", out);
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
    if (s->preface)
        member(out, "preface", s->preface);  /* only when there is one */
    if (s->closing)
        member(out, "closing", s->closing);
    if (s->url)
        member(out, "url", s->url);
    array_start(out, "keywords");
    for (size_t i = 0; i < s->nkeywords; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        json_string(out, s->keywords[i]);
    }
    array_end(out, s->nkeywords, 0);
    array_start(out, "blocks");
    for (size_t i = 0; i < s->nblocks; i++) {
        const struct block *b = &s->blocks[i];
        object_start(out, i);
        fprintf(out, "      \"type\": \"%s\",\n", block_type(b->kind));
        fprintf(out, "      \"level\": %d,\n", b->level);
        field(out, "marker", b->marker, 0);
        char *text = stmt_block_text(b);
        field(out, "text", text, 0);
        free(text);
        fprintf(out, "      \"line\": %d\n    }", b->line);
    }
    array_end(out, s->nblocks, 0);
    array_start(out, "participants");
    for (size_t i = 0; i < s->nparts; i++) {
        object_start(out, i);
        field(out, "delegation", s->parts[i].delegation, 0);
        field(out, "title", s->parts[i].title, 0);
        field(out, "name", s->parts[i].name, 1);
    }
    array_end(out, s->nparts, 0);
    array_start(out, "dropped");
    for (size_t i = 0; i < s->ndropped; i++) {
        object_start(out, i);
        fprintf(out, "      \"line\": %d,\n", s->dropped[i].line);
        field(out, "text", s->dropped[i].text, 0);
        field(out, "why", s->dropped[i].why, 1);
    }
    array_end(out, s->ndropped, 1);
    fputs("}\n", out);
}
