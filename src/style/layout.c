/* layout.c -- reads layout files (YAML, through libyaml's document API) into
 * struct layout.  Every key the loader accepts is one row of keys[] below
 * (dotted path, kind of value, field); layouts/README.md documents the same
 * set and a unit test compares the two.  Anything a file leaves out keeps
 * its default, which is the letter layout.  Syntax errors, unknown or
 * duplicate keys and bad values are reported with file:line:column. */
#include "style/layout.h"

#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "base/diag.h"
#include "base/util.h"

#define MAX_LENGTH 14400.0  /* pt: 200 in, the largest PDF page */
#define MIN_TEXT 72.0       /* pt: smallest text block the margins may leave */

enum kind {
    K_STRING,     /* non-empty string */
    K_TEXT,       /* string, may be empty */
    K_LENGTH,     /* length >= 0 */
    K_SIZE,       /* length > 0 */
    K_COLOR,      /* "#RRGGBB" */
    K_BOOL,       /* true / false */
    K_PDFA,       /* 1b, 2b, 2u, 1a, 2a, none */
    K_PAGE_SIZE,  /* letter, a4, legal: sets page_width and page_height */
    K_PROTRUDE    /* "CHAR THOUSANDTHS ...": a struct lay_protrude */
};

/* What a value of each kind must be, for messages. */
static const char *const kind_what[] = {
    [K_STRING] = "a non-empty string",
    [K_TEXT] = "a string",
    [K_LENGTH] = "a length",
    [K_SIZE] = "a length",
    [K_COLOR] = "a colour \"#RRGGBB\"",
    [K_BOOL] = "true or false",
    [K_PDFA] = "a PDF/A level (1b, 2b, 2u, 1a, 2a or none)",
    [K_PAGE_SIZE] = "a page size (letter, a4 or legal)",
    [K_PROTRUDE] = "characters and amounts (\". 700 , 500\")",
};

struct key {
    const char *path;  /* dotted path, e.g. "margins.top" */
    enum kind kind;
    size_t off;        /* offset of the field in struct layout */
};

#define F(field) offsetof(struct layout, field)
#define FONT_KEYS(role, word) \
    {"fonts." word ".family", K_STRING, F(font[role].family)}, \
    {"fonts." word ".style", K_STRING, F(font[role].style)}, \
    {"fonts." word ".size", K_SIZE, F(font[role].size)}, \
    {"fonts." word ".leading", K_SIZE, F(font[role].leading)}

/* The one table of accepted keys. */
static const struct key keys[] = {
    {"name", K_STRING, F(name)},
    {"description", K_TEXT, F(description)},
    {"page.size", K_PAGE_SIZE, 0},
    {"page.width", K_SIZE, F(page_width)},
    {"page.height", K_SIZE, F(page_height)},
    {"margins.top", K_LENGTH, F(margin_top)},
    {"margins.bottom", K_LENGTH, F(margin_bottom)},
    {"margins.inner", K_LENGTH, F(margin_inner)},
    {"margins.outer", K_LENGTH, F(margin_outer)},
    {"duplex", K_BOOL, F(duplex)},
    {"tagged", K_BOOL, F(tagged)},
    {"pdfua", K_BOOL, F(pdfua)},
    {"pdfa", K_PDFA, F(pdfa)},
    FONT_KEYS(ROLE_AGENCY, "agency"),
    FONT_KEYS(ROLE_OFFICE, "office"),
    FONT_KEYS(ROLE_KIND, "kind"),
    FONT_KEYS(ROLE_DATELINE, "dateline"),
    FONT_KEYS(ROLE_TITLE, "title"),
    FONT_KEYS(ROLE_BODY, "body"),
    FONT_KEYS(ROLE_HEADING, "heading"),
    FONT_KEYS(ROLE_TABLE_HEAD, "table-head"),
    FONT_KEYS(ROLE_TABLE, "table"),
    FONT_KEYS(ROLE_FOOTER, "footer"),
    {"colors.text", K_COLOR, F(color_text)},
    {"colors.letterhead", K_COLOR, F(color_letterhead)},
    {"colors.rule", K_COLOR, F(color_rule)},
    {"colors.link", K_COLOR, F(color_link)},
    {"letterhead.agency", K_TEXT, F(agency)},
    {"letterhead.rule", K_LENGTH, F(rule_width)},
    {"letterhead.space-after", K_LENGTH, F(space_after_letterhead)},
    {"title.space-after", K_LENGTH, F(space_after_title)},
    {"body.paragraph-space", K_LENGTH, F(paragraph_space)},
    {"body.paragraph-indent", K_LENGTH, F(paragraph_indent)},
    {"body.list-indent", K_LENGTH, F(list_indent)},
    {"body.hyphenate", K_BOOL, F(hyphenate)},
    {"body.link-underline", K_BOOL, F(link_underline)},
    {"body.protrusion", K_BOOL, F(protrusion)},
    {"body.expansion", K_BOOL, F(expansion)},
    {"body.protrude-left", K_PROTRUDE, F(protrude_left)},
    {"body.protrude-right", K_PROTRUDE, F(protrude_right)},
    {"table.caption", K_TEXT, F(table_caption)},
    {"table.rule", K_LENGTH, F(table_rule_width)},
    {"table.padding", K_LENGTH, F(table_padding)},
    {"table.space-before", K_LENGTH, F(table_space_before)},
    {"footer.enabled", K_BOOL, F(footer)},
    {"footer.offset", K_LENGTH, F(footer_offset)},
    {"sign.key", K_STRING, F(sign_key)},
    {"sign.cert", K_STRING, F(sign_cert)},
    {"sign.chain", K_STRING, F(sign_chain)},
    {"sign.visible", K_BOOL, F(sign_visible)},
};
#undef F
#undef FONT_KEYS

#define NKEYS (sizeof keys / sizeof keys[0])

const char *layout_key(size_t i)
{
    return i < NKEYS ? keys[i].path : NULL;
}

static const struct {
    const char *name;
    double w, h;
} page_sizes[] = {
    {"letter", 612, 792},
    {"a4", 595.28, 841.89},
    {"legal", 612, 1008},
};

/* Default margin kerning, about microtype's: opening quotes and brackets
 * on the left; stops, hyphens, dashes, closing quotes on the right. */
static const char default_left[] = "\u2018 300 \u201C 300 ' 300 \" 300 ( 100";
static const char default_right[] =
    ". 700 , 500 : 500 ; 500 ! 100 ? 100 - 500 \u2010 500 \u2013 200 "
    "\u2014 150 \u2019 400 \u201D 300 ' 400 \" 300 ) 200";

/* Parse "CHAR THOUSANDTHS ..." (one character, then 0..1000, each pair
 * separated by spaces) into *out.  Returns 0 or -1. */
static int parse_protrude(const char *s, struct lay_protrude *out)
{
    struct lay_protrude t;
    t.n = 0;
    const char *p = s;
    for (;;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        unsigned cp;
        size_t l = utf8_decode(p, strlen(p), &cp);
        if (p[l] != ' ' || t.n == LAY_MAX_PROTRUDE)
            return -1;
        p += l;
        while (*p == ' ')
            p++;
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p || (*end && *end != ' ') || v < 0 || v > 1000)
            return -1;
        p = end;
        t.cp[t.n] = cp;
        t.amount[t.n++] = v / 1000.0;
    }
    *out = t;
    return 0;
}

double layout_protrude(const struct lay_protrude *s, unsigned cp)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->cp[i] == cp)
            return s->amount[i];
    return 0;
}

/* Default fonts: the letter layout's, all Liberation Serif. */
static const struct {
    const char *style;
    double size, leading;
} default_fonts[ROLE_COUNT] = {
    [ROLE_AGENCY] = {"Bold", 13, 16},
    [ROLE_OFFICE] = {"Regular", 10.5, 13},
    [ROLE_KIND] = {"Regular", 10.5, 13},
    [ROLE_DATELINE] = {"Regular", 11, 14},
    [ROLE_TITLE] = {"Bold", 15, 18.5},
    [ROLE_BODY] = {"Regular", 11, 14},
    [ROLE_HEADING] = {"Bold", 11, 14},
    [ROLE_TABLE_HEAD] = {"Bold", 10, 12.5},
    [ROLE_TABLE] = {"Regular", 10, 12.5},
    [ROLE_FOOTER] = {"Regular", 8.5, 10.5},
};

void layout_default(struct layout *l)
{
    memset(l, 0, sizeof *l);
    l->description = xstrdup("");
    l->page_width = 612;
    l->page_height = 792;
    l->margin_top = l->margin_bottom = 72;
    l->margin_inner = l->margin_outer = 81;  /* 1.125 in: a 6.25 in measure */
    l->duplex = 0;
    l->tagged = 1;
    l->pdfua = 1;
    for (int r = 0; r < ROLE_COUNT; r++) {
        l->font[r].family = xstrdup("Liberation Serif");
        l->font[r].style = xstrdup(default_fonts[r].style);
        l->font[r].size = default_fonts[r].size;
        l->font[r].leading = default_fonts[r].leading;
    }
    l->agency = xstrdup("U.S. Department of State");
    l->color_text = 0x000000;
    l->color_letterhead = 0x1F3864;
    l->color_rule = 0x1F3864;
    l->color_link = 0x1F3864;
    l->link_underline = 1;
    l->rule_width = 0.75;
    l->space_after_letterhead = 18;
    l->space_after_title = 12;
    l->paragraph_space = 7;
    l->paragraph_indent = 0;
    l->list_indent = 18;
    l->hyphenate = 1;
    l->protrusion = 1;
    l->expansion = 1;
    parse_protrude(default_left, &l->protrude_left);
    parse_protrude(default_right, &l->protrude_right);
    l->table_rule_width = 0.5;
    l->table_padding = 4;
    l->table_space_before = 12;
    l->table_caption = xstrdup("Participants");
    l->footer = 1;
    l->footer_offset = 36;
    l->pdfa = xstrdup("1b");
}

void layout_free(struct layout *l)
{
    free(l->name);
    free(l->description);
    free(l->path);
    for (int r = 0; r < ROLE_COUNT; r++) {
        free(l->font[r].family);
        free(l->font[r].style);
    }
    free(l->agency);
    free(l->table_caption);
    free(l->pdfa);
    free(l->sign_key);
    free(l->sign_cert);
    free(l->sign_chain);
    memset(l, 0, sizeof *l);
}

/* State of one file being read. */
struct ctx {
    const char *file;
    yaml_document_t *doc;
    struct layout *l;
    int errors;
    int line[NKEYS], col[NKEYS];  /* where each key's value was; 0: unset */
    double size_w, size_h;        /* from page.size */
};

static int mark_line(yaml_mark_t m) { return (int)m.line + 1; }
static int mark_col(yaml_mark_t m) { return (int)m.column + 1; }

static const char *node_what(const yaml_node_t *n)
{
    switch (n->type) {
    case YAML_MAPPING_NODE: return "a mapping";
    case YAML_SEQUENCE_NODE: return "a list";
    default: return "a scalar";
    }
}

/* 1 if a scalar node is YAML's null (empty, ~ or null, unquoted). */
static int is_null(const yaml_node_t *n)
{
    const char *v = (const char *)n->data.scalar.value;
    if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return 0;
    return !*v || !strcmp(v, "~") || !strcmp(v, "null") ||
           !strcmp(v, "Null") || !strcmp(v, "NULL");
}

/* Parse a length: digits with an optional fraction and sign, then pt, mm,
 * cm, in or nothing (pt).  Returns 0 with *pt set, 1 when there is no
 * number, 2 when the unit is unknown (*unit points at it). */
static int parse_length(const char *s, double *pt, const char **unit)
{
    const char *p = s;
    int neg = 0, digits = 0, frac = 0;
    double mant = 0;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    for (; *p >= '0' && *p <= '9'; p++, digits++)
        mant = mant * 10 + (*p - '0');
    if (*p == '.') {
        for (p++; *p >= '0' && *p <= '9'; p++, digits++, frac++)
            mant = mant * 10 + (*p - '0');
    }
    if (!digits)
        return 1;
    double v = mant;
    while (frac-- > 0)
        v /= 10;
    double factor;
    if (!*p || !strcmp(p, "pt"))
        factor = 1;
    else if (!strcmp(p, "in"))
        factor = 72;
    else if (!strcmp(p, "mm"))
        factor = 72 / 25.4;
    else if (!strcmp(p, "cm"))
        factor = 72 / 2.54;
    else {
        *unit = p;
        return 2;
    }
    *pt = (neg ? -v : v) * factor;
    return 0;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Parse "#RRGGBB".  Returns 0 or -1. */
static int parse_color(const char *s, uint32_t *out)
{
    uint32_t c = 0;
    if (s[0] != '#' || strlen(s) != 7)
        return -1;
    for (int i = 1; i < 7; i++) {
        int h = hexval(s[i]);
        if (h < 0)
            return -1;
        c = c << 4 | (uint32_t)h;
    }
    *out = c;
    return 0;
}

static void set_string(char **field, const char *v)
{
    free(*field);
    *field = xstrdup(v);
}

/* Store the value node v of key k (index ki) into the layout. */
static void set_value(struct ctx *c, size_t ki, const yaml_node_t *v)
{
    const struct key *k = &keys[ki];
    char *base = (char *)c->l;
    int line = mark_line(v->start_mark), col = mark_col(v->start_mark);

    if (v->type != YAML_SCALAR_NODE) {
        diag(L_TYPE, c->file, line, col, k->path, kind_what[k->kind], node_what(v));
        c->errors++;
        return;
    }
    const char *s = (const char *)v->data.scalar.value;
    if (is_null(v) && k->kind == K_COLOR) {
        diag(L_BAD_COLOR, c->file, line, col, k->path, s);
        c->errors++;
        return;
    }
    if (is_null(v) && k->kind != K_TEXT) {
        diag(L_EMPTY, c->file, line, col, k->path, kind_what[k->kind]);
        c->errors++;
        return;
    }
    c->line[ki] = line;
    c->col[ki] = col;
    switch (k->kind) {
    case K_STRING:
    case K_TEXT:
        set_string((char **)(base + k->off), is_null(v) ? "" : s);
        return;
    case K_LENGTH:
    case K_SIZE: {
        double pt = 0;
        const char *unit = NULL;
        int rc = parse_length(s, &pt, &unit);
        if (rc == 1)
            diag(L_BAD_LENGTH, c->file, line, col, k->path, s);
        else if (rc == 2)
            diag(L_BAD_UNIT, c->file, line, col, k->path, unit, s);
        else if (pt < 0)
            diag(L_NEGATIVE, c->file, line, col, k->path, s);
        else if (pt == 0 && k->kind == K_SIZE)
            diag(L_NOT_POSITIVE, c->file, line, col, k->path, s);
        else if (pt > MAX_LENGTH)
            diag(L_TOO_LARGE, c->file, line, col, k->path, s, MAX_LENGTH);
        else {
            *(double *)(base + k->off) = pt;
            return;
        }
        break;
    }
    case K_COLOR:
        if (parse_color(s, (uint32_t *)(base + k->off)) == 0)
            return;
        diag(L_BAD_COLOR, c->file, line, col, k->path, s);
        break;
    case K_BOOL:
        if (!strcmp(s, "true") || !strcmp(s, "false")) {
            *(int *)(base + k->off) = s[0] == 't';
            return;
        }
        diag(L_BAD_BOOL, c->file, line, col, k->path, s);
        break;
    case K_PDFA:
        if (!strcmp(s, "1b") || !strcmp(s, "2b") || !strcmp(s, "2u") ||
            !strcmp(s, "1a") || !strcmp(s, "2a") || !strcmp(s, "none")) {
            set_string((char **)(base + k->off), s);
            return;
        }
        diag(L_BAD_PDFA, c->file, line, col, k->path, s);
        break;
    case K_PAGE_SIZE:
        for (size_t i = 0; i < sizeof page_sizes / sizeof page_sizes[0]; i++)
            if (!strcasecmp(s, page_sizes[i].name)) {
                c->size_w = page_sizes[i].w;
                c->size_h = page_sizes[i].h;
                return;
            }
        diag(L_BAD_PAGE_SIZE, c->file, line, col, k->path, s);
        break;
    case K_PROTRUDE:
        if (parse_protrude(s, (struct lay_protrude *)(base + k->off)) == 0)
            return;
        diag(L_BAD_PROTRUDE, c->file, line, col, k->path, s, LAY_MAX_PROTRUDE);
        break;
    }
    c->line[ki] = c->col[ki] = 0;
    c->errors++;
}

static ptrdiff_t find_key(const char *path)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (!strcmp(keys[i].path, path))
            return (ptrdiff_t)i;
    return -1;
}

/* 1 if path (len bytes) names a section: some key starts with "path.". */
static int is_section(const char *path, size_t len)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (!strncmp(keys[i].path, path, len) && keys[i].path[len] == '.')
            return 1;
    return 0;
}

/* The keys allowed inside section prefix (NULL: the top level), as
 * "a, b, c" in table order. */
static char *known_here(const char *prefix)
{
    struct buf b;
    size_t plen = prefix ? strlen(prefix) + 1 : 0;
    buf_init(&b);
    buf_adds(&b, "");
    for (size_t i = 0; i < NKEYS; i++) {
        const char *p = keys[i].path;
        if (prefix && (strncmp(p, prefix, plen - 1) || p[plen - 1] != '.'))
            continue;
        p += plen;
        size_t n = strcspn(p, ".");
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++) {
            const char *q = keys[j].path;
            if (prefix && (strncmp(q, prefix, plen - 1) || q[plen - 1] != '.'))
                continue;
            q += plen;
            seen = strcspn(q, ".") == n && !strncmp(p, q, n);
        }
        if (seen)
            continue;
        if (b.len)
            buf_adds(&b, ", ");
        buf_add(&b, p, n);
    }
    return buf_take(&b);
}

/* Read mapping node m whose keys live under prefix (NULL: top level). */
static void walk(struct ctx *c, const yaml_node_t *m, const char *prefix)
{
    for (yaml_node_pair_t *pr = m->data.mapping.pairs.start;
         pr < m->data.mapping.pairs.top; pr++) {
        yaml_node_t *kn = yaml_document_get_node(c->doc, pr->key);
        yaml_node_t *vn = yaml_document_get_node(c->doc, pr->value);
        int kl = mark_line(kn->start_mark), kc = mark_col(kn->start_mark);
        if (kn->type != YAML_SCALAR_NODE) {
            diag(L_KEY_TYPE, c->file, kl, kc, node_what(kn));
            c->errors++;
            continue;
        }
        const char *word = (const char *)kn->data.scalar.value;
        struct buf path;
        buf_init(&path);
        if (prefix)
            buf_printf(&path, "%s.", prefix);
        buf_adds(&path, word);

        /* A key given twice in the same mapping. */
        int dup = 0;
        for (yaml_node_pair_t *q = m->data.mapping.pairs.start; q < pr && !dup; q++) {
            yaml_node_t *qk = yaml_document_get_node(c->doc, q->key);
            if (qk->type == YAML_SCALAR_NODE &&
                !strcmp((const char *)qk->data.scalar.value, word)) {
                diag(L_DUP_KEY, c->file, kl, kc, path.s, mark_line(qk->start_mark));
                c->errors++;
                dup = 1;
            }
        }
        if (dup) {
            buf_free(&path);
            continue;
        }

        ptrdiff_t ki = strchr(word, '.') ? -1 : find_key(path.s);
        if (ki >= 0) {
            set_value(c, (size_t)ki, vn);
        } else if (!strchr(word, '.') && *word && is_section(path.s, path.len)) {
            if (vn->type == YAML_MAPPING_NODE)
                walk(c, vn, path.s);
            else {
                diag(L_TYPE, c->file, mark_line(vn->start_mark),
                     mark_col(vn->start_mark), path.s,
                     "a mapping of keys (indented key: value lines)",
                     node_what(vn));
                c->errors++;
            }
        } else {
            char *known = known_here(prefix);
            diag(L_UNKNOWN_KEY, c->file, kl, kc, path.s, known);
            free(known);
            c->errors++;
        }
        buf_free(&path);
    }
}

/* The line and column of byte offset off in file f (libyaml reports only
 * the offset of an encoding error). */
static yaml_mark_t offset_mark(FILE *f, size_t off)
{
    yaml_mark_t m = {0, 0, 0};
    rewind(f);
    for (size_t i = 0; i < off; i++) {
        int ch = getc(f);
        if (ch == EOF)
            break;
        if (ch == '\n') {
            m.line++;
            m.column = 0;
        } else if ((ch & 0xC0) != 0x80) {
            m.column++;
        }
    }
    return m;
}

/* Report a YAML error of parser p reading file f. */
static void yaml_error(const char *file, FILE *f, const yaml_parser_t *p)
{
    struct buf b;
    yaml_mark_t m = p->error == YAML_READER_ERROR
                        ? offset_mark(f, p->problem_offset) : p->problem_mark;
    buf_init(&b);
    buf_adds(&b, p->problem ? p->problem : "cannot parse");
    if (p->error == YAML_READER_ERROR && p->problem_value >= 0)
        buf_printf(&b, " (byte 0x%02X)", (unsigned)p->problem_value & 0xFF);
    if (p->context)
        buf_printf(&b, " (%s at line %d, column %d)", p->context,
                   mark_line(p->context_mark), mark_col(p->context_mark));
    diag(L_SYNTAX, file, mark_line(m), mark_col(m), b.s);
    buf_free(&b);
}

/* The index in keys[] of path, which must be there. */
static size_t key_index(const char *path)
{
    ptrdiff_t i = find_key(path);
    return (size_t)(i < 0 ? 0 : i);
}

/* The latest position in the file among the keys named (NULL-ended);
 * returns 0 when none was given. */
static int latest(const struct ctx *c, int *line, int *col, const char *const *names)
{
    *line = *col = 0;
    for (; *names; names++) {
        size_t i = key_index(*names);
        if (c->line[i] > *line || (c->line[i] == *line && c->col[i] > *col)) {
            *line = c->line[i];
            *col = c->col[i];
        }
    }
    return *line > 0;
}

static const char *const role_words[ROLE_COUNT] = {
    "agency", "office", "kind", "dateline", "title", "body", "heading",
    "table-head", "table", "footer",
};

/* Record in each role's lay_font where its keys were last given. */
static void font_places(struct ctx *c)
{
    size_t lo = offsetof(struct layout, font), hi = lo + sizeof c->l->font;
    for (size_t i = 0; i < NKEYS; i++) {
        if (!c->line[i] || keys[i].off < lo || keys[i].off >= hi ||
            strncmp(keys[i].path, "fonts.", 6) != 0)
            continue;
        struct lay_font *lf = &c->l->font[(keys[i].off - lo) / sizeof *lf];
        if (c->line[i] > lf->line || (c->line[i] == lf->line && c->col[i] > lf->col)) {
            lf->line = c->line[i];
            lf->col = c->col[i];
        }
    }
}

int layout_check_leading(const struct layout *l, enum lay_role role,
                         double height)
{
    const struct lay_font *lf = &l->font[role];
    if (lf->leading + 1e-9 >= height)
        return 0;
    diag(L_LEADING, l->path ? l->path : l->name, lf->line, lf->col,
         role_words[role], lf->leading, lf->family, lf->size, height);
    return -1;
}

/* The sign section names a key and its certificate together, and a chain
 * only with them. */
static void finish_sign(struct ctx *c)
{
    const struct layout *l = c->l;
    static const char *const sign[] = {"sign.key", "sign.cert", "sign.chain", NULL};
    int line, col;
    if (!l->sign_key == !l->sign_cert && (l->sign_key || !l->sign_chain))
        return;
    latest(c, &line, &col, sign);
    diag(L_SIGN, c->file, line, col,
         l->sign_key ? "sign.key needs sign.cert" : "sign.cert and sign.chain need sign.key");
    c->errors++;
}

/* Checks across keys once the file is read: page size, room for text. */
static void finish(struct ctx *c)
{
    struct layout *l = c->l;
    font_places(c);
    if (c->line[key_index("page.size")]) {
        if (!c->line[key_index("page.width")])
            l->page_width = c->size_w;
        if (!c->line[key_index("page.height")])
            l->page_height = c->size_h;
    }
    static const char *const across[] = {"page.size", "page.width",
                                         "margins.inner", "margins.outer", NULL};
    static const char *const down[] = {"page.size", "page.height",
                                       "margins.top", "margins.bottom", NULL};
    double mw = l->margin_inner + l->margin_outer;
    double mh = l->margin_top + l->margin_bottom;
    int line, col;
    if (l->page_width - mw < MIN_TEXT) {
        latest(c, &line, &col, across);
        diag(L_NO_ROOM, c->file, line, col, "page width", l->page_width, mw,
             l->page_width - mw, MIN_TEXT);
        c->errors++;
    }
    if (l->page_height - mh < MIN_TEXT) {
        latest(c, &line, &col, down);
        diag(L_NO_ROOM, c->file, line, col, "page height", l->page_height, mh,
             l->page_height - mh, MIN_TEXT);
        c->errors++;
    }
    static const char *const foot[] = {"footer.enabled", "footer.offset",
                                       "margins.bottom", NULL};
    if (l->footer && l->footer_offset >= l->margin_bottom) {
        latest(c, &line, &col, foot);
        diag(L_FOOTER, c->file, line, col, l->footer_offset, l->margin_bottom);
        c->errors++;
    }
    finish_sign(c);
}

/* Bounds on what a layout file may hold before it is loaded as a tree:
 * libyaml's scanner takes time quadratic in the nesting depth and its
 * loader time quadratic in the anchors, and every key is checked against
 * the ones before it.  A layout needs three levels, about 70 keys and no
 * anchors at all. */
#define LAY_MAX_DEPTH 16
#define LAY_MAX_KEYS 1000     /* mapping entries in the whole file */
#define LAY_MAX_ANCHORS 100   /* anchors and aliases together */

/* The event pass that enforces the bounds above, stopping at the first
 * one crossed: 0, or 1 after reporting it.  A syntax error is left for the
 * loader to report.  Rewinds f. */
static int check_bounds(FILE *f, const char *path)
{
    yaml_parser_t p;
    yaml_event_t ev;
    int depth = 0, over = 0;
    size_t scalars = 0, anchors = 0;
    if (!yaml_parser_initialize(&p))
        return 0;  /* the loader reports it */
    yaml_parser_set_input_file(&p, f);
    while (!over && yaml_parser_parse(&p, &ev)) {
        yaml_event_type_t t = ev.type;
        int line = mark_line(ev.start_mark), col = mark_col(ev.start_mark);
        if (t == YAML_ALIAS_EVENT ||
            (t == YAML_SCALAR_EVENT && ev.data.scalar.anchor) ||
            (t == YAML_SEQUENCE_START_EVENT && ev.data.sequence_start.anchor) ||
            (t == YAML_MAPPING_START_EVENT && ev.data.mapping_start.anchor))
            anchors++;
        if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT)
            depth++;
        else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT)
            depth--;
        else if (t == YAML_SCALAR_EVENT)
            scalars++;
        yaml_event_delete(&ev);
        if (depth > LAY_MAX_DEPTH)
            diag(L_TOO_DEEP, path, line, col, LAY_MAX_DEPTH);
        else if (scalars > 2 * LAY_MAX_KEYS)
            diag(L_TOO_MANY_KEYS, path, line, col, LAY_MAX_KEYS);
        else if (anchors > LAY_MAX_ANCHORS)
            diag(L_TOO_MANY_ANCHORS, path, line, col, LAY_MAX_ANCHORS);
        else if (t != YAML_STREAM_END_EVENT)
            continue;
        over = t != YAML_STREAM_END_EVENT;
        break;
    }
    yaml_parser_delete(&p);
    rewind(f);
    return over;
}

/* Read file f (named path) over the defaults in l.  Returns EXIT_OK or
 * EXIT_ENV. */
static int read_file(FILE *f, const char *path, struct layout *l)
{
    yaml_parser_t parser;
    yaml_document_t doc;
    struct ctx *c = xcalloc(1, sizeof *c);
    int rc = EXIT_ENV;

    c->file = path;
    c->l = l;
    c->doc = &doc;
    if (check_bounds(f, path)) {
        free(c);
        return EXIT_ENV;
    }
    if (!yaml_parser_initialize(&parser)) {
        diag(L_SYNTAX, path, 0, 0, "cannot initialise the YAML parser");
        free(c);
        return EXIT_ENV;
    }
    yaml_parser_set_input_file(&parser, f);
    if (!yaml_parser_load(&parser, &doc)) {
        yaml_error(path, f, &parser);
        goto out;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (root && root->type == YAML_MAPPING_NODE)
        walk(c, root, NULL);
    else if (root && !(root->type == YAML_SCALAR_NODE && is_null(root))) {
        diag(L_TOP, path, mark_line(root->start_mark), mark_col(root->start_mark),
             node_what(root));
        c->errors++;
    }
    if (root) {
        yaml_document_t next;
        yaml_document_delete(&doc);
        if (!yaml_parser_load(&parser, &next)) {
            yaml_error(path, f, &parser);
            goto out;
        }
        if (yaml_document_get_root_node(&next)) {
            diag(L_MULTI_DOC, path, mark_line(next.start_mark),
                 mark_col(next.start_mark));
            c->errors++;
        }
        yaml_document_delete(&next);
    } else {
        yaml_document_delete(&doc);
    }
    if (!c->errors)
        finish(c);
    rc = c->errors ? EXIT_ENV : EXIT_OK;
out:
    yaml_parser_delete(&parser);
    free(c);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Stems of the *.yaml files in DATADIR/layouts, sorted; NULL-terminated
 * array the caller frees with free_names, or NULL when the folder cannot be
 * read (errno set). */
static char **layout_names(const char *datadir, size_t *count)
{
    struct buf dir;
    buf_init(&dir);
    buf_printf(&dir, "%s/layouts", datadir);
    DIR *d = opendir(dir.s);
    buf_free(&dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len <= 5 || e->d_name[0] == '.' || strcmp(e->d_name + len - 5, ".yaml"))
            continue;
        xgrow(&names, &cap, n + 2, sizeof *names);
        names[n++] = xstrndup(e->d_name, len - 5);
    }
    closedir(d);
    xgrow(&names, &cap, n + 1, sizeof *names);
    names[n] = NULL;
    qsort(names, n, sizeof *names, cmp_str);
    *count = n;
    return names;
}

static void free_names(char **names)
{
    for (char **p = names; p && *p; p++)
        free(*p);
    free(names);
}

/* The note listing the layouts in datadir, after a layout was not found. */
static void note_available(const char *datadir)
{
    size_t n = 0;
    char **names = layout_names(datadir, &n);
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
    if (!n)
        buf_printf(&b, "none (no *.yaml files in %s/layouts)", datadir);
    diag(L_AVAILABLE, NULL, 0, 0, b.s);
    buf_free(&b);
    free_names(names);
}

static int ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && !strcmp(s + n - m, tail);
}

int layout_load(const char *name_or_file, const char *datadir,
                struct layout *out)
{
    struct buf path;
    buf_init(&path);
    memset(out, 0, sizeof *out);
    int by_path = strchr(name_or_file, '/') || ends_with(name_or_file, ".yaml");
    if (by_path)
        buf_adds(&path, name_or_file);
    else
        buf_printf(&path, "%s/layouts/%s.yaml", datadir, name_or_file);

    FILE *f = fopen(path.s, "rb");
    struct stat st;
    if (!f) {
        int e = errno;
        if (e == ENOENT && !by_path)
            diag(L_NOT_FOUND, NULL, 0, 0, name_or_file, path.s);
        else
            diag(L_OPEN, path.s, 0, 0, strerror(e));
        if (e == ENOENT)
            note_available(datadir);
        buf_free(&path);
        return EXIT_ENV;
    }
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        diag(L_OPEN, path.s, 0, 0, "it is a folder");
        fclose(f);
        buf_free(&path);
        return EXIT_ENV;
    }
    layout_default(out);
    out->path = buf_take(&path);
    int rc = read_file(f, out->path, out);
    fclose(f);
    if (rc) {
        layout_free(out);
        return rc;
    }
    if (!out->name) {
        const char *base = strrchr(out->path, '/');
        base = base ? base + 1 : out->path;
        size_t n = strlen(base);
        if (ends_with(base, ".yaml") && n > 5)
            n -= 5;
        out->name = xstrndup(base, n);
    }
    return EXIT_OK;
}

int layout_load_bytes(const char *name, const char *bytes, size_t n,
                      struct layout *out)
{
    memset(out, 0, sizeof *out);
    FILE *f = n ? fmemopen((void *)bytes, n, "rb") : fopen("/dev/null", "rb");
    if (!f) {
        diag(L_OPEN, name, 0, 0, strerror(errno));
        return EXIT_ENV;
    }
    layout_default(out);
    out->path = xstrdup(name);
    int rc = read_file(f, out->path, out);
    fclose(f);
    if (rc) {
        layout_free(out);
        return rc;
    }
    if (!out->name)
        out->name = xstrdup(name);
    return EXIT_OK;
}

int layout_list(const char *datadir, FILE *out)
{
    size_t n = 0;
    char **names = layout_names(datadir, &n);
    if (!names) {
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "%s/layouts: %s", datadir, strerror(errno));
        diag(L_DIR, NULL, 0, 0, b.s);
        buf_free(&b);
        return -1;
    }
    int width = 0;
    for (size_t i = 0; i < n; i++)
        if ((int)strlen(names[i]) > width)
            width = (int)strlen(names[i]);
    for (size_t i = 0; i < n; i++) {
        struct layout l;
        struct buf path;
        buf_init(&path);
        buf_printf(&path, "%s/layouts/%s.yaml", datadir, names[i]);
        int rc = layout_load(path.s, datadir, &l);
        buf_free(&path);
        if (rc == 0) {
            fprintf(out, "%-*s  %s\n", width, names[i], l.description);
            layout_free(&l);
        } else {
            fprintf(out, "%-*s  (cannot be read; see the error above)\n", width,
                    names[i]);
        }
    }
    free_names(names);
    return (int)n;
}
