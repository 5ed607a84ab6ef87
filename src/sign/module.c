/* module.c -- the sign stage's one entry point, the table the command line
 * looks up after loading imprint-sign.so. */
#include "sign/sign.h"

const struct sign_api sign_module = {
    SIGN_API_VERSION, sign_open, sign_close, sign_reserve, sign_subject,
    sign_cms, sign_verify,
};
