/* main.c -- the command line: options, then every input through run_one
 * (one at a time, or with -j N workers). */
#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/batch.h"
#include "cli/feedjobs.h"
#include "base/diag.h"
#include "base/exit.h"
#include "style/layout.h"
#include "base/paths.h"
#include "write/pdf.h"
#include "cli/run.h"
#include "read/text.h"
#include "cli/signmod.h"

#ifndef IMPRINT_VERSION
#define IMPRINT_VERSION "0.1.0"
#endif

static const char usage_text[] =
    "Usage: imprint [OPTION]... INPUT...\n"
    "Typeset official statements into archival PDF (PDF/A-1b by default).\n"
    "\n"
    "INPUT is a statement as copied from a web page (plain text), a Markdown\n"
    "file with a YAML header (first line '---'), a saved web page (*.html,\n"
    "*.htm), an RSS 2.0 or Atom feed (*.rss, *.atom, *.xml: one PDF per item,\n"
    "named after the item's link), or a folder of them; '-' reads standard\n"
    "input.\n"
    "\n"
    "  -o, --output FILE|DIR  where to write (default: out/NAME.pdf); a folder\n"
    "                         (existing, or ending in '/') gets NAME.pdf\n"
    "  -l, --layout NAME|FILE layout name (see --list-layouts) or a YAML file\n"
    "                         (default: letter)\n"
    "      --list-layouts     list the installed layouts and exit\n"
    "      --pdfa LEVEL       1b, 2b, 2u, 1a, 2a or none (default: the layout's, 1b)\n"
    "  -j, --jobs N           typeset several inputs with N workers (default 1)\n"
    "      --dump-json        print the recognised statement as JSON; no PDF\n"
    "      --import           print the recognised statement as Markdown+YAML\n"
    "                         source, to edit and typeset again; no PDF\n"
    "      --dump-pages       print a text rendering of the typeset pages; no PDF\n"
    "      --stats            print line-breaking quality figures; no PDF\n"
    "      --first-fit        break lines greedily (for comparison)\n"
    "      --max-input BYTES  refuse larger inputs (default: 16777216, at most\n"
    "                         268435456)\n"
    "      --from FORMAT      read every input as text, markdown, html or feed\n"
    "                         (default: by extension, then content)\n"
    "  -q, --quiet            print errors only\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n"
    "\n"
    "Exit status: 0 done, 1 bad input, 2 bad usage, 3 environment (font,\n"
    "layout, file system).  With several inputs, the worst of them.\n"
    "\n"
    "'-o -' writes the PDF to standard output (one input only).  An existing\n"
    "output file must be a regular file: a symbolic link to one is followed\n"
    "(the file it names is replaced, the link stays); a FIFO, device, socket\n"
    "or dangling link is refused.\n"
    "\n"
    "Environment: SOURCE_DATE_EPOCH fixes the document dates (reproducible\n"
    "output): whole seconds from 0 to 253402300799 (9999-12-31 23:59:59 UTC),\n"
    "anything else is an error; IMPRINT_DATADIR names the folder holding fonts/\n"
    "and layouts/.\n";

/* SOURCE_DATE_EPOCH into o: unset or empty leaves the clock; a plain decimal
 * number of seconds PDF dates can hold (years up to 9999) fixes the dates;
 * anything else is an error (the reproducible-builds rule).  Returns
 * EXIT_OK or EXIT_USAGE after the message. */
static int source_date(struct run_options *o)
{
    const char *v = getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v)
        return EXIT_OK;
    long long n = 0;
    const char *p = v;
    for (; *p >= '0' && *p <= '9'; p++) {
        n = n * 10 + (*p - '0');
        if (n > RUN_MAX_EPOCH)
            break;
    }
    if (*p || n > RUN_MAX_EPOCH) {
        diag(M_SOURCE_DATE, NULL, 0, 0, v, (long long)RUN_MAX_EPOCH);
        return EXIT_USAGE;
    }
    o->when = (time_t)n;
    o->fixed_when = 1;
    return EXIT_OK;
}

/* Report a usage error about option text and return EXIT_USAGE. */
static int usage_error(const char *fmt, const char *what)
{
    char m[256];
    snprintf(m, sizeof m, fmt, what);
    diag(M_USAGE, NULL, 0, 0, m);
    return EXIT_USAGE;
}

/* --verify FILE [--ca FILE]. */
struct verify_args {
    const char *file, *ca;
};

/* The signing options go together: -1 to go on, or EXIT_USAGE. */
static int check_signing(const struct run_options *o, const struct verify_args *v)
{
    if (o->sign_key && !o->sign_cert)
        return usage_error("--sign needs --cert CERT, the key's certificate%s", "");
    if (!o->sign_key && (o->sign_cert || o->sign_chain))
        return usage_error("%s is for signing: give --sign KEY too",
                           o->sign_cert ? "--cert" : "--chain");
    if (v->ca && !v->file)
        return usage_error("--ca is for checking a signature: give --verify FILE.pdf too%s", "");
    if (v->file && o->sign_key)
        return usage_error("--verify checks a signed PDF; it does not go with --sign%s", "");
    return -1;
}

/* Read the options into *o, *jobs, *quiet and *v.  Returns -1 to go on, or
 * the exit status when the run ends here (--help, --version,
 * --list-layouts, a usage error after its message). */
static int parse_options(int argc, char **argv, struct run_options *o, int *jobs,
                         int *quiet, struct verify_args *v)
{
    enum { O_PDFA = 256, O_JSON, O_PAGES, O_STATS, O_IMPORT, O_FIRSTFIT, O_MAX, O_LIST, O_FROM,
           O_SIGN, O_CERT, O_CHAIN, O_VERIFY, O_CA, O_FINGERPRINT, O_QR };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"layout", required_argument, NULL, 'l'},
        {"jobs", required_argument, NULL, 'j'},
        {"pdfa", required_argument, NULL, O_PDFA},
        {"dump-json", no_argument, NULL, O_JSON},
        {"dump-pages", no_argument, NULL, O_PAGES},
        {"stats", no_argument, NULL, O_STATS},
        {"import", no_argument, NULL, O_IMPORT},
        {"first-fit", no_argument, NULL, O_FIRSTFIT},
        {"max-input", required_argument, NULL, O_MAX},
        {"list-layouts", no_argument, NULL, O_LIST},
        {"from", required_argument, NULL, O_FROM},
        {"fingerprint", no_argument, NULL, O_FINGERPRINT},
        {"qr", no_argument, NULL, O_QR},
        {"sign", required_argument, NULL, O_SIGN},
        {"cert", required_argument, NULL, O_CERT},
        {"chain", required_argument, NULL, O_CHAIN},
        {"verify", required_argument, NULL, O_VERIFY},
        {"ca", required_argument, NULL, O_CA},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:l:j:qhV", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            if (!*optarg)
                return usage_error("-o needs a file or folder name, not an empty string%s", "");
            o->output = optarg;
            break;
        case 'l': o->layout = optarg; break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 64) {
                diag(M_JOBS, NULL, 0, 0);
                return EXIT_USAGE;
            }
            *jobs = (int)v;
            break;
        }
        case O_PDFA:
            if (pdf_pdfa_parse(optarg) < 0)
                return usage_error("--pdfa takes 1b, 2b, 2u, 1a, 2a or none, not '%s'", optarg);
            o->pdfa = optarg;
            break;
        case O_JSON: o->mode = MODE_JSON; break;
        case O_PAGES: o->mode = MODE_PAGES; break;
        case O_STATS: o->mode = MODE_STATS; break;
        case O_IMPORT: o->mode = MODE_IMPORT; break;
        case O_FINGERPRINT: o->mode = MODE_FINGERPRINT; break;
        case O_QR: o->qr = 1; break;
        case O_FIRSTFIT: o->first_fit = 1; break;
        case O_MAX: {
            char *end;
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (errno || *end || v == 0 || optarg[0] == '-')
                return usage_error("--max-input takes a positive number of bytes, not '%s'", optarg);
            if (v > TEXT_LIMIT_MAX) {
                diag(M_MAX_INPUT, NULL, 0, 0, optarg, TEXT_LIMIT_MAX);
                return EXIT_USAGE;
            }
            o->max_input = (size_t)v;
            break;
        }
        case O_FROM:
            if (strcmp(optarg, "text") && strcmp(optarg, "markdown") &&
                strcmp(optarg, "html") && strcmp(optarg, "feed"))
                return usage_error("--from takes text, markdown, html or feed, not '%s'", optarg);
            o->from = optarg;
            break;
        case O_SIGN: o->sign_key = optarg; break;
        case O_CERT: o->sign_cert = optarg; break;
        case O_CHAIN: o->sign_chain = optarg; break;
        case O_VERIFY: v->file = optarg; break;
        case O_CA: v->ca = optarg; break;
        case O_LIST:
            return layout_list(paths_datadir(), stdout) > 0 ? EXIT_OK : EXIT_ENV;
        case 'q': *quiet = 1; break;
        case 'h': fputs(usage_text, stdout); return EXIT_OK;
        case 'V': printf("imprint %s\n", IMPRINT_VERSION); return EXIT_OK;
        case ':': return usage_error("option '%s' needs an argument", argv[optind - 1]);
        default: return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    return check_signing(o, v);
}

/* Typeset (or print) the n expanded inputs with the given workers after
 * the checks that come before any work; returns the worst exit status. */
static int run_inputs(struct run_options *o, char **inputs, size_t n, int jobs, int quiet)
{
    if (o->many && o->output && !strcmp(o->output, "-") && o->mode == MODE_PDF) {
        diag(M_STDOUT_MANY, NULL, 0, 0);
        return EXIT_USAGE;
    }
    /* Printing modes write to standard output: keep their order. */
    if (o->mode != MODE_PDF)
        jobs = 1;
    int rc = run_check_outputs(o, inputs, n);
    if (rc != EXIT_OK)
        return rc;
    struct run_shared sh;
    rc = run_shared_init(&sh, o);
    if (rc == EXIT_OK)
        rc = batch_run(&sh, inputs, n, jobs, o->many && !quiet && isatty(2),
                       o->many && !quiet);
    run_shared_free(&sh);
    return rc;
}

int main(int argc, char **argv)
{
    /* A run is short and allocates in waves (one deflate state per PDF
     * stream, one subset plan per font): keep freed memory instead of handing
     * it back to the kernel and faulting it in again for the next wave. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    struct run_options o;
    memset(&o, 0, sizeof o);
    o.max_input = TEXT_DEFAULT_MAX;
    int jobs = 1, quiet = 0;
    struct verify_args v = {NULL, NULL};
    int done = parse_options(argc, argv, &o, &jobs, &quiet, &v);
    if (done >= 0)
        return done;
    diag_set_quiet(quiet);
    if (v.file) {
        if (optind < argc)
            return usage_error("--verify takes one PDF; '%s' is one too many", argv[optind]);
        const struct sign_api *api = signmod_load();
        return api ? api->verify(v.file, v.ca) : EXIT_ENV;
    }
    if (source_date(&o) != EXIT_OK)
        return EXIT_USAGE;
    if (optind >= argc) {
        diag(M_NO_INPUT, NULL, 0, 0);
        return EXIT_USAGE;
    }
    size_t n;
    char **inputs = batch_expand(argv + optind, (size_t)(argc - optind), &n);
    if (!inputs)
        return EXIT_INPUT;
    int feed_rc = EXIT_OK;
    size_t nargs = n;
    inputs = feedjobs_expand(inputs, n, o.from, o.max_input, &n, &feed_rc);
    o.many = n > 1 || (size_t)(argc - optind) < n || nargs < n;
    int rc = n ? run_inputs(&o, inputs, n, jobs, quiet) : EXIT_OK;
    if (feed_rc > rc)
        rc = feed_rc;
    feedjobs_free();
    for (size_t i = 0; i < n; i++)
        free(inputs[i]);
    free(inputs);
    return rc;
}
