/* source_feed.c -- RSS 2.0 and Atom feeds read with libxml2 (no network,
 * no external entities, no entity declarations) into items, and an item
 * into a statement through the HTML front end. */
#include "recognise/source_feed.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "base/diag.h"
#include "base/util.h"
#include "recognise/source_html.h"

int feed_is_feed_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    return dot && (!strcasecmp(dot, ".rss") || !strcasecmp(dot, ".atom") ||
                   !strcasecmp(dot, ".xml"));
}

/* SAX hook: an entity declaration stops the parse (see feed_parse). */
static void on_entity(void *ctx, const xmlChar *name, int type, const xmlChar *pub,
                      const xmlChar *sys, xmlChar *content)
{
    (void)name, (void)type, (void)pub, (void)sys, (void)content;
    xmlParserCtxtPtr c = ctx;
    *(int *)c->_private = 1;
    xmlStopParser(c);
}

/* Local name test for element n. */
static int is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

/* The text content of n, trimmed, or NULL when empty; caller frees. */
static char *content(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    if (!c)
        return NULL;
    const char *s = (const char *)c;
    while (isspace((unsigned char)*s))
        s++;
    size_t k = strlen(s);
    while (k && isspace((unsigned char)s[k - 1]))
        k--;
    char *out = k ? xstrndup(s, k) : NULL;
    xmlFree(c);
    return out;
}

static void set(char **field, char *value)
{
    if (*field || !value) {
        free(value);
        return;
    }
    *field = value;
}

/* An Atom content/summary element as HTML: html as is, xhtml its markup,
 * text escaped into a paragraph.  Caller frees. */
static char *atom_body(const xmlNode *n)
{
    xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
    const char *ty = type ? (const char *)type : "text";
    char *out = NULL;
    if (!strcmp(ty, "xhtml")) {
        xmlBufferPtr b = xmlBufferCreate();
        for (xmlNode *c = n->children; c; c = c->next)
            xmlNodeDump(b, n->doc, c, 0, 0);
        out = xstrdup((const char *)xmlBufferContent(b));
        xmlBufferFree(b);
    } else if (!strcmp(ty, "html") || !strcmp(ty, "text/html")) {
        out = content(n);
    } else {
        char *txt = content(n);
        struct buf b;
        buf_init(&b);
        buf_adds(&b, "<p>");
        for (const char *p = txt ? txt : ""; *p; p++)
            buf_adds(&b, *p == '<' ? "&lt;" : *p == '&' ? "&amp;" : *p == '>' ? "&gt;" :
                         (char[2]){*p, 0});
        buf_adds(&b, "</p>");
        free(txt);
        out = buf_take(&b);
    }
    xmlFree(type);
    return out;
}

/* Fill it from an RSS <item> or an Atom <entry>. */
static void read_item(const xmlNode *e, int atom, struct feed_item *it)
{
    char *summary = NULL, *updated = NULL;
    it->line = (int)xmlGetLineNo(e);
    for (const xmlNode *c = e->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, "title")) {
            set(&it->title, content(c));
        } else if (is(c, "link") && atom) {
            xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
            xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
            if (href && (!rel || !strcmp((const char *)rel, "alternate")))
                set(&it->link, xstrdup((const char *)href));
            xmlFree(rel);
            xmlFree(href);
        } else if (is(c, "link")) {
            set(&it->link, content(c));
        } else if (is(c, "guid") || (atom && is(c, "id"))) {
            set(&it->guid, content(c));
        } else if (is(c, "pubDate") || is(c, "published") || (is(c, "date") && !atom)) {
            set(&it->date, content(c));
        } else if (is(c, "updated")) {
            set(&updated, content(c));
        } else if (is(c, "creator")) {
            set(&it->creator, content(c));
        } else if (is(c, "author") && atom) {
            for (const xmlNode *a = c->children; a; a = a->next)
                if (is(a, "name"))
                    set(&it->creator, content(a));
        } else if (is(c, "encoded") || (atom && is(c, "content"))) {
            set(&it->body, atom ? atom_body(c) : content(c));
        } else if (is(c, "description") || (atom && is(c, "summary"))) {
            set(&summary, atom ? atom_body(c) : content(c));
        }
    }
    set(&it->body, summary);
    set(&it->date, updated);
}

/* Collect the items under root into f. */
static void read_items(const xmlNode *root, int atom, struct feed *f)
{
    size_t cap = 0;
    const xmlNode *parent = root;
    if (!atom)
        for (const xmlNode *c = root->children; c; c = c->next)
            if (is(c, "channel"))
                parent = c;
    for (const xmlNode *c = parent->children; c; c = c->next) {
        if (!is(c, atom ? "entry" : "item"))
            continue;
        xgrow(&f->items, &cap, f->n + 1, sizeof *f->items);
        memset(&f->items[f->n], 0, sizeof *f->items);
        read_item(c, atom, &f->items[f->n++]);
    }
}

int feed_parse(const char *name, const char *bytes, size_t n, struct feed *out)
{
    memset(out, 0, sizeof *out);
    out->name = xstrdup(name);
    xmlParserCtxtPtr ctx = xmlNewParserCtxt();
    if (!ctx)
        xalloc_failed("feed parser");
    int entities = 0;
    ctx->_private = &entities;
    ctx->sax->entityDecl = on_entity;
    xmlDocPtr doc = xmlCtxtReadMemory(ctx, bytes, (int)(n > 0x7fffffff ? 0x7fffffff : n),
                                      name, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOCDATA |
                                      XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    int rc = EXIT_OK;
    if (entities) {
        diag(F_ENTITIES, name, ctx->input ? ctx->input->line : 0, 0);
        rc = EXIT_INPUT;
    } else if (!doc) {
        const xmlError *e = xmlCtxtGetLastError(ctx);
        char msg[200];
        snprintf(msg, sizeof msg, "%s", e && e->message ? e->message : "unreadable");
        msg[strcspn(msg, "\n")] = '\0';
        diag(F_XML, name, e ? e->line : 0, 0, msg);
        rc = EXIT_INPUT;
    } else {
        const xmlNode *root = xmlDocGetRootElement(doc);
        int atom = root && is(root, "feed");
        if (!root || (!atom && !is(root, "rss"))) {
            diag(F_NOT_FEED, name, root ? (int)xmlGetLineNo(root) : 0, 0,
                 root ? (const char *)root->name : "");
            rc = EXIT_INPUT;
        } else {
            read_items(root, atom, out);
            if (!out->n) {
                diag(F_NO_ITEMS, name, 0, 0);
                rc = EXIT_INPUT;
            }
        }
    }
    if (doc)
        xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctx);
    return rc;
}

void feed_free(struct feed *f)
{
    for (size_t i = 0; i < f->n; i++) {
        struct feed_item *it = &f->items[i];
        free(it->title), free(it->link), free(it->guid);
        free(it->date), free(it->creator), free(it->body);
    }
    free(f->items);
    free(f->name);
    memset(f, 0, sizeof *f);
}

/* s made file-name safe: lowercase letters, digits, '.', '_', runs of
 * anything else one '-', at most 80 bytes; NULL when nothing is left. */
static char *safe_name(const char *s, size_t n)
{
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < n && b.len < 80; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '_' || (c == '.' && b.len))
            buf_addc(&b, (char)tolower(c));
        else if (b.len && b.s[b.len - 1] != '-')
            buf_addc(&b, '-');
    }
    while (b.len && (b.s[b.len - 1] == '-' || b.s[b.len - 1] == '.'))
        b.s[--b.len] = '\0';
    if (!b.len) {
        buf_free(&b);
        return NULL;
    }
    return buf_take(&b);
}

/* The last path segment of URL u (query and fragment left out). */
static char *url_slug(const char *u)
{
    if (!u)
        return NULL;
    size_t n = strcspn(u, "?#");
    while (n && u[n - 1] == '/')
        n--;
    const char *host = strstr(u, "://");
    size_t start = host ? (size_t)(host - u) + 3 : 0;
    size_t i = n;
    while (i > start && u[i - 1] != '/')
        i--;
    if (i == start && host)
        return NULL;  /* only a host */
    return safe_name(u + i, n - i);
}

char *feed_item_slug(const struct feed_item *it, size_t index)
{
    char *s = url_slug(it->link);
    if (!s)
        s = url_slug(it->guid);
    if (!s && it->title)
        s = safe_name(it->title, strlen(it->title));
    if (!s) {
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "item-%zu", index);
        s = buf_take(&b);
    }
    return s;
}

int feed_item_statement(const struct feed *f, size_t index, size_t max_input,
                        struct text *t, struct statement *out)
{
    const struct feed_item *it = &f->items[index - 1];
    struct buf name, html;
    buf_init(&name);
    buf_printf(&name, "%s#item-%zu", f->name, index);
    buf_init(&html);
    if (it->body && *it->body) {
        buf_adds(&html, it->body);
    } else {
        diag(F_ITEM_EMPTY, name.s, 0, 0, index);
        buf_adds(&html, "<p>");
        for (const char *p = it->title ? it->title : "(untitled)"; *p; p++)
            buf_adds(&html, *p == '<' ? "&lt;" : *p == '&' ? "&amp;" : (char[2]){*p, 0});
        buf_adds(&html, "</p>");
    }
    stmt_init(out);
    int rc = text_from_bytes(name.s, html.s, html.len, max_input, t);
    if (rc == EXIT_OK) {
        struct html_given g = {it->title, it->date, it->creator, it->link};
        rc = html_parse(t, &g, out);
    }
    buf_free(&name);
    buf_free(&html);
    return rc;
}
