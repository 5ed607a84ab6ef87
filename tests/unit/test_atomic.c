/* test_atomic.c -- write/atomic.c on its own, in a fresh folder under /tmp
 * per test: a new file is written whole; an existing file is replaced, and
 * keeps its old content when the write fails midway (file size limit) or
 * the rename fails; a missing folder or an empty file name is an error that
 * leaves nothing; no temporary file remains after success or failure;
 * leftovers of dead processes are removed, those of running ones (this one
 * included) kept; threads writing one name at once all succeed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <pthread.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/util.h"
#include "write/atomic.h"

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_atomic.XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    umask(022);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    assert_int_equal(system(cmd), 0);
    return 0;
}

/* tmpdir/name (static buffer, one at a time). */
static const char *at(const char *name)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return path;
}

/* Every entry of folder dir (but . and ..), sorted, one a line; caller frees. */
static char *listing(const char *dir)
{
    struct dirent **e;
    int n = scandir(dir, &e, NULL, alphasort);
    assert_true(n >= 0);
    struct buf b;
    buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (strcmp(e[i]->d_name, ".") && strcmp(e[i]->d_name, ".."))
            buf_printf(&b, "%s\n", e[i]->d_name);
        free(e[i]);
    }
    free(e);
    return b.s ? b.s : xstrdup("");
}

/* Assert that tmpdir holds exactly the entries in want. */
static void assert_listing(const char *want)
{
    char *got = listing(tmpdir);
    assert_string_equal(got, want);
    free(got);
}

/* The content of file path; caller frees. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    struct buf b;
    buf_init(&b);
    char tmp[4096];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_add(&b, tmp, n);
    fclose(f);
    *len = b.len;
    return b.s ? b.s : xstrdup("");
}

/* Assert that file path holds exactly the string want. */
static void assert_content(const char *path, const char *want)
{
    size_t len;
    char *got = slurp(path, &len);
    assert_int_equal(len, strlen(want));
    assert_string_equal(got, want);
    free(got);
}

/* Create file name in tmpdir holding text. */
static void put(const char *name, const char *text)
{
    FILE *f = fopen(at(name), "wb");
    assert_non_null(f);
    assert_int_equal(fputs(text, f) >= 0, 1);
    assert_int_equal(fclose(f), 0);
}

/* atomic_replace in a child process whose file size limit is limit bytes
 * (writes beyond it fail with EFBIG instead of a signal); its result. */
static int replace_limited(const char *path, const void *data, size_t len,
                           rlim_t limit)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        struct rlimit rl;
        getrlimit(RLIMIT_FSIZE, &rl);
        rl.rlim_cur = limit;
        signal(SIGXFSZ, SIG_IGN);
        if (setrlimit(RLIMIT_FSIZE, &rl))
            _exit(255);
        _exit(atomic_replace(path, data, len) & 0xFF);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    return WEXITSTATUS(status);
}

/* A new file: written whole with mode 0644, nothing else in the folder. */
static void test_new_file(void **state)
{
    (void)state;
    assert_int_equal(atomic_replace(at("new.pdf"), "hello\n", 6), 0);
    assert_content(at("new.pdf"), "hello\n");
    struct stat st;
    assert_int_equal(stat(at("new.pdf"), &st), 0);
    assert_int_equal(st.st_mode & 07777, 0644);
    assert_listing("new.pdf\n");

    /* Empty data gives an empty file. */
    assert_int_equal(atomic_replace(at("empty.pdf"), "", 0), 0);
    assert_content(at("empty.pdf"), "");
    assert_listing("empty.pdf\nnew.pdf\n");
}

/* An existing file is replaced by the complete new content (larger than
 * one write), shorter content after it leaves no tail of the old. */
static void test_replace(void **state)
{
    (void)state;
    put("r.pdf", "old content that is long\n");
    size_t big = 3 << 20;
    char *data = xmalloc(big);
    for (size_t i = 0; i < big; i++)
        data[i] = (char)('a' + i % 26);
    assert_int_equal(atomic_replace(at("r.pdf"), data, big), 0);
    size_t len;
    char *got = slurp(at("r.pdf"), &len);
    assert_int_equal(len, big);
    assert_memory_equal(got, data, big);
    free(got);
    free(data);

    assert_int_equal(atomic_replace(at("r.pdf"), "new\n", 4), 0);
    assert_content(at("r.pdf"), "new\n");
    assert_listing("r.pdf\n");
}

/* A write that fails midway (the file size limit is reached) reports
 * EFBIG, keeps the old file as it was, creates no new one and leaves no
 * temporary file. */
static void test_write_fails_midway(void **state)
{
    (void)state;
    put("keep.pdf", "the good old file\n");
    size_t len = 256 * 1024;
    char *data = xmalloc(len);
    memset(data, 'x', len);
    assert_int_equal(replace_limited(at("keep.pdf"), data, len, 4096), EFBIG);
    assert_content(at("keep.pdf"), "the good old file\n");
    assert_int_equal(replace_limited(at("fresh.pdf"), data, len, 4096), EFBIG);
    assert_listing("keep.pdf\n");

    /* The same limit is no obstacle to data that fits. */
    assert_int_equal(replace_limited(at("keep.pdf"), data, 1000, 4096), 0);
    size_t got_len;
    char *got = slurp(at("keep.pdf"), &got_len);
    assert_int_equal(got_len, 1000);
    assert_memory_equal(got, data, 1000);
    free(got);
    free(data);
    assert_listing("keep.pdf\n");
}

/* The rename fails (the target is a folder that is not empty): an error,
 * the folder and its content stay, no temporary file remains. */
static void test_rename_fails(void **state)
{
    (void)state;
    assert_int_equal(mkdir(at("t.pdf"), 0755), 0);
    put("t.pdf/keep", "old\n");
    int err = atomic_replace(at("t.pdf"), "new\n", 4);
    assert_true(err == EISDIR || err == ENOTEMPTY || err == EEXIST);
    assert_content(at("t.pdf/keep"), "old\n");
    assert_listing("t.pdf\n");
}

/* A missing folder is ENOENT and creates nothing (neither the folder nor
 * a file); an empty file name is EISDIR. */
static void test_missing_folder(void **state)
{
    (void)state;
    assert_int_equal(atomic_replace(at("nodir/x.pdf"), "data", 4), ENOENT);
    assert_int_equal(atomic_replace(at("nodir/deeper/x.pdf"), "data", 4), ENOENT);
    assert_listing("");
    assert_int_equal(atomic_replace(at(""), "data", 4), EISDIR);
    assert_listing("");
}

/* Leftovers of this name from dead processes (PID-named or with random
 * letters) are removed; the one of a running process and those of other
 * names are kept. */
static void test_stale(void **state)
{
    (void)state;
    pid_t dead = fork();
    assert_true(dead >= 0);
    if (dead == 0)
        _exit(0);
    assert_int_equal(waitpid(dead, NULL, 0), dead);
    pid_t live = fork();
    assert_true(live >= 0);
    if (live == 0) {
        pause();
        _exit(0);
    }

    char dead_name[64], live_name[64];
    snprintf(dead_name, sizeof dead_name, ".r.pdf" ATOMIC_TMP_MARK "%ld", (long)dead);
    snprintf(live_name, sizeof live_name, ".r.pdf" ATOMIC_TMP_MARK "%ld", (long)live);
    put("r.pdf", "old\n");
    put(dead_name, "half");
    put(live_name, "in progress");
    put(".r.pdf" ATOMIC_TMP_MARK "Ab12Cd", "half");
    put(".other.pdf" ATOMIC_TMP_MARK "Ab12Cd", "someone else's");
    put("r.pdf" ATOMIC_TMP_MARK "Ab12Cd", "no leading dot: not ours");

    int rc = atomic_replace(at("r.pdf"), "new\n", 4);
    kill(live, SIGKILL);
    waitpid(live, NULL, 0);
    assert_int_equal(rc, 0);

    char want[256];
    snprintf(want, sizeof want,
             ".other.pdf" ATOMIC_TMP_MARK "Ab12Cd\n%s\nr.pdf\n"
             "r.pdf" ATOMIC_TMP_MARK "Ab12Cd\n", live_name);
    assert_listing(want);
    assert_content(at("r.pdf"), "new\n");
    assert_content(at(live_name), "in progress");
}

/* Leftovers are removed on a failed write too. */
static void test_stale_on_failure(void **state)
{
    (void)state;
    put("s.pdf", "old\n");
    put(".s.pdf" ATOMIC_TMP_MARK "Zz99Yy", "half");
    char data[8192];
    memset(data, 'y', sizeof data);
    assert_int_equal(replace_limited(at("s.pdf"), data, sizeof data, 1024), EFBIG);
    assert_content(at("s.pdf"), "old\n");
    assert_listing("s.pdf\n");
}

/* A temporary file of another thread of this process is a write in
 * progress: kept. */
static void test_own_live_kept(void **state)
{
    (void)state;
    char mine[64];
    snprintf(mine, sizeof mine, ".m.pdf" ATOMIC_TMP_MARK "%ld-77", (long)getpid());
    put(mine, "another thread's");
    assert_int_equal(atomic_replace(at("m.pdf"), "new\n", 4), 0);
    char want[128];
    snprintf(want, sizeof want, "%s\nm.pdf\n", mine);
    assert_listing(want);
    assert_content(at(mine), "another thread's");
}

#define WRITERS 8
#define WRITES 40

/* One writer thread: WRITES replacements of tmpdir/t.pdf. */
static void *writer(void *arg)
{
    const char *path = arg;
    long failed = 0;
    for (int i = 0; i < WRITES; i++)
        if (atomic_replace(path, "same content\n", 13) != 0)
            failed++;
    return (void *)failed;
}

/* Threads replacing one file at once never take each other's temporary
 * file: every call succeeds and nothing is left behind. */
static void test_threads_one_name(void **state)
{
    (void)state;
    static char path[256];
    snprintf(path, sizeof path, "%s/t.pdf", tmpdir);
    pthread_t t[WRITERS];
    for (int i = 0; i < WRITERS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, writer, path), 0);
    long failed = 0;
    for (int i = 0; i < WRITERS; i++) {
        void *r;
        assert_int_equal(pthread_join(t[i], &r), 0);
        failed += (long)r;
    }
    assert_int_equal(failed, 0);
    assert_listing("t.pdf\n");
    assert_content(path, "same content\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_new_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replace, setup, teardown),
        cmocka_unit_test_setup_teardown(test_write_fails_midway, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rename_fails, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_folder, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale_on_failure, setup, teardown),
        cmocka_unit_test_setup_teardown(test_own_live_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_threads_one_name, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
