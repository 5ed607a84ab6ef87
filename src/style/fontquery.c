/* fontquery.c -- the process's fontconfig: shared configurations, one lock,
 * remembered answers (see fontquery.h). */
#include "style/fontquery.h"

#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>

#include "base/hash.h"
#include "base/util.h"
#include "style/hbmem.h"

struct fq_conf {
    FcConfig *fc;
    char *conf;             /* its fonts.conf; NULL for the system's */
    struct fq_conf *next;
};

/* One remembered answer. */
struct memo {
    const struct fq_conf *c;
    char *key;
    struct fq_answer a;
    char *file, *offered;   /* a's strings */
    struct memo *next;
};

#define MEMO_BUCKETS 256

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct fq_conf *confs;       /* the bundled ones */
static struct fq_conf *sys_conf;
static int sys_tried;
static char *tmpcache;              /* private cache folder, when made */
static struct memo *memos[MEMO_BUCKETS];

/* 1 if fontconfig can write its cache into the user's cache folder
 * (created when missing, as fontconfig would). */
static int user_cache_writable(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    struct buf d;
    buf_init(&d);
    if (xdg && xdg[0] == '/')
        buf_adds(&d, xdg);
    else if (home && home[0] == '/')
        buf_printf(&d, "%s/.cache", home);
    else
        return 0;
    mkdir(d.s, 0700);
    buf_adds(&d, "/fontconfig");
    mkdir(d.s, 0700);
    int ok = access(d.s, W_OK | X_OK) == 0;
    buf_free(&d);
    return ok;
}

/* Give fc a cache folder it can write: a private one under $TMPDIR (or
 * /tmp), made on first need, when the user's folder cannot be written, so
 * that fontconfig never prints its own message for want of a cache.
 * Silent; a failure only means fontconfig scans the fonts again. */
static void add_cache_dir(FcConfig *fc)
{
    if (!tmpcache) {
        if (user_cache_writable())
            return;
        const char *tmp = getenv("TMPDIR");
        if (!tmp || tmp[0] != '/' || strpbrk(tmp, "<>&\"'"))
            tmp = "/tmp";
        struct buf d;
        buf_init(&d);
        buf_printf(&d, "%s/imprint-fontconfig-XXXXXX", tmp);
        if (!mkdtemp(d.s)) {
            buf_free(&d);
            return;
        }
        tmpcache = buf_take(&d);
    }
    struct buf x;
    buf_init(&x);
    buf_printf(&x, "<fontconfig><cachedir>%s</cachedir></fontconfig>", tmpcache);
    FcConfigParseAndLoadFromMemory(fc, (const FcChar8 *)x.s, FcFalse);
    buf_free(&x);
}

/* Remove the private cache folder and the cache files in it. */
static void remove_tmpcache(void)
{
    DIR *dh = tmpcache ? opendir(tmpcache) : NULL;
    if (dh) {
        struct dirent *e;
        struct buf f;
        buf_init(&f);
        while ((e = readdir(dh))) {
            if (e->d_name[0] == '.' && (!e->d_name[1] || !strcmp(e->d_name, "..")))
                continue;
            buf_clear(&f);
            buf_printf(&f, "%s/%s", tmpcache, e->d_name);
            unlink(f.s);
        }
        buf_free(&f);
        closedir(dh);
        rmdir(tmpcache);
    }
    free(tmpcache);
    tmpcache = NULL;
}

const struct fq_conf *fq_bundled(const char *conf)
{
    pthread_mutex_lock(&lock);
    struct fq_conf *c = confs;
    while (c && strcmp(c->conf, conf) != 0)
        c = c->next;
    if (!c) {
        FcConfig *fc = FcConfigCreate();
        int parsed = fc && FcConfigParseAndLoad(fc, (const FcChar8 *)conf, FcTrue);
        if (parsed)
            add_cache_dir(fc);
        if (parsed && FcConfigBuildFonts(fc)) {
            c = xcalloc(1, sizeof *c);
            c->fc = fc;
            c->conf = xstrdup(conf);
            c->next = confs;
            confs = c;
        } else if (fc) {
            FcConfigDestroy(fc);
        }
    }
    pthread_mutex_unlock(&lock);
    return c;
}

const struct fq_conf *fq_system(void)
{
    pthread_mutex_lock(&lock);
    if (!sys_tried) {
        sys_tried = 1;
        FcConfig *fc = FcInitLoadConfig();
        if (fc) {
            add_cache_dir(fc);
            if (FcConfigBuildFonts(fc)) {
                sys_conf = xcalloc(1, sizeof *sys_conf);
                sys_conf->fc = fc;
            } else {
                FcConfigDestroy(fc);
            }
        }
    }
    pthread_mutex_unlock(&lock);
    return sys_conf;
}

/* The remembered answer of c to key, or NULL; with the lock held. */
static struct memo *memo_find(const struct fq_conf *c, const char *key, unsigned *bucket)
{
    *bucket = (hash_fnv1a_str(key) ^ (unsigned)(uintptr_t)c) % MEMO_BUCKETS;
    for (struct memo *m = memos[*bucket]; m; m = m->next)
        if (m->c == c && strcmp(m->key, key) == 0)
            return m;
    return NULL;
}

/* Remember a (its strings copied) as c's answer to key; with the lock held. */
static const struct memo *memo_add(const struct fq_conf *c, const char *key,
                                   unsigned bucket, const struct fq_answer *a)
{
    struct memo *m = xcalloc(1, sizeof *m);
    m->c = c;
    m->key = xstrdup(key);
    m->file = a->file ? xstrdup(a->file) : NULL;
    m->offered = a->offered ? xstrdup(a->offered) : NULL;
    m->a.file = m->file;
    m->a.index = a->index;
    m->a.offered = m->offered;
    m->next = memos[bucket];
    memos[bucket] = m;
    return m;
}

/* fontconfig weight and slant for a style name. */
static void style_pattern(FcPattern *pat, const char *style)
{
    int bold = style && strcasestr(style, "bold");
    int italic = style && (strcasestr(style, "italic") || strcasestr(style, "oblique"));
    FcPatternAddInteger(pat, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pat, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
}

/* Whether match m has the weight (bold or not) and slant (italic or not)
 * that style asks for. */
static int style_matches(FcPattern *m, const char *style)
{
    int bold = style && strcasestr(style, "bold");
    int italic = style && (strcasestr(style, "italic") || strcasestr(style, "oblique"));
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(m, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(m, FC_SLANT, 0, &slant);
    return (weight >= FC_WEIGHT_DEMIBOLD) == !!bold && (slant != FC_SLANT_ROMAN) == !!italic;
}

/* Whether m names its family family, in any of the names it gives. */
static int same_family(FcPattern *m, const char *family)
{
    FcChar8 *fam;
    for (int i = 0; FcPatternGetString(m, FC_FAMILY, i, &fam) == FcResultMatch; i++)
        if (strcasecmp((const char *)fam, family) == 0)
            return 1;
    return 0;
}

/* Ask fontconfig for family/style in fc; fills a (strings in *hold, to
 * free) as fq_match describes. */
static void ask_match(FcConfig *fc, const char *family, const char *style,
                      struct fq_answer *a, struct buf *hold)
{
    FcPattern *pat = FcPatternCreate();
    FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
    style_pattern(pat, style);
    FcConfigSubstitute(fc, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *m = FcFontMatch(fc, pat, &res);
    FcPatternDestroy(pat);
    FcChar8 *got = NULL, *file = NULL, *st = NULL;
    a->index = 0;
    if (m) {
        FcPatternGetString(m, FC_FAMILY, 0, &got);
        FcPatternGetString(m, FC_FILE, 0, &file);
        FcPatternGetInteger(m, FC_INDEX, 0, &a->index);
        FcPatternGetString(m, FC_STYLE, 0, &st);
    }
    /* fontconfig substitutes silently: accept only the family asked for */
    int same = m && file && same_family(m, family);
    if (same && style_matches(m, style)) {
        buf_adds(hold, (const char *)file);
        a->file = hold->s;
        a->offered = NULL;
    } else {
        /* the family is there but not this face (fontconfig took the
         * nearest, Bold for a missing Regular), or another family */
        if (same)
            buf_printf(hold, "its %s face in %s", st ? (const char *)st : "other",
                       (const char *)file);
        else
            buf_adds(hold, got ? (const char *)got : "nothing");
        a->file = NULL;
        a->offered = hold->s;
    }
    if (m)
        FcPatternDestroy(m);
}

/* One question to fontconfig, and the asker that answers it. */
struct question {
    const char *family, *style;
    int serif;
    unsigned cp;
    void (*ask)(FcConfig *fc, const struct question *q, struct fq_answer *a,
                struct buf *hold);
};

/* c's answer to q under key: the remembered one, or asked now and
 * remembered. */
static void answer(const struct fq_conf *c, const char *key, const struct question *q,
                   struct fq_answer *a)
{
    pthread_mutex_lock(&lock);
    unsigned bucket;
    const struct memo *m = memo_find(c, key, &bucket);
    if (!m) {
        struct buf hold;
        buf_init(&hold);
        struct fq_answer fresh;
        q->ask(c->fc, q, &fresh, &hold);
        m = memo_add(c, key, bucket, &fresh);
        buf_free(&hold);
    }
    *a = m->a;
    pthread_mutex_unlock(&lock);
}

static void ask_match_q(FcConfig *fc, const struct question *q, struct fq_answer *a,
                        struct buf *hold)
{
    ask_match(fc, q->family, q->style, a, hold);
}

void fq_match(const struct fq_conf *c, const char *family, const char *style,
              struct fq_answer *a)
{
    struct buf key;
    buf_init(&key);
    buf_printf(&key, "match\n%s\n%s", family, style ? style : "Regular");
    struct question q = {family, style, 0, 0, ask_match_q};
    answer(c, key.s, &q, a);
    buf_free(&key);
}

/* Whether face index of file has TrueType outlines (glyf): only those can
 * be embedded. */
static int is_truetype(const char *file, int index)
{
    hb_blob_t *blob = hbmem_blob_from_file(file);
    if (!blob)
        return 0;
    hb_face_t *face = hbmem_face(blob, (unsigned)index);
    int truetype = hbmem_has_table(face, HB_TAG('g', 'l', 'y', 'f'));
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return truetype;
}

/* Ask fontconfig for a TrueType font of fc with cp (see fq_fallback);
 * the file goes into *hold. */
static void ask_fallback(FcConfig *fc, int serif, const char *style, unsigned cp,
                         struct fq_answer *a, struct buf *hold)
{
    FcPattern *pat = FcPatternCreate();
    FcCharSet *cs = FcCharSetCreate();
    FcCharSetAddChar(cs, cp);
    FcPatternAddCharSet(pat, FC_CHARSET, cs);
    if (serif >= 0) {
        FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)(serif ? "serif" : "sans-serif"));
        style_pattern(pat, style);
    }
    FcPatternAddString(pat, FC_FONTFORMAT, (const FcChar8 *)"TrueType");
    FcConfigSubstitute(fc, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcFontSet *set = FcFontSort(fc, pat, FcTrue, NULL, &res);
    FcPatternDestroy(pat);
    FcCharSetDestroy(cs);
    a->file = a->offered = NULL;
    a->index = 0;
    for (int i = 0; set && i < set->nfont && !a->file; i++) {
        FcCharSet *have;
        FcChar8 *file;
        int index = 0;
        if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &have) != FcResultMatch ||
            !FcCharSetHasChar(have, cp) ||
            FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
            continue;
        FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
        if (is_truetype((const char *)file, index)) {
            buf_adds(hold, (const char *)file);
            a->file = hold->s;
            a->index = index;
        }
    }
    if (set)
        FcFontSetDestroy(set);
}

static void ask_fallback_q(FcConfig *fc, const struct question *q, struct fq_answer *a,
                           struct buf *hold)
{
    ask_fallback(fc, q->serif, q->style, q->cp, a, hold);
}

int fq_fallback(const struct fq_conf *c, int serif, const char *style,
                unsigned cp, struct fq_answer *a)
{
    struct buf key;
    buf_init(&key);
    buf_printf(&key, "char\n%d\n%s\n%X", serif, serif >= 0 && style ? style : "", cp);
    struct question q = {NULL, style, serif, cp, ask_fallback_q};
    answer(c, key.s, &q, a);
    buf_free(&key);
    return a->file != NULL;
}

void fq_shutdown(void)
{
    pthread_mutex_lock(&lock);
    for (unsigned b = 0; b < MEMO_BUCKETS; b++)
        while (memos[b]) {
            struct memo *m = memos[b];
            memos[b] = m->next;
            free(m->key);
            free(m->file);
            free(m->offered);
            free(m);
        }
    while (confs) {
        struct fq_conf *c = confs;
        confs = c->next;
        FcConfigDestroy(c->fc);
        free(c->conf);
        free(c);
    }
    if (sys_conf) {
        FcConfigDestroy(sys_conf->fc);
        free(sys_conf);
    }
    sys_conf = NULL;
    sys_tried = 0;
    remove_tmpcache();
    pthread_mutex_unlock(&lock);
}
