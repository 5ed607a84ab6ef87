/* test_breaker.c -- the Knuth-Plass line breaker on hand-built paragraphs:
 * a known optimum, optimality against an exhaustive search, total-fit
 * against first-fit on the reference statement, the consecutive-hyphen
 * limit, forced breaks, a box wider than the measure, empty paragraphs,
 * varying line widths, and a timing of 1,000 words (printed, not asserted). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <cmocka.h>

#include "typeset/breaker.h"
#include "typeset/hyphen.h"

/* ---- building paragraphs ------------------------------------------------ */

struct para {
    struct br_item *it;
    size_t n, cap;
};

static void push(struct para *p, struct br_item x)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 64;
        p->it = realloc(p->it, p->cap * sizeof *p->it);
        assert_non_null(p->it);
    }
    p->it[p->n++] = x;
}

static void box(struct para *p, double w)
{
    push(p, (struct br_item){BR_BOX, w, 0, 0, 0, 0, 0, 0});
}

static void glue(struct para *p, double w, double y, double z)
{
    push(p, (struct br_item){BR_GLUE, w, y, z, 0, 0, 0, 0});
}

static void penalty(struct para *p, double w, int pen, int flagged)
{
    push(p, (struct br_item){BR_PENALTY, w, 0, 0, pen, flagged, 0, 0});
}

/* The paragraph's end: finishing glue and the forced break. */
static void finish(struct para *p)
{
    glue(p, 0, 1e5, 0);
    penalty(p, 0, -BR_INF, 0);
}

/* Interword space of a 10 pt font, TeX-like. */
static void space(struct para *p)
{
    glue(p, 3.33, 1.67, 1.11);
}

#define CHAR_W 5.0   /* fixed-width model: every character 5 pt */
#define HYPHEN_W 3.0

/* Append text word by word (fixed-width model); with a dictionary, words get
 * flagged penalties at their hyphenation points. */
static void add_text(struct para *p, const char *text, struct hy_dict *d, int hpen)
{
    const char *s = text;
    int first = 1;
    while (*s) {
        while (*s == ' ' || *s == '\n' || *s == '\t')
            s++;
        if (!*s)
            break;
        const char *e = s;
        while (*e && *e != ' ' && *e != '\n' && *e != '\t')
            e++;
        if (!first)
            space(p);
        first = 0;
        size_t len = (size_t)(e - s);
        char *pts = calloc(len + 1, 1);
        if (d)
            hy_points(d, s, len, pts);
        size_t chars = 0;
        for (size_t i = 0; i < len; i++) {
            if (((unsigned char)s[i] & 0xC0) != 0x80)
                chars++;
            if (pts[i] || i + 1 == len) {
                box(p, chars * CHAR_W);
                chars = 0;
                if (pts[i] && i + 1 < len)
                    penalty(p, HYPHEN_W, hpen, 1);
            }
        }
        free(pts);
        s = e;
    }
}

/* ---- checking results --------------------------------------------------- */

struct line_m {
    double natural, stretch, shrink, width;
};

static void measure_line(const struct para *p, const struct br_line *l,
                         const double *widths, size_t nw, size_t k,
                         struct line_m *m)
{
    memset(m, 0, sizeof *m);
    for (size_t i = l->start; i < l->end; i++) {
        const struct br_item *x = &p->it[i];
        if (x->type == BR_PENALTY)
            continue;
        m->natural += x->width;
        if (x->type == BR_GLUE) {
            m->stretch += x->stretch;
            m->shrink += x->shrink;
        }
    }
    if (l->end < p->n && p->it[l->end].type == BR_PENALTY)
        m->natural += p->it[l->end].width;
    m->width = widths[k < nw - 1 ? k : nw - 1];
}

static double ratio_of(const struct line_m *m)
{
    double sf = m->width - m->natural;
    if (fabs(sf) < 1e-6)
        return 0;
    if (sf > 0)
        return m->stretch > 0 ? sf / m->stretch : INFINITY;
    return m->shrink > 0 ? sf / m->shrink : -INFINITY;
}

/* Structural checks every result must pass: lines in order, every box in
 * exactly one line, only glue and penalties dropped between lines, breaks at
 * legal items, the last line at the forced break, ratios as reported. */
static void check_result(const struct para *p, const struct br_result *r,
                         const double *widths, size_t nw)
{
    assert_true(r->nlines > 0);
    char *seen = calloc(p->n, 1);
    size_t prev_end = 0;
    int any_over = 0;
    for (size_t k = 0; k < r->nlines; k++) {
        const struct br_line *l = &r->lines[k];
        assert_true(l->start <= l->end);
        assert_true(l->end < p->n);
        if (k == 0) {
            assert_int_equal(l->start, 0);
        } else {
            assert_true(l->start > prev_end);
            for (size_t i = prev_end + 1; i < l->start; i++)
                assert_int_not_equal(p->it[i].type, BR_BOX);
        }
        for (size_t i = l->start; i < l->end; i++) {
            assert_int_equal(seen[i], 0);
            seen[i] = 1;
        }
        const struct br_item *b = &p->it[l->end];
        assert_int_not_equal(b->type, BR_BOX);
        if (b->type == BR_GLUE)
            assert_int_equal(p->it[l->end - 1].type, BR_BOX);
        else
            assert_true(b->penalty < BR_INF);
        assert_int_equal(l->hyphen, b->type == BR_PENALTY && b->flagged
                                    && b->penalty > -BR_INF && k + 1 < r->nlines);
        struct line_m m;
        measure_line(p, l, widths, nw, k, &m);
        if (m.natural - m.shrink > m.width + 1e-6)
            any_over = 1;
        double want = ratio_of(&m);
        if (k + 1 == r->nlines && m.natural <= m.width)
            want = 0;
        if (isinf(want))
            want = 0;
        if (want < -1)
            want = -1;
        assert_float_equal(l->ratio, want, 1e-6);
        prev_end = l->end;
    }
    assert_int_equal(r->lines[r->nlines - 1].end, p->n - 1);
    for (size_t i = 0; i < p->n; i++)
        if (p->it[i].type == BR_BOX && !seen[i])
            fail_msg("box %zu is in no line", i);
    assert_int_equal(r->overfull, any_over);
    free(seen);
}

/* Demerits of a result by the paper's formula (lines within tolerance),
 * for comparing methods; hyphen terms included. */
static double demerits(const struct para *p, const struct br_result *r,
                       const double *widths, size_t nw, const struct br_params *pr)
{
    double total = 0;
    int prev_fit = 2, prev_flag = 0;
    for (size_t k = 0; k < r->nlines; k++) {
        struct line_m m;
        measure_line(p, &r->lines[k], widths, nw, k, &m);
        double rr = ratio_of(&m);
        if (isinf(rr))
            rr = rr > 0 ? 1e3 : -1e3;
        double bad = 100 * fabs(rr * rr * rr);
        double d = (pr->line_penalty + bad) * (pr->line_penalty + bad);
        const struct br_item *b = &p->it[r->lines[k].end];
        int last = k + 1 == r->nlines;
        if (!last && b->type == BR_PENALTY && b->penalty > 0)
            d += (double)b->penalty * b->penalty;
        int flag = b->type == BR_PENALTY && b->flagged && !last;
        if (prev_flag && flag)
            d += pr->flagged_demerits;
        if (prev_flag && last)
            d += pr->final_hyphen_demerits;
        int fit = rr > 1 ? 0 : rr > 0.5 ? 1 : rr < -0.5 ? 3 : 2;
        if (abs(fit - prev_fit) > 1)
            d += pr->fitness_demerits;
        total += d;
        prev_fit = fit;
        prev_flag = flag;
    }
    return total;
}

static double max_abs_ratio(const struct br_result *r)
{
    double mx = 0;
    for (size_t k = 0; k + 1 < r->nlines; k++)
        mx = fmax(mx, fabs(r->lines[k].ratio));
    return mx;
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
    s[n] = 0;
    fclose(f);
    return s;
}

/* The body paragraphs of the reference statement, joined. */
static char *seed_text(void)
{
    char *s = read_file("examples/tillerson-kelly-mexico-2017-02-23.txt");
    char *start = strstr(s, "We just concluded");
    assert_non_null(start);
    char *out = strdup(start);
    free(s);
    return out;
}

static int longest_hyphen_run(const struct br_result *r)
{
    int run = 0, best = 0;
    for (size_t k = 0; k < r->nlines; k++) {
        run = r->lines[k].hyphen ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    return best;
}

/* ---- tests --------------------------------------------------------------- */

/* Ten equal words, four fit a line exactly: 4 + 4 + 2. */
static void test_equal_words(void **state)
{
    (void)state;
    struct para p = {0};
    for (int i = 0; i < 10; i++) {
        if (i)
            glue(&p, 6, 3, 2);
        box(&p, 20);
    }
    finish(&p);
    double w = 100;
    struct br_params pr;
    br_default_params(&pr);
    struct br_result r;
    assert_int_equal(br_break(p.it, p.n, &w, 1, &pr, 0, &r), 0);
    check_result(&p, &r, &w, 1);
    assert_int_equal(r.nlines, 3);
    /* word i is item 2i; breaks at the glue after words 3 and 7 */
    assert_int_equal(r.lines[0].end, 7);
    assert_int_equal(r.lines[1].start, 8);
    assert_int_equal(r.lines[1].end, 15);
    assert_int_equal(r.lines[2].start, 16);
    assert_float_equal(r.lines[0].ratio, 2.0 / 9.0, 1e-9);
    assert_float_equal(r.lines[1].ratio, 2.0 / 9.0, 1e-9);
    assert_float_equal(r.lines[2].ratio, 0, 0);
    assert_int_equal(r.overfull, 0);
    br_result_free(&r);

    /* first-fit finds the same here */
    assert_int_equal(br_break(p.it, p.n, &w, 1, &pr, 1, &r), 0);
    check_result(&p, &r, &w, 1);
    assert_int_equal(r.nlines, 3);
    assert_int_equal(r.lines[0].end, 7);
    br_result_free(&r);
    free(p.it);
}

/* Exhaustive optimum over all break sequences with every line within the
 * tolerance, hyphen breaks and their demerits and limit included; INFINITY
 * when none exists.  States: breakpoint x fitness x consecutive hyphens. */
static double brute_optimum(const struct para *p, double L, const struct br_params *pr)
{
    size_t nb = 0;
    size_t *bp = malloc((p->n + 1) * sizeof *bp);
    bp[nb++] = (size_t)-1;  /* the start */
    for (size_t i = 1; i < p->n; i++) {
        const struct br_item *x = &p->it[i];
        if ((x->type == BR_GLUE && p->it[i - 1].type == BR_BOX && i + 2 < p->n)
            || (x->type == BR_PENALTY && x->penalty < BR_INF) || i == p->n - 1)
            bp[nb++] = i;
    }
    int H = pr->max_consecutive_hyphens > 0 ? pr->max_consecutive_hyphens : 1;
    size_t ns = 4 * (size_t)(H + 1);
    double *best = malloc(nb * ns * sizeof *best);
    for (size_t j = 0; j < nb * ns; j++)
        best[j] = INFINITY;
    best[0 * ns + 2 * (H + 1) + 0] = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t s = j == 0 ? 0 : bp[j] + 1;
        while (j > 0 && s < p->n && p->it[s].type != BR_BOX)
            s++;
        int jflag = j > 0 && p->it[bp[j]].type == BR_PENALTY && p->it[bp[j]].flagged;
        for (size_t k = j + 1; k < nb; k++) {
            struct br_line l = {s, bp[k], 0, 0};
            struct line_m m;
            measure_line(p, &l, &L, 1, 0, &m);
            if (m.natural - m.shrink > L + 1e-6)
                break;
            double r = ratio_of(&m);
            if (r > pr->tolerance + 1e-6)
                continue;
            const struct br_item *x = &p->it[bp[k]];
            int last = k == nb - 1;
            int kflag = x->type == BR_PENALTY && x->flagged && !last;
            double bad = fmin(100 * fabs(r * r * r), 10000);
            double d = (pr->line_penalty + bad) * (pr->line_penalty + bad);
            if (!last && x->type == BR_PENALTY && x->penalty > 0)
                d += (double)x->penalty * x->penalty;
            if (jflag && kflag && !last)
                d += pr->flagged_demerits;
            if (jflag && last)
                d += pr->final_hyphen_demerits;
            int fit = r > 1 ? 0 : r > 0.5 ? 1 : r < -0.5 ? 3 : 2;
            for (int f = 0; f < 4; f++)
                for (int h = 0; h <= H; h++) {
                    double cur = best[j * ns + f * (H + 1) + h];
                    if (!isfinite(cur))
                        continue;
                    int nh = kflag ? h + 1 : 0;
                    if (nh > H) {
                        if (pr->max_consecutive_hyphens > 0)
                            continue;
                        nh = H;
                    }
                    double t = cur + d + (abs(fit - f) > 1 ? pr->fitness_demerits : 0);
                    double *slot = &best[k * ns + fit * (H + 1) + nh];
                    if (t < *slot)
                        *slot = t;
                }
        }
    }
    double opt = INFINITY;
    for (size_t q = 0; q < ns; q++)
        opt = fmin(opt, best[(nb - 1) * ns + q]);
    free(best);
    free(bp);
    return opt;
}

/* Random paragraphs, with and without hyphen points: whenever a feasible
 * breaking exists, total-fit finds one with every line within the
 * tolerance, and its demerits equal the exhaustive optimum. */
static void test_optimal_and_within_tolerance(void **state)
{
    (void)state;
    unsigned seed = 12345;
    int feasible_cases = 0, infeasible_cases = 0, hyphenated = 0;
    struct br_params pr;
    br_default_params(&pr);
    pr.pretolerance = -1;
    pr.emergency_stretch = 0;
    pr.tolerance = 3;
    for (int round = 0; round < 600; round++) {
        struct para p = {0};
        int with_hyphens = round % 2;
        pr.max_consecutive_hyphens = round % 4 == 1 ? 0 : 1 + round % 3;
        seed = seed * 1103515245u + 12345u;
        int words = 5 + (int)((seed >> 16) % 60);
        for (int i = 0; i < words; i++) {
            seed = seed * 1103515245u + 12345u;
            if (i)
                space(&p);
            int chars = 1 + (seed >> 16) % 11;
            if (with_hyphens && chars >= 6) {
                int cut = 2 + (seed >> 8) % (chars - 4);
                box(&p, CHAR_W * cut);
                penalty(&p, HYPHEN_W, pr.hyphen_penalty, 1);
                box(&p, CHAR_W * (chars - cut));
            } else {
                box(&p, CHAR_W * chars);
            }
        }
        finish(&p);
        if (round % 3 == 0)
            p.it[p.n - 1].flagged = 1;  /* TeX's flagged paragraph end */
        seed = seed * 1103515245u + 12345u;
        double L = 90 + (seed >> 16) % 200;
        double opt = brute_optimum(&p, L, &pr);
        struct br_result r;
        br_break(p.it, p.n, &L, 1, &pr, 0, &r);
        check_result(&p, &r, &L, 1);
        if (pr.max_consecutive_hyphens > 0)
            assert_true(longest_hyphen_run(&r) <= pr.max_consecutive_hyphens);
        if (isfinite(opt)) {
            feasible_cases++;
            for (size_t k = 0; k + 1 < r.nlines; k++) {
                assert_true(r.lines[k].ratio <= pr.tolerance + 1e-9);
                assert_true(r.lines[k].ratio >= -1 - 1e-9);
                hyphenated += r.lines[k].hyphen;
            }
            double got = demerits(&p, &r, &L, 1, &pr);
            if (fabs(got - opt) > 1e-6 * fmax(1, opt))
                fail_msg("round %d: demerits %.6f, optimum %.6f", round, got, opt);
        } else {
            infeasible_cases++;
        }
        br_result_free(&r);
        free(p.it);
    }
    printf("# %d feasible (%d hyphenated lines), %d infeasible random paragraphs\n",
           feasible_cases, hyphenated, infeasible_cases);
    /* Both kinds must have occurred for the test to mean something. */
    assert_true(feasible_cases > 100);
    assert_true(hyphenated > 20);
    assert_true(infeasible_cases > 0);
}

/* On the reference statement total-fit beats first-fit. */
static void test_total_fit_beats_first_fit(void **state)
{
    (void)state;
    char *text = seed_text();
    struct para p = {0};
    add_text(&p, text, NULL, 0);
    finish(&p);
    struct br_params pr;
    br_default_params(&pr);
    double L = 300;
    struct br_result tf, ff;
    br_break(p.it, p.n, &L, 1, &pr, 0, &tf);
    br_break(p.it, p.n, &L, 1, &pr, 1, &ff);
    check_result(&p, &tf, &L, 1);
    check_result(&p, &ff, &L, 1);
    double dt = demerits(&p, &tf, &L, 1, &pr), df = demerits(&p, &ff, &L, 1, &pr);
    double mt = max_abs_ratio(&tf), mf = max_abs_ratio(&ff);
    printf("# seed text, %zu items: total-fit %zu lines, demerits %.0f, max|r| %.3f;"
           " first-fit %zu lines, demerits %.0f, max|r| %.3f\n",
           p.n, tf.nlines, dt, mt, ff.nlines, df, mf);
    assert_true(dt < df);
    assert_true(mt < mf);
    assert_int_equal(tf.overfull, 0);
    br_result_free(&tf);
    br_result_free(&ff);
    free(p.it);
    free(text);
}

/* Hyphenating every line is cheap here, yet the limit holds. */
static void test_max_consecutive_hyphens(void **state)
{
    (void)state;
    struct para p = {0};
    /* Words of four 10 pt syllables, all hyphenable; rigid-ish spaces and
     * a measure that word boundaries rarely fit. */
    for (int i = 0; i < 60; i++) {
        if (i)
            glue(&p, 4, 1, 1);
        for (int s = 0; s < 4; s++) {
            if (s)
                penalty(&p, HYPHEN_W, 0, 1);
            box(&p, 10 + (i * 7 + s * 3) % 5);
        }
    }
    finish(&p);
    double L = 97;
    struct br_params pr;
    br_default_params(&pr);
    pr.flagged_demerits = 0;
    pr.final_hyphen_demerits = 0;
    int runs[4];
    for (int maxc = 0; maxc <= 3; maxc++) {
        pr.max_consecutive_hyphens = maxc;
        struct br_result r;
        br_break(p.it, p.n, &L, 1, &pr, 0, &r);
        check_result(&p, &r, &L, 1);
        runs[maxc] = longest_hyphen_run(&r);
        br_result_free(&r);
        /* and first-fit */
        br_break(p.it, p.n, &L, 1, &pr, 1, &r);
        check_result(&p, &r, &L, 1);
        if (maxc > 0)
            assert_true(longest_hyphen_run(&r) <= maxc);
        br_result_free(&r);
    }
    printf("# longest hyphen runs: unlimited %d, max1 %d, max2 %d, max3 %d\n",
           runs[0], runs[1], runs[2], runs[3]);
    assert_true(runs[0] >= 3);  /* without the limit it hyphenates more */
    assert_true(runs[1] <= 1);
    assert_true(runs[2] <= 2);
    assert_true(runs[3] <= 3);
    assert_true(runs[1] >= 1);
    free(p.it);
}

/* Real text with real hyphenation points: hyphens happen, limit holds. */
static void test_real_text_hyphenated(void **state)
{
    (void)state;
    struct hy_dict *d = hy_open(NULL);
    assert_non_null(d);
    char *text = seed_text();
    struct para p = {0};
    add_text(&p, text, d, 50);
    finish(&p);
    struct br_params pr;
    br_default_params(&pr);
    double L = 180;
    struct br_result r;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    check_result(&p, &r, &L, 1);
    int hyph = 0;
    for (size_t k = 0; k < r.nlines; k++)
        hyph += r.lines[k].hyphen;
    printf("# seed text at 180 pt: %zu lines, %d hyphenated, max|r| %.3f\n",
           r.nlines, hyph, max_abs_ratio(&r));
    assert_true(hyph > 0);
    assert_true(longest_hyphen_run(&r) <= pr.max_consecutive_hyphens);
    br_result_free(&r);
    free(p.it);
    free(text);
    hy_close(d);
}

/* Lazy hyphenation: the pretolerance pass alone (first_pass_only) fails on
 * a narrow measure without returning lines; breaking again with the points
 * and pretolerance < 0 gives the lines of breaking at once.  On a wide
 * measure the pass succeeds and gives the lines of the full breaker. */
static void test_first_pass_only(void **state)
{
    (void)state;
    struct hy_dict *d = hy_open(NULL);
    assert_non_null(d);
    char *text = seed_text();
    struct para plain = {0}, hyph = {0};
    add_text(&plain, text, NULL, 50);
    finish(&plain);
    add_text(&hyph, text, d, 50);
    finish(&hyph);
    struct br_params pr, lazy;
    br_default_params(&pr);
    assert_int_equal(pr.first_pass_only, 0);
    double widths[] = {180, 300, 400, 500, 600, 700, 800};
    int passed = 0;
    for (int w = 0; w < 7 && !passed; w++) {
        struct br_result eager, r;
        assert_int_equal(br_break(hyph.it, hyph.n, &widths[w], 1, &pr, 0, &eager), 0);
        lazy = pr;
        lazy.first_pass_only = 1;
        int rc = br_break(plain.it, plain.n, &widths[w], 1, &lazy, 0, &r);
        if (w == 0)
            assert_int_equal(rc, 1);  /* 180 pt: no way without hyphens */
        if (rc) {
            /* 180 pt: no way through without hyphens */
            assert_int_equal(r.nlines, 0);
            br_result_free(&r);
            lazy.first_pass_only = 0;
            lazy.pretolerance = -1;
            assert_int_equal(br_break(hyph.it, hyph.n, &widths[w], 1, &lazy, 0, &r), 0);
            assert_int_equal(r.nlines, eager.nlines);
            for (size_t k = 0; k < r.nlines; k++) {
                assert_int_equal(r.lines[k].end, eager.lines[k].end);
                assert_int_equal(r.lines[k].hyphen, eager.lines[k].hyphen);
            }
        } else {
            /* the pass succeeds: the same lines, none hyphenated */
            passed = 1;
            assert_int_equal(r.nlines, eager.nlines);
            for (size_t k = 0; k < r.nlines; k++) {
                assert_int_equal(eager.lines[k].hyphen, 0);
                assert_true(fabs(r.lines[k].ratio - eager.lines[k].ratio) < 1e-9);
            }
        }
        br_result_free(&r);
        br_result_free(&eager);
    }
    assert_true(passed);
    free(plain.it);
    free(hyph.it);
    free(text);
    hy_close(d);
}

/* A forced break inside the paragraph ends a line there. */
static void test_forced_break(void **state)
{
    (void)state;
    struct para p = {0};
    for (int i = 0; i < 6; i++) {
        if (i)
            space(&p);
        box(&p, 20);
    }
    size_t forced_fill = p.n;
    glue(&p, 0, 1e5, 0);           /* like TeX's \\ : fill, then break */
    size_t forced = p.n;
    penalty(&p, 0, -BR_INF, 0);
    for (int i = 0; i < 8; i++) {
        if (i)
            space(&p);
        box(&p, 20);
    }
    size_t bare = p.n;
    penalty(&p, 0, -BR_INF, 0);    /* a forced break without fill */
    box(&p, 20);
    finish(&p);
    (void)forced_fill;
    double L = 400;
    struct br_params pr;
    br_default_params(&pr);
    for (int ff = 0; ff <= 1; ff++) {
        struct br_result r;
        br_break(p.it, p.n, &L, 1, &pr, ff, &r);
        check_result(&p, &r, &L, 1);
        assert_int_equal(r.nlines, 3);
        assert_int_equal(r.lines[0].end, forced);
        assert_int_equal(r.lines[1].start, forced + 1);
        assert_int_equal(r.lines[1].end, bare);
        assert_int_equal(r.lines[2].start, bare + 1);
        /* the first line is set with its fill: ratio tiny, not a stretch */
        assert_true(r.lines[0].ratio < 0.01);
        br_result_free(&r);
    }
    free(p.it);
}

/* A box wider than the measure: the paragraph still breaks, the box sits on
 * a line of its own, overfull is set, the other lines fit. */
static void test_box_wider_than_line(void **state)
{
    (void)state;
    struct para p = {0};
    size_t wide = 0;
    for (int i = 0; i < 20; i++) {
        if (i)
            space(&p);
        if (i == 9) {
            wide = p.n;
            box(&p, 500);
        } else {
            box(&p, 25);
        }
    }
    finish(&p);
    double L = 120;
    struct br_params pr;
    br_default_params(&pr);
    for (int ff = 0; ff <= 1; ff++) {
        struct br_result r;
        br_break(p.it, p.n, &L, 1, &pr, ff, &r);
        check_result(&p, &r, &L, 1);
        assert_int_equal(r.overfull, 1);
        int found = 0;
        for (size_t k = 0; k < r.nlines; k++) {
            const struct br_line *l = &r.lines[k];
            if (l->start <= wide && wide < l->end) {
                found = 1;
                assert_int_equal(l->start, wide);
                assert_int_equal(l->end, wide + 1);
                assert_float_equal(l->ratio, 0, 1e-9);  /* no shrink at all */
            } else {
                struct line_m m;
                measure_line(&p, l, &L, 1, k, &m);
                assert_true(m.natural - m.shrink <= L + 1e-6);
            }
        }
        assert_true(found);
        br_result_free(&r);
    }
    /* No stretch at all anywhere: lines come out underfull, never overfull. */
    struct para q = {0};
    for (int i = 0; i < 30; i++) {
        if (i)
            glue(&q, 3, 0, 0);
        box(&q, 17 + i % 4);
    }
    finish(&q);
    struct br_result r;
    br_break(q.it, q.n, &L, 1, &pr, 0, &r);
    check_result(&q, &r, &L, 1);
    assert_int_equal(r.overfull, 0);
    assert_true(r.nlines >= 5);
    br_result_free(&r);
    free(q.it);
    free(p.it);
}

/* First-fit hyphenates only the word that would overflow. */
static void test_first_fit_hyphen(void **state)
{
    (void)state;
    struct br_params pr;
    br_default_params(&pr);
    double L = 100;
    for (int fits = 0; fits <= 1; fits++) {
        struct para p = {0};
        box(&p, 40);
        space(&p);
        box(&p, 40);
        space(&p);
        box(&p, 5);
        size_t hy = p.n;
        penalty(&p, HYPHEN_W, 50, 1);
        box(&p, fits ? 5 : 30);   /* 10 pt fits on the line, 35 pt not */
        space(&p);
        box(&p, 40);
        finish(&p);
        struct br_result r;
        br_break(p.it, p.n, &L, 1, &pr, 1, &r);
        check_result(&p, &r, &L, 1);
        assert_int_equal(r.nlines, 2);
        if (fits) {
            assert_int_equal(r.lines[0].end, hy + 2);  /* the space after */
            assert_int_equal(r.lines[0].hyphen, 0);
        } else {
            assert_int_equal(r.lines[0].end, hy);
            assert_int_equal(r.lines[0].hyphen, 1);
        }
        br_result_free(&r);
        free(p.it);
    }
}

/* The caller's forms: ragged right as Knuth and Plass set it (stretch that
 * only counts at a line end, spaces as penalty/glue/penalty/glue), and a
 * paragraph end flagged like TeX's, which is no hyphen. */
static void test_ragged_and_flagged_end(void **state)
{
    (void)state;
    char *text = seed_text();
    text[1500] = 0;
    struct hy_dict *d = hy_open(NULL);
    struct para p = {0};
    const double S = 36;
    const char *s = text;
    int first = 1;
    while (*s) {
        while (*s == ' ' || *s == '\n')
            s++;
        if (!*s)
            break;
        const char *e = s;
        while (*e && *e != ' ' && *e != '\n')
            e++;
        if (!first) {
            penalty(&p, 0, BR_INF, 0);
            glue(&p, 0, S, 0);
            penalty(&p, 0, 0, 0);
            glue(&p, 3.33, -S, 0);
        }
        first = 0;
        size_t len = (size_t)(e - s), chars = 0;
        char pts[256] = {0};
        if (len < sizeof pts)
            hy_points(d, s, len, pts);
        for (size_t i = 0; i < len; i++) {
            if (((unsigned char)s[i] & 0xC0) != 0x80)
                chars++;
            if (pts[i] || i + 1 == len) {
                box(&p, chars * CHAR_W);
                chars = 0;
                if (pts[i] && i + 1 < len) {
                    penalty(&p, 0, BR_INF, 0);
                    glue(&p, 0, S, 0);
                    penalty(&p, HYPHEN_W, 50, 1);
                    glue(&p, 0, -S, 0);
                }
            }
        }
        s = e;
    }
    penalty(&p, 0, BR_INF, 0);
    glue(&p, 0, 1e5, 0);
    penalty(&p, 0, -BR_INF, 1);
    double L = 250;
    struct br_params pr;
    br_default_params(&pr);
    for (int ff = 0; ff <= 1; ff++) {
        struct br_result r;
        br_break(p.it, p.n, &L, 1, &pr, ff, &r);
        check_result(&p, &r, &L, 1);
        assert_int_equal(r.overfull, 0);
        assert_int_equal(r.lines[r.nlines - 1].hyphen, 0);
        for (size_t k = 0; k + 1 < r.nlines; k++) {
            struct line_m m;
            measure_line(&p, &r.lines[k], &L, 1, k, &m);
            assert_true(m.natural <= L + 1e-6);
            /* every line ends at a break penalty, its stretch is S */
            assert_int_equal(p.it[r.lines[k].end].type, BR_PENALTY);
            assert_float_equal(m.stretch, S, 1e-6);
            if (!ff)
                assert_true(r.lines[k].ratio <= pr.tolerance + 1e-9);
        }
        if (!ff)
            printf("# ragged: %zu lines, max ratio %.3f\n", r.nlines, max_abs_ratio(&r));
        br_result_free(&r);
    }
    free(p.it);
    free(text);
    hy_close(d);
}

static void test_empty_paragraph(void **state)
{
    (void)state;
    struct br_params pr;
    br_default_params(&pr);
    double L = 100;
    struct br_result r;
    assert_int_equal(br_break(NULL, 0, &L, 1, &pr, 0, &r), 0);
    assert_int_equal(r.nlines, 0);
    br_result_free(&r);
    assert_int_equal(br_break(NULL, 0, &L, 1, &pr, 1, &r), 0);
    assert_int_equal(r.nlines, 0);
    br_result_free(&r);

    /* Only the finishing glue and the break: one empty line, ratio 0. */
    struct para p = {0};
    finish(&p);
    for (int ff = 0; ff <= 1; ff++) {
        br_break(p.it, p.n, &L, 1, &pr, ff, &r);
        assert_int_equal(r.nlines, 1);
        assert_int_equal(r.lines[0].start, 0);
        assert_int_equal(r.lines[0].end, 1);
        assert_float_equal(r.lines[0].ratio, 0, 0);
        assert_int_equal(r.overfull, 0);
        br_result_free(&r);
    }
    /* One word. */
    struct para q = {0};
    box(&q, 30);
    finish(&q);
    br_break(q.it, q.n, &L, 1, &pr, 0, &r);
    check_result(&q, &r, &L, 1);
    assert_int_equal(r.nlines, 1);
    br_result_free(&r);
    free(q.it);

    /* No forced break at the end: the end of the items is the last break
     * (end == n); NULL parameters mean the defaults. */
    struct para u = {0};
    for (int i = 0; i < 12; i++) {
        if (i)
            space(&u);
        box(&u, 20);
    }
    for (int ff = 0; ff <= 1; ff++) {
        br_break(u.it, u.n, &L, 1, NULL, ff, &r);
        assert_true(r.nlines >= 2);
        assert_int_equal(r.lines[0].start, 0);
        assert_int_equal(r.lines[r.nlines - 1].end, u.n);
        for (size_t k = 1; k < r.nlines; k++)
            assert_true(r.lines[k].start > r.lines[k - 1].end);
        br_result_free(&r);
    }
    free(u.it);
    free(p.it);
}

/* Glue and penalties right after a break are dropped; the trailing space
 * before the finishing glue is never a break (no empty last line). */
static void test_discarded_items(void **state)
{
    (void)state;
    struct para p = {0};
    for (int i = 0; i < 12; i++) {
        if (i) {
            space(&p);
            penalty(&p, 0, 0, 0);
            glue(&p, 2, 1, 0.5);
        }
        box(&p, 20);
    }
    space(&p);  /* a stray trailing space */
    finish(&p);
    double L = 100;
    struct br_params pr;
    br_default_params(&pr);
    struct br_result r;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    check_result(&p, &r, &L, 1);
    for (size_t k = 1; k < r.nlines; k++)
        assert_int_equal(p.it[r.lines[k].start].type, BR_BOX);
    /* the last line holds at least one box */
    const struct br_line *last = &r.lines[r.nlines - 1];
    int boxes = 0;
    for (size_t i = last->start; i < last->end; i++)
        boxes += p.it[i].type == BR_BOX;
    assert_true(boxes > 0);
    br_result_free(&r);
    free(p.it);
}

/* A narrower first line (hanging marker) and a wider rest. */
static void test_varying_widths(void **state)
{
    (void)state;
    char *text = seed_text();
    text[600] = 0;
    struct para p = {0};
    add_text(&p, text, NULL, 0);
    finish(&p);
    double widths[3] = {150, 200, 260};
    struct br_params pr;
    br_default_params(&pr);
    for (int ff = 0; ff <= 1; ff++) {
        struct br_result r;
        br_break(p.it, p.n, widths, 3, &pr, ff, &r);
        check_result(&p, &r, widths, 3);  /* checks ratios per line width */
        assert_int_equal(r.overfull, 0);
        assert_true(r.nlines > 3);
        br_result_free(&r);
    }
    free(p.it);
    free(text);
}

/* Timing, printed only: paragraphs of about 200 and 1,000 words of the seed
 * text, hyphenated, total-fit and first-fit. */
static void test_benchmark(void **state)
{
    (void)state;
    struct hy_dict *d = hy_open(NULL);
    char *text = seed_text();
    const int targets[2] = {200, 1000};
    for (int t = 0; t < 2; t++) {
        struct para p = {0};
        /* cut the text after the target number of words, repeating it */
        int words = 0;
        while (words < targets[t]) {
            add_text(&p, text, d, 50);
            space(&p);
            words = 0;
            for (size_t i = 0; i < p.n; i++)
                words += p.it[i].type == BR_GLUE;
        }
        /* drop whole words from the end down to the target */
        while (words > targets[t]) {
            while (p.it[p.n - 1].type != BR_GLUE)
                p.n--;
            p.n--;
            words--;
        }
        p.n--;  /* the last space */
        finish(&p);
        struct br_params pr;
        br_default_params(&pr);
        double L = 300;
        for (int ff = 0; ff <= 1; ff++) {
            const int reps = 50;
            struct timespec t0, t1;
            size_t nl = 0;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            for (int i = 0; i < reps; i++) {
                struct br_result r;
                br_break(p.it, p.n, &L, 1, &pr, ff, &r);
                nl = r.nlines;
                br_result_free(&r);
            }
            clock_gettime(CLOCK_MONOTONIC, &t1);
            double ms = ((t1.tv_sec - t0.tv_sec) * 1e3
                         + (t1.tv_nsec - t0.tv_nsec) / 1e6) / reps;
            printf("# benchmark %s: %d words (%zu items) -> %zu lines in %.3f ms\n",
                   ff ? "first-fit" : "total-fit", targets[t], p.n, nl, ms);
            assert_true(nl > (size_t)targets[t] / 20);
        }
        free(p.it);
    }
    free(text);
    hy_close(d);
}


/* ---- margin kerning, font expansion, the last resort -------------------- */

/* A paragraph of three boxes a, b, c with glue of widths g1, g2 (stretch
 * 2.5, no shrink) between them. */
static void three_boxes(struct para *p, double a, double g1, double b, double g2, double c)
{
    box(p, a);
    glue(p, g1, 2.5, 0);
    box(p, b);
    glue(p, g2, 2.5, 0);
    box(p, c);
    finish(p);
}

/* A line whose last box may hang 1 pt into the margin holds a box it could
 * not otherwise: the line is 100.8 pt of boxes and space on a 100 pt
 * measure, with no shrink. */
static void test_protrusion(void **state)
{
    (void)state;
    struct para p = {0};
    double L = 100;
    struct br_params pr;
    br_default_params(&pr);
    three_boxes(&p, 50, 5, 45.8, 5, 30);
    struct br_result r;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    assert_int_equal(r.lines[0].end, 1);  /* without margin kerning: 50 alone */
    br_result_free(&r);
    p.it[2].rprot = 1.0;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    assert_int_equal(r.nlines, 2);
    assert_int_equal(r.lines[0].end, 3);
    assert_float_equal(r.lines[0].ratio, 0.2 / 2.5, 1e-9);
    assert_int_equal(r.overfull, 0);
    br_result_free(&r);
    /* the left side: the first box of a line hangs into the left margin */
    p.it[2].rprot = 0;
    p.it[0].lprot = 1.0;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    assert_int_equal(r.nlines, 2);
    assert_float_equal(r.lines[0].ratio, 0.2 / 2.5, 1e-9);
    br_result_free(&r);
    free(p.it);
}

/* Font expansion: boxes shrink by up to 2 % of their width along with the
 * glue, so that a line 1.5 pt too wide and without shrinkable glue fits. */
static void test_expansion(void **state)
{
    (void)state;
    struct para p = {0};
    double L = 100;
    struct br_params pr;
    br_default_params(&pr);
    three_boxes(&p, 48, 5.5, 48, 5, 30);
    struct br_result r;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    assert_int_equal(r.lines[0].end, 1);
    br_result_free(&r);
    pr.expansion = 0.02;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    assert_int_equal(r.nlines, 2);
    assert_int_equal(r.lines[0].end, 3);
    assert_float_equal(r.lines[0].ratio, -1.5 / (0.02 * 96), 1e-9);
    assert_int_equal(r.overfull, 0);
    br_result_free(&r);
    free(p.it);
}

/* The last resort: when no set of breaks is feasible, a line at most
 * `overhang` past the measure is preferred to one whose glue is set looser
 * than `loose_limit`; never one further past. */
static void test_overhang(void **state)
{
    (void)state;
    struct para p = {0};
    double L = 100;
    struct br_params pr;
    br_default_params(&pr);
    box(&p, 60);
    glue(&p, 5, 2.5, 0);
    box(&p, 35.4);  /* 60 + 5 + 35.4 = 100.4: 0.4 pt too wide */
    glue(&p, 5, 2.5, 0);
    box(&p, 30);
    finish(&p);
    struct br_result r;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    /* without: the first line holds one box and no glue; underfull */
    assert_int_equal(r.lines[0].end, 1);
    br_result_free(&r);
    pr.overhang = 0.5;
    pr.loose_limit = 1.6;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    assert_int_equal(r.nlines, 2);
    assert_int_equal(r.lines[0].end, 3);
    assert_int_equal(r.overfull, 0);
    br_result_free(&r);
    /* 0.6 pt too wide: past the overhang, so the loose line again */
    p.it[2].width = 35.6;
    br_break(p.it, p.n, &L, 1, &pr, 0, &r);
    assert_int_equal(r.lines[0].end, 1);
    br_result_free(&r);
    free(p.it);
}

/* With a loose limit, the emergency stretch decides which lines the last
 * pass counts as feasible, but their badness is that of the glue as it is
 * set: a larger emergency stretch (one sized from the measure) never makes
 * the loosest line looser.  With badness from the stretched ratio, TeX's,
 * it did on most of these paragraphs (words 10 to 44 pt, a 300 pt
 * measure, tolerance 1). */
static void test_emergency_spreads(void **state)
{
    (void)state;
    double L = 300;
    for (unsigned seed = 1; seed < 40; seed++) {
        struct para p = {0};
        unsigned x = seed;
        for (int i = 0; i < 120; i++) {
            x = x * 1103515245u + 12345u;
            if (i)
                glue(&p, 5, 2.5, 1.6);
            box(&p, 10 + (x >> 16) % 35);
        }
        finish(&p);
        double worst[2];
        for (int k = 0; k < 2; k++) {
            struct br_params pr;
            br_default_params(&pr);
            pr.pretolerance = -1;
            pr.tolerance = 1.0;
            pr.emergency_stretch = k ? 22.5 : 3;
            pr.loose_limit = 1.6;  /* imprint's last resort */
            struct br_result r;
            br_break(p.it, p.n, &L, 1, &pr, 0, &r);
            check_result(&p, &r, &L, 1);
            worst[k] = 0;
            for (size_t i = 0; i + 1 < r.nlines; i++)
                worst[k] = fmax(worst[k], r.lines[i].ratio);
            br_result_free(&r);
        }
        if (worst[1] > worst[0] + 0.05)
            fail_msg("seed %u: worst ratio %.3f with 22.5 pt, %.3f with 3 pt",
                     seed, worst[1], worst[0]);
        free(p.it);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_equal_words),
        cmocka_unit_test(test_optimal_and_within_tolerance),
        cmocka_unit_test(test_total_fit_beats_first_fit),
        cmocka_unit_test(test_max_consecutive_hyphens),
        cmocka_unit_test(test_real_text_hyphenated),
        cmocka_unit_test(test_first_pass_only),
        cmocka_unit_test(test_forced_break),
        cmocka_unit_test(test_box_wider_than_line),
        cmocka_unit_test(test_first_fit_hyphen),
        cmocka_unit_test(test_ragged_and_flagged_end),
        cmocka_unit_test(test_empty_paragraph),
        cmocka_unit_test(test_discarded_items),
        cmocka_unit_test(test_varying_widths),
        cmocka_unit_test(test_protrusion),
        cmocka_unit_test(test_expansion),
        cmocka_unit_test(test_overhang),
        cmocka_unit_test(test_emergency_spreads),
        cmocka_unit_test(test_benchmark),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
