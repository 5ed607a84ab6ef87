/* paths.c -- locates imprint's data folder and its modules. */
#include "base/paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef IMPRINT_DATADIR
#define IMPRINT_DATADIR "/usr/local/share/imprint"
#endif
#ifndef IMPRINT_LIBDIR
#define IMPRINT_LIBDIR "/usr/local/lib/imprint"
#endif

/* 1 if dir/layouts is a folder. */
static int has_layouts(const char *dir)
{
    char p[PATH_MAX];
    struct stat st;
    if (snprintf(p, sizeof p, "%s/layouts", dir) >= (int)sizeof p)
        return 0;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *paths_datadir(void)
{
    static char dir[PATH_MAX];
    const char *env = getenv("IMPRINT_DATADIR");
    if (env && *env)
        return env;
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (n > 0) {
        dir[n] = '\0';
        char *slash = strrchr(dir, '/');
        if (slash) {
            *slash = '\0';
            if (has_layouts(dir))
                return dir;  /* a source checkout */
            size_t len = strlen(dir);
            if (len + sizeof "/../share/imprint" < sizeof dir) {
                memcpy(dir + len, "/../share/imprint", sizeof "/../share/imprint");
                if (has_layouts(dir))
                    return dir;  /* installed under some PREFIX */
            }
        }
    }
    return IMPRINT_DATADIR;
}

/* 1 if path names an existing file. */
static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

const char *paths_module(const char *suffix)
{
    static char path[PATH_MAX];
    char exe[PATH_MAX];
    const char *base = "imprint";
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            base = slash + 1;
            int len = snprintf(path, sizeof path, "%s/%s%s", exe, base, suffix);
            if (len < (int)sizeof path && exists(path))
                return path;  /* a source checkout */
            len = snprintf(path, sizeof path, "%s/../lib/imprint/%s%s", exe, base, suffix);
            if (len < (int)sizeof path && exists(path))
                return path;  /* installed under some PREFIX */
        }
    }
    snprintf(path, sizeof path, "%s/%s%s", IMPRINT_LIBDIR, base, suffix);
    return path;
}
