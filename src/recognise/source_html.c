/* source_html.c -- the HTML front end's walk: gumbo's tree of the article
 * element into blocks and spans (paragraphs, headings, list items, quotes,
 * bold/italic runs, links), leaving furniture out; html_meta.c reads the
 * head and fills the header. */
#include "recognise/source_html.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/uchar.h"
#include "base/util.h"
#include "recognise/html_parts.h"

struct hlist {
    int ordered;
    long next;   /* number of the next item */
    char type;   /* '1', 'a', 'A', 'i', 'I' */
};

struct walk {
    const struct text *t;
    struct statement *s;
    struct html_meta *m;
    const char *base;      /* base URL of relative links, or NULL */
    int body;              /* the article is the whole body */
    struct block *cur;     /* the block being filled, or NULL */
    struct buf text;       /* span text not yet added to cur */
    unsigned tstyle;       /* style and link of that text */
    char *tlink;
    unsigned style;        /* the style and link in force */
    char *link;
    int space;             /* a space is due before the next character */
    struct hlist lists[STMT_MAX_NESTING + 1];
    int nlists;            /* list depth (may pass the cap) */
    int li_level;          /* level of the innermost open li, 0 outside */
    char *marker;          /* marker for the li's first block */
    int quote, heading, cell;
    int line;
    int warned_table, warned_deep, warned_nest;
};

int html_is_html_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    return dot && (!strcasecmp(dot, ".html") || !strcasecmp(dot, ".htm") ||
                   !strcasecmp(dot, ".xhtml"));
}

/* 1 for the elements that never count as open (void elements and those an
 * end tag rarely closes). */
static int never_open(const char *name, size_t n)
{
    static const char *const names[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr",
        "td", "th", "!doctype", NULL};
    for (int i = 0; names[i]; i++)
        if (strlen(names[i]) == n && !strncasecmp(name, names[i], n))
            return 1;
    return 0;
}

size_t html_open_estimate(const char *s, size_t n)
{
    size_t depth = 0, max = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '<')
            continue;
        if (!strncmp(s + i, "<!--", 4)) {
            const char *e = memmem(s + i + 4, n - i - 4, "-->", 3);
            if (!e)
                break;
            i = (size_t)(e - s) + 2;
            continue;
        }
        int end = s[i + 1] == '/';
        size_t a = i + 1 + (size_t)end, k = a;
        while (k < n && (isalnum((unsigned char)s[k]) || s[k] == '!' || s[k] == '-'))
            k++;
        if (k == a || !isalpha((unsigned char)s[a]) || never_open(s + a, k - a))
            continue;
        const char *gt = memchr(s + k, '>', n - k);
        if (!end && gt && gt > s + k && gt[-1] == '/')
            continue;  /* <x/> */
        if (end)
            depth -= depth > 0;
        else if (++depth > max)
            max = depth;
    }
    return max;
}

/* Add the pending text to the open block as one span. */
static void flush_span(struct walk *w)
{
    if (w->text.len && w->cur)
        stmt_add_span(w->cur, w->text.s, w->tstyle, w->tlink);
    buf_clear(&w->text);
}

/* End the open block; an empty one is taken back. */
static void close_block(struct walk *w)
{
    flush_span(w);
    if (w->cur && w->cur->nspans == 0) {
        free(w->cur->marker);
        free(w->cur->spans);
        w->s->nblocks--;
    }
    w->cur = NULL;
    w->space = 0;
}

/* Open a block of the kind the context gives. */
static void open_block(struct walk *w)
{
    enum block_kind k = BLK_PARAGRAPH;
    int level = 1;
    const char *marker = NULL;
    if (w->heading) {
        k = BLK_HEADING;
        level = w->heading;
    } else if (w->li_level) {
        k = BLK_LIST_ITEM;
        level = w->li_level;
        marker = w->marker;
    } else if (w->quote) {
        k = BLK_QUOTE;
        level = w->quote > STMT_MAX_NESTING ? STMT_MAX_NESTING : w->quote;
    }
    w->cur = stmt_add_block(w->s, k, level, marker, NULL, w->line);
    if (k == BLK_LIST_ITEM) {
        free(w->marker);
        w->marker = NULL;
    }
    w->space = 0;
}

/* Append text s (HTML white space collapsed; a no-break or thin space, as
 * copied text has it, a space) in the style in force. */
static void add_text(struct walk *w, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        int sp = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
        size_t nbsp = uchar_space_len((const char *)p);
        if (sp || nbsp) {
            if (w->cur)
                w->space = 1;
            p += nbsp ? nbsp : 1;
            continue;
        }
        if (!w->cur)
            open_block(w);
        int same = w->tstyle == w->style &&
                   ((!w->tlink && !w->link) ||
                    (w->tlink && w->link && !strcmp(w->tlink, w->link)));
        if (!same) {
            /* a space between runs goes to the plain one, or between two
             * styled ones is a plain run of its own */
            int old_plain = !w->tstyle && !w->tlink, new_plain = !w->style && !w->link;
            if (w->space && w->text.len && (old_plain || !new_plain)) {
                if (!old_plain) {
                    flush_span(w);
                    w->tstyle = 0;
                    free(w->tlink);
                    w->tlink = NULL;
                }
                buf_addc(&w->text, ' ');
                w->space = 0;
            }
            flush_span(w);
            w->tstyle = w->style;
            free(w->tlink);
            w->tlink = w->link ? xstrdup(w->link) : NULL;
        }
        if (w->space)
            buf_addc(&w->text, ' ');
        w->space = 0;
        buf_addc(&w->text, (char)*p++);
    }
}

/* "iv" for 4 (lower) -- roman numerals up to 3999. */
static void roman(long n, int upper, char *out, size_t cap)
{
    static const struct { int v; const char *s; } r[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
        {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
    size_t k = 0;
    out[0] = '\0';
    if (n < 1 || n > 3999) {
        snprintf(out, cap, "%ld", n);
        return;
    }
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        for (; n >= r[i].v; n -= r[i].v)
            for (const char *c = r[i].s; *c && k + 1 < cap; c++)
                out[k++] = (char)(upper ? *c - 32 : *c);
    out[k] = '\0';
}

/* The marker of the next item of list l at depth (1-based). */
static char *item_marker(struct hlist *l, int depth)
{
    char num[32];
    if (!l->ordered)
        return xstrdup(depth % 2 ? "\xE2\x80\xA2" : "\xE2\x80\x93");
    long n = l->next++;
    if ((l->type == 'a' || l->type == 'A') && n >= 1 && n <= 26)
        snprintf(num, sizeof num, "%c", (char)((l->type == 'a' ? 'a' : 'A') + n - 1));
    else if (l->type == 'i' || l->type == 'I')
        roman(n, l->type == 'I', num, sizeof num);
    else
        snprintf(num, sizeof num, "%ld", n);
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s.", num);
    return buf_take(&b);
}

static void walk(struct walk *w, const GumboNode *n, int depth);

static void walk_children(struct walk *w, const GumboNode *n, int depth)
{
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++)
        walk(w, c->data[i], depth + 1);
}

/* The text of an element nested too deep, as plain text, without
 * recursion. */
static void flat_text(struct walk *w, const GumboNode *n)
{
    if (!w->warned_deep++)
        diag(H_TOO_DEEP, w->t->name, (int)n->v.element.start_pos.line, 0, HTML_MAX_DEPTH);
    char *s = html_text_of(n);
    add_text(w, s);
    free(s);
}

/* A link's URL if its scheme is kept (a root-relative path resolved against
 * the base), else NULL after the warning; in-page anchors give NULL
 * silently.  Caller frees. */
static char *link_target(struct walk *w, const GumboNode *n, const char *href)
{
    while (*href == ' ' || *href == '\t' || *href == '\n')
        href++;
    if (!*href || *href == '#')
        return NULL;
    if (!strncasecmp(href, "http://", 7) || !strncasecmp(href, "https://", 8) ||
        !strncasecmp(href, "mailto:", 7))
        return xstrdup(href);
    if (href[0] == '/' && w->base) {
        const char *host = strstr(w->base, "://");
        if (host && href[1] == '/') {  /* protocol-relative */
            struct buf b;
            buf_init(&b);
            buf_add(&b, w->base, (size_t)(host - w->base) + 1);
            buf_adds(&b, href);
            return buf_take(&b);
        }
        if (host) {
            const char *end = strchr(host + 3, '/');
            size_t k = end ? (size_t)(end - w->base) : strlen(w->base);
            struct buf b;
            buf_init(&b);
            buf_add(&b, w->base, k);
            buf_adds(&b, href);
            return buf_take(&b);
        }
    }
    diag(H_LINK_SCHEME, w->t->name, (int)n->v.element.start_pos.line, 0, href);
    return NULL;
}

/* An inline element that sets a style or a link. */
static void walk_inline(struct walk *w, const GumboNode *n, int depth,
                        unsigned style, const char *href)
{
    unsigned saved = w->style;
    char *saved_link = w->link;
    char *own = NULL;
    w->style |= style;
    if (href && !saved_link && (own = link_target(w, n, href)))
        w->link = own;
    walk_children(w, n, depth);
    w->style = saved;
    w->link = saved_link;
    free(own);
}

/* A list number attribute (start, value), held to +-1e9 so that counting
 * on never overflows; def when absent. */
static long list_number(const char *s, long def)
{
    if (!s)
        return def;
    long v = strtol(s, NULL, 10);
    return v > 1000000000L ? 1000000000L : v < -1000000000L ? -1000000000L : v;
}

/* <ul>/<ol>: a list level with its numbering. */
static void walk_list(struct walk *w, const GumboNode *n, int depth, int ordered)
{
    close_block(w);
    if (w->nlists == STMT_MAX_NESTING && !w->warned_nest++)
        diag(S_NESTING, w->t->name, (int)n->v.element.start_pos.line, 0,
             w->nlists + 1, STMT_MAX_NESTING);
    int k = w->nlists < STMT_MAX_NESTING ? w->nlists : STMT_MAX_NESTING;
    struct hlist saved = w->lists[k];
    const char *start = html_attr(n, "start"), *type = html_attr(n, "type");
    w->lists[k].ordered = ordered;
    w->lists[k].next = list_number(start, 1);
    w->lists[k].type = type && strchr("1aAiI", type[0]) && type[0] ? type[0] : '1';
    w->nlists++;
    walk_children(w, n, depth);
    w->nlists--;
    w->lists[k] = saved;
    close_block(w);
}

/* <li>: its first block carries the marker. */
static void walk_item(struct walk *w, const GumboNode *n, int depth)
{
    close_block(w);
    int saved = w->li_level;
    int d = w->nlists ? w->nlists : 1;
    int k = (d < STMT_MAX_NESTING ? d : STMT_MAX_NESTING) - 1;
    struct hlist plain = {0, 1, '1'};
    struct hlist *l = w->nlists ? &w->lists[k] : &plain;
    const char *value = html_attr(n, "value");
    if (value && l->ordered)
        l->next = list_number(value, 1);
    free(w->marker);
    w->marker = item_marker(l, d);
    w->li_level = k + 1;
    walk_children(w, n, depth);
    close_block(w);
    free(w->marker);
    w->marker = NULL;
    w->li_level = saved;
}

/* A block element: its content in its own blocks, kind from the context. */
static void walk_block(struct walk *w, const GumboNode *n, int depth, int heading, int quote)
{
    close_block(w);
    int sh = w->heading;
    if (heading)
        w->heading = heading;
    w->quote += quote;
    walk_children(w, n, depth);
    close_block(w);
    w->quote -= quote;
    w->heading = sh;
}

/* Table parts: a row is a block, cells joined by " | ". */
static void walk_table(struct walk *w, const GumboNode *n, int depth)
{
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_TABLE) {
        if (!w->warned_table++)
            diag(S_TABLE, w->t->name, (int)n->v.element.start_pos.line, 0);
        walk_block(w, n, depth, 0, 0);
    } else if (tag == GUMBO_TAG_TR) {
        close_block(w);
        w->cell = 0;
        walk_children(w, n, depth);
        close_block(w);
    } else {  /* td, th */
        if (w->cell++ && w->cur) {
            flush_span(w);
            w->space = 0;
            buf_adds(&w->text, " | ");
            w->tstyle = 0;
            free(w->tlink);
            w->tlink = NULL;
            flush_span(w);
        }
        walk_children(w, n, depth);
    }
}

/* A field-marking element (kind, office, date, place) when it is first. */
static int walk_role(struct walk *w, const GumboNode *n)
{
    enum html_role r = html_role_of(n);
    char **field = r == ROLE_KIND ? &w->m->kind : r == ROLE_OFFICE ? &w->m->office :
                   r == ROLE_DATE ? &w->m->date : r == ROLE_PLACE ? &w->m->place : NULL;
    if (!field || *field)
        return 0;
    const char *dt = n->v.element.tag == GUMBO_TAG_TIME ? html_attr(n, "datetime") : NULL;
    char *s = dt ? xstrdup(dt) : html_text_of(n);
    if (!*s) {
        free(s);
        return 0;
    }
    close_block(w);
    *field = s;
    return 1;
}

static void walk_element(struct walk *w, const GumboNode *n, int depth)
{
    GumboTag tag = n->v.element.tag;
    w->line = (int)n->v.element.start_pos.line;
    if (html_is_furniture(n, w->body) || walk_role(w, n))
        return;
    switch (tag) {
    case GUMBO_TAG_H1:
        if (!w->m->h1) {
            close_block(w);
            w->m->h1 = html_text_of(n);
            if (*w->m->h1)
                return;
            free(w->m->h1);
            w->m->h1 = NULL;
        }
        walk_block(w, n, depth, 1, 0);
        return;
    case GUMBO_TAG_H2: walk_block(w, n, depth, 1, 0); return;
    case GUMBO_TAG_H3: walk_block(w, n, depth, 2, 0); return;
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        walk_block(w, n, depth, 3, 0);
        return;
    case GUMBO_TAG_UL: case GUMBO_TAG_MENU: walk_list(w, n, depth, 0); return;
    case GUMBO_TAG_OL: walk_list(w, n, depth, 1); return;
    case GUMBO_TAG_LI: walk_item(w, n, depth); return;
    case GUMBO_TAG_BLOCKQUOTE: walk_block(w, n, depth, 0, 1); return;
    case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
        walk_inline(w, n, depth, SPAN_BOLD, NULL);
        return;
    case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE:
        walk_inline(w, n, depth, SPAN_ITALIC, NULL);
        return;
    case GUMBO_TAG_A: {
        const char *href = html_attr(n, "href");
        walk_inline(w, n, depth, 0, href);
        return;
    }
    case GUMBO_TAG_BR: w->space = w->cur != NULL; return;
    case GUMBO_TAG_HR: close_block(w); return;
    case GUMBO_TAG_IMG: {
        const char *alt = html_attr(n, "alt");
        diag(S_IMAGE, w->t->name, w->line, 0);
        if (alt)
            add_text(w, alt);
        return;
    }
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        walk_table(w, n, depth);
        return;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_PRE: case GUMBO_TAG_CENTER: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
        walk_block(w, n, depth, 0, 0);
        return;
    default:
        walk_children(w, n, depth);
    }
}

static void walk(struct walk *w, const GumboNode *n, int depth)
{
    switch (n->type) {
    case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
        add_text(w, n->v.text.text);
        return;
    case GUMBO_NODE_ELEMENT:
        if (depth > HTML_MAX_DEPTH)
            flat_text(w, n);
        else
            walk_element(w, n, depth);
        return;
    default:
        return;  /* comments, templates */
    }
}

int html_parse(const struct text *t, const struct html_given *given,
               struct statement *out)
{
    stmt_init(out);
    size_t open = html_open_estimate(t->data, t->len);
    if (open > HTML_MAX_OPEN) {
        diag(H_DEPTH_REFUSED, t->name, 0, 0, open, HTML_MAX_OPEN);
        return EXIT_INPUT;
    }
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *g = gumbo_parse_with_options(&opt, t->data, t->len);
    struct html_meta m;
    memset(&m, 0, sizeof m);
    html_read_head(g->root, &m);
    struct walk w;
    memset(&w, 0, sizeof w);
    w.t = t;
    w.s = out;
    w.m = &m;
    w.base = given && given->base ? given->base : m.base;
    buf_init(&w.text);
    const GumboNode *root = html_find_root(g->root, &w.body);
    walk(&w, root, 0);
    close_block(&w);
    buf_free(&w.text);
    free(w.tlink);
    free(w.marker);
    gumbo_destroy_output(&opt, g);
    html_finish(t, &m, given, out);
    html_meta_free(&m);
    if (!out->nblocks) {
        diag(H_NO_TEXT, t->name, 0, 0);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}
