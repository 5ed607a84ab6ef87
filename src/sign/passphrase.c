/* passphrase.c -- the passphrase of a protected signing key: from the
 * environment (IMPRINT_SIGN_PASSPHRASE) or typed at the terminal without
 * echo, never from the command line. */
#include "sign/sign.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "base/util.h"

#define PASS_MAX 1024

/* One line from the terminal fd with echo off; NULL when it cannot. */
static char *read_hidden(int fd, const char *key)
{
    struct termios old, quiet;
    if (tcgetattr(fd, &old) != 0)
        return NULL;
    quiet = old;
    quiet.c_lflag &= ~(tcflag_t)ECHO;
    quiet.c_lflag |= ECHONL;
    if (tcsetattr(fd, TCSAFLUSH, &quiet) != 0)
        return NULL;
    dprintf(fd, "imprint: passphrase for %s: ", key);
    char *line = xmalloc(PASS_MAX + 1);
    size_t n = 0;
    char c;
    while (n < PASS_MAX && read(fd, &c, 1) == 1 && c != '\n' && c != '\r')
        line[n++] = c;
    line[n] = '\0';
    tcsetattr(fd, TCSAFLUSH, &old);
    return line;
}

char *sign_passphrase(const char *key)
{
    const char *env = getenv("IMPRINT_SIGN_PASSPHRASE");
    if (env)
        return xstrdup(env);
    int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    char *p = isatty(fd) ? read_hidden(fd, key) : NULL;
    close(fd);
    return p;
}
