/* paths.c -- locates imprint's data folder. */
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
