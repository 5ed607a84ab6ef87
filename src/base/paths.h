/* paths.h -- where imprint finds its data (fonts/, layouts/, the ICC
 * profile): $IMPRINT_DATADIR; else the executable's folder when it has
 * layouts/ (a source checkout); else EXE/../share/imprint (an installed,
 * possibly relocated, tree); else the data folder compiled in.
 * The returned string is static; it is never freed. */
#ifndef IMPRINT_PATHS_H
#define IMPRINT_PATHS_H

const char *paths_datadir(void);

#endif
