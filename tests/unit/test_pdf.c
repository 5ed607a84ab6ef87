/* test_pdf.c -- the write stage end to end: a small hand-made display list
 * (shaped runs, a rule, a link, two bookmarks over two pages) written as
 * PDF/A-1b passes PDFBox Preflight and qpdf, shows its metadata in pdfinfo
 * and its text in pdftotext, is byte-identical on rerun; metadata with XML
 * special characters and curly quotes stays valid; --pdfa none and 2b/2u
 * give the right objects; failing writes leave existing files alone and no
 * temporary files behind. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "capture.h"
#include "base/diag.h"
#include "style/fonts.h"
#include "model/pages.h"
#include "write/pdf.h"
#include "model/statement.h"
#include "base/util.h"

static char tmpdir[64];
static struct fontset fs;
static int serif, bold;

static const char TITLE[] = "Joint Statement on \xe2\x80\x9cMexico\xe2\x80\x9d";
static const char BODY1[] = "Secretary Tillerson and Secretary Kelly met "
                            "Foreign Secretary Videgaray.";
static const char BODY2[] = "WAVE AVAILABLE \xe2\x80\x94 caf\xc3\xa9 & more";

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_pdf.XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    capture_start();
    assert_int_equal(fonts_init(&fs, "fonts"), 0);
    serif = fonts_load(&fs, "Liberation Serif", "Regular");
    bold = fonts_load(&fs, "Liberation Serif", "Bold");
    assert_true(serif >= 0 && bold >= 0);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fonts_free(&fs);
    capture_stop();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    assert_int_equal(system(cmd), 0);
    return 0;
}

/* Messages printed so far (NUL-terminated). */
static const char *messages(void)
{
    fflush(msgf);
    return msgs ? msgs : "";
}

/* Output of a shell command; caller frees. */
static char *run(const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    struct buf b;
    buf_init(&b);
    char tmp[4096];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, p)) > 0)
        buf_add(&b, tmp, n);
    pclose(p);
    if (!b.s)
        buf_adds(&b, "");
    return buf_take(&b);
}

/* Shape text and add it as a run; kerning becomes TJ adjustments, and
 * extra (word space) thousandths go before each glyph after a space. */
static void add_run(struct page *p, int font, double size, double x, double y,
                    uint32_t color, const char *text, int space_adjust)
{
    struct shaped sh;
    shaped_init(&sh);
    fonts_shape(&fs, font, text, strlen(text), &sh);
    const struct font *f = &fs.fonts[font];
    struct pg_glyph *g = xcalloc(sh.n ? sh.n : 1, sizeof *g);
    int carry = 0;
    for (size_t i = 0; i < sh.n; i++) {
        g[i].gid = sh.gid[i];
        g[i].cluster = sh.cluster[i];
        g[i].adjust = carry;
        int nominal = (int)hb_font_get_glyph_h_advance(f->hb, sh.gid[i]);
        carry = -(int)((sh.x_advance[i] - nominal) * 1000L / (long)f->upem);
        if (text[sh.cluster[i]] == ' ')
            carry -= space_adjust;
    }
    page_add_run(p, font, size, x, y, color, text, strlen(text), g, sh.n);
    free(g);
    shaped_free(&sh);
}

/* The test document: two pages, runs in two fonts, a rule, a link,
 * a bookmark and a child bookmark. */
static void make_doc(struct doc *d)
{
    doc_init(d);
    struct page *p = doc_add_page(d, 612, 792);
    add_run(p, bold, 16, 72, 700.125, 0x1F3864, TITLE, 0);
    add_run(p, serif, 12, 72, 670, 0x000000, BODY1, 0);
    add_run(p, serif, 12, 72.5, 655, 0x000000, BODY2, 250);
    page_add_rule(p, 72, 690, 540, 690, 0.75, 0x1F3864);
    page_add_link(p, 72, 650, 300, 665, "https://www.state.gov/?a=1&b=2");
    p = doc_add_page(d, 612, 792);
    add_run(p, serif, 12, 72, 720, 0x000000, "Page two.", 0);
    doc_add_anchor(d, TITLE, 0, 0, 720);
    doc_add_anchor(d, "Page two \xe2\x80\x93 end", 1, 1, 730);
}

/* Metadata as pdf_meta_build would make it for the test statement. */
static void make_meta(struct pdf_meta *m, const char *title)
{
    struct statement s;
    stmt_init(&s);
    s.title = xstrdup(title);
    s.kind = xstrdup("Media Note");
    s.office = xstrdup("Office of the Spokesperson");
    s.place = xstrdup("Washington, DC");
    s.date = xstrdup("2017-02-23");
    stmt_add_participant(&s, "United States", "Secretary of State",
                         "Rex Tillerson");
    pdf_meta_build(&s, "U.S. Department of State", m);
    stmt_free(&s);
}

static void make_options(struct pdf_options *o, enum pdf_pdfa level)
{
    memset(o, 0, sizeof *o);
    o->pdfa = level;
    o->when = 1487808000; /* 2017-02-23T00:00:00Z */
    o->utc = 1;
    for (int i = 0; i < 16; i++)
        o->id[i] = (unsigned char)(0xA0 + i);
    o->icc_path = "fonts/sRGB.icc";
}

/* Write the test document at level to name in tmpdir; returns the status
 * and the path in path. */
static int write_doc(enum pdf_pdfa level, const char *title, const char *name,
                     char *path, size_t size)
{
    struct doc d;
    struct pdf_meta m;
    struct pdf_options o;
    make_doc(&d);
    make_meta(&m, title);
    make_options(&o, level);
    snprintf(path, size, "%s/%s", tmpdir, name);
    int rc = pdf_write(&d, &m, &fs, &o, path);
    pdf_meta_free(&m);
    doc_free(&d);
    return rc;
}

/* 1 if pdfinfo output out has field name with exactly value. */
static int field(const char *out, const char *name, const char *value)
{
    size_t n = strlen(name), v = strlen(value);
    for (const char *l = out; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        if (strncmp(l, name, n) != 0 || l[n] != ':')
            continue;
        const char *s = l + n + 1;
        while (*s == ' ')
            s++;
        return strncmp(s, value, v) == 0 && (s[v] == '\n' || s[v] == '\0');
    }
    return 0;
}

/* A python3 + pikepdf one-off over file; caller frees the output. */
static char *py(const char *file, const char *code)
{
    return run("/usr/bin/python3 -c \"import pikepdf,sys\n"
               "p=pikepdf.open(sys.argv[1])\n%s\" '%s' 2>&1",
               code, file);
}

static void test_parse(void **state)
{
    (void)state;
    assert_int_equal(pdf_pdfa_parse("1b"), PDFA_1B);
    assert_int_equal(pdf_pdfa_parse("2b"), PDFA_2B);
    assert_int_equal(pdf_pdfa_parse("1a"), PDFA_1A);
    assert_int_equal(pdf_pdfa_parse("2a"), PDFA_2A);
    assert_int_equal(pdf_pdfa_parse("2u"), PDFA_2U);
    assert_int_equal(pdf_pdfa_parse("none"), PDFA_NONE);
    assert_int_equal(pdf_pdfa_parse("3a"), -1);
    assert_int_equal(pdf_pdfa_parse(""), -1);
    assert_int_equal(pdf_pdfa_parse(NULL), -1);
}

/* The main case: valid PDF/A-1b with everything in it. */
static void test_pdfa1b(void **state)
{
    (void)state;
    char a[256], b[256];
    assert_int_equal(write_doc(PDFA_1B, TITLE, "a.pdf", a, sizeof a), 0);
    assert_int_equal(write_doc(PDFA_1B, TITLE, "b.pdf", b, sizeof b), 0);
    assert_string_equal(messages(), "");

    char *out = run("sh tests/validate.sh '%s' 2>&1", a);
    if (strncmp(out, "VALID", 5) != 0)
        fail_msg("preflight: %s", out);
    free(out);

    out = run("qpdf --check '%s' 2>&1; echo rc=$?", a);
    assert_non_null(strstr(out, "No syntax or stream encoding errors"));
    assert_non_null(strstr(out, "rc=0"));
    free(out);

    out = run("cmp '%s' '%s' && echo same", a, b);
    assert_string_equal(out, "same\n");
    free(out);

    out = run("pdfinfo '%s'", a);
    assert_true(field(out, "Title", TITLE));
    assert_true(field(out, "Author", "Office of the Spokesperson, "
                                     "U.S. Department of State"));
    assert_true(field(out, "Subject", "Media Note, Washington, DC, "
                                      "February 23, 2017"));
    assert_true(field(out, "Keywords", "Rex Tillerson, Washington, DC"));
    assert_true(field(out, "Creator", "imprint 0.1.0"));
    assert_non_null(strstr(out, "imprint 0.1.0 (libharu 2.3.0, HarfBuzz "));
    assert_true(field(out, "Pages", "2"));
    assert_true(field(out, "PDF version", "1.4"));
    assert_true(field(out, "Page size", "612 x 792 pts (letter)"));
    assert_true(field(out, "Metadata Stream", "yes"));
    assert_false(field(out, "Title", "Joint"));
    free(out);

    out = run("pdftotext -layout '%s' -", a);
    assert_non_null(strstr(out, TITLE));
    assert_non_null(strstr(out, BODY1));
    assert_non_null(strstr(out, BODY2));
    assert_non_null(strstr(out, "Page two."));
    free(out);

    out = run("pdffonts '%s'", a);
    assert_non_null(strstr(out, "LiberationSerif-Bold"));
    assert_null(strstr(out, " no  ")); /* every font embedded */
    free(out);

    /* Objects: outline with direct destinations, catalog, dates, ID,
     * link flags, XMP mirroring Info, content stream operators. */
    out = py(a,
             "r=p.Root\n"
             "print('mode', r.PageMode)\n"
             "o=r.Outlines.First\n"
             "print('t0', str(o.Title), o.Count, o.Dest.is_indirect, o.Dest[1], float(o.Dest[3]))\n"
             "c=o.First\n"
             "print('t1', str(c.Title), c.Dest[0].objgen==p.pages[1].objgen)\n"
             "print('labels', r.PageLabels.Nums[1].S)\n"
             "print('lang', str(r.Lang))\n"
             "print('cd', str(p.docinfo.CreationDate), str(p.docinfo.ModDate))\n"
             "print('id', bytes(p.trailer.ID[0]).hex(), p.trailer.ID[0]==p.trailer.ID[1])\n"
             "an=p.pages[0].Annots[0]\n"
             "print('annot', an.Subtype, an.F, str(an.A.URI))\n"
             "md=r.Metadata\n"
             "print('mdfilter', '/Filter' in md, md.Subtype)\n"
             "x=md.read_bytes().decode()\n"
             "for k in ['pdfaid:part>1<','pdfaid:conformance>B<','xmp:CreateDate>2017-02-23T00:00:00+00:00<','dc:date><rdf:Seq><rdf:li>2017-02-23<','dc:type><rdf:Bag><rdf:li>Media Note<','dc:language><rdf:Bag><rdf:li>en-US<']: print('xmp', k in x)\n"
             "oi=r.OutputIntents[0]\n"
             "print('oi', oi.S, str(oi.OutputConditionIdentifier), oi.DestOutputProfile.Filter[0], oi.DestOutputProfile.N)\n"
             "cs=p.pages[0].Contents.read_bytes().decode('latin-1')\n"
             "print('cs0', [l for l in cs.splitlines() if l.startswith('BT')][0][:40])\n"
             "print('mc0', cs.splitlines()[0])\n"
             "print('hasadj', '-250(' in cs, '72.5 655 Td' in cs, '72 700.125 Td' in cs, '0.75 w' in cs, '72 690 m 540 690 l S' in cs)\n"
             "print('fonts', sorted(p.pages[0].Resources.Font.keys()), sorted(p.pages[1].Resources.Font.keys()))\n");
    const char *want[] = {
        "mode /UseOutlines\n",
        "t0 Joint Statement on \xe2\x80\x9cMexico\xe2\x80\x9d 1 False /XYZ 720.0\n",
        "t1 Page two \xe2\x80\x93 end True\n",
        "labels /D\n",
        "lang en-US\n",
        "cd D:20170223000000+00'00' D:20170223000000+00'00'\n",
        "id a0a1a2a3a4a5a6a7a8a9aaabacadaeaf True\n",
        "annot /Link 4 https://www.state.gov/?a=1&b=2\n",
        "mdfilter False /XML\n",
        "oi /GTS_PDFA1 sRGB IEC61966-2.1 /FlateDecode 3\n",
        "cs0 BT /F1 16 Tf 0.122 0.22 0.392 rg 72 700.\n",
        /* the runs of a document with no elements are the root's */
        "mc0 /Document <</MCID 0>> BDC\n",
        "hasadj True True True True True\n",
        "fonts ['/F0', '/F1'] ['/F0']\n",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (!strstr(out, want[i]))
            fail_msg("missing '%s' in:\n%s", want[i], out);
    assert_null(strstr(out, "xmp False"));
    free(out);

    out = run("ls -A '%s'", tmpdir);
    assert_string_equal(out, "a.pdf\nb.pdf\n");
    free(out);
}

/* XML and PDF special characters in metadata stay valid and exact. */
static void test_special_metadata(void **state)
{
    (void)state;
    static const char title[] = "Tom & Jerry <say> \"hi\" it's "
                                "\xe2\x80\x9c" "caf\xc3\xa9" "\xe2\x80\x9d (1) \\ end";
    char a[256];
    assert_int_equal(write_doc(PDFA_1B, title, "s.pdf", a, sizeof a), 0);
    char *out = run("sh tests/validate.sh '%s' 2>&1", a);
    if (strncmp(out, "VALID", 5) != 0)
        fail_msg("preflight: %s", out);
    free(out);
    out = run("pdfinfo '%s'", a);
    assert_true(field(out, "Title", title));
    free(out);
    out = py(a, "import xml.dom.minidom as m\n"
                "x=m.parseString(p.Root.Metadata.read_bytes())\n"
                "t=x.getElementsByTagName('dc:title')[0]"
                ".getElementsByTagName('rdf:li')[0].firstChild.data\n"
                "print(t==str(p.docinfo.Title))\n");
    assert_string_equal(out, "True\n");
    free(out);
}

/* --pdfa none: no XMP or output intent, but /ID and dates. */
static void test_pdfa_none(void **state)
{
    (void)state;
    char a[256];
    assert_int_equal(write_doc(PDFA_NONE, TITLE, "n.pdf", a, sizeof a), 0);
    char *out = py(a, "print('/Metadata' in p.Root, '/OutputIntents' in p.Root,"
                      " len(p.trailer.ID), str(p.docinfo.ModDate), p.pdf_version)\n");
    assert_string_equal(out, "False False 2 D:20170223000000+00'00' 1.4\n");
    free(out);
}

/* PDF/A-2b and 2u: version 1.7 and pdfaid part 2 with the right letter. */
static void test_pdfa2(void **state)
{
    (void)state;
    const char *names[] = {"2b.pdf", "2u.pdf"};
    enum pdf_pdfa levels[] = {PDFA_2B, PDFA_2U};
    const char *want[] = {"1.7 True True\n", "1.7 True True\n"};
    const char *letter[] = {"B", "U"};
    for (int i = 0; i < 2; i++) {
        char a[256], code[512];
        assert_int_equal(write_doc(levels[i], TITLE, names[i], a, sizeof a), 0);
        snprintf(code, sizeof code,
                 "x=p.Root.Metadata.read_bytes().decode()\n"
                 "print(p.pdf_version, 'pdfaid:part>2<' in x, "
                 "'pdfaid:conformance>%s<' in x)\n",
                 letter[i]);
        char *out = py(a, code);
        assert_string_equal(out, want[i]);
        free(out);
        out = run("pdftotext '%s' -", a);
        assert_non_null(strstr(out, BODY2));
        free(out);
    }
}

/* Failures: missing folder, target that cannot be replaced, missing ICC
 * profile.  Existing files stay, no temporary files remain. */
static void test_failures(void **state)
{
    (void)state;
    char a[256];
    assert_int_equal(write_doc(PDFA_1B, TITLE, "nodir/x.pdf", a, sizeof a), 3);
    assert_non_null(strstr(messages(), "x.pdf: error: cannot write the PDF: "
                                       "No such file or directory [pdf-save]"));
    assert_int_equal(diag_count(DIAG_ERROR), 1);

    /* The target is a non-empty folder: rename must fail. */
    char sub[128], cmd[700];
    snprintf(sub, sizeof sub, "%s/dir", tmpdir);
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/t.pdf' && echo old > '%s/t.pdf/keep'"
             " && echo old > '%s/old.pdf'", sub, sub, sub);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(write_doc(PDFA_1B, TITLE, "dir/t.pdf", a, sizeof a), 3);
    assert_non_null(strstr(messages(), "t.pdf: error: cannot write the PDF: "));
    char *out = run("cd '%s' && ls -A && cat t.pdf/keep", sub);
    assert_string_equal(out, "old.pdf\nt.pdf\nold\n");
    free(out);

    /* Missing ICC profile: the existing file is left as it was. */
    struct doc d;
    struct pdf_meta m;
    struct pdf_options o;
    make_doc(&d);
    make_meta(&m, TITLE);
    make_options(&o, PDFA_1B);
    o.icc_path = "fonts/no-such.icc";
    snprintf(a, sizeof a, "%s/old.pdf", sub);
    assert_int_equal(pdf_write(&d, &m, &fs, &o, a), 3);
    assert_non_null(strstr(messages(), "[icc-profile]"));
    pdf_meta_free(&m);
    doc_free(&d);
    out = run("cd '%s' && ls -A && cat old.pdf", sub);
    assert_string_equal(out, "old.pdf\nt.pdf\nold\n");
    free(out);

    /* An empty document is refused. */
    doc_init(&d);
    make_meta(&m, TITLE);
    assert_int_equal(pdf_write(&d, &m, &fs, &o, a), 3);
    assert_non_null(strstr(messages(), "[pdf-no-pages]"));
    pdf_meta_free(&m);
}

/* An existing file is replaced; leftovers of killed runs are removed, the
 * temporary file of a running process is kept. */
static void test_replace_and_stale(void **state)
{
    (void)state;
    char cmd[600], a[256];
    snprintf(cmd, sizeof cmd,
             "cd '%s' && echo old > r.pdf && touch .r.pdf.imprint-tmp-Ab12Cd "
             ".r.pdf.imprint-tmp-999999999 .r.pdf.imprint-tmp-1 "
             ".other.pdf.imprint-tmp-Ab12Cd",
             tmpdir);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(write_doc(PDFA_1B, TITLE, "r.pdf", a, sizeof a), 0);
    char *out = run("cd '%s' && ls -A | sort && head -c 8 r.pdf && stat -c %%a r.pdf",
                    tmpdir);
    /* pid 1 is alive: its file may be a write in progress and stays. */
    assert_string_equal(out, ".other.pdf.imprint-tmp-Ab12Cd\n"
                             ".r.pdf.imprint-tmp-1\nr.pdf\n%PDF-1.4644\n");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test_setup_teardown(test_pdfa1b, setup, teardown),
        cmocka_unit_test_setup_teardown(test_special_metadata, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pdfa_none, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pdfa2, setup, teardown),
        cmocka_unit_test_setup_teardown(test_failures, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replace_and_stale, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
