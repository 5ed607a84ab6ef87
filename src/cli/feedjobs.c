/* feedjobs.c -- turns feed inputs into one job per item and runs a job:
 * the item's statement through the HTML front end, then typeset or printed
 * like any input (run_statement), named by the item's slug. */
#include "cli/feedjobs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"
#include "read/charset.h"
#include "recognise/source_feed.h"

/* Job strings: JOB_MARK, the feed's index, ':', the item's number. */
#define JOB_MARK '\x1f'

static struct feed *feeds;
static size_t nfeeds, capfeeds;
static size_t job_max_input;

int feedjobs_is_job(const char *input)
{
    return input[0] == JOB_MARK;
}

/* Parse path as a feed into the table; its index, or -1 after the error. */
static long load_feed(const char *path, size_t max_input, int *worst)
{
    char *data;
    size_t len;
    int rc = text_read_raw(path, max_input, &data, &len);
    if (rc == EXIT_OK) {
        xgrow(&feeds, &capfeeds, nfeeds + 1, sizeof *feeds);
        rc = feed_parse(strcmp(path, "-") ? path : "<stdin>", data, len, &feeds[nfeeds]);
        free(data);
        if (rc == EXIT_OK)
            return (long)nfeeds++;
        feed_free(&feeds[nfeeds]);
    }
    if (rc > *worst)
        *worst = rc;
    return -1;
}

char **feedjobs_expand(char **inputs, size_t n, const char *from, size_t max_input,
                       size_t *nout, int *worst)
{
    char **out = NULL;
    size_t k = 0, cap = 0;
    job_max_input = max_input;
    for (size_t i = 0; i < n; i++) {
        int is_feed = from ? !strcmp(from, "feed") : feed_is_feed_path(inputs[i]);
        if (!is_feed) {
            xgrow(&out, &cap, k + 1, sizeof *out);
            out[k++] = inputs[i];
            continue;
        }
        long f = load_feed(inputs[i], max_input, worst);
        free(inputs[i]);
        for (size_t j = 1; f >= 0 && j <= feeds[f].n; j++) {
            struct buf b;
            buf_init(&b);
            buf_printf(&b, "%c%ld:%zu", JOB_MARK, f, j);
            xgrow(&out, &cap, k + 1, sizeof *out);
            out[k++] = buf_take(&b);
        }
    }
    free(inputs);
    *nout = k;
    return out;
}

int feedjobs_run(const struct run_shared *sh, struct run_worker *w, const char *input)
{
    size_t f = 0, j = 0;
    if (sscanf(input + 1, "%zu:%zu", &f, &j) != 2 || f >= nfeeds || !j || j > feeds[f].n)
        return EXIT_USAGE;
    const struct feed_item *it = &feeds[f].items[j - 1];
    struct text t;
    struct statement s;
    int rc = feed_item_statement(&feeds[f], j, job_max_input, &t, &s);
    if (rc == EXIT_OK) {
        char *slug = feed_item_slug(it, j);
        struct buf name;
        buf_init(&name);
        buf_printf(&name, "%s.item", slug);
        rc = run_statement(sh, w, &t, &s, name.s);
        buf_free(&name);
        free(slug);
    }
    if (rc != EXIT_OK)
        diag(F_ITEM_FAILED, feeds[f].name, it->line, 0, j, it->title ? it->title : "");
    stmt_free(&s);
    text_free(&t);
    return rc;
}

void feedjobs_free(void)
{
    for (size_t i = 0; i < nfeeds; i++)
        feed_free(&feeds[i]);
    free(feeds);
    feeds = NULL;
    nfeeds = capfeeds = 0;
}
