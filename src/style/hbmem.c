/* hbmem.c -- HarfBuzz's empty objects read as memory failures (see hbmem.h). */
#include "style/hbmem.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"

/* 1 if path opens as a regular file: then a failed load is not the file's
 * fault. */
static int readable_file(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    int ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    close(fd);
    return ok;
}

hb_blob_t *hbmem_blob_from_file(const char *path)
{
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(path);
    if (!blob && readable_file(path))
        xalloc_failed("reading a font file");
    return blob;
}

hb_face_t *hbmem_face(hb_blob_t *blob, unsigned index)
{
    hb_face_t *face = hb_face_create(blob, index);
    if (face == hb_face_get_empty() && hb_blob_get_length(blob) > 0)
        xalloc_failed("a HarfBuzz face");
    return face;
}

/* Whether face's table directory lists tag. */
static int has_tag(hb_face_t *face, hb_tag_t tag)
{
    hb_tag_t tags[32];
    unsigned start = 0, count;
    do {
        count = 32;
        hb_face_get_table_tags(face, start, &count, tags);
        for (unsigned i = 0; i < count; i++)
            if (tags[i] == tag)
                return 1;
        start += count;
    } while (count == 32);
    return 0;
}

int hbmem_has_table(hb_face_t *face, hb_tag_t tag)
{
    return has_tag(face, tag);
}

hb_blob_t *hbmem_table(hb_face_t *face, hb_tag_t tag)
{
    hb_blob_t *b = hb_face_reference_table(face, tag);
    if (hb_blob_get_length(b) == 0 && has_tag(face, tag)) {
        /* listed but empty: a damaged directory entry, or no memory for
         * the table's blob; a small allocation tells which */
        void *probe = malloc(4096);
        if (!probe)
            xalloc_failed("a font table");
        free(probe);
    }
    return b;
}

unsigned hbmem_glyph_count(hb_face_t *face)
{
    unsigned n = hb_face_get_glyph_count(face);
    if (n > 0)
        return n;
    hb_blob_t *maxp = hbmem_table(face, HB_TAG('m', 'a', 'x', 'p'));
    unsigned len = 0;
    const unsigned char *p = (const unsigned char *)hb_blob_get_data(maxp, &len);
    unsigned stated = len >= 6 ? (unsigned)(p[4] << 8 | p[5]) : 0;
    hb_blob_destroy(maxp);
    if (stated > 0)
        xalloc_failed("a HarfBuzz face's tables");
    return 0;
}

hb_font_t *hbmem_font(hb_face_t *face)
{
    hb_font_t *font = hb_font_create(face);
    if (font == hb_font_get_empty())
        xalloc_failed("a HarfBuzz font");
    return font;
}

hb_buffer_t *hbmem_buffer(void)
{
    hb_buffer_t *buf = hb_buffer_create();
    if (!hb_buffer_allocation_successful(buf))
        xalloc_failed("a HarfBuzz buffer");
    return buf;
}

void hbmem_check_buffer(hb_buffer_t *buf)
{
    if (!hb_buffer_allocation_successful(buf))
        xalloc_failed("shaping text");
}
