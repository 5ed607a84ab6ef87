/* diag.c -- prints catalogue messages with file:line:col and counts them. */
#include "base/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <pthread.h>

#include "base/util.h"

struct entry {
    enum diag_level level;
    const char *ident;
    const char *fmt;
};

#define NOTE DIAG_NOTE
#define WARNING DIAG_WARNING
#define ERROR DIAG_ERROR
static const struct entry catalogue[DIAG_COUNT] = {
#define MSG(id, level, ident, fmt) [id] = {level, ident, fmt},
#include "base/msg-main.def"
#include "base/msg-read.def"
#include "base/msg-recognise.def"
#include "base/msg-source.def"
#include "base/msg-layout.def"
#include "base/msg-fonts.def"
#include "base/msg-typeset.def"
#include "base/msg-pdf.def"
#include "base/msg-html.def"
#include "base/msg-sign.def"
#undef MSG
};
#undef NOTE
#undef WARNING
#undef ERROR

#define NLEVELS (DIAG_ERROR + 1)
static const char *const level_names[NLEVELS] = {
    [DIAG_NOTE] = "note", [DIAG_WARNING] = "warning", [DIAG_ERROR] = "error"};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int quiet;
static FILE *stream;
static int counts[NLEVELS];

void diag_set_quiet(int q) { quiet = q; }
void diag_set_stream(FILE *f) { stream = f; }

int diag_count(enum diag_level level)
{
    pthread_mutex_lock(&lock);
    int n = counts[level];
    pthread_mutex_unlock(&lock);
    return n;
}

void diag_reset(void)
{
    pthread_mutex_lock(&lock);
    for (int i = 0; i < NLEVELS; i++)
        counts[i] = 0;
    pthread_mutex_unlock(&lock);
}

enum diag_level diag_level_of(enum diag_id id) { return catalogue[id].level; }
const char *diag_ident(enum diag_id id) { return catalogue[id].ident; }
const char *diag_format(enum diag_id id) { return catalogue[id].fmt; }

/* Print s with its control characters escaped (\n, \t, \r, \xHH), so
 * that one message is always one line. */
static void put_escaped(FILE *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != 0x7F)
            putc(c, out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\r')
            fputs("\\r", out);
        else
            fprintf(out, "\\x%02X", c);
    }
}

void diag(enum diag_id id, const char *file, int line, int col, ...)
{
    const struct entry *e = &catalogue[id];
    FILE *out = stream ? stream : stderr;
    va_list ap;

    pthread_mutex_lock(&lock);
    counts[e->level]++;
    if (quiet && e->level != DIAG_ERROR) {
        pthread_mutex_unlock(&lock);
        return;
    }
    /* the whole line under the stream's lock: a thread that runs out of
     * memory meanwhile prints its message after it, never inside it */
    flockfile(out);
    fputs("imprint: ", out);
    if (file) {
        put_escaped(out, file);
        if (line > 0) {
            fprintf(out, ":%d", line);
            if (col > 0)
                fprintf(out, ":%d", col);
        }
        fputs(": ", out);
    }
    fprintf(out, "%s: ", level_names[e->level]);
    va_start(ap, col);
    if (e->fmt) {  /* every entry has one; the test keeps it so */
        char small[1024], *m = small;
        va_list again;
        va_copy(again, ap);
        int n = vsnprintf(small, sizeof small, e->fmt, ap);
        if (n >= (int)sizeof small) {
            m = xmalloc((size_t)n + 1);
            vsnprintf(m, (size_t)n + 1, e->fmt, again);
        }
        va_end(again);
        if (n > 0)
            put_escaped(out, m);
        if (m != small)
            free(m);
    }
    va_end(ap);
    fprintf(out, " [%s]\n", e->ident);
    fflush(out);
    funlockfile(out);
    pthread_mutex_unlock(&lock);
}
