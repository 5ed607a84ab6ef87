/* test_fontembed.c -- subset font objects: a shaped line written with the
 * Type0/CIDFontType2 objects of fontembed.c and shown with our own TJ comes
 * back exactly from pdftotext, is embedded as a small subset with a
 * ToUnicode map, passes qpdf --check, is byte-identical on rerun; ligature
 * and non-BMP texts map back; fonts that forbid embedding are refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include <hpdf.h>

#include "capture.h"
#include "base/diag.h"
#include "write/fontembed.h"
#include "style/fonts.h"
#include "base/util.h"

#define SERIF "fonts/LiberationSerif-Regular.ttf"
static const char LINE[] = "Hello, \xe2\x80\x9cWorld\xe2\x80\x9d \xe2\x80\x94 "
                           "U.S.-Mexico \xc4\xb3 \xce\xa9mega";

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_fontembed.XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    capture_start();
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    capture_stop();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    assert_int_equal(system(cmd), 0);
    return 0;
}

static void error_handler(HPDF_STATUS e, HPDF_STATUS d, void *u)
{
    (void)u;
    fail_msg("libharu error 0x%04lX detail %lu", (unsigned long)e, (unsigned long)d);
}

/* Text a glyph stands for: one glyph with its own text. */
struct item {
    unsigned gid;
    const char *text;
    size_t len;
    int adjust;   /* TJ adjustment after the glyph */
};

/* Shape text with font fi into items (first glyph of a cluster gets the
 * cluster's characters, kerning as TJ adjustments).  Returns the count. */
static size_t shape(struct fontset *fs, int fi, const char *text,
                    struct item *items, size_t max)
{
    struct shaped sh;
    shaped_init(&sh);
    size_t len = strlen(text);
    fonts_shape(fs, fi, text, len, &sh);
    const struct font *f = &fs->fonts[fi];
    assert_true(sh.n <= max);
    for (size_t i = 0; i < sh.n; i++) {
        size_t start = sh.cluster[i], end = len;
        for (size_t j = i + 1; j < sh.n; j++)
            if (sh.cluster[j] > start) {
                end = sh.cluster[j];
                break;
            }
        int first = i == 0 || sh.cluster[i - 1] != sh.cluster[i];
        items[i].gid = sh.gid[i];
        items[i].text = text + start;
        items[i].len = first ? end - start : 0;
        int adv = hb_font_get_glyph_h_advance(f->hb, sh.gid[i]);
        items[i].adjust = -(int)((sh.x_advance[i] - adv) * 1000 / (int)f->upem);
    }
    size_t n = sh.n;
    shaped_free(&sh);
    return n;
}

/* Write a one-line PDF of items in font file path to out; returns fe_write's
 * result being non-NULL.  pdfa_part as for fe_write. */
static int write_pdf_size(const char *fontpath, const struct item *items,
                          size_t n, int pdfa_part, double size, const char *out)
{
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    int fi = fonts_load_file(&fs, fontpath, 0);
    assert_true(fi >= 0);
    struct fe_font *fe = fe_new(&fs.fonts[fi]);
    for (size_t i = 0; i < n; i++)
        fe_use(fe, items[i].gid, items[i].text, items[i].len);

    HPDF_Doc doc = HPDF_New(error_handler, NULL);
    assert_non_null(doc);
    HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
    if (pdfa_part == 1)
        doc->pdf_version = HPDF_VER_14;
    HPDF_Page page = HPDF_AddPage(doc);
    assert_non_null(page);
    HPDF_Dict font = fe_write(fe, doc, pdfa_part);
    int ok = font != NULL;
    if (ok) {
        HPDF_Dict res = HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT);
        assert_non_null(res);
        HPDF_Dict fonts = HPDF_Dict_New(doc->mmgr);
        assert_int_equal(HPDF_Dict_Add(res, "Font", fonts), HPDF_OK);
        assert_int_equal(HPDF_Dict_Add(fonts, "F1", font), HPDF_OK);

        struct buf c;
        buf_init(&c);
        buf_printf(&c, "BT /F1 %g Tf 20 700 Td [<", size);
        for (size_t i = 0; i < n; i++) {
            unsigned cid = fe_cid(fe, items[i].gid);
            assert_true(cid > 0 && cid < 0xFFFF);
            buf_printf(&c, "%04X", cid);
            if (items[i].adjust && i + 1 < n)
                buf_printf(&c, "> %d <", items[i].adjust);
        }
        buf_adds(&c, ">] TJ ET\n");
        HPDF_Stream s = ((HPDF_PageAttr)page->attr)->stream;
        assert_int_equal(HPDF_Stream_Write(s, (const HPDF_BYTE *)c.s, (HPDF_UINT)c.len),
                         HPDF_OK);
        buf_free(&c);
        assert_int_equal(HPDF_SaveToFile(doc, out), HPDF_OK);
    }
    HPDF_Free(doc);
    fe_free(fe);
    fonts_free(&fs);
    return ok;
}

static int write_pdf(const char *fontpath, const struct item *items, size_t n,
                     int pdfa_part, const char *out)
{
    return write_pdf_size(fontpath, items, n, pdfa_part, 12, out);
}

/* Output of a shell command (caller frees). */
static char *run(const char *fmt, const char *arg, int *status)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, fmt, arg);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    struct buf b;
    buf_init(&b);
    char tmp[4096];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, p)) > 0)
        buf_add(&b, tmp, k);
    int st = pclose(p);
    if (status)
        *status = st;
    if (!b.s)
        buf_adds(&b, "");
    return buf_take(&b);
}

/* pdftotext of path without the trailing newlines and form feed. */
static char *extract(const char *path)
{
    char *t = run("pdftotext -enc UTF-8 '%s' - 2>&1", path, NULL);
    size_t n = strlen(t);
    while (n > 0 && (t[n - 1] == '\n' || t[n - 1] == '\f'))
        t[--n] = 0;
    return t;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    struct buf b;
    buf_init(&b);
    char tmp[4096];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_add(&b, tmp, k);
    fclose(f);
    *len = b.len;
    return buf_take(&b);
}

static void test_line_roundtrip(void **state)
{
    (void)state;
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    int fi = fonts_load_file(&fs, SERIF, 0);
    assert_true(fi >= 0);
    struct item items[128];
    size_t n = shape(&fs, fi, LINE, items, 128);
    assert_true(n >= 30);

    char a[128], b[128];
    snprintf(a, sizeof a, "%s/a.pdf", tmpdir);
    snprintf(b, sizeof b, "%s/b.pdf", tmpdir);
    assert_true(write_pdf(SERIF, items, n, 1, a));
    assert_true(write_pdf(SERIF, items, n, 1, b));
    assert_int_equal(diag_count(DIAG_ERROR), 0);

    /* The text comes back exactly. */
    char *text = extract(a);
    assert_string_equal(text, LINE);
    free(text);

    /* Embedded, subset, with a ToUnicode map. */
    char *fonts = run("pdffonts '%s' 2>&1", a, NULL);
    if (!strstr(fonts, "+LiberationSerif ") || !strstr(fonts, "CID TrueType") ||
        !strstr(fonts, "Identity-H") || !strstr(fonts, "yes yes yes"))
        fail_msg("pdffonts: %s", fonts);
    free(fonts);

    /* Small: the whole font is ~400 KB. */
    struct stat st;
    assert_int_equal(stat(a, &st), 0);
    assert_true(st.st_size < 15000);

    /* Structure is sound. */
    int status;
    char *check = run("qpdf --check '%s' 2>&1", a, &status);
    assert_int_equal(status, 0);
    assert_non_null(strstr(check, "No syntax or stream encoding errors"));
    free(check);

    /* Identical bytes on rerun. */
    size_t la, lb;
    char *da = slurp(a, &la), *db = slurp(b, &lb);
    assert_int_equal(la, lb);
    assert_memory_equal(da, db, la);
    free(da);
    free(db);
    fonts_free(&fs);
}

/* The objects themselves: descriptor entries, CIDSet only for PDF/A-1, a
 * ToUnicode CMap with bfrange/bfchar. */
static void test_objects(void **state)
{
    (void)state;
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    int fi = fonts_load_file(&fs, SERIF, 0);
    struct item items[128];
    const char *abc = "abcdefgh 0123456789 fox";
    size_t n = shape(&fs, fi, abc, items, 128);
    fonts_free(&fs);

    char a[128], z[128];
    snprintf(a, sizeof a, "%s/a1.pdf", tmpdir);
    snprintf(z, sizeof z, "%s/a0.pdf", tmpdir);
    assert_true(write_pdf(SERIF, items, n, 1, a));
    assert_true(write_pdf(SERIF, items, n, 0, z));
    char *text = extract(a);
    assert_string_equal(text, abc);
    free(text);

    const char *dump = "qpdf --qdf --object-streams=disable '%s' - 2>/dev/null";
    char *qa = run(dump, a, NULL);
    char *qz = run(dump, z, NULL);
    assert_non_null(strstr(qa, "/CIDSet"));
    assert_null(strstr(qz, "/CIDSet"));
    const char *need[] = {"/FontFile2", "/Length1", "/CapHeight", "/StemV",
                          "/FontBBox", "/CIDToGIDMap /Identity", "/DW",
                          "/Registry (Adobe)", "/Ordering (Identity)",
                          "/Encoding /Identity-H", "/ToUnicode",
                          "begincodespacerange", "<0000> <FFFF>",
                          "beginbfrange", "beginbfchar"};
    for (size_t i = 0; i < sizeof need / sizeof *need; i++)
        if (!strstr(qa, need[i]))
            fail_msg("missing %s", need[i]);
    free(qa);
    free(qz);
}

/* A ligature glyph stands for two characters; a non-BMP character becomes a
 * surrogate pair in ToUnicode. */
static void test_ligature_and_astral(void **state)
{
    (void)state;
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    int fi = fonts_load_file(&fs, SERIF, 0);
    hb_font_t *hb = fs.fonts[fi].hb;
    hb_codepoint_t lig, n, e, space, x;
    assert_true(hb_font_get_nominal_glyph(hb, 0xFB01, &lig));
    assert_true(hb_font_get_nominal_glyph(hb, 'n', &n));
    assert_true(hb_font_get_nominal_glyph(hb, 'e', &e));
    assert_true(hb_font_get_nominal_glyph(hb, ' ', &space));
    assert_true(hb_font_get_nominal_glyph(hb, 'x', &x));
    fonts_free(&fs);
    /* "fine 𝐱": U+1D431 MATHEMATICAL BOLD SMALL X shown by glyph x. */
    struct item items[] = {
        {lig, "fi", 2, 0}, {n, "n", 1, 0}, {e, "e", 1, 0},
        {space, " ", 1, 0}, {x, "\xf0\x9d\x90\xb1", 4, 0},
    };

    char a[128];
    snprintf(a, sizeof a, "%s/lig.pdf", tmpdir);
    assert_true(write_pdf(SERIF, items, 5, 0, a));
    char *text = extract(a);
    assert_string_equal(text, "fine \xf0\x9d\x90\xb1");
    free(text);
}

/* 250 glyphs with unrelated texts: ToUnicode blocks hold at most 100
 * entries and every glyph's text comes back. */
static void test_many_glyphs(void **state)
{
    (void)state;
    enum { N = 250 };
    static struct item items[N];
    static char texts[N][4];
    struct buf want;
    buf_init(&want);
    for (unsigned i = 0; i < N; i++) {
        unsigned cp = 0x4E00 + 7 * i;   /* CJK ideographs, never consecutive */
        texts[i][0] = (char)(0xE0 | (cp >> 12));
        texts[i][1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        texts[i][2] = (char)(0x80 | (cp & 0x3F));
        items[i] = (struct item){3 + 2 * i, texts[i], 3, 0};
        buf_add(&want, texts[i], 3);
    }
    char a[128];
    snprintf(a, sizeof a, "%s/many.pdf", tmpdir);
    assert_true(write_pdf_size(SERIF, items, N, 1, 1.5, a));
    char *text = extract(a);
    assert_string_equal(text, want.s);
    free(text);
    buf_free(&want);

    char *q = run("qpdf --qdf --object-streams=disable '%s' - 2>/dev/null", a, NULL);
    int blocks = 0, entries = 0;
    for (const char *p = q; (p = strstr(p, " beginbfchar")) != NULL; p++) {
        const char *l = p;
        while (l > q && l[-1] != '\n')
            l--;
        int k = atoi(l);
        assert_true(k >= 1 && k <= 100);
        entries += k;
        blocks++;
    }
    assert_int_equal(blocks, 3);
    assert_int_equal(entries, N);
    free(q);
}

/* CIDs: distinct, non-zero for used glyphs, in the order of the original
 * ids; an unused glyph has CID 0. */
static void test_cids(void **state)
{
    (void)state;
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    int fi = fonts_load_file(&fs, SERIF, 0);
    struct fe_font *fe = fe_new(&fs.fonts[fi]);
    unsigned gids[] = {300, 40, 41, 200, 41};
    for (size_t i = 0; i < 5; i++)
        fe_use(fe, gids[i], "a", 1);
    HPDF_Doc doc = HPDF_New(error_handler, NULL);
    assert_non_null(fe_write(fe, doc, 2));
    assert_true(fe_cid(fe, 40) > 0);
    assert_true(fe_cid(fe, 40) < fe_cid(fe, 41));
    assert_true(fe_cid(fe, 41) < fe_cid(fe, 200));
    assert_true(fe_cid(fe, 200) < fe_cid(fe, 300));
    assert_int_equal(fe_cid(fe, 301), 0);
    assert_int_equal(fe_cid(fe, 1000000), 0);
    HPDF_Free(doc);
    fe_free(fe);
    fonts_free(&fs);
}

/* A font whose OS/2 fsType says "restricted licence" is refused with a
 * message, and fe_write returns NULL. */
static void test_restricted_font(void **state)
{
    (void)state;
    size_t len;
    char *data = slurp(SERIF, &len);
    /* Find the OS/2 table in the table directory and set fsType = 2. */
    unsigned ntables = ((unsigned char)data[4] << 8) | (unsigned char)data[5];
    int patched = 0;
    for (unsigned i = 0; i < ntables; i++) {
        const unsigned char *rec = (const unsigned char *)data + 12 + 16 * i;
        if (memcmp(rec, "OS/2", 4) == 0) {
            unsigned off = ((unsigned)rec[8] << 24) | ((unsigned)rec[9] << 16) |
                           ((unsigned)rec[10] << 8) | rec[11];
            data[off + 8] = 0;
            data[off + 9] = 2;
            patched = 1;
        }
    }
    assert_true(patched);
    char path[128];
    snprintf(path, sizeof path, "%s/restricted.ttf", tmpdir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
    free(data);

    struct item items[] = {{36, "A", 1, 0}};
    char out[128];
    snprintf(out, sizeof out, "%s/r.pdf", tmpdir);
    assert_false(write_pdf(path, items, 1, 1, out));
    fflush(msgf);
    assert_int_equal(diag_count(DIAG_ERROR), 1);
    assert_non_null(strstr(msgs, "[font-embedding-forbidden]"));
    assert_non_null(strstr(msgs, "LiberationSerif"));
}

/* libharu's allocator, failing once armed: fault injection for the
 * object-writing path. */
static int alloc_armed;
static void *failing_alloc(HPDF_UINT size)
{
    return alloc_armed ? NULL : malloc(size);
}
static void plain_free(void *p)
{
    free(p);
}

static void test_objects_fail(void **state)
{
    (void)state;
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    int fi = fonts_load_file(&fs, "fonts/LiberationSerif-Regular.ttf", 0);
    assert_true(fi >= 0);
    struct fe_font *fe = fe_new(&fs.fonts[fi]);
    struct shaped sh;
    shaped_init(&sh);
    fonts_shape(&fs, fi, "Hello", 5, &sh);
    for (size_t i = 0; i < sh.n; i++)
        fe_use(fe, sh.gid[i], "Hello" + sh.cluster[i], 1);
    shaped_free(&sh);
    /* A memory pool of 0 makes every object a fresh allocation. */
    HPDF_Doc doc = HPDF_NewEx(NULL, failing_alloc, plain_free, 0, NULL);
    assert_non_null(doc);
    alloc_armed = 1;
    assert_null(fe_write(fe, doc, 1));
    alloc_armed = 0;
    fflush(msgf);
    assert_non_null(strstr(msgs, "error: cannot write the font objects of LiberationSerif (libharu error 0x"));
    assert_non_null(strstr(msgs, "[font-objects]"));
    HPDF_Free(doc);
    fe_free(fe);
    fonts_free(&fs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_line_roundtrip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_objects, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ligature_and_astral, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_glyphs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cids, setup, teardown),
        cmocka_unit_test_setup_teardown(test_restricted_font, setup, teardown),
        cmocka_unit_test_setup_teardown(test_objects_fail, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
