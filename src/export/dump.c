/* dump.c -- the text rendering of a typeset document (--dump-pages), stable
 * enough for golden files, and the line-breaking quality figures. */
#include "export/dump.h"

#include <math.h>
#include <string.h>

/* Print s between bars with newlines and bars escaped. */
static void put_text(const char *s, FILE *out)
{
    fputc('|', out);
    for (; *s; s++) {
        if (*s == '\n')
            fputs("\\n", out);
        else if (*s == '|' || *s == '\\')
            fprintf(out, "\\%c", *s);
        else
            fputc(*s, out);
    }
    fputs("|\n", out);
}

void dump_pages(const struct doc *d, FILE *out)
{
    for (size_t i = 0; i < d->npages; i++) {
        const struct page *p = &d->pages[i];
        fprintf(out, "page %zu %gx%g\n", i + 1, p->width, p->height);
        for (size_t j = 0; j < p->nlines; j++) {
            const struct pg_line *l = &p->lines[j];
            fprintf(out, "  %6.2f %6.2f w=%6.2f r=%+.3f %c%c %-10s ", l->x, l->y,
                    l->width, l->ratio, l->hyphen ? 'H' : '-',
                    l->last ? 'L' : ' ', l->role ? l->role : "?");
            put_text(l->text, out);
        }
        for (size_t j = 0; j < p->nrules; j++) {
            const struct pg_rule *r = &p->rules[j];
            fprintf(out, "  rule %.2f %.2f %.2f %.2f w=%.2f #%06X\n", r->x1,
                    r->y1, r->x2, r->y2, r->width, (unsigned)r->color);
        }
        for (size_t j = 0; j < p->nlinks; j++) {
            const struct pg_link *k = &p->links[j];
            fprintf(out, "  link %.2f %.2f %.2f %.2f %s\n", k->x1, k->y1, k->x2,
                    k->y2, k->uri);
        }
    }
    for (size_t i = 0; i < d->nanchors; i++) {
        const struct pg_anchor *a = &d->anchors[i];
        fprintf(out, "anchor %d \"%s\" page %zu y=%.2f\n", a->level, a->title,
                a->page + 1, a->y);
    }
}

/* Lines set justified: body paragraphs, list items and quotes. */
static int justified(const struct pg_line *l)
{
    return l->role && (strcmp(l->role, "body") == 0 ||
                       strcmp(l->role, "list") == 0 ||
                       strcmp(l->role, "quote") == 0);
}

/* Margin kerning and font expansion of the justified lines. */
static void micro_stats(const struct doc *d, FILE *out)
{
    size_t prot = 0, exp = 0;
    double maxprot = 0, lo = 1, hi = 1;
    for (size_t i = 0; i < d->npages; i++)
        for (size_t j = 0; j < d->pages[i].nlines; j++) {
            const struct pg_line *l = &d->pages[i].lines[j];
            if (!justified(l))
                continue;
            double pr = l->lprot + l->rprot;
            if (pr > 1e-6) {
                prot++;
                if (pr > maxprot)
                    maxprot = pr;
            }
            if (l->expand != 0 && fabs(l->expand - 1) > 1e-6) {
                exp++;
                lo = fmin(lo, l->expand);
                hi = fmax(hi, l->expand);
            }
        }
    fprintf(out, "margin kerning %zu lines (at most %.2f pt)\n", prot, maxprot);
    fprintf(out, "font expansion %zu lines (%+.2f%% to %+.2f%%)\n", exp,
            (lo - 1) * 100, (hi - 1) * 100);
}

void dump_stats(const struct doc *d, FILE *out)
{
    size_t paras = 0, lines = 0, maxlines = 0, cur = 0, nratio = 0;
    size_t hyph = 0, run = 0, maxrun = 0, overfull = 0;
    double sum = 0, worst = 0;
    int block = -1;
    for (size_t i = 0; i < d->npages; i++)
        for (size_t j = 0; j < d->pages[i].nlines; j++) {
            const struct pg_line *l = &d->pages[i].lines[j];
            if (!justified(l))
                continue;
            if (l->block != block || cur == 0) {
                paras++;
                cur = 0;
                block = l->block;
            }
            cur++;
            lines++;
            if (cur > maxlines)
                maxlines = cur;
            if (l->ratio < -1.0 - 1e-9)
                overfull++;
            if (!l->last) {
                nratio++;
                sum += l->ratio;
                if (fabs(l->ratio) > fabs(worst))
                    worst = l->ratio;
            }
            if (l->hyphen) {
                hyph++;
                if (++run > maxrun)
                    maxrun = run;
            } else {
                run = 0;
            }
            if (l->last) {
                cur = 0;
                run = 0;
            }
        }
    fprintf(out, "paragraphs %zu\n", paras);
    fprintf(out, "lines %zu\n", lines);
    fprintf(out, "lines per paragraph %.2f (max %zu)\n",
            paras ? (double)lines / paras : 0.0, maxlines);
    fprintf(out, "adjustment ratio mean %+.3f worst %+.3f (%zu justified lines)\n",
            nratio ? sum / nratio : 0.0, worst, nratio);
    fprintf(out, "hyphenated lines %zu (longest run %zu)\n", hyph, maxrun);
    fprintf(out, "overfull lines %zu\n", overfull);
    micro_stats(d, out);
}
