/* source.c -- the Markdown+YAML front end: splits the YAML header off, reads
 * it with libyaml's event API (positions from its marks), and turns the
 * CommonMark body into blocks and spans with md4c's callbacks.  Block lines
 * come from the text pointers md4c hands out, which point into the source. */
#include "recognise/source.h"

#include <md4c.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"

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

/* ---- YAML header -------------------------------------------------------- */

struct hdr {
    const struct text *t;
    struct statement *s;
    yaml_parser_t p;
    int errors;
    int broken;        /* libyaml reported a syntax error: stop */
    int too_many;      /* participants past STMT_MAX_PARTICIPANTS */
};

/* File line and column of a libyaml mark (the header starts at line 2). */
#define MLINE(m) ((int)(m).line + 2)
#define MCOL(m) ((int)(m).column + 1)

/* Next event; 0 on success, -1 after reporting a syntax error. */
static int next_event(struct hdr *h, yaml_event_t *ev)
{
    if (h->broken)
        return -1;
    if (yaml_parser_parse(&h->p, ev)) {
        if (ev->type != YAML_NO_EVENT)
            return 0;
        h->broken = 1;  /* past the stream's end: nothing more comes */
        return -1;
    }
    struct buf m;
    buf_init(&m);
    buf_adds(&m, h->p.problem ? h->p.problem : "unknown error");
    if (h->p.context)
        buf_printf(&m, " (%s, started at line %d)", h->p.context,
                   MLINE(h->p.context_mark));
    diag(S_YAML, h->t->name, MLINE(h->p.problem_mark),
         MCOL(h->p.problem_mark), m.s);
    buf_free(&m);
    h->broken = 1;
    h->errors++;
    return -1;
}

/* Consume the rest of a node whose first event is ev (already read). */
static void skip_node(struct hdr *h, const yaml_event_t *ev)
{
    if (ev->type != YAML_SEQUENCE_START_EVENT &&
        ev->type != YAML_MAPPING_START_EVENT)
        return;
    int depth = 1;
    while (depth > 0) {
        yaml_event_t e;
        if (next_event(h, &e))
            return;
        if (e.type == YAML_SEQUENCE_START_EVENT ||
            e.type == YAML_MAPPING_START_EVENT)
            depth++;
        else if (e.type == YAML_SEQUENCE_END_EVENT ||
                 e.type == YAML_MAPPING_END_EVENT)
            depth--;
        yaml_event_delete(&e);
    }
}

/* The string of a scalar event; NULL for YAML null (plain "", "~", "null"). */
static char *scalar_string(const yaml_event_t *ev)
{
    const char *v = (const char *)ev->data.scalar.value;
    if (ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
        (!*v || !strcmp(v, "~") || !strcmp(v, "null") || !strcmp(v, "Null") ||
         !strcmp(v, "NULL")))
        return NULL;
    return xstrndup(v, ev->data.scalar.length);
}

/* Report a wrong value type for key and skip the value. */
static void wrong_type(struct hdr *h, const char *key, const char *what,
                       const yaml_event_t *ev)
{
    diag(S_KEY_TYPE, h->t->name, MLINE(ev->start_mark), MCOL(ev->start_mark),
         key, what);
    h->errors++;
    skip_node(h, ev);
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* 0 if d is a real YYYY-MM-DD date; else reports it. */
static int check_date(struct hdr *h, const char *d, const yaml_event_t *ev)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int ok = strlen(d) == 10 && d[4] == '-' && d[7] == '-';
    for (int i = 0; ok && i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
            ok = 0;
    if (!ok) {
        diag(S_DATE_FORM, h->t->name, MLINE(ev->start_mark),
             MCOL(ev->start_mark), d);
        h->errors++;
        return 1;
    }
    int y = atoi(d), m = atoi(d + 5), day = atoi(d + 8);
    int max = (m >= 1 && m <= 12) ? mdays[m - 1] + (m == 2 && is_leap(y)) : 0;
    if (y < 1 || day < 1 || day > max) {
        diag(S_DATE_CAL, h->t->name, MLINE(ev->start_mark),
             MCOL(ev->start_mark), d);
        h->errors++;
        return 1;
    }
    return 0;
}

/* The next item of a sequence into *e: 1, or 0 at the sequence's end or
 * after an error (nothing left to delete). */
static int seq_item(struct hdr *h, yaml_event_t *e)
{
    if (next_event(h, e))
        return 0;
    if (e->type == YAML_SEQUENCE_END_EVENT) {
        yaml_event_delete(e);
        return 0;
    }
    return 1;
}

/* The next key and value of a mapping: 1, 0 at the mapping's end, or -1
 * after an error (nothing left to delete).  A complex key's events are
 * skipped; they come before the value. */
static int map_entry(struct hdr *h, yaml_event_t *k, yaml_event_t *v)
{
    if (next_event(h, k))
        return -1;
    if (k->type == YAML_MAPPING_END_EVENT) {
        yaml_event_delete(k);
        return 0;
    }
    skip_node(h, k);
    if (next_event(h, v)) {
        yaml_event_delete(k);
        return -1;
    }
    return 1;
}

static void add_keyword(struct statement *s, char *k)
{
    s->keywords = xrealloc(s->keywords, (s->nkeywords + 1) * sizeof *s->keywords);
    s->keywords[s->nkeywords++] = k;
}

/* keywords: one string or a list of strings. */
static void parse_keywords(struct hdr *h, const yaml_event_t *ev)
{
    static const char *what = "a string or a list of strings";
    if (ev->type == YAML_SCALAR_EVENT) {
        char *k = scalar_string(ev);
        if (k)
            add_keyword(h->s, k);
        return;
    }
    if (ev->type != YAML_SEQUENCE_START_EVENT) {
        wrong_type(h, "keywords", what, ev);
        return;
    }
    yaml_event_t e;
    while (seq_item(h, &e)) {
        if (e.type == YAML_SCALAR_EVENT) {
            char *k = scalar_string(&e);
            add_keyword(h->s, k ? k : xstrdup(""));
        } else {
            wrong_type(h, "keywords", what, &e);
        }
        yaml_event_delete(&e);
    }
}

/* One participant mapping (its MAPPING_START already read as ev). */
static void parse_participant(struct hdr *h, const yaml_event_t *ev)
{
    enum { P_NAME, P_TITLE, P_DELEGATION, NPKEYS };
    static const char *const keys[NPKEYS] = {
        [P_NAME] = "name", [P_TITLE] = "title", [P_DELEGATION] = "delegation"};
    char *val[NPKEYS] = {NULL};
    int seen[NPKEYS] = {0};
    for (;;) {
        yaml_event_t k, v;
        int got = map_entry(h, &k, &v);
        if (got < 0)
            goto out;
        if (got == 0)
            break;
        int which = -1;
        if (k.type == YAML_SCALAR_EVENT)
            for (int i = 0; i < NPKEYS; i++)
                if (!strcmp((const char *)k.data.scalar.value, keys[i]))
                    which = i;
        if (which < 0) {
            diag(S_PART_KEY, h->t->name, MLINE(k.start_mark), MCOL(k.start_mark),
                 k.type == YAML_SCALAR_EVENT ? (const char *)k.data.scalar.value : "?");
            h->errors++;
            skip_node(h, &v);
        } else if (seen[which]) {
            diag(S_PART_DUP, h->t->name, MLINE(k.start_mark), MCOL(k.start_mark),
                 keys[which]);
            h->errors++;
            skip_node(h, &v);
        } else if (v.type != YAML_SCALAR_EVENT) {
            seen[which] = 1;
            diag(S_PART_FIELD, h->t->name, MLINE(v.start_mark), MCOL(v.start_mark),
                 keys[which]);
            h->errors++;
            skip_node(h, &v);
        } else {
            seen[which] = 1;
            val[which] = scalar_string(&v);
        }
        yaml_event_delete(&k);
        yaml_event_delete(&v);
    }
    if (!val[P_NAME] && !seen[P_NAME]) {
        diag(S_PART_NAME, h->t->name, MLINE(ev->start_mark), MCOL(ev->start_mark));
        h->errors++;
    } else if (!val[P_NAME]) {
        diag(S_PART_FIELD, h->t->name, MLINE(ev->start_mark), MCOL(ev->start_mark),
             keys[P_NAME]);
        h->errors++;
    } else if (h->s->nparts >= STMT_MAX_PARTICIPANTS) {
        if (!h->too_many++) {
            diag(S_PART_MANY, h->t->name, MLINE(ev->start_mark),
                 MCOL(ev->start_mark), STMT_MAX_PARTICIPANTS);
            h->errors++;
        }
    } else {
        stmt_add_participant(h->s, val[P_DELEGATION], val[P_TITLE], val[P_NAME]);
    }
out:
    for (int i = 0; i < NPKEYS; i++)
        free(val[i]);
}

/* participants: a list of mappings (null = none). */
static void parse_participants(struct hdr *h, const yaml_event_t *ev)
{
    static const char *what = "a list of mappings with keys name, title, delegation";
    if (ev->type == YAML_SCALAR_EVENT) {
        char *v = scalar_string(ev);
        if (v)
            wrong_type(h, "participants", what, ev);
        free(v);
        return;
    }
    if (ev->type != YAML_SEQUENCE_START_EVENT) {
        wrong_type(h, "participants", what, ev);
        return;
    }
    yaml_event_t e;
    while (seq_item(h, &e)) {
        if (e.type == YAML_MAPPING_START_EVENT) {
            parse_participant(h, &e);
        } else {
            diag(S_PART_TYPE, h->t->name, MLINE(e.start_mark), MCOL(e.start_mark));
            h->errors++;
            skip_node(h, &e);
        }
        yaml_event_delete(&e);
    }
}

/* The header keys, in export order: FIELD(ID, key) is a string stored in
 * the statement's member of that name, LIST(ID, key) a key with its own
 * parser.  The enum and the table are both made from this one list. */
#define HEADER_KEYS(FIELD, LIST) \
    FIELD(TITLE, title) FIELD(SHORT_TITLE, short_title) FIELD(KIND, kind) \
    FIELD(OFFICE, office) FIELD(AGENCY, agency) FIELD(PLACE, place) \
    FIELD(DATE, date) FIELD(LANGUAGE, language) FIELD(LAYOUT, layout) \
    LIST(KEYWORDS, keywords) LIST(PARTICIPANTS, participants)

#define KEY_ID(id, key) K_##id,
enum { HEADER_KEYS(KEY_ID, KEY_ID) NKEYS };
#undef KEY_ID

#define KEY_FIELD(id, key) [K_##id] = {#key, offsetof(struct statement, key)},
#define KEY_LIST(id, key) [K_##id] = {#key, 0},
static const struct {
    const char *name;
    size_t off;      /* of the char * member; 0 for a LIST key */
} header_keys[NKEYS] = {HEADER_KEYS(KEY_FIELD, KEY_LIST)};
#undef KEY_FIELD
#undef KEY_LIST

/* A first pass over the header text only for syntax, so that a syntax
 * error comes alone: 0, or -1 after reporting one. */
static int check_syntax(struct hdr *h, const char *text, size_t len)
{
    yaml_event_t ev;
    int rc = 0;
    yaml_parser_initialize(&h->p);
    yaml_parser_set_input_string(&h->p, (const unsigned char *)text, len);
    for (int done = 0; !done;) {
        if (next_event(h, &ev)) {
            rc = -1;
            break;
        }
        done = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&h->p);
    return rc;
}

/* One key: value entry of the header mapping: stored into h->s, or the
 * error reported.  seen[key] is 1 once the key was given, 2 when given as
 * null. */
static void header_entry(struct hdr *h, const yaml_event_t *k, const yaml_event_t *v,
                         int *seen)
{
    int which = -1;
    if (k->type == YAML_SCALAR_EVENT)
        for (int i = 0; i < NKEYS; i++)
            if (!strcmp((const char *)k->data.scalar.value, header_keys[i].name))
                which = i;
    if (which < 0) {
        diag(S_KEY_UNKNOWN, h->t->name, MLINE(k->start_mark), MCOL(k->start_mark),
             k->type == YAML_SCALAR_EVENT ? (const char *)k->data.scalar.value : "?");
        h->errors++;
        skip_node(h, v);
    } else if (seen[which]) {
        diag(S_KEY_DUP, h->t->name, MLINE(k->start_mark), MCOL(k->start_mark),
             header_keys[which].name);
        h->errors++;
        skip_node(h, v);
    } else {
        seen[which] = 1;
        if (which == K_KEYWORDS) {
            parse_keywords(h, v);
        } else if (which == K_PARTICIPANTS) {
            parse_participants(h, v);
        } else if (v->type != YAML_SCALAR_EVENT) {
            wrong_type(h, header_keys[which].name, "a string", v);
        } else {
            char **field = (char **)((char *)h->s + header_keys[which].off);
            *field = scalar_string(v);
            if (*field && which == K_DATE)
                check_date(h, *field, v);
            if (!*field)
                seen[which] = 2;  /* null: counts as missing if required */
        }
    }
}

/* The required keys, title and date, reported when missing.  A key given
 * with a value of the wrong type is not also "missing". */
static void check_required(struct hdr *h, const int *seen)
{
    if (!h->s->title && seen[K_TITLE] != 1) {
        diag(S_KEY_MISSING, h->t->name, 1, 1, header_keys[K_TITLE].name);
        h->errors++;
    }
    if (!h->s->date && seen[K_DATE] != 1) {
        diag(S_KEY_MISSING, h->t->name, 1, 1, header_keys[K_DATE].name);
        h->errors++;
    }
}

/* Parse the header text (between the '---' lines) into h->s. */
static void parse_header(struct hdr *h, const char *text, size_t len)
{
    yaml_event_t ev;
    int seen[NKEYS] = {0};

    if (check_syntax(h, text, len))
        return;
    yaml_parser_initialize(&h->p);
    yaml_parser_set_input_string(&h->p, (const unsigned char *)text, len);
    /* stream start, then a document or nothing */
    do {
        if (next_event(h, &ev))
            goto done;
        int t = ev.type;
        yaml_event_delete(&ev);
        if (t == YAML_DOCUMENT_START_EVENT)
            break;
        if (t == YAML_STREAM_END_EVENT)
            goto required;  /* empty header */
    } while (1);
    if (next_event(h, &ev))
        goto done;
    if (ev.type != YAML_MAPPING_START_EVENT) {
        int empty = ev.type == YAML_SCALAR_EVENT && !ev.data.scalar.length &&
                    ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        if (!empty) {
            diag(S_NOT_MAPPING, h->t->name, MLINE(ev.start_mark), MCOL(ev.start_mark));
            h->errors++;
            skip_node(h, &ev);
        }
        yaml_event_delete(&ev);
        if (!empty)
            goto done;
        goto required;
    }
    yaml_event_delete(&ev);
    for (;;) {
        yaml_event_t k, v;
        int got = map_entry(h, &k, &v);
        if (got < 0)
            goto done;
        if (got == 0)
            break;
        header_entry(h, &k, &v, seen);
        yaml_event_delete(&k);
        yaml_event_delete(&v);
    }
required:
    check_required(h, seen);
done:
    yaml_parser_delete(&h->p);
}

/* ---- Markdown body ------------------------------------------------------ */

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

static int md_enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
    struct body *b = ud;
    switch (type) {
    case MD_SPAN_EM: b->em++; break;
    case MD_SPAN_STRONG: b->strong++; break;
    case MD_SPAN_A:
        if (b->link_depth++ == 0)  /* an inner link keeps the outer one */
            b->link = attr_string(&((MD_SPAN_A_DETAIL *)detail)->href);
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

/* ---- the whole file ----------------------------------------------------- */

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
    struct hdr h;
    memset(&h, 0, sizeof h);
    h.t = t;
    h.s = out;
    parse_header(&h, hstart, (size_t)(close - hstart));
    if (h.errors)
        return EXIT_INPUT;
    if (!out->language)
        out->language = xstrdup("en-US");

    struct lines L;
    lines_init(&L, t);
    size_t from = (size_t)(p - t->data);
    parse_body(t, &L, from, out);
    if (out->nblocks == 0)
        diag(S_NO_BODY, t->name, lines_line(&L, from > 0 ? from - 1 : 0), 0);
    free(L.start);
    return EXIT_OK;
}
