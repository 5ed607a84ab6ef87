/* fontquery.h -- every fontconfig call of the process: the configurations
 * (a fonts folder's own and the system's), matching a family and face, and
 * finding a font for a character.
 *
 * fontconfig does not survive running out of memory (it dereferences what
 * its own allocations returned), so it is asked as little as possible: the
 * configurations are made once per process and shared by every fontset and
 * thread, every call holds one lock, and each answer is remembered, so that
 * a batch asks each question once, and a caller can ask them all before its
 * workers start (fq_match with the faces a layout needs).
 *
 * Ownership: the configurations and the strings of an answer belong to this
 * module and stay valid until fq_shutdown, which the program calls once at
 * its end, after every fontset is freed.
 */
#ifndef IMPRINT_FONTQUERY_H
#define IMPRINT_FONTQUERY_H

/* A fontconfig configuration of this process. */
struct fq_conf;

/* What a configuration answers for a family and face. */
struct fq_answer {
    const char *file;     /* the font file, NULL when there is none */
    int index;            /* its face index in the file */
    const char *offered;  /* when file is NULL: what fontconfig offered
                           * instead ("its Bold face in FILE", a family's
                           * name, or "nothing") */
};

/* The configuration of the fonts.conf at conf (an absolute path), made on
 * first use; NULL when fontconfig cannot set it up (the caller reports). */
const struct fq_conf *fq_bundled(const char *conf);
/* The system's configuration, loaded on first use (parsing it costs more
 * than the rest of a run); NULL if it cannot be loaded. */
const struct fq_conf *fq_system(void);

/* The font of c for family and style ("Regular", "Bold", "Italic", "Bold
 * Italic"): only that family (in any of its names) and that face count;
 * anything else fontconfig substitutes is put in a->offered. */
void fq_match(const struct fq_conf *c, const char *family, const char *style,
              struct fq_answer *a);
/* A TrueType font of c that has code point cp, preferring a serif or sans
 * serif one in style as asked.  1 with a->file set, or 0. */
int fq_fallback(const struct fq_conf *c, int serif, const char *style,
                unsigned cp, struct fq_answer *a);

/* Free the configurations, the answers and the private cache folder. */
void fq_shutdown(void);

#endif
