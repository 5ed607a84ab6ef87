/* paths.h -- where imprint finds its data (fonts/, layouts/, the ICC
 * profile): $IMPRINT_DATADIR, else the folder holding the executable when it
 * has layouts/ (a source checkout), else the installed data folder.
 * The returned string is static; it is never freed. */
#ifndef IMPRINT_PATHS_H
#define IMPRINT_PATHS_H

const char *paths_datadir(void);

#endif
