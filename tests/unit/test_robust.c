/* test_robust.c -- the in-memory entry points added for fuzzing and the
 * guards against hostile input: layout_load_bytes, pdf_write_mem (the same
 * bytes pdf_write puts in a file), pdf_text_cut, and fonts_load_file's
 * message for a font file that cannot be loaded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/diag.h"
#include "style/fonts.h"
#include "style/layout.h"
#include "model/pages.h"
#include "write/pdf.h"
#include "recognise/recognise.h"
#include "model/statement.h"
#include "read/text.h"
#include "typeset/typeset.h"
#include "base/util.h"

static char *msgs;
static size_t msgs_len;
static FILE *msgf;

/* Messages printed since the last call (static storage until the next). */
static const char *messages(void)
{
    fflush(msgf);
    return msgs;
}

static int setup(void **state)
{
    (void)state;
    msgf = open_memstream(&msgs, &msgs_len);
    diag_set_stream(msgf);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    diag_set_stream(stderr);
    fclose(msgf);
    free(msgs);
    return 0;
}

static void test_layout_bytes(void **state)
{
    (void)state;
    struct layout l;
    const char ok[] = "name: mem\nmargins:\n  top: 1in\n";
    assert_int_equal(layout_load_bytes("mem.yaml", ok, sizeof ok - 1, &l), 0);
    assert_string_equal(l.name, "mem");
    assert_true(l.margin_top > 71.9 && l.margin_top < 72.1);
    layout_free(&l);
    const char bad[] = "margins:\n  top: wide\n";
    assert_int_equal(layout_load_bytes("bad.yaml", bad, sizeof bad - 1, &l), 3);
    assert_non_null(strstr(messages(), "bad.yaml:2:8: error: 'margins.top': 'wide' is not a length"));
    assert_int_equal(layout_load_bytes("empty.yaml", "", 0, &l), 0);
    layout_free(&l);
}

static void test_text_cut(void **state)
{
    (void)state;
    assert_int_equal(pdf_text_cut("abc", 10), 3);
    assert_int_equal(pdf_text_cut("abcdef", 4), 4);
    /* "é" is two bytes: never cut inside it */
    assert_int_equal(pdf_text_cut("a\xC3\xA9z", 2), 1);
    assert_int_equal(pdf_text_cut("a\xC3\xA9z", 3), 3);
}

static void test_font_load(void **state)
{
    (void)state;
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    assert_int_equal(fonts_load_file(&fs, "tests/no-such-font.ttf", 0), -1);
    assert_non_null(strstr(messages(), "tests/no-such-font.ttf: error: cannot load this font file (not a readable TrueType or OpenType font) [font-load]"));
    fonts_free(&fs);
}

/* pdf_write_mem gives the bytes pdf_write writes. */
static void test_write_mem(void **state)
{
    (void)state;
    struct text t;
    assert_int_equal(text_read_file("examples/tillerson-kelly-mexico-2017-02-23.txt",
                                    TEXT_DEFAULT_MAX, &t), 0);
    struct statement s;
    assert_int_equal(rec_recognise(&t, &s), 0);
    struct layout lay;
    layout_default(&lay);
    struct fontset fs;
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    struct ts_options to = {t.name, NULL, 0, NULL, NULL, 0};
    struct doc d;
    assert_int_equal(ts_typeset(&s, &lay, &fs, &to, &d), 0);
    struct pdf_options po;
    memset(&po, 0, sizeof po);
    po.pdfa = PDFA_1B;
    po.when = 1487808000;
    po.utc = 1;
    po.icc_path = "fonts/sRGB.icc";
    struct pdf_meta meta;
    pdf_meta_build(&s, lay.agency, &meta);
    struct buf mem;
    buf_init(&mem);
    assert_int_equal(pdf_write_mem(&d, &meta, &fs, &po, &mem), 0);
    char path[] = "/tmp/test_robust-XXXXXX.pdf";
    int fd = mkstemps(path, 4);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(pdf_write(&d, &meta, &fs, &po, path), 0);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    struct buf file;
    buf_init(&file);
    char chunk[8192];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&file, chunk, got);
    fclose(f);
    unlink(path);
    assert_true(mem.len > 1000);
    assert_memory_equal(mem.s, "%PDF-1.", 7);
    assert_int_equal(mem.len, file.len);
    assert_memory_equal(mem.s, file.s, mem.len);
    buf_free(&mem);
    buf_free(&file);
    pdf_meta_free(&meta);
    doc_free(&d);
    fonts_free(&fs);
    layout_free(&lay);
    stmt_free(&s);
    text_free(&t);
}

/* What pdf_write_mem needs for a one-page document of w x h pt with the
 * title "T", no PDF/A; set up by write_fix_init, freed by write_fix_free. */
struct write_fix {
    struct fontset fs;
    struct doc d;
    struct statement s;
    struct pdf_meta meta;
    struct pdf_options po;
    struct buf mem;
};

static void write_fix_init(struct write_fix *f, double w, double h)
{
    assert_int_equal(fonts_init(&f->fs, "fonts"), 0);
    doc_init(&f->d);
    doc_add_page(&f->d, w, h);
    stmt_init(&f->s);
    f->s.title = xstrdup("T");
    pdf_meta_build(&f->s, "Agency", &f->meta);
    memset(&f->po, 0, sizeof f->po);
    f->po.pdfa = PDFA_NONE;
    buf_init(&f->mem);
}

static void write_fix_free(struct write_fix *f)
{
    buf_free(&f->mem);
    pdf_meta_free(&f->meta);
    stmt_free(&f->s);
    doc_free(&f->d);
    fonts_free(&f->fs);
}

/* A libharu failure is reported, not crashed on: a page larger than PDF
 * allows (14,400 pt). */
static void test_libharu_error(void **state)
{
    (void)state;
    struct write_fix f;
    write_fix_init(&f, 20000, 20000);
    assert_int_equal(pdf_write_mem(&f.d, &f.meta, &f.fs, &f.po, &f.mem), 3);
    assert_int_equal(f.mem.len, 0);
    assert_non_null(strstr(messages(), "error: libharu error 0x"));
    assert_non_null(strstr(messages(), "[pdf-library]"));
    write_fix_free(&f);
}

/* A date with no four-digit year is refused, never written (pdf-date). */
static void test_date_range(void **state)
{
    (void)state;
    struct write_fix f;
    write_fix_init(&f, 612, 792);
    f.po.when = (time_t)253402300800LL;  /* 10000-01-01T00:00:00Z */
    f.po.utc = 1;
    assert_int_equal(pdf_write_mem(&f.d, &f.meta, &f.fs, &f.po, &f.mem), 3);
    assert_int_equal(f.mem.len, 0);
    assert_non_null(strstr(messages(), "has no four-digit year, which PDF dates need [pdf-date]"));
    write_fix_free(&f);
}

/* Metadata strings: cut once, ellipsis included, to STMT_META_MAX;
 * control characters out; language tags by BCP 47 syntax. */
static void test_meta_text(void **state)
{
    (void)state;
    char *t = xmalloc(100001);
    memset(t, 'a', 100000);
    t[100000] = '\0';
    stmt_meta_text(&t, "the title");
    assert_int_equal(strlen(t), STMT_META_MAX);
    assert_string_equal(t + STMT_META_MAX - 3, "\xE2\x80\xA6");
    assert_int_equal(pdf_text_cut(t, PDF_TEXT_MAX), STMT_META_MAX);
    free(t);
    t = xstrdup("A\x01\tB\r\nC\xC2\x85" "D");
    stmt_meta_text(&t, "the kind");
    assert_string_equal(t, "A B  CD");
    free(t);
    assert_non_null(strstr(messages(), "the kind has control characters (5: tabs"));
    static const char *good[] = {"en", "en-US", "zh-Hant-TW", "de-CH-1996", "sr-Latn",
                                 "es-419", "x-whatever", "en-a-bbb-x-a-ccc",
                                 "i-klingon", "zh-yue-HK", "sl-rozaj-biske"};
    static const char *bad[] = {"", "en US", "<x>&", "en\tUS", "e", "en-", "-en",
                                "en--US", "toolonglanguage", "en-x", "en-a",
                                "en-US-a-b", "1en", "en_US"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_true(stmt_lang_ok(good[i]));
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (stmt_lang_ok(bad[i]))
            fail_msg("'%s' taken as a language tag", bad[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout_bytes),
        cmocka_unit_test(test_text_cut),
        cmocka_unit_test(test_font_load),
        cmocka_unit_test(test_write_mem),
        cmocka_unit_test(test_libharu_error),
        cmocka_unit_test(test_date_range),
        cmocka_unit_test(test_meta_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
