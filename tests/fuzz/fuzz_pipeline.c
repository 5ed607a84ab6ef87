/* fuzz_pipeline.c -- libFuzzer target for the whole pipeline in memory:
 * bytes -> text -> recognise or parse -> typeset (letter layout, bundled
 * fonts, hyphenation) -> PDF/A into a buffer (pdf_write_mem).  Fonts, layout
 * and patterns are loaded once, as a batch run does.
 *
 * The options vary with a hash of the input: the document date (a fixed
 * one, the last second of year 9999, the first of year 10000, or any 64-bit
 * value, as SOURCE_DATE_EPOCH could give) and the output target (memory,
 * or atomic_replace onto nothing, a regular file, a symbolic link to one, a
 * dangling link or a FIFO in a private folder).  A date outside 0000..9999
 * must fail; a FIFO or dangling link must be refused and left as it was. */
#include <stdint.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/hash.h"
#include "write/atomic.h"

#include "style/fonts.h"
#include "fuzz_common.h"
#include "typeset/hyphen.h"
#include "style/layout.h"
#include "model/pages.h"
#include "base/paths.h"
#include "write/pdf.h"
#include "recognise/recognise.h"
#include "recognise/source.h"
#include "model/statement.h"
#include "read/text.h"
#include "typeset/typeset.h"
#include "base/util.h"

static struct layout lay;
static struct fontset fonts;
static struct hy_dict *hy;
static char icc[4096];
static char dir[64];  /* private folder for the output-target cases */

/* Remove the private folder and what the last case left in it. */
static void remove_dir(void)
{
    char p[128];
    snprintf(p, sizeof p, "%s/out.pdf", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/target.pdf", dir);
    unlink(p);
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_setup();
    const char *dd = paths_datadir();
    char fdir[4096];
    snprintf(fdir, sizeof fdir, "%s/fonts", dd);
    snprintf(icc, sizeof icc, "%s/fonts/sRGB.icc", dd);
    snprintf(dir, sizeof dir, "/tmp/fuzz_pipeline-XXXXXX");
    if (layout_load("letter", dd, &lay) || fonts_init(&fonts, fdir) ||
        !(hy = hy_open(NULL)) || !mkdtemp(dir)) {
        fprintf(stderr, "fuzz_pipeline: cannot set up from %s\n", dd);
        abort();
    }
    atexit(remove_dir);
    return 0;
}

/* The document date for option bits k (see the top of the file). */
static time_t fuzz_when(uint64_t h, unsigned k)
{
    static const long long fixed[] = {1487808000LL, 253402300799LL, 253402300800LL};
    return k < 3 ? (time_t)fixed[k] : (time_t)(int64_t)h;
}

/* Put pdf onto output target kind k (1..5) in dir and check the promise
 * of atomic.h; kind 0 keeps it in memory. */
static void fuzz_target(const struct buf *pdf, unsigned k)
{
    char path[128], other[128];
    snprintf(path, sizeof path, "%s/out.pdf", dir);
    snprintf(other, sizeof other, "%s/target.pdf", dir);
    unlink(path);
    unlink(other);
    struct stat st;
    int made = 0;
    if (k == 2)
        made = symlink("target.pdf", path) || close(creat(other, 0644));
    else if (k == 3)
        made = symlink("target.pdf", path);
    else if (k == 4)
        made = mkfifo(path, 0644);
    else if (k == 5)
        made = close(creat(path, 0644));
    if (made)
        abort();  /* the private folder must work */
    int err = atomic_replace(path, pdf->s, pdf->len);
    if (k == 3 && (!err || lstat(path, &st) || !S_ISLNK(st.st_mode) || !lstat(other, &st)))
        abort();  /* a dangling link is refused and stays dangling */
    if (k == 4 && (!err || lstat(path, &st) || !S_ISFIFO(st.st_mode)))
        abort();  /* a FIFO is refused and stays a FIFO */
    if (k == 2 && (err || lstat(path, &st) || !S_ISLNK(st.st_mode) ||
                   stat(other, &st) || (size_t)st.st_size != pdf->len))
        abort();  /* a link to a file: the file replaced, the link kept */
    if ((k == 1 || k == 5) && (err || stat(path, &st) || (size_t)st.st_size != pdf->len))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t h = hash_fnv1a64_more(HASH_FNV1A64_BASIS, data, size);
    time_t when = fuzz_when(h, (unsigned)(h >> 60) & 3);
    unsigned target = (unsigned)((h >> 56) & 0xF) % 6;
    struct text t;
    if (text_from_bytes("fuzz", (const char *)data, size, (size_t)1 << 20, &t))
        return 0;
    struct statement s;
    int rc = src_is_source(&t) ? src_parse(&t, &s) : rec_recognise(&t, &s);
    if (rc == 0) {
        struct ts_options to = {t.name, "0123456789abcdef", 0, NULL, NULL, 0};
        struct doc d;
        if (ts_typeset_hy(&s, &lay, &fonts, &to, hy, &d) == 0) {
            struct pdf_options po;
            memset(&po, 0, sizeof po);
            po.pdfa = PDFA_1B;
            po.when = when;
            po.utc = 1;
            po.icc_path = icc;
            po.agency = lay.agency;
            struct pdf_meta meta;
            pdf_meta_build(&s, lay.agency, &meta);
            struct buf out;
            buf_init(&out);
            int w = pdf_write_mem(&d, &meta, &fonts, &po, &out);
            if (w == 0 && (out.len < 8 || memcmp(out.s, "%PDF-1.", 7) != 0))
                abort();  /* success means a PDF */
            int in_range = (long long)when >= 0 && (long long)when <= 253402300799LL;
            if (w == 0 && !in_range)
                abort();  /* never a date PDF cannot hold */
            if (w == 0 && target)
                fuzz_target(&out, target);
            buf_free(&out);
            pdf_meta_free(&meta);
        }
        doc_free(&d);
    }
    stmt_free(&s);
    text_free(&t);
    return 0;
}
