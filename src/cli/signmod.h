/* signmod.h -- the signing stage, loaded on demand: the module
 * imprint-sign.so (src/sign/, GnuTLS behind it) is opened the first time a
 * run signs or verifies, and only then.
 *
 * Ownership: the table returned is the module's and lives until the
 * process ends (the module is never unloaded).
 */
#ifndef IMPRINT_SIGNMOD_H
#define IMPRINT_SIGNMOD_H

#include "sign/sign.h"

/* The signing module's entry points, or NULL after the message
 * [sign-module] when it cannot be loaded (missing, another build, a
 * symbol it needs missing). */
const struct sign_api *signmod_load(void);

#endif
