/* batch.c -- the worker pool for many inputs, folder expansion, progress
 * and summary lines. */
#include "cli/batch.h"

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"

struct pool {
    const struct run_shared *sh;
    char **inputs;
    size_t n;
    size_t next;       /* next input to take */
    size_t done, failed;
    int worst;
    int progress;
    double start;
    pthread_mutex_t lock;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Progress line: done/total, rate, time left (called with the lock held). */
static void show_progress(struct pool *p)
{
    double el = now() - p->start;
    double rate = el > 0 ? p->done / el : 0;
    double left = rate > 0 ? (p->n - p->done) / rate : 0;
    fprintf(stderr, "\r%zu/%zu  %.0f/s  %.0f s left  ", p->done, p->n, rate, left);
    if (p->done == p->n)
        fputc('\n', stderr);
    fflush(stderr);
}

static void *worker(void *arg)
{
    struct pool *p = arg;
    struct run_worker w;
    memset(&w, 0, sizeof w);
    for (;;) {
        pthread_mutex_lock(&p->lock);
        size_t i = p->next < p->n ? p->next++ : p->n;
        pthread_mutex_unlock(&p->lock);
        if (i == p->n)
            break;
        int rc = run_one(p->sh, &w, p->inputs[i]);
        pthread_mutex_lock(&p->lock);
        p->done++;
        if (rc != EXIT_OK) {
            p->failed++;
            if (rc > p->worst)
                p->worst = rc;
        }
        if (p->progress)
            show_progress(p);
        pthread_mutex_unlock(&p->lock);
    }
    run_worker_free(&w);
    return NULL;
}

int batch_run(const struct run_shared *sh, char **inputs, size_t n, int jobs,
              int progress, int summary)
{
    struct pool p;
    memset(&p, 0, sizeof p);
    p.sh = sh;
    p.inputs = inputs;
    p.n = n;
    p.progress = progress;
    p.start = now();
    pthread_mutex_init(&p.lock, NULL);
    int warnings_before = diag_count(DIAG_WARNING);
    if (jobs <= 1 || n <= 1) {
        worker(&p);
    } else {
        if ((size_t)jobs > n)
            jobs = (int)n;
        int rc = run_prepare_fonts(sh);
        if (rc != EXIT_OK) {
            pthread_mutex_destroy(&p.lock);
            return rc;
        }
        pthread_t *t = xmalloc((size_t)jobs * sizeof *t);
        int started = 0;
        while (started < jobs && pthread_create(&t[started], NULL, worker, &p) == 0)
            started++;
        if (started < jobs)
            diag(M_JOBS_FEWER, NULL, 0, 0, jobs, started ? started : 1);
        if (!started)
            worker(&p);  /* no thread could start: the work is done here */
        for (int i = 0; i < started; i++)
            pthread_join(t[i], NULL);
        free(t);
    }
    pthread_mutex_destroy(&p.lock);
    if (summary)
        diag(M_SUMMARY, NULL, 0, 0, p.n, p.done - p.failed, p.failed,
             diag_count(DIAG_WARNING) - warnings_before, now() - p.start);
    return p.worst;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* 1 if name ends in .txt, .md, .html, .htm, .rss or .atom. */
static int is_statement(const char *name)
{
    static const char *const ext[] = {".txt", ".md", ".html", ".htm", ".rss", ".atom", NULL};
    size_t n = strlen(name);
    for (int i = 0; name[0] != '.' && ext[i]; i++)
        if (n > strlen(ext[i]) && strcmp(name + n - strlen(ext[i]), ext[i]) == 0)
            return 1;
    return 0;
}

char **batch_expand(char **args, size_t nargs, size_t *nout)
{
    char **out = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < nargs; i++) {
        struct stat st;
        if (strcmp(args[i], "-") == 0 || stat(args[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
            xgrow(&out, &cap, n + 1, sizeof *out);
            out[n++] = xstrdup(args[i]);
            continue;
        }
        DIR *d = opendir(args[i]);
        if (!d) {
            diag(R_OPEN, args[i], 0, 0, "cannot open folder");
            goto fail;
        }
        size_t first = n;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!is_statement(e->d_name))
                continue;
            struct buf b;
            buf_init(&b);
            size_t len = strlen(args[i]);
            buf_printf(&b, "%s%s%s", args[i], len && args[i][len - 1] == '/' ? "" : "/", e->d_name);
            xgrow(&out, &cap, n + 1, sizeof *out);
            out[n++] = buf_take(&b);
        }
        closedir(d);
        if (n == first) {
            diag(M_DIR_EMPTY, args[i], 0, 0);
            goto fail;
        }
        qsort(out + first, n - first, sizeof *out, by_name);
    }
    *nout = n;
    return out;
fail:
    for (size_t i = 0; i < n; i++)
        free(out[i]);
    free(out);
    return NULL;
}
