/* test_pdfa.c -- the PDF/A pieces on their own: the date in its Info and
 * XMP forms (UTC and an explicit local offset), the PDF/A part and
 * conformance, and the XMP packet (well-formed XML with escaped special
 * characters, every Info entry mirrored, pdfaid only for PDF/A). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "write/pdfa.h"
#include "base/util.h"

static void test_date(void **state)
{
    (void)state;
    struct pdfa_date d;
    pdfa_date(1487808000, 1, &d); /* 2017-02-23T00:00:00Z */
    assert_string_equal(d.info, "D:20170223000000+00'00'");
    assert_string_equal(d.xmp, "2017-02-23T00:00:00+00:00");

    /* Local time keeps its explicit offset, west and east of UTC. */
    setenv("TZ", "EST5", 1);
    tzset();
    pdfa_date(1487808000, 0, &d);
    assert_string_equal(d.info, "D:20170222190000-05'00'");
    assert_string_equal(d.xmp, "2017-02-22T19:00:00-05:00");
    setenv("TZ", "IST-5:30", 1);
    tzset();
    pdfa_date(1487808000, 0, &d);
    assert_string_equal(d.info, "D:20170223053000+05'30'");
    assert_string_equal(d.xmp, "2017-02-23T05:30:00+05:30");
    /* utc ignores the local zone. */
    pdfa_date(1487808061, 1, &d);
    assert_string_equal(d.info, "D:20170223000101+00'00'");
    unsetenv("TZ");
    tzset();
}

static void test_part(void **state)
{
    (void)state;
    assert_int_equal(pdfa_part(PDFA_NONE), 0);
    assert_int_equal(pdfa_part(PDFA_1B), 1);
    assert_int_equal(pdfa_part(PDFA_2B), 2);
    assert_int_equal(pdfa_part(PDFA_2U), 2);
    assert_int_equal(pdfa_conformance(PDFA_1B), 'B');
    assert_int_equal(pdfa_conformance(PDFA_2B), 'B');
    assert_int_equal(pdfa_conformance(PDFA_2U), 'U');
    assert_int_equal(pdfa_part(PDFA_1A), 1);
    assert_int_equal(pdfa_part(PDFA_2A), 2);
    assert_int_equal(pdfa_conformance(PDFA_1A), 'A');
    assert_int_equal(pdfa_conformance(PDFA_2A), 'A');
}

/* Parse xmp with python's XML parser and print what a check needs. */
static char *parse(const char *xmp)
{
    char path[] = "/tmp/test_pdfa.XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, xmp, strlen(xmp)), (ssize_t)strlen(xmp));
    close(fd);
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "/usr/bin/python3 -c \"import sys,xml.dom.minidom as m\n"
             "d=m.parse(sys.argv[1])\n"
             "for t in ['dc:title','dc:creator','dc:description','dc:language',"
             "'dc:date','dc:type','pdf:Keywords','pdf:Producer','xmp:CreatorTool',"
             "'xmp:CreateDate','xmp:ModifyDate','xmp:MetadataDate','pdfaid:part',"
             "'pdfaid:conformance']:\n"
             "  for e in d.getElementsByTagName(t):\n"
             "    li=e.getElementsByTagName('rdf:li')\n"
             "    n=li[0] if li else e\n"
             "    print(t, n.parentNode.tagName if li else '', n.firstChild.data)\n"
             "\" %s 2>&1",
             path);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    struct buf b;
    buf_init(&b);
    char tmp[1024];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, p)) > 0)
        buf_add(&b, tmp, n);
    pclose(p);
    unlink(path);
    if (!b.s)
        buf_adds(&b, "");
    return buf_take(&b);
}

static void test_xmp(void **state)
{
    (void)state;
    struct pdf_meta m = {
        .title = "Tom & Jerry <say> \"hi\" it's \xe2\x80\x9c" "caf\xc3\xa9\xe2\x80\x9d",
        .author = "Office of the Spokesperson, U.S. Department of State",
        .subject = "Media Note, Washington, DC, February 23, 2017",
        .keywords = "Rex Tillerson, Washington, DC",
        .creator = "imprint 0.1.0",
        .producer = "imprint 0.1.0 (libharu 2.3.0, HarfBuzz 6.0.0)",
        .language = "en-US",
        .date = "2017-02-23",
        .kind = "Media Note",
    };
    struct pdfa_date d;
    pdfa_date(1487808000, 1, &d);
    char *x = pdfa_xmp(&m, PDFA_1B, &d, 0);
    assert_true(strncmp(x, "<?xpacket begin=\"\xEF\xBB\xBF\" "
                           "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>", 53) == 0);
    assert_non_null(strstr(x, "<?xpacket end=\"w\"?>"));
    assert_non_null(strstr(x, "Tom &amp; Jerry &lt;say&gt; &quot;hi&quot; "
                              "it&apos;s \xe2\x80\x9c"));
    char *out = parse(x);
    assert_string_equal(
        out,
        "dc:title rdf:Alt Tom & Jerry <say> \"hi\" it's \xe2\x80\x9c"
        "caf\xc3\xa9\xe2\x80\x9d\n"
        "dc:creator rdf:Seq Office of the Spokesperson, U.S. Department of State\n"
        "dc:description rdf:Alt Media Note, Washington, DC, February 23, 2017\n"
        "dc:language rdf:Bag en-US\n"
        "dc:date rdf:Seq 2017-02-23\n"
        "dc:type rdf:Bag Media Note\n"
        "pdf:Keywords  Rex Tillerson, Washington, DC\n"
        "pdf:Producer  imprint 0.1.0 (libharu 2.3.0, HarfBuzz 6.0.0)\n"
        "xmp:CreatorTool  imprint 0.1.0\n"
        "xmp:CreateDate  2017-02-23T00:00:00+00:00\n"
        "xmp:ModifyDate  2017-02-23T00:00:00+00:00\n"
        "xmp:MetadataDate  2017-02-23T00:00:00+00:00\n"
        "pdfaid:part  1\n"
        "pdfaid:conformance  B\n");
    free(out);
    free(x);

    /* 2u; missing fields and a malformed date are left out. */
    struct pdf_meta m2 = {.title = "T", .creator = "imprint 0.1.0",
                          .language = "en-US", .date = "Feb 23"};
    x = pdfa_xmp(&m2, PDFA_2U, &d, 0);
    out = parse(x);
    assert_string_equal(out, "dc:title rdf:Alt T\n"
                             "dc:language rdf:Bag en-US\n"
                             "xmp:CreatorTool  imprint 0.1.0\n"
                             "xmp:CreateDate  2017-02-23T00:00:00+00:00\n"
                             "xmp:ModifyDate  2017-02-23T00:00:00+00:00\n"
                             "xmp:MetadataDate  2017-02-23T00:00:00+00:00\n"
                             "pdfaid:part  2\n"
                             "pdfaid:conformance  U\n");
    free(out);
    free(x);

    /* No PDF/A: no pdfaid. */
    x = pdfa_xmp(&m2, PDFA_NONE, &d, 0);
    assert_null(strstr(x, "pdfaid"));
    free(x);

    /* PDF/UA-1: pdfuaid:part 1, declared by an extension schema under
     * PDF/A; the packet still parses. */
    x = pdfa_xmp(&m2, PDFA_1A, &d, 1);
    out = parse(x);
    assert_non_null(strstr(out, "pdfaid:conformance  A\n"));
    free(out);
    assert_non_null(strstr(x, "<pdfuaid:part>1</pdfuaid:part>"));
    assert_non_null(strstr(x, "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"));
    assert_non_null(strstr(x, "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/<"));
    assert_non_null(strstr(x, "<pdfaProperty:name>part</pdfaProperty:name>"));
    free(x);
    x = pdfa_xmp(&m2, PDFA_NONE, &d, 1);
    assert_non_null(strstr(x, "<pdfuaid:part>1</pdfuaid:part>"));
    assert_null(strstr(x, "pdfaExtension"));
    free(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date),
        cmocka_unit_test(test_part),
        cmocka_unit_test(test_xmp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
