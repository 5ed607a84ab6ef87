/* html_meta.c -- the HTML front end's page knowledge: attributes and text
 * of elements, which regions are furniture, which element is the article,
 * what the head's meta, title and JSON-LD say, and the header it all gives
 * (with the recogniser's steps for what the page leaves unsaid). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/util.h"
#include "recognise/html_parts.h"
#include "recognise/participants.h"
#include "recognise/rec_parts.h"

const char *html_attr(const GumboNode *n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return NULL;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* Append s to b with white space collapsed (b's last byte tells whether a
 * space is due). */
static void add_collapsed(struct buf *b, const char *s, int *space)
{
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        if (isspace(*p) || (p[0] == 0xC2 && p[1] == 0xA0)) {
            *space = b->len > 0;
            p += *p == 0xC2 ? 2 : 1;
            continue;
        }
        if (*space)
            buf_addc(b, ' ');
        *space = 0;
        buf_addc(b, (char)*p++);
    }
}

char *html_text_of(const GumboNode *n)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    int space = 0;
    /* depth-first without recursion: a stack of (node, next child) */
    size_t cap = 0, k = 0;
    struct frame { const GumboNode *n; unsigned i; } *st = NULL;
    xgrow(&st, &cap, 1, sizeof *st);
    st[k++] = (struct frame){n, 0};
    while (k) {
        struct frame *f = &st[k - 1];
        if (f->n->type != GUMBO_NODE_ELEMENT) {
            if (f->n->type != GUMBO_NODE_COMMENT)
                add_collapsed(&b, f->n->v.text.text, &space);
            k--;
            continue;
        }
        GumboTag tag = f->n->v.element.tag;
        if (f->i == 0 && tag == GUMBO_TAG_BR && b.len) {
            buf_adds(&b, ",");
            space = 1;
        }
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
            f->i >= f->n->v.element.children.length) {
            k--;
            continue;
        }
        const GumboNode *c = f->n->v.element.children.data[f->i++];
        xgrow(&st, &cap, k + 1, sizeof *st);
        st[k++] = (struct frame){c, 0};
    }
    free(st);
    return buf_take(&b);
}

/* 1 if the space-separated list attr holds a token equal to one of
 * words[] or starting with one of prefixes[]. */
static int has_token(const char *attr, const char *const *words,
                     const char *const *prefixes)
{
    if (!attr)
        return 0;
    for (const char *p = attr; *p;) {
        while (*p && isspace((unsigned char)*p))
            p++;
        size_t n = 0;
        while (p[n] && !isspace((unsigned char)p[n]))
            n++;
        for (int i = 0; words && words[i]; i++)
            if (strlen(words[i]) == n && !strncasecmp(p, words[i], n))
                return 1;
        for (int i = 0; prefixes && prefixes[i]; i++)
            if (n >= strlen(prefixes[i]) && !strncasecmp(p, prefixes[i], strlen(prefixes[i])))
                return 1;
        p += n;
    }
    return 0;
}

int html_is_furniture(const GumboNode *n, int body)
{
    static const char *const words[] = {
        "breadcrumb", "breadcrumbs", "related", "related-content", "related-links",
        "share", "social", "sidebar", "menu", "nav", "navigation", "skip-link",
        "site-header", "site-footer", "banner", NULL};
    static const char *const prefixes[] = {
        "usa-banner", "usa-header", "usa-nav", "usa-breadcrumb", "usa-footer",
        "usa-skipnav", "usa-identifier", "related-", "breadcrumb", "share-",
        "social-", NULL};
    static const char *const body_words[] = {"header", "footer", "nav", NULL};
    static const char *const roles[] = {"navigation", "banner", "contentinfo",
                                        "complementary", "search", NULL};
    switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_INPUT:
        return 1;
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
        if (body)
            return 1;
        break;
    default:
        break;
    }
    const char *cls = html_attr(n, "class"), *id = html_attr(n, "id");
    if (has_token(cls, words, prefixes) || has_token(id, words, prefixes) ||
        has_token(html_attr(n, "role"), roles, NULL))
        return 1;
    return body && (has_token(id, body_words, NULL) || has_token(cls, body_words, NULL));
}

enum html_role html_role_of(const GumboNode *n)
{
    static const char *const kind_w[] = {"kind", "type", "doc-type", "statement-kind", NULL};
    static const char *const kind_p[] = {"article-meta__content-type", "content-type", NULL};
    static const char *const office_w[] = {"office", "author", "byline", "bureau", NULL};
    static const char *const office_p[] = {"article-meta__author", "author-bureau", NULL};
    static const char *const date_w[] = {"date", "publish-date", "pubdate", NULL};
    static const char *const date_p[] = {"article-meta__publish-date", NULL};
    static const char *const place_w[] = {"place", "location", "dateline", NULL};
    const char *cls = html_attr(n, "class"), *id = html_attr(n, "id");
    if (has_token(cls, kind_w, kind_p) || has_token(id, kind_w, kind_p))
        return ROLE_KIND;
    if (has_token(cls, office_w, office_p) || has_token(id, office_w, office_p))
        return ROLE_OFFICE;
    if (has_token(cls, date_w, date_p) || has_token(id, date_w, date_p) ||
        (n->v.element.tag == GUMBO_TAG_TIME && html_attr(n, "datetime")))
        return ROLE_DATE;
    if (has_token(cls, place_w, NULL) || has_token(id, place_w, NULL))
        return ROLE_PLACE;
    return ROLE_NONE;
}

/* The first element under n (depth first, no recursion) that ok() accepts. */
static const GumboNode *find(const GumboNode *n, int (*ok)(const GumboNode *))
{
    size_t cap = 0, k = 0;
    const GumboNode **st = NULL, *hit = NULL;
    xgrow(&st, &cap, 1, sizeof *st);
    st[k++] = n;
    while (k && !hit) {
        const GumboNode *e = st[--k];
        if (e->type != GUMBO_NODE_ELEMENT)
            continue;
        if (ok(e)) {
            hit = e;
            break;
        }
        const GumboVector *c = &e->v.element.children;
        xgrow(&st, &cap, k + c->length, sizeof *st);
        for (unsigned i = c->length; i-- > 0;)  /* first child on top */
            st[k++] = c->data[i];
    }
    free(st);
    return hit;
}

static int is_main(const GumboNode *n)
{
    const char *role = html_attr(n, "role");
    return n->v.element.tag == GUMBO_TAG_MAIN || (role && !strcasecmp(role, "main"));
}
static int is_article(const GumboNode *n) { return n->v.element.tag == GUMBO_TAG_ARTICLE; }
static int is_content(const GumboNode *n)
{
    static const char *const ids[] = {"content", "main-content", "maincontent",
                                      "centerblock", "main", NULL};
    return has_token(html_attr(n, "id"), ids, NULL);
}
static int is_body(const GumboNode *n) { return n->v.element.tag == GUMBO_TAG_BODY; }
static int is_head(const GumboNode *n) { return n->v.element.tag == GUMBO_TAG_HEAD; }

const GumboNode *html_find_root(const GumboNode *html, int *body)
{
    const GumboNode *r;
    *body = 0;
    if ((r = find(html, is_main)) || (r = find(html, is_article)) ||
        (r = find(html, is_content)))
        return r;
    *body = 1;
    r = find(html, is_body);
    return r ? r : html;
}

/* Keep value in *field when the field is still empty. */
static void keep(char **field, const char *value)
{
    if (!*field && value && *value)
        *field = xstrdup(value);
}

/* A string value of key in JSON-LD text s ("key": "value"), or NULL. */
static char *json_string(const char *s, const char *key)
{
    size_t k = strlen(key);
    for (const char *p = strstr(s, key); p; p = strstr(p + 1, key)) {
        if (p == s || p[-1] != '"' || p[k] != '"')
            continue;
        const char *q = p + k + 1;
        while (isspace((unsigned char)*q))
            q++;
        if (*q++ != ':')
            continue;
        while (isspace((unsigned char)*q))
            q++;
        if (*q != '"')
            continue;
        const char *e = strchr(q + 1, '"');
        return e ? xstrndup(q + 1, (size_t)(e - q - 1)) : NULL;
    }
    return NULL;
}

/* One head element: <meta>, <title>, <link rel=canonical>, JSON-LD. */
static void head_element(const GumboNode *e, struct html_meta *m)
{
    GumboTag tag = e->v.element.tag;
    if (tag == GUMBO_TAG_META) {
        const char *key = html_attr(e, "property");
        if (!key)
            key = html_attr(e, "name");
        const char *v = html_attr(e, "content");
        if (!key || !v)
            return;
        if (!strcasecmp(key, "og:title")) keep(&m->og_title, v);
        else if (!strcasecmp(key, "og:url")) keep(&m->base, v);
        else if (!strcasecmp(key, "article:published_time")) keep(&m->published, v);
        else if (!strcasecmp(key, "dc.title")) keep(&m->dc_title, v);
        else if (!strcasecmp(key, "dc.date") || !strcasecmp(key, "dc.date.issued") ||
                 !strcasecmp(key, "dcterms.issued")) keep(&m->dc_date, v);
        else if (!strcasecmp(key, "dc.creator") || !strcasecmp(key, "dc.publisher")) keep(&m->dc_creator, v);
        else if (!strcasecmp(key, "dc.language")) keep(&m->lang, v);
    } else if (tag == GUMBO_TAG_TITLE && !m->title_el) {
        m->title_el = html_text_of(e);
    } else if (tag == GUMBO_TAG_LINK) {
        const char *rel = html_attr(e, "rel");
        if (rel && !strcasecmp(rel, "canonical"))
            keep(&m->base, html_attr(e, "href"));
    } else if (tag == GUMBO_TAG_SCRIPT) {
        const char *type = html_attr(e, "type");
        if (!type || strcasecmp(type, "application/ld+json"))
            return;
        const GumboVector *c = &e->v.element.children;
        if (c->length && ((const GumboNode *)c->data[0])->type == GUMBO_NODE_TEXT) {
            const char *txt = ((const GumboNode *)c->data[0])->v.text.text;
            if (!m->ld_date)
                m->ld_date = json_string(txt, "datePublished");
            if (!m->ld_headline)
                m->ld_headline = json_string(txt, "headline");
        }
    }
}

void html_read_head(const GumboNode *html, struct html_meta *m)
{
    keep(&m->lang, html_attr(html, "lang"));
    const GumboNode *head = find(html, is_head);
    if (!head)
        return;
    const GumboVector *c = &head->v.element.children;
    for (unsigned i = 0; i < c->length; i++)
        if (((const GumboNode *)c->data[i])->type == GUMBO_NODE_ELEMENT)
            head_element(c->data[i], m);
}
