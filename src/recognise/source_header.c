/* source_header.c -- the YAML header of a Markdown+YAML source: read with
 * libyaml's event API, positions from its marks, each key checked for its
 * type and stored into the statement (see source.h for the keys). */
#include "recognise/source_parts.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "base/diag.h"
#include "base/util.h"

struct hdr {
    const struct text *t;
    struct statement *s;
    yaml_parser_t p;
    int errors;
    int broken;        /* libyaml reported a syntax error: stop */
    int too_many;      /* participants past STMT_MAX_PARTICIPANTS */
    int depth;         /* sequences and mappings open */
};

/* Deepest nesting of sequences and mappings read.  The header needs three
 * (participants: a list of mappings); libyaml's scanner takes time
 * quadratic in the depth, so reading stops at this one. */
#define HDR_MAX_DEPTH 32
/* Most entries read in the header mapping (it has eleven keys). */
#define HDR_MAX_KEYS 100

/* File line and column of a libyaml mark (the header starts at line 2). */
#define MLINE(m) ((int)(m).line + 2)
#define MCOL(m) ((int)(m).column + 1)

/* Next event; 0 on success, -1 after reporting a syntax error. */
static int next_event(struct hdr *h, yaml_event_t *ev)
{
    if (h->broken)
        return -1;
    if (yaml_parser_parse(&h->p, ev)) {
        if (ev->type == YAML_SEQUENCE_START_EVENT ||
            ev->type == YAML_MAPPING_START_EVENT) {
            if (++h->depth > HDR_MAX_DEPTH) {
                diag(S_TOO_DEEP, h->t->name, MLINE(ev->start_mark),
                     MCOL(ev->start_mark), HDR_MAX_DEPTH);
                yaml_event_delete(ev);
                h->broken = 1;
                h->errors++;
                return -1;
            }
        } else if (ev->type == YAML_SEQUENCE_END_EVENT ||
                   ev->type == YAML_MAPPING_END_EVENT) {
            h->depth--;
        }
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
    FIELD(DATE, date) FIELD(LANGUAGE, language) FIELD(PREFACE, preface) FIELD(CLOSING, closing) FIELD(URL, url) \
    FIELD(LAYOUT, layout) \
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
            if (*field && which == K_LANGUAGE && !stmt_lang_ok(*field)) {
                diag(S_LANG, h->t->name, MLINE(v->start_mark), MCOL(v->start_mark), *field);
                h->errors++;
            }
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
    h->depth = 0;
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
    for (int nkeys = 0;; nkeys++) {
        yaml_event_t k, v;
        int got = map_entry(h, &k, &v);
        if (got < 0)
            goto done;
        if (got == 0)
            break;
        if (nkeys == HDR_MAX_KEYS) {
            /* each would be an error of its own: say it once and stop */
            diag(S_TOO_MANY_KEYS, h->t->name, MLINE(k.start_mark),
                 MCOL(k.start_mark), HDR_MAX_KEYS);
            h->errors++;
            yaml_event_delete(&k);
            yaml_event_delete(&v);
            goto done;
        }
        header_entry(h, &k, &v, seen);
        yaml_event_delete(&k);
        yaml_event_delete(&v);
    }
required:
    check_required(h, seen);
done:
    yaml_parser_delete(&h->p);
}

int src_parse_header(const struct text *t, const char *text, size_t len,
                     struct statement *s)
{
    struct hdr h;
    memset(&h, 0, sizeof h);
    h.t = t;
    h.s = s;
    parse_header(&h, text, len);
    return h.errors;
}
