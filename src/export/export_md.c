/* export_md.c -- prints the statement model as Markdown+YAML source (the
 * format src_parse reads), so that parsing the output gives back the same
 * metadata, participants, blocks and spans.
 *
 * How the text survives CommonMark:
 *  - the header is written by libyaml's emitter, every string double-quoted;
 *  - in text, \ ` * _ [ ] < | are always backslash-escaped, & when it could
 *    start an entity, and # > - + = ~ and "N." / "N)" at the start of a
 *    block; in headings every #;
 *  - characters CommonMark would eat become numeric entities (src_parse
 *    decodes them): control characters (tab, newline), white space at the
 *    edges of a block, a link text or an emphasis, and -- where the
 *    delimiter-run rules would otherwise refuse an emphasis -- the letter
 *    just outside its '*' (so "x*“y”*" is written "&#120;*“y”*");
 *  - adjacent emphases of different styles alternate '*' and '_' so their
 *    delimiter runs do not merge;
 *  - links are [text](<url>) with < > \ & escaped in the url;
 *  - list markers: the default bullet of the level ("•" odd, "–" even
 *    depth) is written "- "; "N." / "N)" continuing (or starting) an ordered
 *    list is written as such; any other marker ("a.", "(iv)", "o", a
 *    non-consecutive number) as a '+' item whose first word is the marker:
 *    "+ (a) text" (see source.h).  A missing parent level is written as an
 *    empty '-' item on the same line ("- - text").  A list item with a NULL
 *    marker is a later paragraph of the item above it and is indented under
 *    it.
 * Lines of plain text are wrapped at single spaces before a letter, which
 * md4c turns back into exactly that space.
 *
 * Not representable: a marker containing a space or an empty marker, a
 * NULL-marker item with no item above it (comes back with the default
 * bullet), blocks without text (dropped), paragraph levels (always 1),
 * heading levels above 5, newlines inside link URLs.
 */
#include "export/export.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "base/util.h"

#define WRAP_WIDTH 78
#define BREAK '\x01'   /* a space where a line may be broken */

/* ---- header ------------------------------------------------------------- */

static int to_buf(void *data, unsigned char *buffer, size_t size)
{
    buf_add(data, (const char *)buffer, size);
    return 1;
}

static void y_emit(yaml_emitter_t *e, yaml_event_t *ev)
{
    yaml_emitter_emit(e, ev);  /* only fails on misuse; output is in memory */
}

static void y_key(yaml_emitter_t *e, const char *k)
{
    yaml_event_t ev;
    yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)k, -1, 1, 1,
                                 YAML_PLAIN_SCALAR_STYLE);
    y_emit(e, &ev);
}

static void y_str(yaml_emitter_t *e, const char *v)
{
    yaml_event_t ev;
    yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)v, -1, 0, 1,
                                 YAML_DOUBLE_QUOTED_SCALAR_STYLE);
    y_emit(e, &ev);
}

static void y_pair(yaml_emitter_t *e, const char *k, const char *v)
{
    if (!v)
        return;
    y_key(e, k);
    y_str(e, v);
}

/* The YAML header between its '---' lines. */
static void header(const struct statement *s, struct buf *o)
{
    yaml_emitter_t e;
    yaml_event_t ev;
    yaml_emitter_initialize(&e);
    yaml_emitter_set_output(&e, to_buf, o);
    yaml_emitter_set_unicode(&e, 1);
    yaml_emitter_set_width(&e, -1);
    yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
    y_emit(&e, &ev);
    yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
    y_emit(&e, &ev);
    yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
    y_emit(&e, &ev);
    y_pair(&e, "title", s->title);
    y_pair(&e, "short_title", s->short_title);
    y_pair(&e, "kind", s->kind);
    y_pair(&e, "office", s->office);
    y_pair(&e, "agency", s->agency);
    y_pair(&e, "place", s->place);
    y_pair(&e, "date", s->date);
    y_pair(&e, "language", s->language);
    y_pair(&e, "preface", s->preface);
    y_pair(&e, "closing", s->closing);
    y_pair(&e, "url", s->url);
    if (s->nkeywords) {
        y_key(&e, "keywords");
        yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_FLOW_SEQUENCE_STYLE);
        y_emit(&e, &ev);
        for (size_t i = 0; i < s->nkeywords; i++)
            y_str(&e, s->keywords[i] ? s->keywords[i] : "");
        yaml_sequence_end_event_initialize(&ev);
        y_emit(&e, &ev);
    }
    y_pair(&e, "layout", s->layout);
    if (s->nparts) {
        y_key(&e, "participants");
        yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
        y_emit(&e, &ev);
        for (size_t i = 0; i < s->nparts; i++) {
            const struct participant *p = &s->parts[i];
            yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
            y_emit(&e, &ev);
            y_key(&e, "name");
            y_str(&e, p->name ? p->name : "");
            y_pair(&e, "title", p->title);
            y_pair(&e, "delegation", p->delegation);
            yaml_mapping_end_event_initialize(&ev);
            y_emit(&e, &ev);
        }
        yaml_sequence_end_event_initialize(&ev);
        y_emit(&e, &ev);
    }
    yaml_mapping_end_event_initialize(&ev);
    y_emit(&e, &ev);
    yaml_document_end_event_initialize(&ev, 1);
    y_emit(&e, &ev);
    yaml_stream_end_event_initialize(&ev);
    y_emit(&e, &ev);
    yaml_emitter_delete(&e);
}

/* ---- characters --------------------------------------------------------- */

static int is_ws(unsigned c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

static int is_apunct(unsigned c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
           (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

/* White space or punctuation for certain (emphasis may touch it). */
static int known_sep(unsigned c)
{
    return is_ws(c) || is_apunct(c) || (c >= 0x2010 && c <= 0x2027) ||
           (c >= 0x2030 && c <= 0x205E) || c == 0xAB || c == 0xBB ||
           c == 0xA1 || c == 0xBF || c == 0xA7 || c == 0xB6 || c == 0xB7;
}

/* A letter or digit for certain (an emphasis may start or end with it
 * whatever is outside). */
static int safe_alnum(unsigned c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
           (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
           (c >= 0x391 && c <= 0x3FF) || (c >= 0x400 && c <= 0x481);
}

static unsigned first_cp(const char *s)
{
    unsigned c = 0;
    if (*s)
        utf8_decode(s, strlen(s), &c);
    return c;
}

static unsigned last_cp(const char *s)
{
    size_t n = strlen(s), i = n;
    unsigned c = 0;
    if (!n)
        return 0;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i > 0)
        i--;
    utf8_decode(s + i, n - i, &c);
    return c;
}

enum {
    T_ENC_FIRST = 1,   /* first character as an entity */
    T_ENC_LAST = 2,    /* last character as an entity */
    T_EDGE_FIRST = 4,  /* leading white space as an entity */
    T_EDGE_LAST = 8,   /* trailing white space as an entity */
    T_LINE_START = 16, /* the text starts a line */
    T_HEADING = 32,    /* escape every '#' */
    T_NOWRAP = 64,     /* no break points */
};

/* Append text s escaped for CommonMark inline content. */
static void put_text(struct buf *o, const char *s, int f)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned c;
        size_t k = utf8_decode(s + i, n - i, &c);
        int first = i == 0, last = i + k == n;
        if ((first && (f & T_ENC_FIRST)) || (last && (f & T_ENC_LAST)) ||
            (is_ws(c) && ((first && (f & T_EDGE_FIRST)) || (last && (f & T_EDGE_LAST)))) ||
            c < 0x20) {
            buf_printf(o, "&#%u;", c);
            i += k;
            continue;
        }
        if (first && (f & T_LINE_START)) {
            if (strchr("#>-+=~", (int)c)) {
                buf_addc(o, '\\');
                buf_addc(o, (char)c);
                i += k;
                continue;
            }
            size_t d = 0;
            while (i + d < n && s[i + d] >= '0' && s[i + d] <= '9')
                d++;
            if (d && i + d < n && (s[i + d] == '.' || s[i + d] == ')') &&
                (i + d + 1 == n || s[i + d + 1] == ' ' || s[i + d + 1] == '\t')) {
                buf_add(o, s + i, d);
                buf_addc(o, '\\');
                i += d;
                continue;  /* the delimiter itself follows as plain text */
            }
        }
        if (c < 0x80 && (strchr("\\`*_[]<|", (int)c) || (c == '#' && (f & T_HEADING)))) {
            buf_addc(o, '\\');
            buf_addc(o, (char)c);
        } else if (c == '&' && i + 1 < n &&
                   (s[i + 1] == '#' || ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z'))) {
            buf_adds(o, "\\&");
        } else if (c == ' ' && !(f & T_NOWRAP) && i > 0 && s[i - 1] != ' ' &&
                   !last && ((unsigned char)s[i + 1] >= 0x80 ||
                             (s[i + 1] >= 'a' && s[i + 1] <= 'z') ||
                             (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))) {
            buf_addc(o, BREAK);
        } else {
            buf_add(o, s + i, k);
        }
        i += k;
    }
}

/* Append a link destination in <...> form. */
static void put_url(struct buf *o, const char *u)
{
    buf_addc(o, '<');
    for (const char *p = u; *p; p++) {
        if (strchr("<>\\&", *p))
            buf_addc(o, '\\');
        if (*p == '\n')
            buf_adds(o, "%0A");
        else
            buf_addc(o, *p);
    }
    buf_addc(o, '>');
}

/* ---- inline content ----------------------------------------------------- */

struct seg {
    struct buf text;
    unsigned style;
    const char *link;
};

/* The block's spans with empty ones dropped and equal neighbours merged. */
static struct seg *normalise(const struct block *b, size_t *n)
{
    struct seg *v = xcalloc(b->nspans + 1, sizeof *v);
    size_t k = 0;
    for (size_t i = 0; i < b->nspans; i++) {
        const struct span *sp = &b->spans[i];
        if (!sp->text || !*sp->text)
            continue;
        if (k && v[k - 1].style == sp->style &&
            ((!v[k - 1].link && !sp->link) ||
             (v[k - 1].link && sp->link && !strcmp(v[k - 1].link, sp->link)))) {
            buf_adds(&v[k - 1].text, sp->text);
            continue;
        }
        buf_init(&v[k].text);
        buf_adds(&v[k].text, sp->text);
        v[k].style = sp->style & (SPAN_ITALIC | SPAN_BOLD);
        v[k].link = sp->link;
        k++;
    }
    *n = k;
    return v;
}

static const char *delim_run(char d, unsigned style)
{
    /* indexed by style: italic is one delimiter, bold two, both three */
    static const char *const stars[] = {
        [SPAN_PLAIN] = "", [SPAN_ITALIC] = "*", [SPAN_BOLD] = "**",
        [SPAN_ITALIC | SPAN_BOLD] = "***"};
    static const char *const unders[] = {
        [SPAN_PLAIN] = "", [SPAN_ITALIC] = "_", [SPAN_BOLD] = "__",
        [SPAN_ITALIC | SPAN_BOLD] = "___"};
    style &= SPAN_ITALIC | SPAN_BOLD;
    return d == '_' ? unders[style] : stars[style];
}

/* Render segments v[0..n) (all with the same link, or none), bounded on both
 * sides by punctuation or the block's edges.  f carries T_LINE_START,
 * T_HEADING, T_NOWRAP and whether the edges need white space encoded. */
static void render_run(struct buf *o, struct seg *v, size_t n, int f)
{
    char *delim = xcalloc(n + 1, 1);
    for (size_t k = 0; k < n; k++)
        if (v[k].style)
            delim[k] = (k > 0 && v[k - 1].style && delim[k - 1] == '*') ? '_' : '*';
    int base = f & (T_HEADING | T_NOWRAP);
    for (size_t k = 0; k < n; k++) {
        const char *t = v[k].text.s;
        int tf = base;
        if (k == 0)
            tf |= T_EDGE_FIRST | (f & T_LINE_START);
        if (k + 1 == n)
            tf |= T_EDGE_LAST;
        if (v[k].style) {
            const char *d = delim_run(delim[k], v[k].style);
            buf_adds(o, d);
            put_text(o, t, base | T_EDGE_FIRST | T_EDGE_LAST);
            buf_adds(o, d);
            continue;
        }
        /* plain text: encode the letter next to an emphasis that the
         * delimiter rules would otherwise refuse */
        if (k > 0 && v[k - 1].style &&
            (delim[k - 1] == '_' || !safe_alnum(last_cp(v[k - 1].text.s))) &&
            !known_sep(first_cp(t)))
            tf |= T_ENC_FIRST;
        if (k + 1 < n && v[k + 1].style &&
            (delim[k + 1] == '_' || !safe_alnum(first_cp(v[k + 1].text.s))) &&
            !known_sep(last_cp(t)))
            tf |= T_ENC_LAST;
        put_text(o, t, tf);
    }
    free(delim);
}

/* The inline Markdown of block b (with BREAK bytes where lines may wrap). */
static void render_inline(struct buf *o, const struct block *b, int f)
{
    size_t n;
    struct seg *v = normalise(b, &n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        if (v[i].link) {
            while (j < n && v[j].link && !strcmp(v[j].link, v[i].link))
                j++;
            buf_addc(o, '[');
            render_run(o, v + i, j - i, f & (T_HEADING | T_NOWRAP));
            buf_adds(o, "](");
            put_url(o, v[i].link);
            buf_addc(o, ')');
        } else {
            while (j < n && !v[j].link)
                j++;
            render_run(o, v + i, j - i, (i == 0 ? f : f & ~T_LINE_START));
        }
        i = j;
    }
    for (size_t i = 0; i < n; i++)
        buf_free(&v[i].text);
    free(v);
}

/* Number of characters (not bytes) in s[0..n). */
static size_t width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Print s wrapped at its BREAK points: first line after p1, later ones
 * after p2. */
static void put_wrapped(FILE *out, const char *p1, const char *p2, const char *s)
{
    size_t col = width(p1, strlen(p1));
    fputs(p1, out);
    int firstword = 1;
    while (*s) {
        size_t n = strcspn(s, "\x01");
        size_t w = width(s, n);
        if (!firstword) {
            if (col + 1 + w > WRAP_WIDTH) {
                fputc('\n', out);
                fputs(p2, out);
                col = width(p2, strlen(p2));
            } else {
                fputc(' ', out);
                col++;
            }
        }
        fwrite(s, 1, n, out);
        col += w;
        firstword = 0;
        s += n;
        if (*s == BREAK)
            s++;
    }
    fputc('\n', out);
}

/* ---- blocks ------------------------------------------------------------- */

#define MAXL 32

enum ltype { L_NONE, L_DASH, L_ORDERED, L_PLUS };

struct lstate {
    enum ltype type;
    unsigned next;
    char delim;
};

static const char *default_bullet(int level)
{
    return level % 2 ? "\xE2\x80\xA2" : "\xE2\x80\x93";
}

/* If m is "N." or "N)" as CommonMark writes it, its number and delimiter. */
static int ordered_marker(const char *m, unsigned *num, char *delim)
{
    size_t d = strspn(m, "0123456789");
    if (d == 0 || d > 9 || (m[0] == '0' && d > 1) ||
        (m[d] != '.' && m[d] != ')') || m[d + 1])
        return 0;
    *num = (unsigned)strtoul(m, NULL, 10);
    *delim = m[d];
    return 1;
}

static char *spaces(int n)
{
    char *s = xmalloc((size_t)n + 1);
    memset(s, ' ', (size_t)n);
    s[n] = '\0';
    return s;
}

/* The lists open while blocks are written: for each level the column its
 * text starts at and the kind of list there; open is the number of levels
 * open after the previous block. */
struct lists {
    int col[MAXL + 1];
    struct lstate st[MAXL + 1];
    int open;
};

/* Write list item b's marker to pre and its text to line; returns the width
 * its marker takes.  m is the marker ("•", "1.", "(a)"); sibling tells
 * whether the item continues a list of its level. */
static int item_marker(struct lstate *st, int level, int sibling, const char *m,
                       const struct block *b, struct buf *pre, struct buf *line)
{
    unsigned num;
    char dl;
    if (!strcmp(m, default_bullet(level))) {
        buf_adds(pre, "- ");
        st[level].type = L_DASH;
        render_inline(line, b, T_LINE_START);
        return 2;
    }
    if (ordered_marker(m, &num, &dl) &&
        !(sibling && st[level].type == L_ORDERED && st[level].delim == dl &&
          st[level].next != num)) {
        buf_printf(pre, "%u%c ", num, dl);
        st[level] = (struct lstate){L_ORDERED, num + 1, dl};
        render_inline(line, b, T_LINE_START);
        return (int)strlen(m) + 1;
    }
    buf_adds(pre, "+ ");
    st[level].type = L_PLUS;
    put_text(line, m, T_LINE_START | T_NOWRAP);
    size_t at = line->len;
    buf_addc(line, ' ');
    render_inline(line, b, 0);
    if (line->len == at + 1)  /* no text after the marker */
        line->s[--line->len] = '\0';
    return 2;
}

/* List item b at level: its first-line prefix in pre, text in line; returns
 * the prefix of its further lines (the caller frees it). */
static char *list_item(struct lists *L, const struct block *b, int level,
                       struct buf *pre, struct buf *line)
{
    if (!b->marker && L->open >= level) {
        /* a later paragraph of the item above */
        char *ind = spaces(L->col[level]);
        buf_adds(pre, ind);
        free(ind);
        render_inline(line, b, T_LINE_START);
        L->open = level;
        for (int k = level + 1; k <= MAXL; k++)
            L->st[k].type = L_NONE;
        return xstrdup(pre->s);
    }
    const char *m = b->marker ? b->marker : default_bullet(level);
    int sibling = L->open >= level;  /* continues a list of this level */
    if (L->open > level - 1)
        L->open = level - 1;
    char *ind = spaces(L->col[L->open]);
    buf_adds(pre, ind);
    free(ind);
    for (int k = L->open + 1; k < level; k++) {  /* missing parents */
        buf_adds(pre, "- ");
        L->col[k] = L->col[k - 1] + 2;
        L->st[k].type = L_DASH;
    }
    int ncol = item_marker(L->st, level, sibling, m, b, pre, line);
    L->col[level] = L->col[level - 1] + ncol;
    for (int k = level + 1; k <= MAXL; k++)
        L->st[k].type = L_NONE;
    L->open = level;
    return spaces(L->col[level]);
}

/* Block b: its first-line prefix in pre, text in line; returns the prefix
 * of its further lines (the caller frees it). */
static char *block_lines(struct lists *L, const struct block *b,
                         struct buf *pre, struct buf *line)
{
    int level = b->level < 1 ? 1 : b->level > MAXL ? MAXL : b->level;
    if (b->kind != BLK_LIST_ITEM)
        memset(L, 0, sizeof *L);
    switch (b->kind) {
    case BLK_HEADING: {
        int h = level + 1 > 6 ? 6 : level + 1;
        for (int k = 0; k < h; k++)
            buf_addc(pre, '#');
        buf_addc(pre, ' ');
        render_inline(line, b, T_HEADING | T_NOWRAP);
        return xstrdup("");
    }
    case BLK_QUOTE:
        for (int k = 0; k < level; k++)
            buf_adds(pre, "> ");
        render_inline(line, b, T_LINE_START);
        return xstrdup(pre->s);
    case BLK_LIST_ITEM:
        return list_item(L, b, level, pre, line);
    default:
        render_inline(line, b, T_LINE_START);
        return xstrdup("");
    }
}

void export_markdown(const struct statement *s, FILE *out)
{
    struct buf o;
    buf_init(&o);
    header(s, &o);
    fputs("---\n", out);
    if (o.s)
        fputs(o.s, out);
    fputs("---\n", out);
    buf_free(&o);

    struct lists L;
    memset(&L, 0, sizeof L);
    for (size_t i = 0; i < s->nblocks; i++) {
        const struct block *b = &s->blocks[i];
        struct buf line, pre;
        buf_init(&line);
        buf_init(&pre);
        buf_add(&line, "", 0);
        buf_add(&pre, "", 0);
        char *p2 = block_lines(&L, b, &pre, &line);
        /* a block without text cannot be written (it would vanish) */
        if (line.len > 0 || (b->kind == BLK_LIST_ITEM && b->marker)) {
            fputc('\n', out);
            put_wrapped(out, pre.s, p2, line.s);
        }
        free(p2);
        buf_free(&line);
        buf_free(&pre);
    }
}
