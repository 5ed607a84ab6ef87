/* test_table.c -- the participant table on its own, with a stand-in setter
 * (every character 5 pt wide, one line per cell): column widths from
 * content, proportional shrinking, the delegation once per group, header
 * rules and the closing rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "style/layout.h"
#include "model/statement.h"
#include "typeset/table.h"

/* Widest space-free piece of text, in characters. */
static size_t widest_word(const char *t)
{
    size_t best = 0, cur = 0;
    for (; *t; t++) {
        cur = *t == ' ' ? 0 : cur + 1;
        if (cur > best)
            best = cur;
    }
    return best;
}

static double fake_measure(void *ctx, enum lay_role role, const char *text,
                           double *minw)
{
    (void)ctx;
    (void)role;
    *minw = 5.0 * widest_word(text);
    return 5.0 * strlen(text);
}

/* One line per 5*len/w, each recorded as a pg_line with its text. */
static double fake_set(void *ctx, enum lay_role role, const char *text,
                       double x, double top, double w, struct page *box)
{
    int *calls = ctx;
    (*calls)++;
    double need = 5.0 * strlen(text);
    int lines = (int)(need / w) + (need > w * (int)(need / w) ? 1 : 0);
    if (lines < 1)
        lines = 1;
    struct pg_line *l = page_add_line(box, text, strlen(text));
    l->x = x;
    l->y = top - 10;
    l->width = need < w ? need : w;
    l->role = role == ROLE_TABLE_HEAD ? "table-head" : "table";
    return lines * 12.0;
}

static void letter(struct layout *lay)
{
    memset(lay, 0, sizeof *lay);
    lay->table_padding = 4;
    lay->table_rule_width = 0.5;
    lay->color_rule = 0x112233;
    lay->font[ROLE_TABLE].leading = 12;
    lay->font[ROLE_TABLE_HEAD].leading = 12;
}

static void statement(struct statement *s)
{
    stmt_init(s);
    stmt_add_participant(s, "United States", "Secretary of State", "Rex Tillerson");
    stmt_add_participant(s, "United States", "Secretary of Homeland Security", "John Kelly");
    stmt_add_participant(s, "Mexico", "Secretary of Government", "Miguel Angel Osorio Chong");
    stmt_add_participant(s, "Mexico", "Attorney General", "Raul Cervantes Andrade");
    stmt_add_participant(s, "Mexico", NULL, "Someone Without Title");
}

static int count_text(const struct page *p, const char *t)
{
    int n = 0;
    for (size_t i = 0; i < p->nlines; i++)
        n += strcmp(p->lines[i].text, t) == 0;
    return n;
}

static void test_natural_widths(void **state)
{
    (void)state;
    struct layout lay;
    struct statement s;
    struct tbl t;
    int calls = 0;
    struct tbl_setter set = {&calls, fake_measure, fake_set};
    letter(&lay);
    statement(&s);
    tbl_build(&s, &lay, 468, &set, &t);
    /* natural: longest cell + 2 * padding */
    assert_true(t.colw[0] == 5.0 * strlen("United States") + 8);
    assert_true(t.colw[1] == 5.0 * strlen("Secretary of Homeland Security") + 8);
    assert_true(t.colw[2] == 5.0 * strlen("Miguel Angel Osorio Chong") + 8);
    assert_true(t.width <= 468);
    assert_int_equal(t.nrows, 5);
    /* header: three cells, rules at its top and bottom */
    assert_int_equal(t.head.box.nlines, 3);
    assert_int_equal(count_text(&t.head.box, "Delegation"), 1);
    assert_int_equal(t.head.box.nrules, 2);
    assert_true(t.head.box.rules[0].y1 == 0);
    assert_true(t.head.box.rules[1].y1 == -t.head.height);
    assert_true(t.head.box.rules[0].x2 == t.width);
    /* the delegation once per group, empty cells not set */
    int us = 0, mx = 0;
    for (size_t i = 0; i < t.nrows; i++) {
        us += count_text(&t.rows[i].box, "United States");
        mx += count_text(&t.rows[i].box, "Mexico");
    }
    assert_int_equal(us, 1);
    assert_int_equal(mx, 1);
    assert_int_equal(t.rows[1].box.nlines, 2);
    assert_int_equal(t.rows[4].box.nlines, 1);
    /* cells start at column x + padding; rows are padded */
    assert_true(t.rows[0].box.lines[1].x == t.colw[0] + 4);
    assert_true(t.rows[0].height == 12 + 8);
    /* only the last row has the closing rule */
    for (size_t i = 0; i + 1 < t.nrows; i++)
        assert_int_equal(t.rows[i].box.nrules, 0);
    assert_int_equal(t.rows[4].box.nrules, 1);
    assert_true(t.rows[4].box.rules[0].y1 == -t.rows[4].height);
    assert_int_equal(t.rows[4].box.rules[0].color, 0x112233);
    tbl_free(&t);
    stmt_free(&s);
}

static void test_shrink(void **state)
{
    (void)state;
    struct layout lay;
    struct statement s;
    struct tbl t;
    int calls = 0;
    struct tbl_setter set = {&calls, fake_measure, fake_set};
    letter(&lay);
    statement(&s);
    tbl_build(&s, &lay, 300, &set, &t);
    assert_true(t.width <= 300 + 1e-9 && t.width >= 300 - 1e-9);
    /* no column below its widest word */
    assert_true(t.colw[0] >= 5.0 * strlen("United") + 8);
    assert_true(t.colw[1] >= 5.0 * strlen("Secretary") + 8);
    assert_true(t.colw[2] >= 5.0 * strlen("Cervantes") + 8);
    /* wrapped cells make taller rows */
    assert_true(t.rows[1].height > 20);
    tbl_free(&t);
    /* a measure narrower than the words: all shrink alike, still inside */
    tbl_build(&s, &lay, 60, &set, &t);
    assert_true(t.width <= 60 + 1e-9);
    tbl_free(&t);
    stmt_free(&s);
}

/* A row that opens a page inside its group is set again with the
 * delegation; the first row of a group (already naming it) is not; the
 * last row keeps its closing rule. */
static void test_continued(void **state)
{
    (void)state;
    struct layout lay;
    struct statement s;
    struct tbl t;
    struct tbl_row r;
    int calls = 0;
    struct tbl_setter set = {&calls, fake_measure, fake_set};
    letter(&lay);
    statement(&s);
    tbl_build(&s, &lay, 468, &set, &t);
    assert_int_equal(tbl_row_continued(&s, &lay, &set, &t, 0, &r), 0);
    assert_int_equal(tbl_row_continued(&s, &lay, &set, &t, 2, &r), 0);
    assert_int_equal(tbl_row_continued(&s, &lay, &set, &t, 99, &r), 0);
    assert_int_equal(tbl_row_continued(&s, &lay, &set, &t, 1, &r), 1);
    assert_int_equal(r.box.nlines, 3);
    assert_int_equal(count_text(&r.box, "United States"), 1);
    assert_int_equal(count_text(&r.box, "John Kelly"), 1);
    assert_true(r.box.lines[0].x == 4);
    assert_true(r.height == t.rows[1].height);
    assert_int_equal(r.box.nrules, 0);
    tbl_box_free(&r.box);
    assert_int_equal(tbl_row_continued(&s, &lay, &set, &t, 4, &r), 1);
    assert_int_equal(count_text(&r.box, "Mexico"), 1);
    assert_int_equal(r.box.nrules, 1);
    assert_true(r.box.rules[0].y1 == -r.height);
    tbl_box_free(&r.box);
    /* a taller delegation cell makes a taller row */
    tbl_free(&t);
    tbl_build(&s, &lay, 150, &set, &t);
    assert_int_equal(tbl_row_continued(&s, &lay, &set, &t, 3, &r), 1);
    assert_true(r.height >= t.rows[3].height);
    tbl_box_free(&r.box);
    tbl_free(&t);
    stmt_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_natural_widths),
        cmocka_unit_test(test_shrink),
        cmocka_unit_test(test_continued),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
