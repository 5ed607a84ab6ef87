/* paths.h -- where imprint finds its data (fonts/, layouts/, the ICC
 * profile): $IMPRINT_DATADIR; else the executable's folder when it has
 * layouts/ (a source checkout); else EXE/../share/imprint (an installed,
 * possibly relocated, tree); else the data folder compiled in.  Also where
 * a module of the executable (the signing stage) is.
 * The returned string is static; it is never freed. */
#ifndef IMPRINT_PATHS_H
#define IMPRINT_PATHS_H

const char *paths_datadir(void);

/* Where the executable's module NAME-suffix is (NAME the executable's file
 * name, suffix such as "-sign.so"): beside the executable (a source
 * checkout), else in EXE/../lib/imprint/ (an installed tree), else in the
 * library folder compiled in.  The returned string is static. */
const char *paths_module(const char *suffix);

#endif
