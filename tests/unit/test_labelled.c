/* test_labelled.c -- recognition measured against the hand-labelled corpus
 * statements in tests/labelled/ (see its README.md): runs rec_recognise on
 * each labelled statement of the shared corpus, prints participant
 * precision and recall (a participant is right when its name and title both
 * match after whitespace normalisation), delegation accuracy of the matched
 * participants, and the share of statements whose kind, office, place and
 * date are all right; asserts precision and recall >= 0.90.  Without
 * ../shared/ only the labels themselves are read and checked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "base/diag.h"
#include "recognise/recognise.h"
#include "base/util.h"
#include "shared.h"

#define LABELS "tests/labelled"
#define CORPUS SHARED_CORPUS

/* One labelled statement; NULL strings mean null. */
struct label {
    char *path;
    char *file, *title, *date, *kind, *office, *place;
    struct participant *parts;
    size_t nparts, cap;
};

/* Whitespace runs (ASCII and no-break space) collapsed, ends trimmed;
 * NULL stays NULL.  Caller frees. */
static char *norm(const char *s)
{
    if (!s)
        return NULL;
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    int pend = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t sp = 0;
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            sp = 1;
        else if (p[0] == 0xC2 && p[1] == 0xA0)
            sp = 2;
        if (sp) {
            pend = b.len > 0;
            p += sp;
            continue;
        }
        if (pend)
            buf_addc(&b, ' ');
        pend = 0;
        buf_addc(&b, (char)*p++);
    }
    return buf_take(&b);
}

static int same(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    char *x = norm(a), *y = norm(b);
    int r = !strcmp(x, y);
    free(x);
    free(y);
    return r;
}

/* The scalar of node n, or NULL for a null or missing node.  Static. */
static const char *scalar(yaml_document_t *doc, yaml_node_t *n)
{
    (void)doc;
    if (!n || n->type != YAML_SCALAR_NODE)
        return NULL;
    const char *v = (const char *)n->data.scalar.value;
    if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !strcmp(v, "null"))
        return NULL;
    return v;
}

/* Value node of key k in mapping m, or NULL. */
static yaml_node_t *member(yaml_document_t *doc, yaml_node_t *m, const char *k)
{
    if (!m || m->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        yaml_node_t *key = yaml_document_get_node(doc, p->key);
        if (key && key->type == YAML_SCALAR_NODE && !strcmp((char *)key->data.scalar.value, k))
            return yaml_document_get_node(doc, p->value);
    }
    return NULL;
}

static char *get(yaml_document_t *doc, yaml_node_t *m, const char *k)
{
    return xstrdup(scalar(doc, member(doc, m, k)));
}

/* Read one label file (JSON, read with the YAML parser) into *l. */
static void load_label(const char *path, struct label *l)
{
    memset(l, 0, sizeof *l);
    l->path = xstrdup(path);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    yaml_parser_t parser;
    yaml_document_t doc;
    assert_true(yaml_parser_initialize(&parser));
    yaml_parser_set_input_file(&parser, f);
    if (!yaml_parser_load(&parser, &doc)) {
        print_error("%s: not valid JSON: %s\n", path, parser.problem);
        fail();
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    assert_non_null(root);
    assert_int_equal(root->type, YAML_MAPPING_NODE);
    l->file = get(&doc, root, "file");
    l->title = get(&doc, root, "title");
    l->date = get(&doc, root, "date");
    l->kind = get(&doc, root, "kind");
    l->office = get(&doc, root, "office");
    l->place = get(&doc, root, "place");
    assert_non_null(l->file);
    assert_non_null(l->title);
    assert_non_null(l->date);
    yaml_node_t *ps = member(&doc, root, "participants");
    assert_non_null(ps);
    assert_int_equal(ps->type, YAML_SEQUENCE_NODE);
    for (yaml_node_item_t *it = ps->data.sequence.items.start; it < ps->data.sequence.items.top; it++) {
        yaml_node_t *p = yaml_document_get_node(&doc, *it);
        xgrow(&l->parts, &l->cap, l->nparts + 1, sizeof *l->parts);
        struct participant *q = &l->parts[l->nparts++];
        q->delegation = get(&doc, p, "delegation");
        q->title = get(&doc, p, "title");
        q->name = get(&doc, p, "name");
        assert_non_null(q->title);
        assert_non_null(q->name);
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    fclose(f);
}

/* Read the label file called name in LABELS into *l. */
static void load_named(const char *name, struct label *l)
{
    struct buf p;
    buf_init(&p);
    buf_printf(&p, "%s/%s", LABELS, name);
    load_label(p.s, l);
    buf_free(&p);
}

static void free_label(struct label *l)
{
    free(l->path);
    free(l->file);
    free(l->title);
    free(l->date);
    free(l->kind);
    free(l->office);
    free(l->place);
    for (size_t i = 0; i < l->nparts; i++) {
        free(l->parts[i].delegation);
        free(l->parts[i].title);
        free(l->parts[i].name);
    }
    free(l->parts);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

struct tally {
    size_t files, predicted, expected, correct, deleg_right;
    size_t header_right, title_right;
};

static const char *show(const char *s)
{
    return s ? s : "(null)";
}

/* Score one labelled statement into *t, printing what differs. */
static void score(const struct label *l, struct tally *t)
{
    struct buf path;
    buf_init(&path);
    buf_printf(&path, "%s/%s", CORPUS, l->file);
    struct text tx;
    if (text_read_file(path.s, TEXT_DEFAULT_MAX, &tx)) {
        print_error("%s: corpus file %s missing\n", l->path, path.s);
        fail();
    }
    buf_free(&path);
    struct statement st;
    assert_int_equal(rec_recognise(&tx, &st), 0);
    t->files++;
    int hdr = same(st.kind, l->kind) && same(st.office, l->office) &&
              same(st.place, l->place) && same(st.date, l->date);
    t->header_right += hdr;
    t->title_right += same(st.title, l->title);
    if (!hdr || !same(st.title, l->title))
        printf("# %s: header: title=%s kind=%s office=%s place=%s date=%s\n", l->path,
               same(st.title, l->title) ? "ok" : show(st.title), show(st.kind),
               show(st.office), show(st.place), show(st.date));
    /* one-to-one matching on name and title */
    int *used = xcalloc(l->nparts + 1, sizeof *used);
    t->predicted += st.nparts;
    t->expected += l->nparts;
    for (size_t i = 0; i < st.nparts; i++) {
        const struct participant *p = &st.parts[i];
        size_t j;
        for (j = 0; j < l->nparts; j++)
            if (!used[j] && same(p->name, l->parts[j].name) && same(p->title, l->parts[j].title))
                break;
        if (j < l->nparts) {
            used[j] = 1;
            t->correct++;
            if (same(p->delegation, l->parts[j].delegation))
                t->deleg_right++;
            else
                printf("# %s: delegation of %s: %s, labelled %s\n", l->path, p->name,
                       show(p->delegation), show(l->parts[j].delegation));
        } else {
            printf("# %s: extra: %s | %s | %s\n", l->path, show(p->delegation), p->title, p->name);
        }
    }
    for (size_t j = 0; j < l->nparts; j++)
        if (!used[j])
            printf("# %s: missed: %s | %s | %s\n", l->path, show(l->parts[j].delegation),
                   l->parts[j].title, l->parts[j].name);
    free(used);
    stmt_free(&st);
    text_free(&tx);
}

/* The label files' names, sorted; *n gets their count.  Caller frees. */
static char **label_names(size_t *count)
{
    DIR *d = opendir(LABELS);
    assert_non_null(d);
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t k = strlen(de->d_name);
        if (k > 5 && !strcmp(de->d_name + k - 5, ".json")) {
            xgrow(&names, &cap, n + 1, sizeof *names);
            names[n++] = xstrdup(de->d_name);
        }
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    *count = n;
    return names;
}

/* Every label file reads as a label with its required fields. */
static void test_labels_load(void **state)
{
    (void)state;
    size_t n;
    char **names = label_names(&n);
    assert_true(n >= 40);
    for (size_t i = 0; i < n; i++) {
        struct label l;
        load_named(names[i], &l);
        free_label(&l);
        free(names[i]);
    }
    free(names);
}

static void test_labelled(void **state)
{
    (void)state;
    shared_require(CORPUS);
    size_t n;
    char **names = label_names(&n);
    FILE *devnull = fopen("/dev/null", "w");
    diag_set_stream(devnull);
    struct tally t = {0};
    size_t y2021 = 0, y2022 = 0;
    for (size_t i = 0; i < n; i++) {
        struct label l;
        load_named(names[i], &l);
        y2021 += !strncmp(l.file, "2021-", 5);
        y2022 += !strncmp(l.file, "2022-", 5);
        score(&l, &t);
        free_label(&l);
        free(names[i]);
    }
    free(names);
    diag_set_stream(NULL);
    fclose(devnull);
    double prec = t.predicted ? (double)t.correct / (double)t.predicted : 0.0;
    double rec = t.expected ? (double)t.correct / (double)t.expected : 0.0;
    double deleg = t.correct ? (double)t.deleg_right / (double)t.correct : 0.0;
    double hdr = t.files ? (double)t.header_right / (double)t.files : 0.0;
    double ttl = t.files ? (double)t.title_right / (double)t.files : 0.0;
    printf("labelled statements: %zu (%zu from 2021, %zu from 2022)\n", t.files, y2021, y2022);
    printf("participants: %zu labelled, %zu recognised, %zu right (name and title)\n",
           t.expected, t.predicted, t.correct);
    printf("participant precision: %.3f\n", prec);
    printf("participant recall:    %.3f\n", rec);
    printf("delegation right among matched participants: %.3f (%zu/%zu)\n", deleg,
           t.deleg_right, t.correct);
    printf("header (kind, office, place, date all right): %.3f (%zu/%zu)\n", hdr,
           t.header_right, t.files);
    printf("title right: %.3f (%zu/%zu)\n", ttl, t.title_right, t.files);
    fflush(stdout);
    assert_true(t.files >= 40);
    assert_true(y2021 >= 10 && y2022 >= 10);
    assert_true(prec >= 0.90);
    assert_true(rec >= 0.90);
    assert_true(hdr >= 0.90);
    assert_true(deleg >= 0.90);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_labels_load),
        cmocka_unit_test(test_labelled),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
