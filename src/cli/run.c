/* run.c -- one input from bytes to PDF: read, recognise (scraped text) or
 * parse (Markdown+YAML), then print the model or typeset and write it. */
#include "cli/run.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "base/diag.h"
#include "base/exit.h"
#include "export/dump.h"
#include "export/export.h"
#include "model/pages.h"
#include "base/paths.h"
#include "write/atomic.h"
#include "write/pdf.h"
#include "recognise/recognise.h"
#include "recognise/source.h"
#include "recognise/names.h"
#include "recognise/source_html.h"
#include "cli/signmod.h"
#include "read/charset.h"
#include "cli/feedjobs.h"
#include "model/statement.h"
#include "read/text.h"
#include "style/fontquery.h"
#include "typeset/typeset.h"
#include "base/util.h"

#ifndef IMPRINT_VERSION
#define IMPRINT_VERSION "0.1.0"
#endif

/* path as the layout file at lay_path names it: a relative path is taken
 * from the layout's folder.  NULL for NULL; the caller frees. */
static char *beside(const char *lay_path, const char *path)
{
    if (!path)
        return NULL;
    const char *slash = lay_path ? strrchr(lay_path, '/') : NULL;
    if (path[0] == '/' || !slash)
        return xstrdup(path);
    struct buf b;
    buf_init(&b);
    buf_add(&b, lay_path, (size_t)(slash - lay_path) + 1);
    buf_add(&b, path, strlen(path));
    return buf_take(&b);
}

int run_shared_init(struct run_shared *sh, const struct run_options *opt)
{
    memset(sh, 0, sizeof *sh);
    sh->opt = opt;
    sh->datadir = paths_datadir();
    if (opt->mode == MODE_JSON || opt->mode == MODE_IMPORT || opt->mode == MODE_FINGERPRINT)
        return EXIT_OK;
    const char *name = opt->layout ? opt->layout : "letter";
    if (layout_load(name, sh->datadir, &sh->lay) != EXIT_OK)
        return EXIT_ENV;
    sh->have_lay = 1;
    if (opt->mode != MODE_PDF || !(opt->sign_key || sh->lay.sign_key))
        return EXIT_OK;
    struct sign_files f = {opt->sign_key, opt->sign_cert, opt->sign_chain};
    if (!opt->sign_key) {  /* the layout's sign section */
        sh->sign_paths[0] = beside(sh->lay.path, sh->lay.sign_key);
        sh->sign_paths[1] = beside(sh->lay.path, sh->lay.sign_cert);
        sh->sign_paths[2] = beside(sh->lay.path, sh->lay.sign_chain);
        f = (struct sign_files){sh->sign_paths[0], sh->sign_paths[1], sh->sign_paths[2]};
    }
    if (!(sh->sign = signmod_load()))
        return EXIT_ENV;
    if (sh->sign->open(&f, opt->fixed_when ? opt->when : time(NULL), &sh->signer) != EXIT_OK)
        return EXIT_ENV;
    sh->seal.reserve = sh->sign->reserve(sh->signer);
    sh->seal.sign = sh->sign->cms;
    sh->seal.ctx = sh->signer;
    return EXIT_OK;
}

int run_prepare_fonts(const struct run_shared *sh)
{
    if (!sh->have_lay)
        return EXIT_OK;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/fonts", sh->datadir);
    struct fontset fs;
    if (fonts_init(&fs, dir) != EXIT_OK)
        return EXIT_ENV;
    ts_fonts_prepare(&fs, &sh->lay);
    fonts_free(&fs);
    return EXIT_OK;
}

void run_shared_free(struct run_shared *sh)
{
    if (sh->have_lay)
        layout_free(&sh->lay);
    sh->have_lay = 0;
    if (sh->sign)
        sh->sign->close(sh->signer);
    sh->signer = NULL;
    for (int i = 0; i < 3; i++) {
        free(sh->sign_paths[i]);
        sh->sign_paths[i] = NULL;
    }
    fq_shutdown();
}

void run_worker_free(struct run_worker *w)
{
    if (w->have_fonts)
        fonts_free(&w->fonts);
    w->have_fonts = 0;
    if (w->hy)
        hy_close(w->hy);
    w->hy = NULL;
}

/* NAME of an input path: its base name without the extension. */
static char *input_stem(const char *path)
{
    if (strcmp(path, "-") == 0)
        return xstrdup("stdin");
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? xstrndup(base, (size_t)(dot - base)) : xstrdup(base);
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Output path for input: -o FILE, -o DIR, or out/NAME.pdf; NULL when several
 * inputs would go to one file.  *dir is set to the folder to create, or NULL.
 * Caller frees. */
static char *output_name(const struct run_options *o, const char *input,
                         const char **dir)
{
    struct buf b;
    buf_init(&b);
    *dir = "out";
    if (o->output) {
        size_t n = strlen(o->output);
        if (!(n && o->output[n - 1] == '/') && !is_dir(o->output)) {
            *dir = NULL;
            if (o->many)
                return NULL;
            buf_adds(&b, o->output);
            return buf_take(&b);
        }
        *dir = o->output;
    }
    char *stem = input_stem(input);
    size_t n = strlen(*dir);
    buf_printf(&b, "%s%s%s.pdf", *dir, n && (*dir)[n - 1] == '/' ? "" : "/", stem);
    free(stem);
    return buf_take(&b);
}

/* output_name, creating the folder if needed.  Caller frees. */
static char *output_path(const struct run_options *o, const char *input)
{
    const char *dir;
    char *out = output_name(o, input, &dir);
    if (out && dir && !is_dir(dir))
        mkdir(dir, 0777);  /* a failure shows when the PDF is written */
    return out;
}

/* Compare the output names of two inputs (entries: name, then input). */
static int by_output(const void *a, const void *b)
{
    char *const *x = a, *const *y = b;
    int c = strcmp(x[0], y[0]);
    return c ? c : strcmp(x[1], y[1]);
}

int run_check_outputs(const struct run_options *o, char *const *inputs,
                      size_t n)
{
    if (o->mode != MODE_PDF || n < 2)
        return EXIT_OK;
    char **pair = xmalloc(n * 2 * sizeof *pair);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const char *dir;
        char *out = output_name(o, inputs[i], &dir);
        if (!out)
            continue;  /* several inputs to one file: run_one reports it */
        pair[2 * m] = out;
        pair[2 * m + 1] = inputs[i];
        m++;
    }
    qsort(pair, m, 2 * sizeof *pair, by_output);
    int rc = EXIT_OK;
    for (size_t i = 1; i < m; i++)
        if (strcmp(pair[2 * i], pair[2 * i - 2]) == 0) {
            diag(M_SAME_OUTPUT, NULL, 0, 0, pair[2 * i - 1], pair[2 * i + 1],
                 pair[2 * i]);
            rc = EXIT_USAGE;
        }
    for (size_t i = 0; i < m; i++)
        free(pair[2 * i]);
    free(pair);
    return rc;
}

/* 1 if a and b name the same existing file. */
static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* Document date: SOURCE_DATE_EPOCH (checked by main; as UTC) or now
 * (local offset). */
static void document_time(const struct run_options *o, struct pdf_options *po)
{
    po->when = o->fixed_when ? o->when : time(NULL);
    po->utc = o->fixed_when;
}

/* The input's SHA-256 (d) and its short fingerprint, the first 8 bytes
 * in hex: what the footer prints. */
static void fingerprint_of(const struct text *t, unsigned char d[SHA256_DIGEST_SIZE],
                           char fingerprint[17])
{
    struct sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, t->len, (const uint8_t *)t->data);
    sha256_digest(&c, SHA256_DIGEST_SIZE, d);
    for (int i = 0; i < 8; i++)
        snprintf(fingerprint + 2 * i, 3, "%02x", d[i]);
}

/* The lines of the visible signature block into b: who signed (the
 * certificate's common name), for which office (the statement's, else the
 * layout's agency) and when (the signing time, UTC). */
static const char *signature_text(const struct run_shared *sh, const struct statement *s,
                                  const struct layout *lay, time_t when, struct buf *b)
{
    char name[256], date[64];
    struct tm tm;
    buf_add(b, "Digitally signed", 16);
    if (sh->sign->subject(sh->signer, name, sizeof name) && *name) {
        buf_add(b, " by ", 4);
        buf_add(b, name, strlen(name));
    }
    const char *office = s->office && *s->office ? s->office : lay->agency;
    if (office && *office) {
        buf_addc(b, '\n');
        buf_add(b, office, strlen(office));
    }
    if (gmtime_r(&when, &tm) && strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", &tm)) {
        buf_addc(b, '\n');
        buf_add(b, date, strlen(date));
    }
    buf_addc(b, '\0');
    return b->s;
}

/* --qr: what the footer's QR code holds into b: the statement's address
 * on its own line when the source gives one, then "SHA-256 " and the
 * input's whole SHA-256 in capitals (QR codes hold capitals most
 * compactly). */
static const char *qr_text(const struct text *t, const struct statement *s, struct buf *b)
{
    unsigned char d[SHA256_DIGEST_SIZE];
    char fp[17], hex[3];
    fingerprint_of(t, d, fp);
    if (s->url && *s->url) {
        buf_add(b, s->url, strlen(s->url));
        buf_addc(b, '\n');
    }
    buf_add(b, "SHA-256 ", 8);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
        snprintf(hex, sizeof hex, "%02X", d[i]);
        buf_add(b, hex, 2);
    }
    buf_addc(b, '\0');
    return b->s;
}

/* The file identifier: SHA-256 over the input's digest and the options that
 * shape the output, first 16 bytes; and the input's short fingerprint. */
static void identify(const struct text *t, const struct layout *lay,
                     const struct run_options *o, const char *level,
                     unsigned char id[16], char fingerprint[17])
{
    struct sha256_ctx c;
    unsigned char d[SHA256_DIGEST_SIZE];
    fingerprint_of(t, d, fingerprint);
    sha256_init(&c);
    sha256_update(&c, sizeof d, d);
    const char *parts[] = {lay->name ? lay->name : "", level,
                           o->first_fit ? "first-fit" : "total-fit", IMPRINT_VERSION};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        sha256_update(&c, strlen(parts[i]) + 1, (const uint8_t *)parts[i]);
    sha256_digest(&c, sizeof d, d);
    memcpy(id, d, 16);
}

/* 0 if out may be written (nothing there, a regular file or a link to
 * one); else the refusal is reported and EXIT_USAGE returned. */
static int check_target(const char *out)
{
    char *real;
    const char *kind;
    int t = atomic_target(out, &real, &kind);
    free(real);
    if (t == ATOMIC_REFUSED) {
        diag(M_OUTPUT_SPECIAL, out, 0, 0, kind);
        return EXIT_USAGE;
    }
    if (t == ATOMIC_DANGLING) {
        char link[4096];
        ssize_t n = readlink(out, link, sizeof link - 1);
        link[n > 0 ? n : 0] = '\0';
        diag(M_OUTPUT_DANGLING, out, 0, 0, link);
        return EXIT_USAGE;
    }
    return EXIT_OK;  /* other failures show when the PDF is written */
}

/* Write the finished PDF of d to standard output (-o -). */
static int write_stdout(const struct doc *d, const struct pdf_meta *meta,
                        const struct fontset *fs, const struct pdf_options *po)
{
    struct buf b;
    buf_init(&b);
    int rc = pdf_write_mem(d, meta, fs, po, &b);
    if (rc == EXIT_OK && (fwrite(b.s, 1, b.len, stdout) != b.len || fflush(stdout))) {
        diag(P_SAVE, "standard output", 0, 0, strerror(errno));
        rc = EXIT_ENV;
    }
    buf_free(&b);
    return rc;
}

/* The layout for s: its source header's `layout:` (loaded into *own,
 * which the caller frees when *have_own) unless -l names one, which wins
 * with a note; else the run's.  NULL after the layout's error. */
static const struct layout *doc_layout(const struct run_shared *sh,
                                       const struct statement *s,
                                       struct layout *own, int *have_own)
{
    *have_own = 0;
    if (!s->layout)
        return &sh->lay;
    if (sh->opt->layout) {
        diag(M_LAYOUT_OVERRIDDEN, NULL, 0, 0, s->layout, sh->opt->layout);
        return &sh->lay;
    }
    if (layout_load(s->layout, sh->datadir, own) != EXIT_OK)
        return NULL;
    *have_own = 1;
    return own;
}

/* Where the PDF of input goes (*out, the caller frees; NULL when no PDF
 * is written): EXIT_OK, or EXIT_USAGE after the message. */
static int output_target(const struct run_options *o, const char *input, int to_stdout,
                         char **out)
{
    *out = NULL;
    if (o->mode != MODE_PDF)
        return EXIT_OK;
    if (to_stdout) {
        *out = xstrdup("standard output");
        return EXIT_OK;
    }
    char *path = output_path(o, input);
    if (!path) {
        diag(M_OUTPUT_DIR, NULL, 0, 0);
        return EXIT_USAGE;
    }
    if (strcmp(input, "-") != 0 && same_file(path, input)) {
        diag(M_OUTPUT_IS_INPUT, path, 0, 0);
        free(path);
        return EXIT_USAGE;
    }
    if (check_target(path) != EXIT_OK) {
        free(path);
        return EXIT_USAGE;
    }
    *out = path;
    return EXIT_OK;
}

/* Write the typeset d of s as a PDF to out (or standard output). */
static int write_doc(const struct run_shared *sh, struct run_worker *w,
                     const struct statement *s, const struct layout *lay,
                     const char *level, struct pdf_options *po, const struct doc *d,
                     const char *out, int to_stdout)
{
    po->pdfa = (enum pdf_pdfa)pdf_pdfa_parse(level);
    char icc[4096];
    snprintf(icc, sizeof icc, "%s/fonts/sRGB.icc", sh->datadir);
    po->icc_path = icc;
    po->agency = lay->agency;
    /* the accessible levels are tagged whatever the layout says */
    po->untagged = !lay->tagged && po->pdfa != PDFA_1A && po->pdfa != PDFA_2A;
    po->pdfua = lay->pdfua;
    po->seal = sh->signer ? &sh->seal : NULL;
    struct pdf_meta meta;
    pdf_meta_build(s, lay->agency, &meta);
    int rc = to_stdout ? write_stdout(d, &meta, &w->fonts, po)
                       : pdf_write(d, &meta, &w->fonts, po, out);
    pdf_meta_free(&meta);
    if (rc == EXIT_OK)
        diag(M_WROTE, NULL, 0, 0, out);
    return rc;
}

/* Typeset s and write it (or its page dump). */
static int typeset_and_write(const struct run_shared *sh, struct run_worker *w,
                             const struct text *t, const struct statement *s,
                             const char *input)
{
    const struct run_options *o = sh->opt;
    char *out = NULL;
    int rc;
    int to_stdout = o->output && strcmp(o->output, "-") == 0;
    if ((rc = output_target(o, input, to_stdout, &out)) != EXIT_OK)
        return rc;
    if (!w->have_fonts) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/fonts", sh->datadir);
        if (fonts_init(&w->fonts, dir) != EXIT_OK) {
            free(out);
            return EXIT_ENV;
        }
        w->have_fonts = 1;
    }
    struct layout own;
    int have_own;
    const struct layout *lay = doc_layout(sh, s, &own, &have_own);
    if (!lay) {
        free(out);
        return EXIT_ENV;
    }
    const char *level = o->pdfa ? o->pdfa : (lay->pdfa ? lay->pdfa : "1b");
    struct pdf_options po;
    memset(&po, 0, sizeof po);
    char fingerprint[17];
    identify(t, lay, o, level, po.id, fingerprint);
    struct ts_options to = {t->name, fingerprint, o->first_fit, NULL, NULL,
                            sh->signer != NULL};
    struct buf qr;
    buf_init(&qr);
    if (o->qr)
        to.qr = qr_text(t, s, &qr);
    document_time(o, &po);
    struct buf sigblock;
    buf_init(&sigblock);
    if (sh->signer && lay->sign_visible)
        to.sigblock = signature_text(sh, s, lay, po.when, &sigblock);
    struct doc d;
    if (!w->hy && lay->hyphenate && !(w->hy = hy_open(NULL))) {
        buf_free(&sigblock);
        buf_free(&qr);
        if (have_own)
            layout_free(&own);
        free(out);
        return EXIT_ENV;
    }
    rc = ts_typeset_hy(s, lay, &w->fonts, &to, w->hy, &d);
    size_t max_pages = o->max_pages ? o->max_pages : RUN_MAX_PAGES;
    if (rc == EXIT_OK && d.npages > max_pages) {
        diag(T_TOO_MANY_PAGES, t->name, 0, 0, d.npages, max_pages);
        rc = EXIT_INPUT;
    }
    if (rc == EXIT_OK && o->mode == MODE_PAGES) {
        dump_pages(&d, stdout);
    } else if (rc == EXIT_OK && o->mode == MODE_STATS) {
        dump_stats(&d, stdout);
    } else if (rc == EXIT_OK) {
        rc = write_doc(sh, w, s, lay, level, &po, &d, out, to_stdout);
    }
    doc_free(&d);
    buf_free(&sigblock);
    buf_free(&qr);
    if (have_own)
        layout_free(&own);
    free(out);
    return rc;
}

/* --fingerprint: what a printed copy's footer says, then the input's
 * whole SHA-256 (prefixed by the input's name when there are several). */
static void print_fingerprint(const struct run_options *o, const struct text *t,
                              const struct statement *s)
{
    unsigned char d[SHA256_DIGEST_SIZE];
    char fp[17];
    fingerprint_of(t, d, fp);
    struct buf line;
    buf_init(&line);
    ts_copy_line(s, fp, &line);
    if (o->many)
        printf("%s: ", t->name);
    printf("%s\n", line.s);
    if (o->many)
        printf("%s: ", t->name);
    printf("SHA-256 ");
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        printf("%02x", d[i]);
    printf("\n");
    if (s->url && *s->url) {
        if (o->many)
            printf("%s: ", t->name);
        printf("URL %s\n", s->url);
    }
    buf_free(&line);
}

int run_statement(const struct run_shared *sh, struct run_worker *w,
                  const struct text *t, struct statement *s, const char *input)
{
    const struct run_options *o = sh->opt;
    if (o->mode == MODE_FINGERPRINT) {
        print_fingerprint(o, t, s);
    } else if (o->mode == MODE_JSON) {
        export_json(s, stdout);
    } else if (o->mode == MODE_IMPORT) {
        export_markdown(s, stdout);
    } else {
        if (s->nnames == 0)
            rec_names(s);
        return typeset_and_write(sh, w, t, s, input);
    }
    return EXIT_OK;
}

/* Read an HTML page (its declared character set decoded) and parse it. */
static int read_html(const char *input, size_t max, struct text *t, struct statement *s)
{
    char *raw;
    size_t len;
    stmt_init(s);
    t->name = t->data = NULL;
    t->len = 0;
    int rc = text_read_raw(input, max, &raw, &len);
    if (rc != EXIT_OK)
        return rc;
    rc = text_from_html_bytes(strcmp(input, "-") ? input : "<stdin>", raw, len, max, t);
    free(raw);
    return rc == EXIT_OK ? html_parse(t, NULL, s) : rc;
}

int run_one(const struct run_shared *sh, struct run_worker *w, const char *input)
{
    const struct run_options *o = sh->opt;
    struct text t;
    struct statement s;
    if (feedjobs_is_job(input))
        return feedjobs_run(sh, w, input);
    const char *from = o->from;
    int rc;
    if (from ? !strcmp(from, "html") : html_is_html_path(input)) {
        rc = read_html(input, o->max_input, &t, &s);
    } else {
        rc = text_read_file(input, o->max_input, &t);
        if (rc != EXIT_OK)
            return rc;
        if (from ? !strcmp(from, "markdown") : src_is_source(&t))
            rc = src_parse(&t, &s);
        else
            rc = rec_recognise(&t, &s);
    }
    if (rc == EXIT_OK)
        rc = run_statement(sh, w, &t, &s, input);
    stmt_free(&s);
    text_free(&t);
    return rc;
}
