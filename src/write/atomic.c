/* atomic.c -- replace a file atomically (see atomic.h): remove leftovers
 * of killed runs, write a temporary file in the target's folder, fsync it
 * and rename it over the target. */
#include "write/atomic.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"

/* Saves so far in this process: the N of the O_TMPFILE way's names. */
static atomic_ulong saves;

/* Split path into its folder and file name; caller frees both. */
static void split_path(const char *path, char **dir, char **base)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        *dir = xstrdup(".");
        *base = xstrdup(path);
    } else {
        *dir = slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
        *base = xstrdup(slash + 1);
    }
}

/* Remove .BASE.imprint-tmp-* in dir left by killed runs.  One named after
 * a PID ("PID" or "PID-SUFFIX") whose process still runs belongs to a
 * write in progress and is kept; one of this process always is, since its
 * threads remove their own temporary files when they fail. */
static void remove_stale(const char *dir, const char *base)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct buf prefix, full;
    buf_init(&prefix);
    buf_init(&full);
    buf_printf(&prefix, ".%s" ATOMIC_TMP_MARK, base);
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (strncmp(e->d_name, prefix.s, prefix.len) != 0)
            continue;
        const char *tail = e->d_name + prefix.len;
        char *end;
        long pid = strtol(tail, &end, 10);
        if (end > tail && (*end == '\0' || *end == '-') && pid > 0 &&
            (pid == (long)getpid() || kill((pid_t)pid, 0) == 0 || errno == EPERM))
            continue;
        buf_clear(&full);
        buf_printf(&full, "%s/%s", dir, e->d_name);
        unlink(full.s);
    }
    closedir(dh);
    buf_free(&prefix);
    buf_free(&full);
}

/* Write all of data to fd and flush it to disk; 0 or an errno. */
static int write_fd(int fd, const unsigned char *data, size_t len)
{
    while (len) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += n;
        len -= (size_t)n;
    }
    return fsync(fd) ? errno : 0;
}

/* Save through an anonymous O_TMPFILE file linked in as
 * .BASE.imprint-tmp-PID-N (N counts this process's saves, so that threads
 * writing one name never share a temporary file) and renamed over path.  Returns 0, -1 after a failed rename (*err set), or
 * 1 when this way is not available (nothing left behind).  Building with
 * -DIMPRINT_NO_O_TMPFILE forces the named-file way (to test it). */
static int save_tmpfile(const char *dir, const char *base, const char *path,
                        const unsigned char *data, size_t len, int *err)
{
#if defined(O_TMPFILE) && !defined(IMPRINT_NO_O_TMPFILE)
    int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0)
        return 1;
    if (write_fd(fd, data, len)) {
        close(fd);
        return 1;
    }
    struct buf tmp;
    buf_init(&tmp);
    buf_printf(&tmp, "%s/.%s" ATOMIC_TMP_MARK "%ld-%lu", dir, base, (long)getpid(),
               (unsigned long)atomic_fetch_add(&saves, 1));
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    /* from the name's link to its rename, the run may not end */
    xcritical_enter();
    int rc = linkat(AT_FDCWD, proc, AT_FDCWD, tmp.s, AT_SYMLINK_FOLLOW);
    if (rc && errno == EEXIST && unlink(tmp.s) == 0)
        rc = linkat(AT_FDCWD, proc, AT_FDCWD, tmp.s, AT_SYMLINK_FOLLOW);
    if (rc) {
        xcritical_leave();
        close(fd);
        buf_free(&tmp);
        return 1;
    }
    if (close(fd) || rename(tmp.s, path)) {
        *err = errno;
        unlink(tmp.s);
        xcritical_leave();
        buf_free(&tmp);
        return -1;
    }
    xcritical_leave();
    buf_free(&tmp);
    return 0;
#else
    (void)dir, (void)base, (void)path, (void)data, (void)len, (void)err;
    return 1;
#endif
}

/* Save through a named .BASE.imprint-tmp-PID-XXXXXX file renamed over path.
 * Returns 0 or -1 with *err set (nothing left behind). */
static int save_mkstemp(const char *dir, const char *base, const char *path,
                        const unsigned char *data, size_t len, int *err)
{
    struct buf tmp;
    buf_init(&tmp);
    buf_printf(&tmp, "%s/.%s" ATOMIC_TMP_MARK "%ld-XXXXXX", dir, base, (long)getpid());
    /* from the name's creation to its rename, the run may not end */
    xcritical_enter();
    int fd = mkostemp(tmp.s, O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        xcritical_leave();
        buf_free(&tmp);
        return -1;
    }
    int e = fchmod(fd, 0644) ? errno : 0;
    if (!e)
        e = write_fd(fd, data, len);
    if (close(fd) && !e)
        e = errno;
    if (!e && rename(tmp.s, path))
        e = errno;
    if (e) {
        *err = e;
        unlink(tmp.s);
    }
    xcritical_leave();
    buf_free(&tmp);
    return e ? -1 : 0;
}

/* What an existing non-regular file is, for messages. */
static const char *kind_of(mode_t m)
{
    return S_ISFIFO(m) ? "a FIFO" : S_ISCHR(m) ? "a character device" :
           S_ISBLK(m) ? "a block device" : S_ISSOCK(m) ? "a socket" :
           S_ISDIR(m) ? "a folder" : "not a regular file";
}

int atomic_target(const char *path, char **real, const char **kind)
{
    struct stat st;
    *real = NULL;
    *kind = NULL;
    if (lstat(path, &st) != 0)
        return errno == ENOENT ? ATOMIC_NEW : ATOMIC_ERROR;
    if (S_ISREG(st.st_mode)) {
        *real = xstrdup(path);
        return ATOMIC_REGULAR;
    }
    if (!S_ISLNK(st.st_mode)) {
        *kind = kind_of(st.st_mode);
        return ATOMIC_REFUSED;
    }
    if (stat(path, &st) != 0) {
        *kind = "a dangling symbolic link";
        return errno == ENOENT ? ATOMIC_DANGLING : ATOMIC_ERROR;
    }
    if (!S_ISREG(st.st_mode)) {
        *kind = kind_of(st.st_mode);
        return ATOMIC_REFUSED;
    }
    *real = realpath(path, NULL);
    if (!*real)
        return ATOMIC_ERROR;
    return ATOMIC_REGULAR;
}

int atomic_replace(const char *given, const void *data, size_t len)
{
    char *dir, *base, *real;
    const char *kind;
    int t = atomic_target(given, &real, &kind);
    if (t == ATOMIC_ERROR)
        return errno ? errno : EIO;
    if (t == ATOMIC_REFUSED || t == ATOMIC_DANGLING)
        return strcmp(kind, "a folder") == 0 ? EISDIR : EEXIST;
    const char *path = real ? real : given;
    split_path(path, &dir, &base);
    int err = 0, rc;
    if (!*base) {
        err = EISDIR;
        rc = -1;
    } else {
        remove_stale(dir, base);
        rc = save_tmpfile(dir, base, path, data, len, &err);
        if (rc == 1)
            rc = save_mkstemp(dir, base, path, data, len, &err);
    }
    /* The folder is not fsync'ed: the new file's data is on disk before the
     * rename, so after a crash the path holds either the complete new file
     * or the previous one, and a folder fsync per file would cost a batch
     * more than the typesetting. */
    free(dir);
    free(base);
    free(real);
    /* a failed step always sets err; never report a failure as success */
    return rc ? (err ? err : EIO) : 0;
}
