/* pdfa.c -- the PDF/A objects libharu 2.3.0 cannot write correctly (see
 * LIBHARU.md), written with its object API: the XMP packet mirroring Info,
 * the sRGB output intent, the file identifier and the header version. */
#include "write/pdfa.h"

#include <stdio.h>
#include <string.h>

#include "base/util.h"

int pdfa_date(time_t when, int utc, struct pdfa_date *d)
{
    struct tm tm;
    long off = 0;
    memset(d, 0, sizeof *d);
    if (!(utc ? gmtime_r(&when, &tm) : localtime_r(&when, &tm)) ||
        tm.tm_year < -1900 || tm.tm_year > 9999 - 1900)
        return -1;
    if (!utc)
        off = tm.tm_gmtoff;
    char sign = off < 0 ? '-' : '+';
    long a = off < 0 ? -off : off;
    int oh = (int)(a / 3600), om = (int)(a % 3600 / 60);
    int y = tm.tm_year + 1900, mo = tm.tm_mon + 1;
    snprintf(d->info, sizeof d->info, "D:%04d%02d%02d%02d%02d%02d%c%02d'%02d'",
             y, mo, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, sign, oh, om);
    snprintf(d->xmp, sizeof d->xmp, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
             y, mo, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, sign, oh, om);
    return 0;
}

int pdfa_part(enum pdf_pdfa level)
{
    switch (level) {
    case PDFA_1B:
    case PDFA_1A: return 1;
    case PDFA_2A:
    case PDFA_2B:
    case PDFA_2U: return 2;
    default: return 0;
    }
}

char pdfa_conformance(enum pdf_pdfa level)
{
    return level == PDFA_2U ? 'U' : level == PDFA_1A || level == PDFA_2A ? 'A' : 'B';
}

/* Append s XML-escaped; control characters XML 1.0 cannot hold are
 * dropped (the read stage does not let them through anyway). */
static void xml_add(struct buf *b, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': buf_adds(b, "&amp;"); break;
        case '<': buf_adds(b, "&lt;"); break;
        case '>': buf_adds(b, "&gt;"); break;
        case '"': buf_adds(b, "&quot;"); break;
        case '\'': buf_adds(b, "&apos;"); break;
        default:
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                buf_addc(b, (char)c);
        }
    }
}

/* <name>value</name>, or nothing when value is NULL. */
static void xml_simple(struct buf *b, const char *name, const char *value)
{
    if (!value)
        return;
    buf_printf(b, "<%s>", name);
    xml_add(b, value);
    buf_printf(b, "</%s>\n", name);
}

/* <name><rdf:CONTAINER><rdf:li [x-default]>value</rdf:li>... */
static void xml_list(struct buf *b, const char *name, const char *container,
                     const char *value)
{
    if (!value)
        return;
    int alt = strcmp(container, "Alt") == 0;
    buf_printf(b, "<%s><rdf:%s><rdf:li%s>", name, container,
               alt ? " xml:lang=\"x-default\"" : "");
    xml_add(b, value);
    buf_printf(b, "</rdf:li></rdf:%s></%s>\n", container, name);
}

/* 1 if s is an XMP date of the form YYYY, YYYY-MM or YYYY-MM-DD. */
static int xmp_date_ok(const char *s)
{
    static const char pat[] = "dddd-dd-dd";
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (pat[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != pat[i])
            return 0;
    return 1;
}

/* The PDF/A extension schema that declares pdfuaid:part (PDF/A-1 6.7.8,
 * PDF/A-2 6.6.2.3: every property outside the predefined schemas). */
static void ua_extension(struct buf *b)
{
    buf_adds(b, "<rdf:Description rdf:about=\"\"\n"
                " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
                " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
                " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                "<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n"
                "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/"
                "</pdfaSchema:namespaceURI>\n"
                "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                "<pdfaProperty:name>part</pdfaProperty:name>\n"
                "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                "<pdfaProperty:description>ISO 14289 part</pdfaProperty:description>\n"
                "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                "</rdf:Description>\n");
}

char *pdfa_xmp(const struct pdf_meta *m, enum pdf_pdfa level,
               const struct pdfa_date *date, int ua)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "<?xpacket begin=\"\xEF\xBB\xBF\" "
                 "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                 "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                 "<rdf:RDF xmlns:rdf="
                 "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

    /* One description carries every schema: the packet cannot be
     * compressed in PDF/A-1, so every byte of it is in every file. */
    int part = pdfa_part(level);
    buf_adds(&b, "<rdf:Description rdf:about=\"\"\n"
                 " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                 " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                 " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
    if (part)
        buf_adds(&b, "\n xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
    if (ua)
        buf_adds(&b, "\n xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
    buf_adds(&b, ">\n<dc:format>application/pdf</dc:format>\n");
    xml_list(&b, "dc:title", "Alt", m->title);
    xml_list(&b, "dc:creator", "Seq", m->author);
    xml_list(&b, "dc:description", "Alt", m->subject);
    xml_list(&b, "dc:language", "Bag", m->language);
    if (m->date && xmp_date_ok(m->date))
        xml_list(&b, "dc:date", "Seq", m->date);
    xml_list(&b, "dc:type", "Bag", m->kind);
    xml_simple(&b, "pdf:Keywords", m->keywords);
    xml_simple(&b, "pdf:Producer", m->producer);
    xml_simple(&b, "xmp:CreatorTool", m->creator);
    xml_simple(&b, "xmp:CreateDate", date->xmp);
    xml_simple(&b, "xmp:ModifyDate", date->xmp);
    xml_simple(&b, "xmp:MetadataDate", date->xmp);
    if (part)
        buf_printf(&b, "<pdfaid:part>%d</pdfaid:part>\n"
                       "<pdfaid:conformance>%c</pdfaid:conformance>\n",
                   part, pdfa_conformance(level));
    if (ua)
        buf_adds(&b, "<pdfuaid:part>1</pdfuaid:part>\n");
    buf_adds(&b, "</rdf:Description>\n");
    if (ua && part)
        ua_extension(&b);
    buf_adds(&b, "</rdf:RDF>\n</x:xmpmeta>\n");
    /* A little padding lets an editor update the packet in place. */
    buf_printf(&b, "%99s\n", "");
    buf_adds(&b, "<?xpacket end=\"w\"?>");
    return buf_take(&b);
}

HPDF_STATUS pdfa_add_metadata(HPDF_Doc pdf, const char *xmp)
{
    HPDF_Dict md = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!md)
        return HPDF_GetError(pdf);
    md->filter = HPDF_STREAM_FILTER_NONE; /* PDF/A-1 forbids a filter */
    HPDF_STATUS rc = HPDF_Dict_AddName(md, "Type", "Metadata");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(md, "Subtype", "XML");
    if (rc == HPDF_OK)
        rc = HPDF_Stream_Write(md->stream, (const HPDF_BYTE *)xmp,
                               (HPDF_UINT)strlen(xmp));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(pdf->catalog, "Metadata", md);
    return rc;
}

HPDF_STATUS pdfa_add_output_intent(HPDF_Doc pdf, const char *icc_path)
{
    static const char cond[] = "sRGB IEC61966-2.1";
    HPDF_Dict icc = HPDF_LoadIccProfileFromFile(pdf, icc_path, 3);
    if (!icc)
        return HPDF_GetError(pdf) ? HPDF_GetError(pdf) : HPDF_INVALID_OBJECT;
    icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;

    HPDF_Dict oi = HPDF_Dict_New(pdf->mmgr);
    HPDF_Array arr = HPDF_Array_New(pdf->mmgr);
    if (!oi || !arr)
        return HPDF_GetError(pdf);
    HPDF_STATUS rc = HPDF_Dict_AddName(oi, "Type", "OutputIntent");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(oi, "S", "GTS_PDFA1");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(oi, "OutputConditionIdentifier",
                           HPDF_String_New(pdf->mmgr, cond, NULL));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(oi, "Info", HPDF_String_New(pdf->mmgr, cond, NULL));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(oi, "RegistryName",
                           HPDF_String_New(pdf->mmgr, "http://www.color.org",
                                           NULL));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(oi, "DestOutputProfile", icc);
    if (rc == HPDF_OK)
        rc = HPDF_Array_Add(arr, oi);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(pdf->catalog, "OutputIntents", arr);
    return rc;
}

HPDF_STATUS pdfa_set_id(HPDF_Doc pdf, const unsigned char id[16])
{
    HPDF_Array arr = HPDF_Array_New(pdf->mmgr);
    if (!arr)
        return HPDF_GetError(pdf);
    HPDF_STATUS rc = HPDF_Array_Add(
        arr, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)id, 16));
    if (rc == HPDF_OK)
        rc = HPDF_Array_Add(arr,
                            HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)id, 16));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(pdf->trailer, "ID", arr);
    return rc;
}

void pdfa_set_version(HPDF_Doc pdf, enum pdf_pdfa level)
{
    pdf->pdf_version = pdfa_part(level) == 2 ? HPDF_VER_17 : HPDF_VER_14;
}
