/* signmod.c -- loads the signing module (imprint-sign.so) with dlopen, so
 * that the cryptography library is loaded by a run that signs or verifies
 * and by no other. */
#include "cli/signmod.h"

#include <dlfcn.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/paths.h"

const struct sign_api *signmod_load(void)
{
    static const struct sign_api *api;
    if (api)
        return api;
    const char *path = paths_module("-sign.so");
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        diag(M_SIGN_MODULE, NULL, 0, 0, path, why ? why : "cannot be opened");
        return NULL;
    }
    const struct sign_api *a = dlsym(h, SIGN_MODULE_SYMBOL);
    if (!a || a->version != SIGN_API_VERSION) {
        diag(M_SIGN_MODULE, NULL, 0, 0, path,
             a ? "it belongs to another build of imprint" : "it has no entry point");
        dlclose(h);
        return NULL;
    }
    api = a;
    return api;
}
