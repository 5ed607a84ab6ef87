/* test_fontdir.c -- the fonts folder check: a plain tree passes, a link
 * back to an ancestor and a tree nested too deep are found, with the path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "style/fontdir.h"

/* A fresh scratch folder; caller frees the name. */
static char *scratch(void)
{
    char *d = xstrdup("/tmp/imprint-fontdir-XXXXXX");
    assert_non_null(mkdtemp(d));
    return d;
}

static void rm_tree(const char *d)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    assert_int_equal(system(cmd), 0);
}

static void test_plain_tree(void **state)
{
    (void)state;
    char *d = scratch(), *where = NULL, p[256];
    snprintf(p, sizeof p, "%s/a", d);
    assert_int_equal(mkdir(p, 0700), 0);
    snprintf(p, sizeof p, "%s/b", d);
    assert_int_equal(symlink("a", p), 0);  /* a link to a sibling is fine */
    assert_int_equal(fontdir_check(d, &where), 0);
    assert_null(where);
    assert_int_equal(fontdir_check("/nonexistent/fonts", &where), 0);
    rm_tree(d);
    free(d);
}

static void test_loop(void **state)
{
    (void)state;
    char *d = scratch(), *where = NULL, p[256];
    snprintf(p, sizeof p, "%s/a", d);
    assert_int_equal(mkdir(p, 0700), 0);
    snprintf(p, sizeof p, "%s/a/up", d);
    assert_int_equal(symlink("..", p), 0);
    assert_int_equal(fontdir_check(d, &where), 1);
    assert_string_equal(where, p);
    free(where);
    rm_tree(d);
    free(d);
}

static void test_deep(void **state)
{
    (void)state;
    char *d = scratch(), *where = NULL;
    struct buf p;
    buf_init(&p);
    buf_adds(&p, d);
    for (int i = 0; i < FONTDIR_MAX_DEPTH; i++) {
        buf_adds(&p, "/d");
        assert_int_equal(mkdir(p.s, 0700), 0);
    }
    assert_int_equal(fontdir_check(d, &where), 0);  /* just at the limit */
    buf_adds(&p, "/d");
    assert_int_equal(mkdir(p.s, 0700), 0);
    assert_int_equal(fontdir_check(d, &where), 2);
    assert_string_equal(where, p.s);
    free(where);
    buf_free(&p);
    rm_tree(d);
    free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_tree),
        cmocka_unit_test(test_loop),
        cmocka_unit_test(test_deep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
