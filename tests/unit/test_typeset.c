/* test_typeset.c -- the typeset stage on hand-built statements: lines stay
 * inside the measure, justified lines fill it exactly (glyph advances plus
 * TJ adjustments), every word comes back in order, anchors, footer, the
 * participant table, page breaking rules on a long statement, and special
 * characters (no-break space, zero-width space, fallback, missing glyphs). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "base/diag.h"
#include "export/dump.h"
#include "style/fonts.h"
#include "style/layout.h"
#include "model/statement.h"
#include "typeset/typeset.h"
#include "base/util.h"
#include "runbox.h"

/* |a - b| <= eps, printing both on failure. */
#define assert_near(a, b, eps) do { \
        double a_ = (a), b_ = (b); \
        if (!(a_ - b_ <= (eps) && b_ - a_ <= (eps))) \
            print_error("%s = %.4f, %s = %.4f\n", #a, a_, #b, b_); \
        assert_true(a_ - b_ <= (eps) && b_ - a_ <= (eps)); \
    } while (0)

static struct fontset fs;
static struct layout lay;
static const struct ts_options opts = {"test.txt", "1a2b3c4d5e6f7081", 0, NULL, NULL, 0};

/* Diagnostics go to a memory stream so tests can read them. */
static char *diag_text;
static size_t diag_len;
static FILE *diag_mem;

static void diag_capture(void)
{
    diag_mem = open_memstream(&diag_text, &diag_len);
    diag_set_stream(diag_mem);
    diag_reset();
}

/* Stop capturing; returns the text (caller frees). */
static char *diag_release(void)
{
    fclose(diag_mem);
    diag_set_stream(NULL);
    char *t = diag_text;
    diag_text = NULL;
    return t;
}

static int setup(void **state)
{
    (void)state;
    /* letter: 612x792, 1.125 in side margins, 11/14 body */
    return runbox_fixture(&lay, &fs);
}

static int teardown(void **state)
{
    (void)state;
    runbox_done(&lay, &fs);
    return 0;
}

static const char *const people[8][3] = {
    {"United States", "Secretary of State", "Rex Tillerson"},
    {"United States", "Secretary of Homeland Security", "John Kelly"},
    {"Mexico", "Secretary of Government", "Miguel Angel Osorio Chong"},
    {"Mexico", "Secretary of Foreign Relations", "Luis Videgaray Caso"},
    {"Mexico", "Secretary of National Defense", "General Salvador Cienfuegos Zepeda"},
    {"Mexico", "Secretary of the Navy", "Admiral Vidal Francisco Soberon Sanz"},
    {"Mexico", "Secretary of Finance and Public Credit", "Jose Antonio Meade Kuribrena"},
    {"Mexico", "Attorney General", "Raul Cervantes Andrade"},
};

/* The reference statement, body paragraphs read from the example (each
 * repeated `repeat` times). */
static void reference(struct statement *s, int repeat)
{
    stmt_init(s);
    s->title = xstrdup("Joint Statement by Secretary of State Rex Tillerson and "
                       "Secretary of Homeland Security John Kelly on Bilateral "
                       "Discussions in Mexico City");
    s->short_title = xstrdup("Joint Statement by Rex Tillerson and John Kelly on "
                             "Bilateral Discussions in Mexico City");
    s->kind = xstrdup("Media Note");
    s->office = xstrdup("Office of the Spokesperson");
    s->place = xstrdup("Washington, DC");
    s->date = xstrdup("2017-02-23");
    for (int r = 0; r < repeat; r++) {
        if (repeat > 1) {
            char h[32];
            snprintf(h, sizeof h, "Section %d", r + 1);
            stmt_add_block(s, BLK_HEADING, 1, NULL, h, 1);
        }
        FILE *f = fopen("examples/tillerson-kelly-mexico-2017-02-23.txt", "r");
        assert_non_null(f);
        char line[4096];
        int no = 0;
        while (fgets(line, sizeof line, f)) {
            no++;
            line[strcspn(line, "\n")] = 0;
            if (no >= 15 && line[0])
                stmt_add_block(s, BLK_PARAGRAPH, 0, NULL, line, no);
        }
        fclose(f);
    }
    for (int i = 0; i < 8; i++)
        stmt_add_participant(s, people[i][0], people[i][1], people[i][2]);
}

static double right_edge(size_t page)
{
    (void)page;
    return lay.page_width - lay.margin_outer;
}

static double run_width(const struct pg_run *r) { return runbox_width(&fs, r); }
static double hang_left(const struct pg_run *r) { return runbox_hang_left(&lay, r); }
static double hang_right(const struct pg_run *r) { return runbox_hang_right(&lay, r); }

/* Every run and line stays inside the measure (but for margin kerning)
 * and above the bottom margin (the footer excepted); clusters lie inside
 * the run's text. */
static void check_inside(const struct doc *d)
{
    for (size_t p = 0; p < d->npages; p++) {
        const struct page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->nruns; i++) {
            const struct pg_run *r = &pg->runs[i];
            assert_true(r->x >= lay.margin_inner - hang_left(r) - 0.01);
            assert_true(r->x + run_width(r) <= right_edge(p) + hang_right(r));
            size_t tl = strlen(r->text);
            assert_true(r->nglyphs > 0);
            for (size_t g = 0; g < r->nglyphs; g++) {
                assert_true(r->glyphs[g].cluster < tl);
                assert_true(g == 0 || r->glyphs[g].cluster >= r->glyphs[g - 1].cluster);
            }
        }
        for (size_t i = 0; i < pg->nlines; i++) {
            const struct pg_line *l = &pg->lines[i];
            assert_true(l->x + l->width <= right_edge(p) + 0.51);
            if (strcmp(l->role, "footer") != 0)
                assert_true(l->y >= lay.margin_bottom);
        }
    }
}

/* Justified lines: their runs end exactly at the measure's right edge. */
static void check_justified(const struct doc *d)
{
    int checked = 0;
    for (size_t p = 0; p < d->npages; p++) {
        const struct page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->nlines; i++) {
            const struct pg_line *l = &pg->lines[i];
            if (strcmp(l->role, "body") != 0 || l->last)
                continue;
            double end = 0, start = 1e9;
            for (size_t k = 0; k < pg->nruns; k++) {
                const struct pg_run *r = &pg->runs[k];
                if (r->y < l->y - 0.001 || r->y > l->y + 0.001)
                    continue;
                if (r->x < start)
                    start = r->x;
                if (r->x + run_width(r) > end)
                    end = r->x + run_width(r);
            }
            assert_near(start, l->x - l->lprot, 0.01);
            assert_near(end - l->x, l->width + l->rprot, 0.01);
            assert_near(l->width, lay.page_width - lay.margin_inner -
                                              lay.margin_outer, 0.01);
            assert_true(l->ratio >= -1.0 && l->ratio < 10);
            checked++;
        }
    }
    assert_true(checked > 5);
}

/* The body lines' text, hyphenated words rejoined. */
static char *body_text(const struct doc *d, const char *role)
{
    struct buf b;
    buf_init(&b);
    int join = 1;
    for (size_t p = 0; p < d->npages; p++)
        for (size_t i = 0; i < d->pages[p].nlines; i++) {
            const struct pg_line *l = &d->pages[p].lines[i];
            if (strcmp(l->role, role) != 0)
                continue;
            if (!join)
                buf_addc(&b, ' ');
            size_t n = strlen(l->text);
            if (l->hyphen) {
                assert_true(n > 0 && l->text[n - 1] == '-');
                n--;
            }
            buf_add(&b, l->text, n);
            join = l->hyphen || (n > 0 && (l->text[n - 1] == '-' || l->text[n - 1] == '/')) ||
                   (n >= 3 && strcmp(l->text + n - 3, "\xE2\x80\x94") == 0);
        }
    if (!b.s)
        buf_adds(&b, "");
    return buf_take(&b);
}

/* The blocks' words separated by single spaces. */
static char *words_of(const struct statement *s)
{
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < s->nblocks; i++) {
        if (s->blocks[i].kind != BLK_PARAGRAPH)
            continue;
        char *t = stmt_block_text(&s->blocks[i]);
        if (b.len)
            buf_addc(&b, ' ');
        buf_adds(&b, t);
        free(t);
    }
    return buf_take(&b);
}

/* Number of lines of role whose text equals text; *page gets the last page. */
static int count_lines(const struct doc *d, const char *role, const char *text,
                       size_t *page)
{
    int n = 0;
    for (size_t p = 0; p < d->npages; p++)
        for (size_t i = 0; i < d->pages[p].nlines; i++) {
            const struct pg_line *l = &d->pages[p].lines[i];
            if (strcmp(l->role, role) == 0 && (!text || strcmp(l->text, text) == 0)) {
                n++;
                if (page)
                    *page = p;
            }
        }
    return n;
}

static void test_reference(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    reference(&s, 1);
    diag_capture();
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d), 0);
    char *msgs = diag_release();
    assert_int_equal(diag_count(DIAG_WARNING), 0);
    free(msgs);
    if (getenv("TS_DUMP"))
        dump_pages(&d, stdout);
    assert_true(d.npages >= 1);
    check_inside(&d);
    check_justified(&d);

    char *got = body_text(&d, "body"), *want = words_of(&s);
    assert_string_equal(got, want);
    free(got);
    free(want);

    /* front matter */
    assert_int_equal(count_lines(&d, "agency", "U.S. Department of State", NULL), 1);
    assert_int_equal(count_lines(&d, "kind", "Media Note", NULL), 1);
    assert_int_equal(count_lines(&d, "dateline",
                                 "Washington, DC \xE2\x80\x94 February 23, 2017", NULL), 1);
    assert_true(count_lines(&d, "title", NULL, NULL) >= 2);
    assert_true(d.pages[0].nrules >= 1);
    const struct pg_rule *lr = &d.pages[0].rules[0];
    assert_near(lr->x1, lay.margin_inner, 0.01);
    assert_near(lr->x2, lay.page_width - lay.margin_outer, 0.01);

    /* anchors */
    assert_int_equal(d.nanchors, 3);
    assert_string_equal(d.anchors[0].title, s.short_title);
    assert_int_equal(d.anchors[0].level, 0);
    assert_int_equal(d.anchors[0].page, 0);
    assert_near(d.anchors[0].y, 792, 0.01);
    assert_string_equal(d.anchors[1].title, "Statement");
    assert_int_equal(d.anchors[1].level, 1);
    assert_string_equal(d.anchors[2].title, "Participants");
    assert_int_equal(d.anchors[2].level, 1);
    /* Statement points at the title's first line top */
    const struct pg_line *t0 = NULL;
    for (size_t i = 0; i < d.pages[0].nlines && !t0; i++)
        if (strcmp(d.pages[0].lines[i].role, "title") == 0)
            t0 = &d.pages[0].lines[i];
    assert_non_null(t0);
    assert_true(d.anchors[1].y > t0->y && d.anchors[1].y < t0->y + 20);

    /* footer */
    char pg[32];
    snprintf(pg, sizeof pg, "Page 1 of %zu", d.npages);
    assert_int_equal(count_lines(&d, "footer", pg, NULL), 1);
    assert_int_equal(count_lines(&d, "footer",
                                 "Media Note \xC2\xB7 2017-02-23 \xC2\xB7 SHA-256 1a2b3c4d5e6f7081",
                                 NULL), (int)d.npages);

    /* table: header, delegation once per group, every name */
    assert_int_equal(count_lines(&d, "table-head", "Delegation", NULL), 1);
    assert_int_equal(count_lines(&d, "table-head", "Title", NULL), 1);
    assert_int_equal(count_lines(&d, "table-head", "Name", NULL), 1);
    assert_int_equal(count_lines(&d, "table", "United States", NULL), 1);
    assert_int_equal(count_lines(&d, "table", "Mexico", NULL), 1);
    for (int i = 0; i < 8; i++)
        assert_int_equal(count_lines(&d, "table", people[i][2], NULL), 1);

    /* the dump */
    char *dump = NULL;
    size_t dlen = 0;
    FILE *f = open_memstream(&dump, &dlen);
    dump_pages(&d, f);
    dump_stats(&d, f);
    fclose(f);
    assert_non_null(strstr(dump, "page 1 612x792\n"));
    assert_non_null(strstr(dump, "anchor 0 \"Joint Statement by Rex"));
    assert_non_null(strstr(dump, " body       |We just concluded"));
    assert_non_null(strstr(dump, "overfull lines 0\n"));
    free(dump);
    doc_free(&d);
    stmt_free(&s);
}

/* Same input, same output; and fast. */
static void test_stable_and_fast(void **state)
{
    (void)state;
    struct statement s;
    struct doc d1, d2;
    reference(&s, 1);
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d1), 0);
    struct hy_dict *hy = hy_open(NULL);
    assert_non_null(hy);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int n = 20;
    for (int i = 0; i < n; i++) {
        assert_int_equal(ts_typeset_hy(&s, &lay, &fs, &opts, hy, &d2), 0);
        if (i + 1 < n)
            doc_free(&d2);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    double ms = ((b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6) / n;
    hy_close(hy);
    /* Reported, not asserted: speed is measured by make bench. */
    print_message("# typeset: %.3f ms per run\n", ms);
    char *t1 = NULL, *t2 = NULL;
    size_t l1, l2;
    FILE *f1 = open_memstream(&t1, &l1), *f2 = open_memstream(&t2, &l2);
    dump_pages(&d1, f1);
    dump_pages(&d2, f2);
    fclose(f1);
    fclose(f2);
    assert_string_equal(t1, t2);
    free(t1);
    free(t2);
    doc_free(&d1);
    doc_free(&d2);
    stmt_free(&s);
}

/* A 4+ page statement with a 40-row table: page breaking rules. */
static void test_long(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    reference(&s, 4);
    /* a heading before the last paragraph block group */
    for (size_t i = s.nparts; i < 40; i++) {
        char title[64], name[64];
        snprintf(title, sizeof title, "Deputy Assistant Secretary %zu", i);
        snprintf(name, sizeof name, "Person Number %zu", i);
        stmt_add_participant(&s, i < 20 ? "Mexico" : "Canada", title, name);
    }
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d), 0);
    if (getenv("TS_DUMP"))
        dump_pages(&d, stdout);
    assert_true(d.npages >= 4);
    check_inside(&d);
    check_justified(&d);
    char *got = body_text(&d, "body"), *want = words_of(&s);
    assert_string_equal(got, want);
    free(got);
    free(want);

    /* headings and the caption are never the last line of a page */
    for (size_t p = 0; p < d.npages; p++) {
        const struct pg_line *last = NULL;
        for (size_t i = 0; i < d.pages[p].nlines; i++)
            if (strcmp(d.pages[p].lines[i].role, "footer") != 0)
                last = &d.pages[p].lines[i];
        assert_non_null(last);
        assert_string_not_equal(last->role, "heading");
        assert_string_not_equal(last->role, "table-head");
    }
    assert_int_equal(count_lines(&d, "heading", "Section 4", NULL), 1);

    /* no widow or orphan: a paragraph split across pages keeps >= 2 lines
     * on each side */
    for (size_t p = 0; p + 1 < d.npages; p++) {
        const struct page *a = &d.pages[p], *b = &d.pages[p + 1];
        int lastblock = -1;
        for (size_t i = 0; i < a->nlines; i++)
            if (strcmp(a->lines[i].role, "body") == 0)
                lastblock = a->lines[i].block;
        if (lastblock < 0)
            continue;
        int na = 0, nb = 0;
        for (size_t i = 0; i < a->nlines; i++)
            na += a->lines[i].block == lastblock && strcmp(a->lines[i].role, "body") == 0;
        for (size_t i = 0; i < b->nlines; i++)
            nb += b->lines[i].block == lastblock && strcmp(b->lines[i].role, "body") == 0;
        if (nb > 0) {
            assert_true(na >= 2);
            assert_true(nb >= 2);
        }
    }

    /* rows never split (title and name of a row on one page, at one y),
     * header on every page with rows, above them, never alone */
    for (size_t i = 0; i < s.nparts; i++) {
        size_t pt = 99, pn = 98;
        assert_int_equal(count_lines(&d, "table", s.parts[i].title, &pt), 1);
        assert_int_equal(count_lines(&d, "table", s.parts[i].name, &pn), 1);
        assert_int_equal(pt, pn);
    }
    int table_pages = 0;
    for (size_t p = 0; p < d.npages; p++) {
        const struct page *pg = &d.pages[p];
        double head_y = -1, top_row = -1;
        int rows = 0, heads = 0;
        for (size_t i = 0; i < pg->nlines; i++) {
            const struct pg_line *l = &pg->lines[i];
            if (strcmp(l->role, "table-head") == 0 && strcmp(l->text, "Name") == 0) {
                head_y = l->y;
                heads++;
            }
            if (strcmp(l->role, "table") == 0) {
                rows++;
                if (l->y > top_row)
                    top_row = l->y;
            }
        }
        if (rows) {
            table_pages++;
            assert_int_equal(heads, 1);
            assert_true(head_y > top_row);
        }
        if (heads)
            assert_true(rows > 0);
    }
    assert_true(table_pages >= 2);
    /* the delegation is named on the first row of every group and again on
     * the top row of every continued page */
    int continued = 0, first_table = 1;
    for (size_t p = 0; p < d.npages; p++) {
        const struct page *pg = &d.pages[p];
        double top_row = -1, col0 = -1;
        for (size_t i = 0; i < pg->nlines; i++) {
            const struct pg_line *l = &pg->lines[i];
            if (strcmp(l->role, "table-head") == 0 && strcmp(l->text, "Delegation") == 0)
                col0 = l->x;
            if (strcmp(l->role, "table") == 0 && l->y > top_row)
                top_row = l->y;
        }
        if (top_row < 0)
            continue;
        if (first_table) {
            first_table = 0;
            continue;
        }
        int named = 0;
        for (size_t i = 0; i < pg->nlines; i++) {
            const struct pg_line *l = &pg->lines[i];
            if (strcmp(l->role, "table") == 0 && l->y == top_row && l->x == col0 &&
                (strcmp(l->text, "Mexico") == 0 || strcmp(l->text, "Canada") == 0))
                named = 1;
        }
        assert_true(named);
        continued++;
    }
    assert_true(continued >= 1);
    size_t lastp = 0;
    int groups = count_lines(&d, "table", "United States", NULL) +
                 count_lines(&d, "table", "Mexico", NULL) +
                 count_lines(&d, "table", "Canada", &lastp);
    assert_int_equal(groups, 3 + continued);
    doc_free(&d);
    stmt_free(&s);
}

/* A word wider than the measure: a warning, and nothing past the margin. */
static void test_wide_word(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    stmt_init(&s);
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "Before the long word ");
    for (int i = 0; i < 30; i++)
        buf_adds(&b, "ABCDEFGH");
    buf_adds(&b, " and after it the paragraph goes on for a while so that "
                 "there is text to justify around it.");
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL, b.s, 7);
    diag_capture();
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d), 0);
    char *msgs = diag_release();
    assert_non_null(strstr(msgs, "test.txt:7: warning:"));
    assert_non_null(strstr(msgs, "[word-too-wide]"));
    free(msgs);
    check_inside(&d);
    char *got = body_text(&d, "body");
    /* the pieces come back together only with the line breaks as spaces;
     * every character is there */
    size_t letters = 0;
    for (char *p = got; *p; p++)
        letters += *p != ' ';
    size_t want = 0;
    for (char *p = b.s; *p; p++)
        want += *p != ' ';
    assert_int_equal(letters, want);
    free(got);
    buf_free(&b);
    doc_free(&d);
    stmt_free(&s);
}

/* U+00A0 never breaks; U+200B breaks and prints nothing; direction marks
 * are dropped. */
static void test_special_spaces(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    stmt_init(&s);
    struct buf b;
    buf_init(&b);
    for (int i = 0; i < 40; i++)
        buf_adds(&b, "Mr.\xC2\xA0Smith met the \xE2\x80\x8E" "delegation, ");
    buf_adds(&b, "end.");
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL, b.s, 3);
    buf_clear(&b);
    for (int i = 0; i < 40; i++)
        buf_adds(&b, "alpha\xE2\x80\x8B");
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL, b.s, 5);
    diag_capture();
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d), 0);
    char *msgs = diag_release();
    assert_int_equal(diag_count(DIAG_WARNING), 0);
    free(msgs);
    check_inside(&d);
    int zw_lines = 0;
    for (size_t i = 0; i < d.pages[0].nlines; i++) {
        const struct pg_line *l = &d.pages[0].lines[i];
        size_t n = strlen(l->text);
        assert_null(strstr(l->text, "\xE2\x80\x8B"));
        assert_null(strstr(l->text, "\xE2\x80\x8E"));
        if (l->block == 0) {
            assert_false(n >= 3 && strcmp(l->text + n - 3, "Mr.") == 0);
            assert_false(strncmp(l->text, "Smith", 5) == 0);
        }
        if (l->block == 1) {
            zw_lines++;
            assert_int_equal(n % 5, 0);
            assert_null(strchr(l->text, ' '));
        }
    }
    assert_true(zw_lines >= 2);
    for (size_t i = 0; i < d.pages[0].nruns; i++)
        assert_null(strstr(d.pages[0].runs[i].text, "\xE2\x80\x8B"));
    buf_free(&b);
    doc_free(&d);
    stmt_free(&s);
}

/* Cyrillic is set without warning; a character no font has warns. */
static void test_fallback_and_missing(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    stmt_init(&s);
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL,
                   "The minister said \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 "
                   "to the press.", 4);
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL,
                   "A private character \xEE\x80\x80 here.", 9);
    diag_capture();
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d), 0);
    char *msgs = diag_release();
    assert_int_equal(diag_count(DIAG_WARNING), 1);
    assert_non_null(strstr(msgs, "test.txt:9: warning:"));
    assert_non_null(strstr(msgs, "U+E000"));
    assert_non_null(strstr(msgs, "[no-glyph]"));
    free(msgs);
    size_t p = 9;
    assert_int_equal(count_lines(&d, "body", "The minister said \xD0\x9F\xD1\x80\xD0\xB8"
                                 "\xD0\xB2\xD0\xB5\xD1\x82 to the press.", &p), 1);
    assert_int_equal(count_lines(&d, "body", "A private character here.", &p), 1);
    /* every glyph of the Cyrillic word is a real glyph */
    for (size_t i = 0; i < d.pages[0].nruns; i++)
        for (size_t g = 0; g < d.pages[0].runs[i].nglyphs; g++)
            assert_true(d.pages[0].runs[i].glyphs[g].gid != 0);
    doc_free(&d);
    stmt_free(&s);
}

/* Hyphenation is lazy: the reference statement breaks without loading
 * the patterns; a paragraph that needs hyphens loads them and gets some. */
static void test_lazy_hyphenation(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    struct hy_dict *hy = hy_open(NULL);
    assert_non_null(hy);
    reference(&s, 1);
    assert_int_equal(ts_typeset_hy(&s, &lay, &fs, &opts, hy, &d), 0);
    assert_int_equal(hy_loaded(hy), 0);
    doc_free(&d);
    stmt_free(&s);
    /* without margin kerning and font expansion, which let this paragraph
     * set without hyphens */
    lay.protrusion = lay.expansion = 0;
    stmt_init(&s);
    stmt_add_block(&s, BLK_LIST_ITEM, 1, "\xE2\x80\xA2",
                   "The G20 provides a platform for the United States to engage "
                   "directly with the world\xE2\x80\x99s largest advanced and emerging "
                   "economies to promote U.S. interests and meet global challenges. "
                   "G20 members account for more than 80 percent of global gross "
                   "domestic product, three-quarters of global trade, and two-thirds "
                   "of the world\xE2\x80\x99s population.", 3);
    assert_int_equal(ts_typeset_hy(&s, &lay, &fs, &opts, hy, &d), 0);
    assert_int_equal(hy_loaded(hy), 1);
    int hyphens = 0;
    for (size_t i = 0; i < d.pages[0].nlines; i++)
        hyphens += d.pages[0].lines[i].hyphen;
    assert_true(hyphens > 0);
    check_inside(&d);
    doc_free(&d);
    stmt_free(&s);
    hy_close(hy);
    lay.protrusion = lay.expansion = 1;
}

/* Combining marks get a glyph of their own with their own text (so that
 * text extraction gives each letter once); a non-breaking hyphen the font
 * lacks is set with the font's U+2010, not a fallback font. */
static void test_marks_and_nbhyphen(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    stmt_init(&s);
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL,
                   "Nations of \xCA\x94" "akisq\xCC\x93nuk\xCC\x93 and x\xCC\x81 "
                   "fought COVID\xE2\x80\x91" "19.", 2);
    diag_capture();
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d), 0);
    char *msgs = diag_release();
    assert_int_equal(diag_count(DIAG_WARNING), 0);
    if (diag_count(DIAG_NOTE))
        print_error("%s", msgs);
    assert_int_equal(diag_count(DIAG_NOTE), 0);  /* no fallback font */
    free(msgs);
    size_t p = 9;
    assert_int_equal(count_lines(&d, "body", "Nations of \xCA\x94" "akisq\xCC\x93nuk\xCC\x93 "
                                 "and x\xCC\x81 fought COVID\xE2\x80\x91" "19.", &p), 1);
    const struct page *pg = &d.pages[0];
    int body_font = -1, marks = 0, raised = 0;
    double body_y = 0;
    for (size_t i = 0; i < pg->nruns; i++)
        if (strncmp(pg->runs[i].text, "Nations", 7) == 0) {
            body_font = pg->runs[i].font;
            body_y = pg->runs[i].y;
        }
    assert_true(body_font >= 0);
    for (size_t i = 0; i < pg->nruns; i++) {
        const struct pg_run *r = &pg->runs[i];
        if (r->y > body_y + 6 || r->y < body_y - 6)
            continue;  /* not the body line */
        assert_int_equal(r->font, body_font);
        if (strcmp(r->text, "\xCC\x81") == 0)
            raised++;  /* the acute sits where the shaper put it */
        for (size_t g = 0; g < r->nglyphs; g++) {
            assert_true(r->glyphs[g].gid != 0);
            const char *t = r->text + r->glyphs[g].cluster;
            if (strncmp(t, "\xCC\x93", 2) == 0) {
                marks++;
                assert_true(g > 0 && r->glyphs[g].cluster > r->glyphs[g - 1].cluster);
            }
        }
    }
    assert_int_equal(marks, 2);
    assert_int_equal(raised, 1);
    doc_free(&d);
    stmt_free(&s);
}

/* Italic and bold spans use the family's faces; links get areas; list
 * markers hang in the indent; headings keep with the next block. */
static void test_spans_lists(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    stmt_init(&s);
    struct block *b = stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL, "Read the ", 2);
    stmt_add_span(b, "full text", SPAN_ITALIC, "https://example.org/");
    stmt_add_span(b, " and the ", SPAN_PLAIN, NULL);
    stmt_add_span(b, "annex", SPAN_BOLD | SPAN_ITALIC, NULL);
    stmt_add_span(b, ".", SPAN_PLAIN, NULL);
    stmt_add_block(&s, BLK_HEADING, 1, NULL, "Next steps", 4);
    stmt_add_block(&s, BLK_LIST_ITEM, 1, "\xE2\x80\xA2",
                   "Both sides agreed to meet again in the spring to review the "
                   "progress of the working groups and to set new goals for the "
                   "year ahead.", 6);
    assert_int_equal(ts_typeset(&s, &lay, &fs, &opts, &d), 0);
    const struct page *pg = &d.pages[0];
    int italic = -1, bi = -1;
    for (size_t i = 0; i < pg->nruns; i++) {
        if (strcmp(pg->runs[i].text, "full text ") == 0 ||
            strcmp(pg->runs[i].text, "full text") == 0)
            italic = pg->runs[i].font;
        if (strcmp(pg->runs[i].text, "annex") == 0)
            bi = pg->runs[i].font;
    }
    assert_true(italic >= 0 && bi >= 0);
    assert_true(fs.fonts[italic].italic && !fs.fonts[italic].bold);
    assert_true(fs.fonts[bi].italic && fs.fonts[bi].bold);
    assert_int_equal(pg->nlinks, 1);
    assert_string_equal(pg->links[0].uri, "https://example.org/");
    assert_true(pg->links[0].x2 - pg->links[0].x1 > 20);
    /* the list item's marker run is left of its text */
    double marker_x = -1, text_x = -1;
    for (size_t i = 0; i < pg->nruns; i++)
        if (strcmp(pg->runs[i].text, "\xE2\x80\xA2") == 0)
            marker_x = pg->runs[i].x;
    for (size_t i = 0; i < pg->nlines; i++)
        if (strcmp(pg->lines[i].role, "list") == 0 && text_x < 0)
            text_x = pg->lines[i].x;
    assert_true(marker_x >= lay.margin_inner && text_x > marker_x);
    assert_near(text_x, lay.margin_inner + lay.list_indent, 0.01);
    assert_int_equal(count_lines(&d, "heading", "Next steps", NULL), 1);
    /* the heading under "Statement"; no table, so no Participants anchor */
    assert_int_equal(d.nanchors, 3);
    assert_string_equal(d.anchors[2].title, "Next steps");
    assert_int_equal(d.anchors[2].level, 2);
    doc_free(&d);
    stmt_free(&s);
}

/* Duplex mirrors the margins on even pages. */
/* First-fit breaking gives valid lines too. */
static void test_first_fit(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    struct ts_options o = opts;
    o.first_fit = 1;
    reference(&s, 1);
    assert_int_equal(ts_typeset(&s, &lay, &fs, &o, &d), 0);
    check_inside(&d);
    check_justified(&d);
    char *got = body_text(&d, "body"), *want = words_of(&s);
    assert_string_equal(got, want);
    free(got);
    free(want);
    doc_free(&d);
    stmt_free(&s);
}

/* A glyph wider than the whole measure cannot be made to fit: the word is
 * broken as far as it goes (word-too-wide) and the line that is still too
 * wide is reported (overfull-line), with its input line. */
static void test_overfull(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    stmt_init(&s);
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL, "WWW WW", 7);
    double in = lay.margin_inner, out = lay.margin_outer;
    lay.margin_inner = lay.margin_outer = (lay.page_width - 4) / 2;
    diag_capture();
    int rc = ts_typeset(&s, &lay, &fs, &opts, &d);
    char *msgs = diag_release();
    lay.margin_inner = in;
    lay.margin_outer = out;
    assert_int_equal(rc, 0);
    assert_non_null(strstr(msgs, "test.txt:7: warning:"));
    assert_non_null(strstr(msgs, "[overfull-line]"));
    assert_non_null(strstr(msgs, "[word-too-wide]"));
    int over = 0;
    for (size_t p = 0; p < d.npages; p++)
        for (size_t i = 0; i < d.pages[p].nlines; i++)
            over += d.pages[p].lines[i].ratio < -1;
    assert_true(over > 0);
    free(msgs);
    doc_free(&d);
    stmt_free(&s);
}

static void test_duplex(void **state)
{
    (void)state;
    struct statement s;
    struct doc d;
    reference(&s, 3);
    lay.duplex = 1;
    lay.margin_inner = 90;
    lay.margin_outer = 54;
    int rc = ts_typeset(&s, &lay, &fs, &opts, &d);
    lay.duplex = 0;
    lay.margin_inner = lay.margin_outer = 72;
    assert_int_equal(rc, 0);
    assert_true(d.npages >= 2);
    for (size_t p = 0; p < 2; p++) {
        double minx = 1e9;
        for (size_t i = 0; i < d.pages[p].nlines; i++)
            if (d.pages[p].lines[i].x < minx)
                minx = d.pages[p].lines[i].x;
        assert_near(minx, p == 0 ? 90 : 54, 0.01);
    }
    doc_free(&d);
    stmt_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference),
        cmocka_unit_test(test_stable_and_fast),
        cmocka_unit_test(test_long),
        cmocka_unit_test(test_wide_word),
        cmocka_unit_test(test_special_spaces),
        cmocka_unit_test(test_fallback_and_missing),
        cmocka_unit_test(test_spans_lists),
        cmocka_unit_test(test_first_fit),
        cmocka_unit_test(test_lazy_hyphenation),
        cmocka_unit_test(test_marks_and_nbhyphen),
        cmocka_unit_test(test_duplex),
        cmocka_unit_test(test_overfull),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
