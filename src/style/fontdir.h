/* fontdir.h -- checks a fonts folder before fontconfig scans it, since
 * fontconfig follows symbolic links and never returns from a folder that
 * links back to itself or an ancestor.
 *
 * Ownership: *where is fresh (the caller frees it) when set.
 */
#ifndef IMPRINT_FONTDIR_H
#define IMPRINT_FONTDIR_H

/* How deep folders may nest under a fonts folder. */
#define FONTDIR_MAX_DEPTH 16

/* 0 when the folder tree under dir can be scanned; 1 when a folder in it
 * is (through links) one of its own ancestors, 2 when it nests deeper than
 * FONTDIR_MAX_DEPTH: *where then gets the path that does it. */
int fontdir_check(const char *dir, char **where);

#endif
