/* breaker.c -- line breaking of a paragraph of boxes, glue and penalties.
 *
 * Total-fit is Knuth & Plass's algorithm as in TeX's line_break: a list of
 * active breakpoints sorted by line number, the best feasible break for each
 * fitness class (and, here, each count of consecutive hyphenated lines) at
 * every legal breakpoint, demerits from badness, penalties, consecutive and
 * final hyphens and fitness-class jumps.  Up to three passes: without
 * hyphens at the pretolerance, with hyphens at the tolerance, and with the
 * emergency stretch.  The last pass also accepts lines looser than the
 * tolerance (badness uncapped, so the looseness spreads over several lines)
 * and overfull lines (at huge demerits growing with the excess), so that
 * every paragraph breaks; a line ending at most p->overhang past the
 * measure costs less there than one whose glue is set looser than
 * p->loose_limit.  A line's width is its measure plus the margin kerning
 * of its first and last boxes (lprot, rprot), and its boxes stretch and
 * shrink by p->expansion of their width along with the glue.  A paragraph without a final forced break ends
 * after its last item (the last line's end is then n).
 * Widths come from prefix sums, so a line's natural width, stretch and shrink
 * cost O(1); all nodes live in one growable pool.
 *
 * First-fit is the greedy method: fill each line as far as it goes (allowing
 * full shrink), hyphenating only the word that would overflow.
 */
#include "typeset/breaker.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define EPS 1e-6
#define INF_BAD 10000.0
#define UNDER_BAD_CAP 1e5    /* badness cap of an underfull line, last pass */
#define OVER_DEMERITS 1e12   /* base demerits of an overfull line, last pass */
/* A hyphenated line past max_consecutive_hyphens, last pass only: dearer
 * than any underfull line (at most 2 UNDER_BAD_CAP^2), so the limit holds
 * whenever loose lines can keep it, and a tenth of an overfull line's base,
 * so that a long run of soft hyphens still breaks inside the measure. */
#define EXCESS_HYPHEN_DEMERITS 1e11
/* Last pass: a line a little past the measure (within p->overhang), and
 * the extra cost of one whose glue is looser than p->loose_limit; the one
 * is dearer than any line of ordinary badness, the other than it. */
#define FUZZ_DEMERITS 1e7
#define LOOSE_DEMERITS 1e9
/* Glue ratios compared with the loose limit and from line to line stop
 * here (a line without stretch has an infinite one). */
#define RATIO_CAP 10.0
#define NO_POS SIZE_MAX

enum { FIT_VERY_LOOSE, FIT_LOOSE, FIT_DECENT, FIT_TIGHT, FIT_COUNT };
enum { LINE_OK, LINE_UNDER, LINE_OVER, LINE_FUZZ };

/* A breakpoint reached by a path of lines; pool-allocated, linked by index. */
struct node {
    size_t pos;      /* break item, NO_POS for the paragraph start */
    size_t start;    /* first item of the line after this break */
    double total;    /* total demerits of the path */
    int prev;        /* node of the previous break, -1 */
    int next;        /* next active node, -1 */
    int line;        /* lines ended here = index of the line that starts */
    int fit;         /* fitness class of the line ending here */
    int hyph;        /* consecutive lines ending hyphenated, up to here */
    double ratio;    /* glue ratio of the line ending here */
};

/* One line from a node to a breakpoint, measured. */
struct measure {
    double natural, stretch, shrink, width;  /* stretch and shrink with ... */
    double font;     /* ... what font expansion gives (either way) */
    int empty;       /* no box in the line */
};

struct ctx {
    const struct br_item *it;
    size_t n;
    size_t fin;               /* the final break: n-1, or n (virtual) */
    const double *widths;
    size_t nw;
    const struct br_params *p;
    double *sw, *sy, *sz;     /* prefix sums of width, stretch, shrink */
    double *sb;               /* prefix sums of box widths */
    size_t *nextbox;          /* first box at index >= i, n if none */
    size_t *prevbox;          /* last box at index < i, NO_POS if none */
    struct node *pool;
    size_t npool, cappool;
    int nh;                   /* hyphen-count slots per fitness class */
    double *cd;               /* best demerits per slot at this breakpoint */
    int *cprev, *chyph;
    double *cratio;           /* ... and the glue ratio of its line */
};

static double line_width(const struct ctx *c, int line)
{
    if (c->nw == 0)
        return 0;
    size_t k = (size_t)line < c->nw - 1 ? (size_t)line : c->nw - 1;
    return c->widths[k];
}

/* Lines with numbers >= nw-1 all have the same width: one class. */
static int line_class(const struct ctx *c, int line)
{
    if (c->nw == 0 || (size_t)line >= c->nw - 1)
        return INT_MAX;
    return line;
}

static int is_forced(const struct ctx *c, size_t b)
{
    return b == c->fin || (c->it[b].type == BR_PENALTY && c->it[b].penalty <= -BR_INF);
}

/* A hyphenated break: a flagged penalty that is not a forced break (the
 * paragraph's end may be flagged, as TeX's is, without counting as one). */
static int is_flagged(const struct ctx *c, size_t b)
{
    return b != NO_POS && b < c->n && b != c->fin && c->it[b].type == BR_PENALTY
        && c->it[b].flagged && c->it[b].penalty > -BR_INF;
}

/* Can the paragraph break at item b?  Glue after a box, penalties below
 * BR_INF (flagged ones only when allow_flagged is 1, last-resort ones only
 * when it is 2), and never where the rest of the paragraph holds no box
 * (that would leave an empty last line). */
static int is_legal(const struct ctx *c, size_t b, int allow_flagged)
{
    if (b == c->fin)
        return 1;
    const struct br_item *x = &c->it[b];
    if (x->type == BR_BOX)
        return 0;
    if (x->type == BR_GLUE && (b == 0 || c->it[b - 1].type != BR_BOX))
        return 0;
    if (x->type == BR_PENALTY) {
        if (x->penalty >= BR_INF)
            return 0;
        if (x->penalty <= -BR_INF)
            return 1;
        if (x->flagged && (!allow_flagged ||
                           (allow_flagged < 2 && x->penalty >= BR_LAST_RESORT)))
            return 0;
    }
    return c->nextbox[b + 1] < c->fin;
}

/* How far the line from s to break b may hang into the margins: its first
 * box's left protrusion and, unless it ends the paragraph, the right
 * protrusion of the hyphen added at b or of its last box. */
static double protrusion(const struct ctx *c, size_t s, size_t b)
{
    double p = 0;
    size_t f = c->nextbox[s];
    if (f < b)
        p += c->it[f].lprot;
    if (b == c->fin)
        return p;
    if (b < c->n && c->it[b].type == BR_PENALTY && c->it[b].width > 0) {
        p += c->it[b].rprot;
    } else {
        size_t l = c->prevbox[b];
        if (l != NO_POS && l >= s)
            p += c->it[l].rprot;
    }
    return p;
}

/* Natural width, stretch and shrink of the line from start s to break b. */
static void measure(const struct ctx *c, size_t s, size_t b, int line, struct measure *m)
{
    if (s > b)
        s = b;
    m->natural = c->sw[b] - c->sw[s];
    m->stretch = c->sy[b] - c->sy[s];
    m->shrink = c->sz[b] - c->sz[s];
    double boxes = c->sb[b] - c->sb[s];
    if (b < c->n && c->it[b].type == BR_PENALTY) {
        m->natural += c->it[b].width;
        boxes += c->it[b].width;
    }
    m->font = c->p->expansion * boxes;
    m->stretch += m->font;
    m->shrink += m->font;
    m->width = line_width(c, line) + protrusion(c, s, b);
    m->empty = c->nextbox[s] >= b;
}

/* Adjustment ratio with extra stretch; +-INFINITY when the glue cannot move. */
static double ratio_of(const struct measure *m, double extra)
{
    double shortfall = m->width - m->natural;
    if (fabs(shortfall) <= EPS)
        return 0;
    if (shortfall > 0) {
        double st = m->stretch + extra;
        return st > EPS ? shortfall / st : INFINITY;
    }
    return m->shrink > EPS ? shortfall / m->shrink : -INFINITY;
}

static int is_overfull(const struct measure *m)
{
    return m->natural - m->shrink > m->width + EPS;
}

/* The ratio the line's glue is set at, with extra stretch: past full
 * stretch the fonts stay at their full expansion and the glue takes the
 * rest. */
static double glue_ratio_x(const struct measure *m, double extra)
{
    double r = ratio_of(m, extra);
    if (r > 1 && m->font > 0 && m->stretch - m->font + extra > EPS)
        r = (m->width - m->natural - m->font) / (m->stretch - m->font + extra);
    return r;
}

static double glue_ratio(const struct measure *m)
{
    return glue_ratio_x(m, 0);
}

static int fitness_of(double r)
{
    if (r > 1)
        return FIT_VERY_LOOSE;
    if (r > 0.5)
        return FIT_LOOSE;
    if (r < -0.5)
        return FIT_TIGHT;
    return FIT_DECENT;
}

static int new_node(struct ctx *c)
{
    xgrow(&c->pool, &c->cappool, c->npool + 1, sizeof *c->pool);
    memset(&c->pool[c->npool], 0, sizeof *c->pool);
    return (int)c->npool++;
}

/* Turn the best candidates found at breakpoint b into active nodes linked
 * between after (-1: list head) and before; returns the last one inserted
 * (or after if none). */
static int flush(struct ctx *c, size_t b, int *head, int after, int before)
{
    int nslot = FIT_COUNT * c->nh;
    /* what the next line can cost one path more than another */
    double fad = c->p->fitness_demerits + 4 * c->p->smooth_demerits;
    int last = after;

    for (int k = 0; k < nslot; k++) {
        if (!isfinite(c->cd[k]))
            continue;
        /* A candidate is useless when another one with no more consecutive
         * hyphens is cheaper by more than a fitness jump can cost. */
        int dominated = 0;
        for (int j = 0; j < nslot && !dominated; j++)
            if (j != k && isfinite(c->cd[j]) && c->chyph[j] <= c->chyph[k]
                && c->cd[j] + fad < c->cd[k])
                dominated = 1;
        if (dominated)
            continue;
        int q = new_node(c);
        struct node *nd = &c->pool[q];
        const struct node *pv = &c->pool[c->cprev[k]];
        nd->pos = b;
        nd->start = b < c->n ? c->nextbox[b + 1] : c->n;
        nd->total = c->cd[k];
        nd->prev = c->cprev[k];
        nd->line = pv->line + 1;
        nd->fit = k / c->nh;
        nd->hyph = c->chyph[k];
        nd->ratio = c->cratio[k];
        nd->next = before;
        if (last < 0)
            *head = q;
        else
            c->pool[last].next = q;
        last = q;
    }
    for (int k = 0; k < nslot; k++)
        c->cd[k] = INFINITY;
    return last;
}

/* A legal breakpoint as one pass of total-fit sees it. */
struct bpoint {
    size_t b;           /* the break item */
    int forced;         /* a forced break */
    int flagged;        /* a hyphenated break */
    int pi;             /* its penalty */
    double threshold;   /* the pass's tolerance */
    double extra;       /* the pass's extra stretch */
    int final;          /* the last pass: every paragraph breaks */
};

/* Demerits of a line of kind (LINE_*) with the given ratio, measured m,
 * from node a to breakpoint bp (fitness classes aside). */
static double line_demerits(const struct ctx *c, const struct bpoint *bp,
                            const struct node *a, const struct measure *m,
                            int kind, double ratio)
{
    const struct br_params *p = c->p;
    double d;
    if (kind == LINE_OK) {
        double bad = fmin(100 * fabs(ratio) * ratio * ratio, INF_BAD);
        double base = p->line_penalty + bad;
        d = fabs(base) >= 10000 ? 1e8 : base * base;
        if (bp->pi > 0)
            d += (double)bp->pi * bp->pi;
        else if (bp->pi < 0 && !bp->forced)
            d -= (double)bp->pi * bp->pi;
    } else if (kind == LINE_UNDER) {
        /* Uncapped badness spreads the looseness over several
         * lines; past the cap, prefer the fuller line. */
        double bad = 100 * ratio * ratio * ratio;
        if (bad < UNDER_BAD_CAP) {
            d = (p->line_penalty + bad) * (p->line_penalty + bad);
        } else {
            d = UNDER_BAD_CAP * UNDER_BAD_CAP
                * (1 + (m->width - m->natural) / fmax(m->width, 1));
        }
    } else if (kind == LINE_FUZZ) {
        d = FUZZ_DEMERITS * (1 + (m->natural - m->shrink - m->width));
    } else {
        d = OVER_DEMERITS
            * (1 + (m->natural - m->shrink - m->width) / fmax(m->width, 1));
    }
    double lim = p->loose_limit;
    if (bp->final && lim > 0 && !bp->forced && kind != LINE_OVER &&
        kind != LINE_FUZZ) {
        double rg = fmin(glue_ratio(m), RATIO_CAP);
        if (rg > lim)
            d += LOOSE_DEMERITS * (1 + rg - lim);
    }
    if (is_flagged(c, a->pos)) {
        if (bp->b == c->fin)
            d += p->final_hyphen_demerits;
        else if (bp->flagged)
            d += p->flagged_demerits;
    }
    return d;
}

/* Try the line from active node r to breakpoint bp and keep it as the
 * best candidate of its slot when it is.  Sets *any when it was a
 * candidate; returns 1 when r is to be deactivated. */
static int try_line(struct ctx *c, const struct bpoint *bp, int r, int *any)
{
    int maxc = c->p->max_consecutive_hyphens;
    struct node a = c->pool[r];
    struct measure m;
    measure(c, a.start, bp->b, a.line, &m);
    if (m.empty && !bp->forced)
        return 0;
    double ratio = glue_ratio_x(&m, bp->extra);
    int kind = LINE_OK, deactivate = bp->forced;
    if (is_overfull(&m)) {
        double excess = m.natural - m.shrink - m.width;
        kind = bp->final && excess <= c->p->overhang + EPS ? LINE_FUZZ : LINE_OVER;
        deactivate = kind == LINE_OVER || bp->forced;
    } else if (ratio > bp->threshold + EPS) {
        kind = LINE_UNDER;
    }
    int h = bp->flagged ? a.hyph + 1 : 0;
    int excess = !bp->forced && maxc > 0 && h > maxc;
    int eligible = (kind == LINE_OK || bp->final) && (!excess || bp->final);
    if (eligible) {
        /* with a loose limit, the emergency stretch decides which lines
         * are feasible, but their badness is that of the glue as it will
         * be set (TeX's takes the stretched ratio) */
        int real = bp->extra > 0 && c->p->loose_limit > 0;
        double d = line_demerits(c, bp, &a, &m, kind,
                                 real ? glue_ratio(&m) : ratio);
        if (excess)
            d += EXCESS_HYPHEN_DEMERITS;
        int fit = kind == LINE_UNDER ? FIT_VERY_LOOSE
                : kind == LINE_OVER || kind == LINE_FUZZ ? FIT_TIGHT
                : fitness_of(ratio);
        if (abs(fit - a.fit) > 1)
            d += c->p->fitness_demerits;
        double rg = kind == LINE_OVER || kind == LINE_FUZZ ? -1 : glue_ratio(&m);
        if (!(rg < RATIO_CAP))
            rg = RATIO_CAP;  /* glue that cannot stretch */
        if (c->p->smooth_demerits > 0 && a.pos != NO_POS && bp->b != c->fin)
            d += c->p->smooth_demerits * (rg - a.ratio) * (rg - a.ratio);
        int slot = fit * c->nh + (h < c->nh - 1 ? h : c->nh - 1);
        double total = a.total + d;
        if (total < c->cd[slot]) {
            c->cd[slot] = total;
            c->cprev[slot] = r;
            c->chyph[slot] = h;
            c->cratio[slot] = rg;
        }
        *any = 1;
    }
    return deactivate;
}

/* Try every active node against breakpoint bp, turning the best lines of
 * each class of line numbers into new active nodes as the class ends. */
static void scan_active(struct ctx *c, const struct bpoint *bp, int *head)
{
    int any = 0, old_class = INT_MIN;
    int prev_r = -1, r = *head;
    for (;;) {
        int cls = r >= 0 ? line_class(c, c->pool[r].line) : INT_MIN;
        if (r < 0 || cls != old_class) {
            if (any) {
                prev_r = flush(c, bp->b, head, prev_r, r);
                any = 0;
            }
            if (r < 0)
                break;
            old_class = cls;
        }
        int next = c->pool[r].next;
        if (try_line(c, bp, r, &any)) {
            if (prev_r < 0)
                *head = next;
            else
                c->pool[prev_r].next = next;
        } else {
            prev_r = r;
        }
        r = next;
    }
}

/* One pass of total-fit.  Returns the best final node, or -1 when the pass
 * found no way through (never in the final pass). */
static int run_pass(struct ctx *c, double threshold, int allow_flagged,
                    double extra, int final)
{
    int nslot = FIT_COUNT * c->nh;

    c->npool = 0;
    int head = new_node(c);
    c->pool[head] = (struct node){NO_POS, 0, 0, -1, -1, 0, FIT_DECENT, 0, 0};
    for (int k = 0; k < nslot; k++)
        c->cd[k] = INFINITY;

    for (size_t b = 0; b <= c->fin; b++) {
        if (!is_legal(c, b, allow_flagged))
            continue;
        struct bpoint bp = {b, is_forced(c, b), is_flagged(c, b),
                            b < c->n && c->it[b].type == BR_PENALTY
                                ? c->it[b].penalty : 0,
                            threshold, extra, final};
        scan_active(c, &bp, &head);
        if (head < 0)
            return -1;
    }

    /* After the final (forced) break only nodes at fin remain active. */
    int best = -1;
    for (int q = head; q >= 0; q = c->pool[q].next)
        if (c->pool[q].pos == c->fin && (best < 0 || c->pool[q].total < c->pool[best].total))
            best = q;
    return best;
}

/* Ratio reported for the line [s, b): the real glue setting. */
static double report_ratio(const struct ctx *c, size_t s, size_t b, int line)
{
    struct measure m;
    measure(c, s, b, line, &m);
    if (b == c->fin && m.natural <= m.width + EPS)
        return 0;
    double r = ratio_of(&m, 0);
    if (isinf(r))
        return 0;
    return r < -1 ? -1 : r;
}

static void add_line(struct ctx *c, struct br_result *out, size_t *cap,
                     size_t s, size_t b)
{
    xgrow(&out->lines, cap, out->nlines + 1, sizeof *out->lines);
    struct br_line *l = &out->lines[out->nlines];
    struct measure m;
    if (s > b)
        s = b;
    l->start = s;
    l->end = b;
    l->ratio = report_ratio(c, s, b, (int)out->nlines);
    l->hyphen = is_flagged(c, b);
    measure(c, s, b, (int)out->nlines, &m);
    if (m.natural - m.shrink > m.width + c->p->overhang + EPS)
        out->overfull = 1;
    out->nlines++;
}

/* Greedy first-fit breaking. */
static void first_fit(struct ctx *c, struct br_result *out)
{
    size_t cap = 0, s = 0;
    int hyph = 0, maxc = c->p->max_consecutive_hyphens;

    for (;;) {
        size_t last_ok = NO_POS, last_hy = NO_POS, last_xhy = NO_POS;
        size_t choose = NO_POS;
        for (size_t b = s; b <= c->fin; b++) {
            if (!is_legal(c, b, 1))
                continue;
            struct measure m;
            measure(c, s, b, (int)out->nlines, &m);
            int forced = is_forced(c, b);
            if (m.empty && !forced)
                continue;
            int over = is_overfull(&m);
            if (is_flagged(c, b)) {
                if (!over && (maxc <= 0 || hyph + 1 <= maxc))
                    last_hy = b;
                else if (!over)
                    last_xhy = b;  /* past the hyphen limit: a last resort */
                continue;
            }
            if (!over) {
                if (forced) {
                    choose = b;
                    break;
                }
                last_ok = b;
                last_hy = last_xhy = NO_POS;
                continue;
            }
            choose = last_hy != NO_POS   ? last_hy
                     : last_ok != NO_POS ? last_ok
                     : last_xhy != NO_POS ? last_xhy
                                          : b;
            break;
        }
        if (choose == NO_POS)  /* cannot happen: fin is always legal */
            choose = c->fin;
        add_line(c, out, &cap, s, choose);
        hyph = is_flagged(c, choose) ? hyph + 1 : 0;
        if (choose >= c->fin)
            break;
        s = c->nextbox[choose + 1];
        if (s > c->fin)
            s = c->fin;
    }
}

void br_default_params(struct br_params *p)
{
    p->pretolerance = 1.0;            /* TeX \pretolerance 100 */
    p->tolerance = 1.26;              /* badness 200, TeX's default */
    p->line_penalty = 10;
    p->hyphen_penalty = 50;
    p->flagged_demerits = 3000;
    p->final_hyphen_demerits = 5000;
    p->fitness_demerits = 100;
    p->max_consecutive_hyphens = 2;
    p->emergency_stretch = 3.0;
    p->expansion = 0;
    p->overhang = 0;
    p->loose_limit = 0;
    p->smooth_demerits = 0;
    p->first_pass_only = 0;
}

/* The lines of the path ending at node best, in order, into out. */
static void trace_lines(struct ctx *c, int best, struct br_result *out)
{
    size_t count = 0, cap = 0;
    for (int q = best; c->pool[q].prev >= 0; q = c->pool[q].prev)
        count++;
    size_t *ends = xmalloc(count * sizeof *ends);
    size_t k = count;
    for (int q = best; c->pool[q].prev >= 0; q = c->pool[q].prev)
        ends[--k] = (size_t)q;
    size_t s = 0;
    for (k = 0; k < count; k++) {
        const struct node *nd = &c->pool[ends[k]];
        add_line(c, out, &cap, s, nd->pos);
        s = nd->start;
    }
    free(ends);
}

/* Total-fit breaking: the pretolerance pass, the tolerance pass and the
 * emergency pass, as far as needed.  Returns br_break's value. */
static int total_fit(struct ctx *c, struct br_result *out)
{
    const struct br_params *p = c->p;
    int rc = 0;
    c->nh = p->max_consecutive_hyphens > 0 ? p->max_consecutive_hyphens + 1 : 2;
    int nslot = FIT_COUNT * c->nh;
    c->cd = xmalloc(nslot * sizeof *c->cd);
    c->cprev = xmalloc(nslot * sizeof *c->cprev);
    c->chyph = xmalloc(nslot * sizeof *c->chyph);
    c->cratio = xmalloc(nslot * sizeof *c->cratio);
    c->cappool = 0;

    int best = -1;
    int emergency = p->emergency_stretch > 0;
    if (p->pretolerance >= 0 || p->first_pass_only)
        best = run_pass(c, p->pretolerance >= 0 ? p->pretolerance
                                                : p->tolerance, 0, 0, 0);
    if (best < 0 && p->first_pass_only)
        rc = 1;
    else if (best < 0)
        best = run_pass(c, p->tolerance, emergency ? 1 : 2, 0, !emergency);
    if (best < 0 && emergency && !rc)
        best = run_pass(c, p->tolerance, 2, p->emergency_stretch, 1);

    if (best >= 0) {
        trace_lines(c, best, out);
    } else if (!rc) {
        /* Unreachable: the final pass always breaks.  Be safe anyway. */
        size_t cap = 0;
        add_line(c, out, &cap, 0, c->fin);
        out->overfull = 1;
    }
    free(c->cd);
    free(c->cprev);
    free(c->chyph);
    free(c->cratio);
    free(c->pool);
    return rc;
}

int br_break(const struct br_item *items, size_t n, const double *widths,
             size_t nwidths, const struct br_params *p, int first,
             struct br_result *out)
{
    struct br_params defaults;
    memset(out, 0, sizeof *out);
    if (n == 0)
        return 0;
    if (!p) {
        br_default_params(&defaults);
        p = &defaults;
    }

    struct ctx c = {0};
    int rc = 0;
    c.it = items;
    c.n = n;
    c.fin = items[n - 1].type == BR_PENALTY && items[n - 1].penalty <= -BR_INF ? n - 1 : n;
    c.widths = widths;
    c.nw = widths ? nwidths : 0;
    c.p = p;
    c.sw = xmalloc((n + 1) * sizeof *c.sw);
    c.sy = xmalloc((n + 1) * sizeof *c.sy);
    c.sz = xmalloc((n + 1) * sizeof *c.sz);
    c.sb = xmalloc((n + 1) * sizeof *c.sb);
    c.nextbox = xmalloc((n + 2) * sizeof *c.nextbox);
    c.prevbox = xmalloc((n + 1) * sizeof *c.prevbox);
    c.sw[0] = c.sy[0] = c.sz[0] = c.sb[0] = 0;
    c.prevbox[0] = NO_POS;
    for (size_t i = 0; i < n; i++) {
        int counts = items[i].type != BR_PENALTY;
        c.sw[i + 1] = c.sw[i] + (counts ? items[i].width : 0);
        c.sy[i + 1] = c.sy[i] + (items[i].type == BR_GLUE ? items[i].stretch : 0);
        c.sz[i + 1] = c.sz[i] + (items[i].type == BR_GLUE ? items[i].shrink : 0);
        c.sb[i + 1] = c.sb[i] + (items[i].type == BR_BOX ? items[i].width : 0);
        c.prevbox[i + 1] = items[i].type == BR_BOX ? i : c.prevbox[i];
    }
    c.nextbox[n] = c.nextbox[n + 1] = n;
    for (size_t i = n; i-- > 0;)
        c.nextbox[i] = items[i].type == BR_BOX ? i : c.nextbox[i + 1];

    if (first)
        first_fit(&c, out);
    else
        rc = total_fit(&c, out);
    free(c.sw);
    free(c.sy);
    free(c.sz);
    free(c.sb);
    free(c.nextbox);
    free(c.prevbox);
    return rc;
}

void br_result_free(struct br_result *r)
{
    if (!r)
        return;
    free(r->lines);
    r->lines = NULL;
    r->nlines = 0;
}
