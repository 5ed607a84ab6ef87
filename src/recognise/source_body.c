/* source_body.c -- the CommonMark body of a Markdown+YAML source, turned
 * into blocks and spans with md4c's callbacks.  Block lines come from the
 * text pointers md4c hands out, which point into the source. */
#include "recognise/source_parts.h"

#include <md4c.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/util.h"

/* Longest link target made clickable, in bytes (libharu fails the whole
 * document on a very long /URI string; 2,000 is what browsers and servers
 * commonly accept). */
#define SRC_MAX_URI 2000

/* ---- positions ---------------------------------------------------------- */

/* Line starts of the whole file, for offset -> line:column. */
struct lines {
    size_t *start;
    size_t n;
};

static void lines_init(struct lines *L, const struct text *t)
{
    size_t cap = 0;
    L->start = NULL;
    L->n = 0;
    xgrow(&L->start, &cap, 1, sizeof *L->start);
    L->start[L->n++] = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->data[i] == '\n') {
            xgrow(&L->start, &cap, L->n + 1, sizeof *L->start);
            L->start[L->n++] = i + 1;
        }
}

/* 1-based line of byte offset off. */
static int lines_line(const struct lines *L, size_t off)
{
    size_t lo = 0, hi = L->n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (L->start[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (int)lo + 1;
}

/* 1-based column (in characters) of byte offset off. */
static int lines_col(const struct lines *L, const char *data, size_t off)
{
    size_t from = L->start[lines_line(L, off) - 1];
    int col = 1;
    for (size_t i = from; i < off; i++)
        if (((unsigned char)data[i] & 0xC0) != 0x80)
            col++;
    return col;
}

/* ---- blocks and spans --------------------------------------------------- */

enum cont_kind { C_QUOTE, C_LI };

struct cont {
    enum cont_kind kind;
    int blocks;          /* LI: blocks made inside it so far */
    char *marker;        /* LI: its marker */
    int explicit_marker; /* LI in a '+' list: first word is the marker */
};

struct list {
    int ordered;
    unsigned next;
    char mark;  /* '-', '*', '+' or the ordered delimiter */
};

struct body {
    const struct text *t;
    const struct lines *L;
    struct statement *s;
    const char *base;  /* body start */
    size_t size;
    struct cont conts[128];
    int nconts;
    int conts_over;    /* containers deeper than conts holds (ignored) */
    struct list lists[128];
    int nlists;
    int lists_over;
    int cur;           /* index of the open block, or -1 */
    int cur_explicit;  /* open block takes its marker from its first word */
    size_t cur_off;    /* first source offset seen in the open block */
    int cur_verbatim;  /* code or HTML block: '\n' becomes a space, trimmed */
    int pending_heading;  /* level of an entered heading, or 0 */
    int in_code, in_html_block, in_table, cell_sep, in_image;
    int pending_image;    /* image entered, not yet reported */
    int pending_code, pending_html, pending_table;
    int em, strong;
    int link_depth;    /* links inside an image's alt text nest */
    int nest_warned;   /* nesting past STMT_MAX_NESTING reported */
    char *link;
    size_t last_off;
};

static int in_source(const struct body *b, const char *p)
{
    return p >= b->base && p < b->base + b->size;
}

/* Decode an entity (&name; or &#N; or &#xH;) into out. */
static void add_entity(struct buf *out, const char *e, size_t n)
{
    static const struct {
        const char *name;
        unsigned cp;
    } named[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
        {"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014},
        {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
        {"rdquo", 0x201D}, {"hellip", 0x2026}, {"bull", 0x2022},
        {"middot", 0xB7}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122},
        {"sect", 0xA7}, {"para", 0xB6}, {"deg", 0xB0}, {"eacute", 0xE9},
        {"aacute", 0xE1}, {"iacute", 0xED}, {"oacute", 0xF3}, {"uacute", 0xFA},
        {"ntilde", 0xF1}, {"ccedil", 0xE7}, {"euro", 0x20AC}, {"shy", 0xAD},
        {"laquo", 0xAB}, {"raquo", 0xBB},
    };
    if (n >= 4 && e[1] == '#') {
        unsigned long cp;
        char *end;
        if (e[2] == 'x' || e[2] == 'X')
            cp = strtoul(e + 3, &end, 16);
        else
            cp = strtoul(e + 2, &end, 10);
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = 0xFFFD;
        buf_add_utf8(out, (unsigned)cp);
        return;
    }
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strlen(named[i].name) == n - 2 && !strncmp(e + 1, named[i].name, n - 2)) {
            buf_add_utf8(out, named[i].cp);
            return;
        }
    buf_add(out, e, n);  /* unknown: literal text, as CommonMark says */
}

/* An md4c attribute (link destination) as a string, entities decoded. */
static char *attr_string(const MD_ATTRIBUTE *a)
{
    struct buf o;
    buf_init(&o);
    buf_add(&o, "", 0);
    for (int i = 0; a->substr_offsets[i] < a->size; i++) {
        const char *p = a->text + a->substr_offsets[i];
        size_t n = a->substr_offsets[i + 1] - a->substr_offsets[i];
        if (a->substr_types[i] == MD_TEXT_ENTITY)
            add_entity(&o, p, n);
        else if (a->substr_types[i] == MD_TEXT_NULLCHAR)
            buf_add_utf8(&o, 0xFFFD);
        else
            buf_add(&o, p, n);
    }
    return buf_take(&o);
}

static int quote_depth(const struct body *b)
{
    int n = 0;
    for (int i = 0; i < b->nconts; i++)
        n += b->conts[i].kind == C_QUOTE;
    return n;
}

static int list_depth(const struct body *b)
{
    int n = 0;
    for (int i = 0; i < b->nconts; i++)
        n += b->conts[i].kind == C_LI;
    return n;
}

/* Close the open block: take an explicit marker, trim verbatim text, set
 * its line. */
static void close_block(struct body *b)
{
    if (b->cur < 0)
        return;
    struct block *bl = &b->s->blocks[b->cur];
    if (b->cur_verbatim && bl->nspans) {
        char *t = bl->spans[0].text;
        for (char *p = t; *p; p++)
            if (*p == '\n')
                *p = ' ';
        size_t n = strlen(t);
        while (n && t[n - 1] == ' ')
            t[--n] = '\0';
        if (!n) {  /* an empty code block: no block */
            free(bl->spans[0].text);
            free(bl->spans[0].link);
            free(bl->spans);
            free(bl->marker);
            b->s->nblocks--;
            b->cur = -1;
            return;
        }
    }
    if (b->cur_explicit && bl->nspans) {
        /* '+' item: the first word of the first span is the marker */
        char *t = bl->spans[0].text;
        size_t w = strcspn(t, " ");
        free(bl->marker);
        bl->marker = xstrndup(t, w);
        memmove(t, t + w + (t[w] == ' '), strlen(t + w + (t[w] == ' ')) + 1);
        if (!*t) {
            free(t);
            free(bl->spans[0].link);
            memmove(bl->spans, bl->spans + 1, (bl->nspans - 1) * sizeof *bl->spans);
            bl->nspans--;
        }
    }
    bl->line = lines_line(b->L, b->cur_off);
    b->cur = -1;
}

/* Open a block for text arriving now, of the kind its context gives. */
static struct block *open_block(struct body *b, size_t off)
{
    enum block_kind kind = BLK_PARAGRAPH;
    int level = 1;
    const char *marker = NULL;
    struct cont *li = NULL;
    b->cur_explicit = 0;
    for (int i = b->nconts - 1; i >= 0; i--)
        if (b->conts[i].kind == C_LI) {
            li = &b->conts[i];
            break;
        }
    if (b->pending_heading) {
        kind = BLK_HEADING;
        level = b->pending_heading > 1 ? b->pending_heading - 1 : 1;
    } else if (b->nconts && b->conts[b->nconts - 1].kind == C_LI) {
        kind = BLK_LIST_ITEM;
        level = list_depth(b);
        if (li->blocks == 0) {
            marker = li->marker;
            b->cur_explicit = li->explicit_marker;
        }
    } else if (b->nconts) {
        kind = BLK_QUOTE;
        level = quote_depth(b);
    }
    if (li)
        li->blocks++;
    if (level > STMT_MAX_NESTING && kind != BLK_HEADING) {
        if (!b->nest_warned++)
            diag(S_NESTING, b->t->name, lines_line(b->L, off), 0, level,
                 STMT_MAX_NESTING);
        level = STMT_MAX_NESTING;
    }
    stmt_add_block(b->s, kind, level, marker, NULL, 0);
    b->cur = (int)b->s->nblocks - 1;
    b->cur_off = off;
    b->cur_verbatim = b->in_code || b->in_html_block;
    return &b->s->blocks[b->cur];
}

/* Append text in the current style to the open block. */
static void add_text(struct body *b, const char *p, size_t n, size_t off)
{
    struct block *bl = b->cur >= 0 ? &b->s->blocks[b->cur] : open_block(b, off);
    if (b->cell_sep) {
        b->cell_sep = 0;
        if (bl->nspans)
            add_text(b, " | ", 3, off);
    }
    unsigned style = (b->em ? SPAN_ITALIC : 0) | (b->strong ? SPAN_BOLD : 0);
    struct span *last = bl->nspans ? &bl->spans[bl->nspans - 1] : NULL;
    if (last && last->style == style &&
        ((!last->link && !b->link) ||
         (last->link && b->link && !strcmp(last->link, b->link)))) {
        size_t have = strlen(last->text);
        last->text = xrealloc(last->text, have + n + 1);
        memcpy(last->text + have, p, n);
        last->text[have + n] = '\0';
        return;
    }
    char *s = xstrndup(p, n);
    stmt_add_span(bl, s, style, b->link);
    free(s);
}

static int md_enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    struct body *b = ud;
    if (type != MD_BLOCK_TH && type != MD_BLOCK_TD)  /* cells share a row */
        close_block(b);
    switch (type) {
    case MD_BLOCK_QUOTE:
        if (b->nconts < 128 && !b->conts_over)
            b->conts[b->nconts++] = (struct cont){C_QUOTE, 0, NULL, 0};
        else
            b->conts_over++;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (b->nlists >= 128 || b->lists_over) {
            b->lists_over++;
        } else {
            struct list *l = &b->lists[b->nlists++];
            if (type == MD_BLOCK_OL) {
                MD_BLOCK_OL_DETAIL *d = detail;
                *l = (struct list){1, d->start, d->mark_delimiter};
            } else {
                MD_BLOCK_UL_DETAIL *d = detail;
                *l = (struct list){0, 0, d->mark};
            }
        }
        break;
    case MD_BLOCK_LI:
        if (b->nconts >= 128 || b->conts_over || b->nlists == 0) {
            b->conts_over++;
        } else {
            struct list *l = &b->lists[b->nlists - 1];
            struct cont c = {C_LI, 0, NULL, 0};
            struct buf m;
            buf_init(&m);
            if (l->ordered)
                buf_printf(&m, "%u%c", l->next++, l->mark);
            else if (l->mark == '+')
                c.explicit_marker = 1;
            else
                buf_adds(&m, (list_depth(b) + 1) % 2 ? "\xE2\x80\xA2" : "\xE2\x80\x93");
            c.marker = buf_take(&m);
            b->conts[b->nconts++] = c;
        }
        break;
    case MD_BLOCK_H:
        b->pending_heading = (int)((MD_BLOCK_H_DETAIL *)detail)->level;
        break;
    case MD_BLOCK_CODE:
        b->in_code = 1;
        b->pending_code = ((MD_BLOCK_CODE_DETAIL *)detail)->fence_char ? 2 : 1;
        break;
    case MD_BLOCK_HTML:
        b->in_html_block = 1;
        b->pending_html = 1;
        break;
    case MD_BLOCK_TABLE:
        b->in_table = 1;
        b->pending_table = 1;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        b->cell_sep = 1;
        break;
    default:
        break;
    }
    return 0;
}

static int md_leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    struct body *b = ud;
    (void)detail;
    switch (type) {
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_LI:
        close_block(b);
        if (b->conts_over > 0) {
            b->conts_over--;
        } else if (b->nconts > 0) {
            free(b->conts[b->nconts - 1].marker);
            b->nconts--;
        }
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        close_block(b);
        if (b->lists_over > 0)
            b->lists_over--;
        else if (b->nlists > 0)
            b->nlists--;
        break;
    case MD_BLOCK_H:
        close_block(b);
        b->pending_heading = 0;
        break;
    case MD_BLOCK_CODE:
        close_block(b);
        b->in_code = 0;
        break;
    case MD_BLOCK_HTML:
        close_block(b);
        b->in_html_block = 0;
        break;
    case MD_BLOCK_TABLE:
        b->in_table = 0;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        break;  /* cells of a row share the row's block */
    default:
        close_block(b);
        break;
    }
    return 0;
}

/* The scheme of uri is one a reader may follow from an archived document:
 * http, https or mailto (letters compared without case). */
static int link_scheme_allowed(const char *uri)
{
    static const char *const allowed[] = {"http:", "https:", "mailto:"};
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        if (!strncasecmp(uri, allowed[i], strlen(allowed[i])))
            return 1;
    return 0;
}

/* A link's target, or NULL when it is not safe to make clickable (a scheme
 * other than http, https or mailto; longer than SRC_MAX_URI bytes): the
 * text is kept either way, and a dropped target is reported where the
 * destination is written (or at the last text seen, for a reference). */
static char *checked_link(struct body *b, const MD_ATTRIBUTE *a)
{
    char *uri = attr_string(a);
    size_t off = in_source(b, a->text) ? (size_t)(a->text - b->t->data) : b->last_off;
    int line = lines_line(b->L, off), col = lines_col(b->L, b->t->data, off);
    size_t n = strlen(uri);
    if (n > SRC_MAX_URI) {
        diag(S_LINK_LONG, b->t->name, line, col, n, SRC_MAX_URI);
    } else if (!link_scheme_allowed(uri)) {
        /* name the scheme, or say there is none (a relative target) */
        size_t k = strspn(uri, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
        if (uri[k] == ':' && k > 0 && k <= 32)
            diag(S_LINK_SCHEME, b->t->name, line, col, (int)k, uri);
        else
            diag(S_LINK_RELATIVE, b->t->name, line, col);
    } else {
        return uri;
    }
    free(uri);
    return NULL;
}

static int md_enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
    struct body *b = ud;
    switch (type) {
    case MD_SPAN_EM: b->em++; break;
    case MD_SPAN_STRONG: b->strong++; break;
    case MD_SPAN_A:
        if (b->link_depth++ == 0)  /* an inner link keeps the outer one */
            b->link = checked_link(b, &((MD_SPAN_A_DETAIL *)detail)->href);
        break;
    case MD_SPAN_IMG:
        b->in_image++;
        b->pending_image = 1;
        break;
    default: break;
    }
    return 0;
}

static void report_image(struct body *b, size_t off)
{
    if (!b->pending_image)
        return;
    b->pending_image = 0;
    diag(S_IMAGE, b->t->name, lines_line(b->L, off), 0);
}

static int md_leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
    struct body *b = ud;
    (void)detail;
    switch (type) {
    case MD_SPAN_EM: b->em--; break;
    case MD_SPAN_STRONG: b->strong--; break;
    case MD_SPAN_A:
        if (--b->link_depth == 0) {
            free(b->link);
            b->link = NULL;
        }
        break;
    case MD_SPAN_IMG:
        report_image(b, b->last_off);
        b->in_image--;
        break;
    default: break;
    }
    return 0;
}

static int md_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *ud)
{
    struct body *b = ud;
    size_t off = b->last_off;
    if (in_source(b, text)) {
        off = (size_t)(text - b->t->data);
        b->last_off = off;
    }
    report_image(b, off);
    if (b->pending_code) {
        /* a fenced block's first text is on the line after the fence */
        int line = lines_line(b->L, off) - (b->pending_code == 2);
        diag(S_CODE_BLOCK, b->t->name, line, 0);
        b->pending_code = 0;
    }
    if (b->pending_html) {
        diag(S_HTML_BLOCK, b->t->name, lines_line(b->L, off), 0);
        b->pending_html = 0;
    }
    if (b->pending_table) {
        diag(S_TABLE, b->t->name, lines_line(b->L, off), 0);
        b->pending_table = 0;
    }
    if (b->cur >= 0 && off < b->cur_off && in_source(b, text))
        b->cur_off = off;
    switch (type) {
    case MD_TEXT_NULLCHAR:
        add_text(b, "\xEF\xBF\xBD", 3, off);
        break;
    case MD_TEXT_BR:
        diag(S_HARD_BREAK, b->t->name, lines_line(b->L, off), 0);
        /* fall through */
    case MD_TEXT_SOFTBR:
        add_text(b, " ", 1, off);
        break;
    case MD_TEXT_ENTITY: {
        struct buf e;
        buf_init(&e);
        add_entity(&e, text, size);
        add_text(b, e.s, e.len, off);
        buf_free(&e);
        break;
    }
    case MD_TEXT_HTML:
        if (!b->in_html_block)
            diag(S_HTML_INLINE, b->t->name, lines_line(b->L, off),
                 lines_col(b->L, b->t->data, off));
        add_text(b, text, size, off);
        break;
    default:
        add_text(b, text, size, off);
        break;
    }
    return 0;
}

/* Parse the body (from byte offset from to the end) into blocks. */
static void parse_body(const struct text *t, const struct lines *L,
                       size_t from, struct statement *s)
{
    struct body b;
    memset(&b, 0, sizeof b);
    b.t = t;
    b.L = L;
    b.s = s;
    b.base = t->data + from;
    b.size = t->len - from;
    b.cur = -1;
    b.last_off = from;
    MD_PARSER p;
    memset(&p, 0, sizeof p);
    p.flags = MD_FLAG_TABLES;
    p.enter_block = md_enter_block;
    p.leave_block = md_leave_block;
    p.enter_span = md_enter_span;
    p.leave_span = md_leave_span;
    p.text = md_text;
    int rc = md_parse(b.base, (MD_SIZE)b.size, &p, &b);
    close_block(&b);
    for (int i = 0; i < b.nconts; i++)
        free(b.conts[i].marker);
    free(b.link);
    /* The callbacks never stop the parse, so md4c fails only when it cannot
     * allocate: the program's memory policy applies. */
    if (rc != 0)
        xalloc_failed("parsing Markdown");
}

void src_parse_body(const struct text *t, size_t from, struct statement *s)
{
    struct lines L;
    lines_init(&L, t);
    parse_body(t, &L, from, s);
    if (s->nblocks == 0)
        diag(S_NO_BODY, t->name, lines_line(&L, from > 0 ? from - 1 : 0), 0);
    free(L.start);
}
