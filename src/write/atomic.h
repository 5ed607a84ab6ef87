/* atomic.h -- replace a file atomically: the new content goes to a
 * temporary file in the target's folder, is flushed to disk and renamed
 * over the target, so the path holds either its previous content or the
 * complete new one, never a part.
 *
 * Contract of atomic_replace(path, data, len):
 *   - Before writing, leftovers of earlier runs for the same file name
 *     (".NAME" ATOMIC_TMP_MARK "*" in the folder) are removed, except one
 *     named after the PID of a process that still runs ("PID" or
 *     "PID-..."): a write in progress, perhaps by another thread of this
 *     process, which is never touched.
 *   - The temporary file is ".NAME" ATOMIC_TMP_MARK "PID-N" (an O_TMPFILE
 *     file linked in when the data is on disk; N counts the process's
 *     calls, so threads writing the same name use different files) or,
 *     when that way is not available or fails before the link,
 *     ".NAME" ATOMIC_TMP_MARK "PID-XXXXXX" (mkostemp), written anew.
 *     Building with -DIMPRINT_NO_O_TMPFILE forces the second way.
 *   - Several threads may call it at once, for the same path too: each
 *     call's file is complete, and the last rename wins.
 *   - The new file's mode is 0644 (less the umask on the O_TMPFILE way).
 *   - The data is fsync'ed before the rename; the folder is not.
 *   - Returns 0 on success.  On failure it returns the errno value of the
 *     step that failed (EISDIR when the file name is empty, e.g. "dir/";
 *     ENOENT for a missing folder; EACCES, ENOSPC, EFBIG, EIO while
 *     creating, writing or syncing the temporary file; EISDIR, ENOTEMPTY,
 *     EXDEV... from the rename), and then: an existing file at path keeps
 *     its content, no file is created at path, and the temporary file is
 *     removed.  Only a process killed mid-write leaves its temporary file,
 *     which the next atomic_replace of the same name removes.
 *   - It prints nothing: the caller reports the error.
 *
 *   - It never renames over anything but a regular file: when path is a
 *     symbolic link to a regular file, that file is replaced (in its own
 *     folder) and the link stays; a dangling link or an existing
 *     non-regular file (FIFO, device, socket) is refused with EEXIST and
 *     left as it is (atomic_target tells which, for a message).
 *
 * Ownership: data and path stay the caller's; nothing is kept between
 * calls.  Memory failures abort (base/util.h).
 */
#ifndef IMPRINT_ATOMIC_H
#define IMPRINT_ATOMIC_H

#include <stddef.h>

/* What marks a temporary file of atomic_replace, after ".NAME". */
#define ATOMIC_TMP_MARK ".imprint-tmp-"

int atomic_replace(const char *path, const void *data, size_t len);

/* What atomic_replace would do with path. */
enum atomic_kind {
    ATOMIC_NEW,       /* nothing there: created */
    ATOMIC_REGULAR,   /* a regular file, or a link to one: *real replaced */
    ATOMIC_REFUSED,   /* a FIFO, device, socket, folder: *kind says which */
    ATOMIC_DANGLING,  /* a symbolic link to nothing: refused */
    ATOMIC_ERROR      /* cannot tell (errno set) */
};
/* Classify path; *real (caller frees; NULL unless ATOMIC_REGULAR) is the
 * file that would be replaced, *kind (static) what a refused path is. */
int atomic_target(const char *path, char **real, const char **kind);

#endif
