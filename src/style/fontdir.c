/* fontdir.c -- finds folder loops and runaway nesting in a fonts folder
 * (see fontdir.h). */
#include "style/fontdir.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/util.h"

/* The folders from the top down to the one being read. */
struct chain {
    dev_t dev[FONTDIR_MAX_DEPTH + 1];
    ino_t ino[FONTDIR_MAX_DEPTH + 1];
    int n;
};

static int on_chain(const struct chain *c, const struct stat *st)
{
    for (int i = 0; i < c->n; i++)
        if (c->dev[i] == st->st_dev && c->ino[i] == st->st_ino)
            return 1;
    return 0;
}

/* Check the folder path (whose stat is st) and the folders under it. */
static int walk(const char *path, const struct stat *st, struct chain *c, char **where)
{
    if (on_chain(c, st) || c->n > FONTDIR_MAX_DEPTH) {
        *where = xstrdup(path);
        return on_chain(c, st) ? 1 : 2;
    }
    DIR *d = opendir(path);
    if (!d)
        return 0;  /* unreadable: fontconfig skips it too */
    c->dev[c->n] = st->st_dev;
    c->ino[c->n] = st->st_ino;
    c->n++;
    int r = 0;
    struct dirent *e;
    struct buf sub;
    buf_init(&sub);
    while (!r && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        sub.len = 0;
        buf_printf(&sub, "%s/%s", path, e->d_name);
        struct stat sst;
        if (stat(sub.s, &sst) == 0 && S_ISDIR(sst.st_mode))
            r = walk(sub.s, &sst, c, where);
    }
    buf_free(&sub);
    closedir(d);
    c->n--;
    return r;
}

int fontdir_check(const char *dir, char **where)
{
    struct stat st;
    *where = NULL;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return 0;
    struct chain c = {.n = 0};
    return walk(dir, &st, &c, where);
}
