/* fuzz_pipeline.c -- libFuzzer target for the whole pipeline in memory:
 * bytes -> text -> recognise or parse -> typeset (letter layout, bundled
 * fonts, hyphenation) -> PDF/A into a buffer (pdf_write_mem).  Fonts, layout
 * and patterns are loaded once, as a batch run does. */
#include <stdint.h>
#include <string.h>

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

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_setup();
    const char *dd = paths_datadir();
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/fonts", dd);
    snprintf(icc, sizeof icc, "%s/fonts/sRGB.icc", dd);
    if (layout_load("letter", dd, &lay) || fonts_init(&fonts, dir) ||
        !(hy = hy_open(NULL))) {
        fprintf(stderr, "fuzz_pipeline: cannot set up from %s\n", dd);
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct text t;
    if (text_from_bytes("fuzz", (const char *)data, size, (size_t)1 << 20, &t))
        return 0;
    struct statement s;
    int rc = src_is_source(&t) ? src_parse(&t, &s) : rec_recognise(&t, &s);
    if (rc == 0) {
        struct ts_options to = {t.name, "0123456789abcdef", 0};
        struct doc d;
        if (ts_typeset_hy(&s, &lay, &fonts, &to, hy, &d) == 0) {
            struct pdf_options po;
            memset(&po, 0, sizeof po);
            po.pdfa = PDFA_1B;
            po.when = 1487808000;
            po.utc = 1;
            po.icc_path = icc;
            po.agency = lay.agency;
            struct pdf_meta meta;
            pdf_meta_build(&s, lay.agency, &meta);
            struct buf out;
            buf_init(&out);
            if (pdf_write_mem(&d, &meta, &fonts, &po, &out) == 0 &&
                (out.len < 8 || memcmp(out.s, "%PDF-1.", 7) != 0))
                abort();  /* success means a PDF */
            buf_free(&out);
            pdf_meta_free(&meta);
        }
        doc_free(&d);
    }
    stmt_free(&s);
    text_free(&t);
    return 0;
}
