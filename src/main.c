/* main.c -- the command line: options, one pass of read -> recognise ->
 * typeset -> write per input, exit status. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <nettle/sha2.h>

#include "diag.h"
#include "export.h"
#include "fonts.h"
#include "layout.h"
#include "pages.h"
#include "paths.h"
#include "pdf.h"
#include "recognise.h"
#include "statement.h"
#include "text.h"
#include "typeset.h"
#include "util.h"

#ifndef IMPRINT_VERSION
#define IMPRINT_VERSION "0.1.0"
#endif

enum { EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_ENV = 3 };

struct options {
    const char *output;
    const char *layout;
    const char *pdfa;
    int dump_json, dump_pages, quiet, first_fit;
    size_t max_input;
};

static const char usage_text[] =
    "Usage: imprint [OPTION]... INPUT...\n"
    "Typeset official statements into archival PDF (PDF/A-1b by default).\n"
    "\n"
    "INPUT is a statement as copied from a web page (plain text); '-' reads\n"
    "standard input.\n"
    "\n"
    "  -o, --output FILE|DIR  where to write (default: out/NAME.pdf); a folder\n"
    "                         (existing, or ending in '/') gets NAME.pdf\n"
    "  -l, --layout NAME|FILE layout name in the data folder, or a YAML file\n"
    "                         (default: letter)\n"
    "      --pdfa LEVEL       1b, 2b, 2u or none (default: the layout's, 1b)\n"
    "      --dump-json        print the recognised statement as JSON; no PDF\n"
    "      --dump-pages       print a text rendering of the typeset pages; no PDF\n"
    "      --first-fit        break lines greedily (for comparison)\n"
    "      --max-input BYTES  refuse larger inputs (default: 16777216)\n"
    "  -q, --quiet            print errors only\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n"
    "\n"
    "Exit status: 0 done, 1 bad input, 2 bad usage, 3 environment (font,\n"
    "layout, file system).\n"
    "\n"
    "Environment: SOURCE_DATE_EPOCH fixes the document dates (reproducible\n"
    "output); IMPRINT_DATADIR names the folder holding fonts/ and layouts/.\n";

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

/* Output path for input: -o FILE, -o DIR/, or out/NAME.pdf.  Caller frees. */
static char *output_path(const struct options *o, const char *input, int many)
{
    struct buf b;
    buf_init(&b);
    const char *dir = "out";
    if (o->output) {
        size_t n = strlen(o->output);
        if (!(n && o->output[n - 1] == '/') && !is_dir(o->output)) {
            if (many)
                return NULL;
            buf_adds(&b, o->output);
            return buf_take(&b);
        }
        dir = o->output;
    }
    char *stem = input_stem(input);
    size_t n = strlen(dir);
    buf_printf(&b, "%s%s%s.pdf", dir, n && dir[n - 1] == '/' ? "" : "/", stem);
    free(stem);
    if (!o->output)
        mkdir("out", 0777);
    else if (!is_dir(dir))
        mkdir(dir, 0777);
    return buf_take(&b);
}

/* 1 if a and b name the same existing file. */
static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* Document date: SOURCE_DATE_EPOCH (as UTC) or now (local offset). */
static void document_time(struct pdf_options *po)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (!errno && *end == '\0' && v >= 0) {
            po->when = (time_t)v;
            po->utc = 1;
            return;
        }
    }
    po->when = time(NULL);
    po->utc = 0;
}

/* The file identifier: SHA-256 of the input text and the options, first
 * 16 bytes.  Also gives the short fingerprint of the input alone. */
static void identify(const struct text *t, const struct layout *lay,
                     const struct options *o, unsigned char id[16],
                     char fingerprint[17])
{
    struct sha256_ctx c;
    unsigned char d[SHA256_DIGEST_SIZE];
    sha256_init(&c);
    sha256_update(&c, t->len, (const uint8_t *)t->data);
    sha256_digest(&c, sizeof d, d);
    for (int i = 0; i < 8; i++)
        snprintf(fingerprint + 2 * i, 3, "%02x", d[i]);
    sha256_init(&c);
    sha256_update(&c, sizeof d, d);
    const char *parts[] = {lay->path ? lay->path : "", lay->name ? lay->name : "",
                           o->pdfa ? o->pdfa : "", o->first_fit ? "ff" : "tf",
                           IMPRINT_VERSION};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        sha256_update(&c, strlen(parts[i]) + 1, (const uint8_t *)parts[i]);
    sha256_digest(&c, sizeof d, d);
    memcpy(id, d, 16);
}

/* Everything shared by the inputs of one run. */
struct run {
    struct options *opt;
    struct layout lay;
    struct fontset fonts;
    int have_lay, have_fonts;
};

/* Load the layout and fonts on first need.  Returns 0 or an exit status. */
static int prepare(struct run *r)
{
    const char *data = paths_datadir();
    if (!r->have_lay) {
        if (layout_load(r->opt->layout ? r->opt->layout : "letter", data, &r->lay))
            return EXIT_ENV;
        r->have_lay = 1;
    }
    if (!r->have_fonts) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/fonts", data);
        if (fonts_init(&r->fonts, dir))
            return EXIT_ENV;
        r->have_fonts = 1;
    }
    return 0;
}

/* Typeset one input.  Returns its exit status. */
static int process(struct run *r, const char *input, int many)
{
    struct options *o = r->opt;
    struct text t;
    struct statement s;
    struct doc d;
    int rc = text_read_file(input, o->max_input, &t);
    if (rc)
        return rc;
    rc = rec_recognise(&t, &s);
    if (rc) {
        text_free(&t);
        return rc;
    }
    if (o->dump_json) {
        export_json(&s, stdout);
        goto done;
    }
    if ((rc = prepare(r)))
        goto done;
    char *out = NULL;
    if (!o->dump_pages) {
        out = output_path(o, input, many);
        if (!out) {
            diag(M_OUTPUT_DIR, NULL, 0, 0);
            rc = EXIT_USAGE;
            goto done;
        }
        if (same_file(out, input)) {
            diag(M_OUTPUT_IS_INPUT, out, 0, 0);
            free(out);
            rc = EXIT_USAGE;
            goto done;
        }
    }
    struct pdf_options po;
    memset(&po, 0, sizeof po);
    char fingerprint[17];
    identify(&t, &r->lay, o, po.id, fingerprint);
    struct ts_options to = {t.name, fingerprint, o->first_fit};
    rc = ts_typeset(&s, &r->lay, &r->fonts, &to, &d);
    if (rc == 0 && o->dump_pages) {
        ts_dump_pages(&d, stdout);
    } else if (rc == 0) {
        const char *level = o->pdfa ? o->pdfa : (r->lay.pdfa ? r->lay.pdfa : "1b");
        po.pdfa = (enum pdf_pdfa)pdf_pdfa_parse(level);
        document_time(&po);
        char icc[4096];
        snprintf(icc, sizeof icc, "%s/fonts/sRGB.icc", paths_datadir());
        po.icc_path = icc;
        po.agency = r->lay.agency;
        struct pdf_meta meta;
        pdf_meta_build(&s, r->lay.agency, &meta);
        rc = pdf_write(&d, &meta, &r->fonts, &po, out);
        pdf_meta_free(&meta);
        if (rc == 0)
            diag(M_WROTE, NULL, 0, 0, out);
    }
    doc_free(&d);
    free(out);
done:
    stmt_free(&s);
    text_free(&t);
    return rc;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"layout", required_argument, NULL, 'l'},
        {"pdfa", required_argument, NULL, 'P'},
        {"dump-json", no_argument, NULL, 'J'},
        {"dump-pages", no_argument, NULL, 'D'},
        {"first-fit", no_argument, NULL, 'F'},
        {"max-input", required_argument, NULL, 'M'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    struct options o;
    memset(&o, 0, sizeof o);
    o.max_input = TEXT_DEFAULT_MAX;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:l:qhV", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': o.output = optarg; break;
        case 'l': o.layout = optarg; break;
        case 'P':
            if (pdf_pdfa_parse(optarg) < 0) {
                diag(M_USAGE, NULL, 0, 0, "--pdfa takes 1b, 2b, 2u or none");
                return EXIT_USAGE;
            }
            o.pdfa = optarg;
            break;
        case 'J': o.dump_json = 1; break;
        case 'D': o.dump_pages = 1; break;
        case 'F': o.first_fit = 1; break;
        case 'M': {
            char *end;
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (errno || *end || v == 0) {
                diag(M_USAGE, NULL, 0, 0, "--max-input takes a positive number of bytes");
                return EXIT_USAGE;
            }
            o.max_input = (size_t)v;
            break;
        }
        case 'q': o.quiet = 1; break;
        case 'h': fputs(usage_text, stdout); return 0;
        case 'V': printf("imprint %s\n", IMPRINT_VERSION); return 0;
        case ':': {
            char m[128];
            snprintf(m, sizeof m, "option '%s' needs an argument", argv[optind - 1]);
            diag(M_USAGE, NULL, 0, 0, m);
            return EXIT_USAGE;
        }
        default: {
            char m[128];
            snprintf(m, sizeof m, "unknown option '%s'", argv[optind - 1]);
            diag(M_USAGE, NULL, 0, 0, m);
            return EXIT_USAGE;
        }
        }
    }
    diag_set_quiet(o.quiet);
    if (optind >= argc) {
        diag(M_NO_INPUT, NULL, 0, 0);
        return EXIT_USAGE;
    }
    struct run r;
    memset(&r, 0, sizeof r);
    r.opt = &o;
    int worst = 0, many = argc - optind > 1;
    for (int i = optind; i < argc; i++) {
        int rc = process(&r, argv[i], many);
        if (rc > worst)
            worst = rc;
        if (rc == EXIT_USAGE || rc == EXIT_ENV)
            break;
    }
    if (r.have_fonts)
        fonts_free(&r.fonts);
    if (r.have_lay)
        layout_free(&r.lay);
    return worst;
}
