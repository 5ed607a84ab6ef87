/* breaker.h -- line breaking of one paragraph given as boxes, glue and
 * penalties (Knuth & Plass): total-fit (optimum over the whole paragraph,
 * with fitness classes, tolerance, demerits and an emergency pass) and
 * first-fit (greedy, for comparison).  A line's width is its measure plus
 * what its first and last boxes may hang into the margins (character
 * protrusion); its boxes may stretch and shrink a little (font expansion).
 *
 * Ownership: br_break fills a struct br_result the caller frees with
 * br_result_free; the items stay the caller's.
 */
#ifndef IMPRINT_BREAKER_H
#define IMPRINT_BREAKER_H

#include <stddef.h>

enum br_type { BR_BOX, BR_GLUE, BR_PENALTY };

#define BR_INF 10000  /* penalty >= BR_INF: never break; <= -BR_INF: must */
/* Flagged penalties from this value up are last resorts: only the final
 * pass (the emergency pass, or the tolerance pass when there is none) may
 * break there. */
#define BR_LAST_RESORT 1000

struct br_item {
    enum br_type type;
    double width;     /* box and glue width; penalty: width added if broken
                         here (the hyphen) */
    double stretch;   /* glue */
    double shrink;    /* glue */
    int penalty;      /* penalty value */
    int flagged;      /* 1 for a hyphenation penalty */
    double lprot;     /* box: how far its first glyph may hang into the
                         left margin when it starts a line (margin kerning) */
    double rprot;     /* box: how far its last glyph may hang into the right
                         margin when it ends a line; penalty: the same for
                         the hyphen added when broken here */
};

struct br_params {
    double tolerance;           /* max adjustment ratio, e.g. 2.0 (TeX 200) */
    double pretolerance;        /* first pass without hyphens; < 0 skips it */
    int line_penalty;           /* TeX \linepenalty, 10 */
    int hyphen_penalty;         /* 50 */
    int flagged_demerits;       /* consecutive hyphens, 3000 */
    int final_hyphen_demerits;  /* hyphen on the second-last line, 5000 */
    int fitness_demerits;       /* adjacent fitness classes differ, 100 */
    int max_consecutive_hyphens;/* 2; 0 = no limit */
    double smooth_demerits;     /* times the square of the change of glue
                                   ratio from the line before; 0: none */
    double emergency_stretch;   /* added stretch for the last pass, pt */
    double expansion;           /* font expansion: boxes stretch and shrink
                                   by this fraction of their width (0.02),
                                   the same ratio as the glue; 0: none */
    double overhang;            /* last pass: a line may end this far (pt)
                                   past the measure after all its shrink
                                   (TeX's hfuzz), rather than be looser
                                   than loose_limit */
    double loose_limit;         /* last pass: the glue ratio above which a
                                   line costs more than a small overhang;
                                   when set (> 0), that pass also rates
                                   lines by their glue as set, not as the
                                   emergency stretch would have it */
    int first_pass_only;        /* 1: run only the pretolerance pass (no
                                   flagged breaks); br_break returns 1 and
                                   no lines when it finds no way through */
};

struct br_line {
    size_t start, end;   /* items [start, end); end is the break item */
    double ratio;        /* adjustment ratio used (glue and expansion) */
    int hyphen;          /* 1 if broken at a flagged penalty */
};

struct br_result {
    struct br_line *lines;
    size_t nlines;
    int overfull;        /* 1 if some line could not be made to fit */
};

void br_default_params(struct br_params *p);

/* Break items[0..n) into lines; line k has width widths[min(k, nwidths-1)].
 * The paragraph must end with glue (finishing stretch) and a forced break.
 * first_fit selects the greedy method.  Returns 0, or 1 when
 * p->first_pass_only is set and the pretolerance pass fails (total-fit
 * only): the caller then adds hyphenation points and breaks again, with
 * pretolerance < 0 to skip the pass that already failed.  Lazy hyphenation
 * this way gives the same lines as breaking with the points at once. */
int br_break(const struct br_item *items, size_t n, const double *widths,
             size_t nwidths, const struct br_params *p, int first_fit,
             struct br_result *out);
void br_result_free(struct br_result *r);

#endif
