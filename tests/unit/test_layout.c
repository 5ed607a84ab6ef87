/* test_layout.c -- layout files: the shipped layouts load with the expected
 * values, a user's file overrides only what it names, every error class
 * gives its message at the right line:column with status 3, layout_list
 * lists the shipped layouts, and layouts/README.md documents exactly the
 * keys the loader accepts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/diag.h"
#include "style/layout.h"

#define EPS 0.005

/* Messages printed while loading name_or_file; *rc gets the result.  The
 * caller frees the returned text. */
static char *load_capture(const char *name_or_file, struct layout *l, int *rc)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    diag_set_stream(f);
    *rc = layout_load(name_or_file, ".", l);
    diag_set_stream(NULL);
    fclose(f);
    return s;
}

/* Load a layout that must load without any message. */
static void load_ok(const char *name_or_file, struct layout *l)
{
    int rc;
    char *msgs = load_capture(name_or_file, l, &rc);
    if (rc != 0 || *msgs)
        fail_msg("%s: status %d, messages: %s", name_or_file, rc, msgs);
    free(msgs);
}

/* Write text to a fresh temporary .yaml file; returns its path (static). */
static const char *temp_yaml(const char *text)
{
    static char path[64];
    strcpy(path, "/tmp/test-layout-XXXXXX.yaml");
    int fd = mkstemps(path, 5);
    assert_true(fd >= 0);
    size_t n = strlen(text);
    assert_int_equal(write(fd, text, n), (ssize_t)n);
    close(fd);
    return path;
}

static void test_letter(void **state)
{
    (void)state;
    struct layout l;
    load_ok("letter", &l);
    assert_string_equal(l.name, "letter");
    assert_string_equal(l.path, "./layouts/letter.yaml");
    assert_float_equal(l.page_width, 612, EPS);
    assert_float_equal(l.page_height, 792, EPS);
    assert_float_equal(l.margin_top, 72, EPS);
    assert_float_equal(l.margin_bottom, 72, EPS);
    assert_float_equal(l.margin_inner, 81, EPS);
    assert_float_equal(l.margin_outer, 81, EPS);
    assert_int_equal(l.duplex, 0);
    assert_float_equal(l.font[ROLE_BODY].size, 11, EPS);
    assert_float_equal(l.font[ROLE_BODY].leading, 14, EPS);
    assert_string_equal(l.font[ROLE_TITLE].style, "Bold");
    assert_string_equal(l.font[ROLE_DATELINE].style, "Regular");
    assert_float_equal(l.font[ROLE_FOOTER].size, 8.5, EPS);
    assert_string_equal(l.agency, "U.S. Department of State");
    assert_int_equal(l.color_text, 0x000000);
    assert_int_equal(l.color_letterhead, 0x1F3864);
    assert_string_equal(l.table_caption, "Participants");
    assert_int_equal(l.footer, 1);
    assert_int_equal(l.hyphenate, 1);
    assert_float_equal(l.paragraph_indent, 0, EPS);
    assert_float_equal(l.paragraph_space, 7, EPS);
    assert_string_equal(l.pdfa, "1b");
    assert_true(strlen(l.description) > 10);
    layout_free(&l);
    assert_null(l.name);
    layout_free(&l);  /* a freed layout may be freed again */
}

/* Every field except name, description and path is equal. */
static void assert_same_values(const struct layout *a, const struct layout *b)
{
    assert_float_equal(a->page_width, b->page_width, EPS);
    assert_float_equal(a->page_height, b->page_height, EPS);
    assert_float_equal(a->margin_top, b->margin_top, EPS);
    assert_float_equal(a->margin_bottom, b->margin_bottom, EPS);
    assert_float_equal(a->margin_inner, b->margin_inner, EPS);
    assert_float_equal(a->margin_outer, b->margin_outer, EPS);
    assert_int_equal(a->duplex, b->duplex);
    for (int r = 0; r < ROLE_COUNT; r++) {
        assert_string_equal(a->font[r].family, b->font[r].family);
        assert_string_equal(a->font[r].style, b->font[r].style);
        assert_float_equal(a->font[r].size, b->font[r].size, EPS);
        assert_float_equal(a->font[r].leading, b->font[r].leading, EPS);
    }
    assert_string_equal(a->agency, b->agency);
    assert_int_equal(a->color_text, b->color_text);
    assert_int_equal(a->color_letterhead, b->color_letterhead);
    assert_int_equal(a->color_rule, b->color_rule);
    assert_float_equal(a->rule_width, b->rule_width, EPS);
    assert_float_equal(a->space_after_letterhead, b->space_after_letterhead, EPS);
    assert_float_equal(a->space_after_title, b->space_after_title, EPS);
    assert_float_equal(a->paragraph_space, b->paragraph_space, EPS);
    assert_float_equal(a->paragraph_indent, b->paragraph_indent, EPS);
    assert_float_equal(a->list_indent, b->list_indent, EPS);
    assert_int_equal(a->hyphenate, b->hyphenate);
    assert_float_equal(a->table_rule_width, b->table_rule_width, EPS);
    assert_float_equal(a->table_padding, b->table_padding, EPS);
    assert_float_equal(a->table_space_before, b->table_space_before, EPS);
    assert_string_equal(a->table_caption, b->table_caption);
    assert_int_equal(a->footer, b->footer);
    assert_float_equal(a->footer_offset, b->footer_offset, EPS);
    assert_string_equal(a->pdfa, b->pdfa);
}

/* letter.yaml spells out the built-in defaults, and an empty file gets
 * exactly those. */
static void test_defaults_are_letter(void **state)
{
    (void)state;
    struct layout d, l, e;
    layout_default(&d);
    load_ok("letter", &l);
    assert_same_values(&d, &l);
    load_ok("tests/layouts/empty.yaml", &e);
    assert_same_values(&d, &e);
    assert_string_equal(e.name, "empty");
    layout_free(&d);
    layout_free(&l);
    layout_free(&e);
}

static void test_a4(void **state)
{
    (void)state;
    struct layout l;
    load_ok("a4", &l);
    assert_string_equal(l.name, "a4");
    assert_float_equal(l.page_width, 595.28, EPS);
    assert_float_equal(l.page_height, 841.89, EPS);
    assert_float_equal(l.margin_top, 25 * 72 / 25.4, EPS);
    assert_float_equal(l.margin_inner, 25 * 72 / 25.4, EPS);
    assert_float_equal(l.font[ROLE_BODY].size, 11, EPS);
    assert_int_equal(l.duplex, 0);
    layout_free(&l);
}

static void test_letter_duplex(void **state)
{
    (void)state;
    struct layout l;
    load_ok("letter-duplex", &l);
    assert_int_equal(l.duplex, 1);
    assert_float_equal(l.page_width, 612, EPS);
    assert_float_equal(l.page_height, 792, EPS);
    assert_float_equal(l.margin_inner, 90, EPS);
    assert_float_equal(l.margin_outer, 54, EPS);
    layout_free(&l);
}

static void test_large_print(void **state)
{
    (void)state;
    struct layout l, d;
    load_ok("large-print", &l);
    layout_default(&d);
    assert_true(l.font[ROLE_BODY].size >= 16);
    assert_true(l.font[ROLE_BODY].leading >= 20);
    for (int r = 0; r < ROLE_COUNT; r++) {
        /* every role scaled up, none smaller than the letter body */
        assert_true(l.font[r].size > d.font[r].size);
        assert_true(l.font[r].size >= 11);
        assert_true(l.font[r].leading > l.font[r].size);
    }
    assert_true(l.font[ROLE_TITLE].size > l.font[ROLE_BODY].size);
    assert_int_equal(l.footer, 1);
    layout_free(&l);
    layout_free(&d);
}

/* The shipped layouts use Liberation Serif Regular and Bold only: every
 * further style is a further embedded font in every PDF. */
static void test_shipped_fonts(void **state)
{
    (void)state;
    static const char *const names[] = {"letter", "a4", "letter-duplex", "large-print"};
    for (size_t i = 0; i < 4; i++) {
        struct layout l;
        load_ok(names[i], &l);
        for (int r = 0; r < ROLE_COUNT; r++) {
            assert_string_equal(l.font[r].family, "Liberation Serif");
            const char *s = l.font[r].style;
            if (strcmp(s, "Regular") && strcmp(s, "Bold"))
                fail_msg("%s: role %d has style %s", names[i], r, s);
        }
        assert_string_equal(l.pdfa, "1b");
        layout_free(&l);
    }
}

/* A user's file, by path: what it names changes, the rest is the default. */
static void test_user_file(void **state)
{
    (void)state;
    struct layout l;
    load_ok("tests/layouts/user.yaml", &l);
    assert_string_equal(l.name, "user");
    assert_string_equal(l.path, "tests/layouts/user.yaml");
    assert_string_equal(l.description, "user test layout");
    assert_float_equal(l.page_width, 5.5 * 72, EPS);
    assert_float_equal(l.page_height, 21 * 72 / 2.54, EPS);
    assert_float_equal(l.margin_top, 12 * 72 / 25.4, EPS);
    assert_float_equal(l.margin_bottom, 36, EPS);
    assert_float_equal(l.margin_inner, 36, EPS);
    assert_float_equal(l.margin_outer, 2 * 72 / 2.54, EPS);
    assert_string_equal(l.font[ROLE_BODY].family, "Liberation Sans");
    assert_float_equal(l.font[ROLE_BODY].size, 10, EPS);
    assert_float_equal(l.font[ROLE_BODY].leading, 12, EPS);
    assert_int_equal(l.color_text, 0x1A2B3C);
    assert_string_equal(l.agency, "U.S. Agency for Testing");
    assert_string_equal(l.table_caption, "");
    assert_int_equal(l.footer, 0);
    assert_int_equal(l.hyphenate, 0);
    assert_string_equal(l.pdfa, "none");
    /* not named in the file: defaults */
    assert_string_equal(l.font[ROLE_TITLE].family, "Liberation Serif");
    assert_float_equal(l.font[ROLE_TITLE].size, 15, EPS);
    assert_int_equal(l.color_letterhead, 0x1F3864);
    assert_int_equal(l.duplex, 0);
    layout_free(&l);
}

/* Units, the name key, and page.width/height winning over page.size in
 * whatever order they come. */
static void test_units_and_order(void **state)
{
    (void)state;
    struct layout l;
    const char *p = temp_yaml(
        "name: custom\n"
        "page: {width: 500, size: a4}\n"
        "margins: {top: 1in, bottom: 25.4mm, inner: 2.54cm, outer: +72pt}\n"
        "fonts: {body: {size: 0.5in, leading: '40'}}\n");
    load_ok(p, &l);
    unlink(p);
    assert_string_equal(l.name, "custom");
    assert_float_equal(l.page_width, 500, EPS);
    assert_float_equal(l.page_height, 841.89, EPS);
    assert_float_equal(l.margin_top, 72, EPS);
    assert_float_equal(l.margin_bottom, 72, EPS);
    assert_float_equal(l.margin_inner, 72, EPS);
    assert_float_equal(l.margin_outer, 72, EPS);
    assert_float_equal(l.font[ROLE_BODY].size, 36, EPS);
    assert_float_equal(l.font[ROLE_BODY].leading, 40, EPS);
    layout_free(&l);
}

/* Margin kerning and font expansion: on by default with microtype's
 * amounts; a layout turns them off and gives its own amounts. */
static void test_microtype_keys(void **state)
{
    (void)state;
    struct layout l;
    layout_default(&l);
    assert_int_equal(l.protrusion, 1);
    assert_int_equal(l.expansion, 1);
    assert_float_equal(layout_protrude(&l.protrude_right, '.'), 0.7, EPS);
    assert_float_equal(layout_protrude(&l.protrude_right, '-'), 0.5, EPS);
    assert_float_equal(layout_protrude(&l.protrude_right, 0x2019), 0.4, EPS);
    assert_float_equal(layout_protrude(&l.protrude_left, 0x201C), 0.3, EPS);
    assert_float_equal(layout_protrude(&l.protrude_right, 'a'), 0, EPS);
    layout_free(&l);
    const char *p = temp_yaml("body:\n  protrusion: false\n  expansion: false\n"
                              "  protrude-left: \"\u201C 250 \u00AB 100\"\n");
    load_ok(p, &l);
    unlink(p);
    assert_int_equal(l.protrusion, 0);
    assert_int_equal(l.expansion, 0);
    assert_int_equal(l.protrude_left.n, 2);
    assert_float_equal(layout_protrude(&l.protrude_left, 0x201C), 0.25, EPS);
    assert_float_equal(layout_protrude(&l.protrude_left, 0xAB), 0.1, EPS);
    assert_float_equal(layout_protrude(&l.protrude_left, 0x2018), 0, EPS);
    layout_free(&l);
}

/* Each broken file: status 3 and this text in the messages. */
static const struct {
    const char *file, *want;
} broken[] = {
    {"syntax.yaml", "syntax.yaml:4:7: error: YAML syntax error: did not find expected ',' or '}'"},
    {"bad-utf8.yaml", "bad-utf8.yaml:2:20: error: YAML syntax error: invalid leading UTF-8 octet (byte 0xFF) [layout-syntax]"},
    {"unknown-key.yaml", "unknown-key.yaml:4:3: error: unknown key 'margins.left' (known here: top, bottom, inner, outer) [layout-unknown-key]"},
    {"duplicate.yaml", "duplicate.yaml:5:3: error: duplicate key 'margins.top' (first given at line 3) [layout-duplicate-key]"},
    {"wrong-type.yaml", "wrong-type.yaml:4:11: error: 'fonts.body.size' must be a length, not a list [layout-type]"},
    {"section-type.yaml", "section-type.yaml:2:7: error: 'page' must be a mapping"},
    {"not-mapping.yaml", "not-mapping.yaml:1:1: error: a layout file must be a mapping of keys (key: value), not a list [layout-not-mapping]"},
    {"bad-length.yaml", "bad-length.yaml:3:11: error: 'margins.bottom': 'wide' is not a length"},
    {"bad-unit.yaml", "bad-unit.yaml:3:17: error: 'fonts.title.size': unknown unit 'px' in '15px'"},
    {"bad-color.yaml", "bad-color.yaml:4:9: error: 'colors.rule': '#12345G' is not a colour"},
    {"unquoted-color.yaml", "unquoted-color.yaml:3:14: error: 'colors.letterhead': '' is not a colour \"#RRGGBB\" (quote it"},
    {"bad-pdfa.yaml", "bad-pdfa.yaml:2:7: error: 'pdfa': '3a' is not a PDF/A level (1b, 2b, 2u, 1a, 2a or none) [layout-bad-pdfa]"},
    {"bad-protrude.yaml", "bad-protrude.yaml:3:19: error: 'body.protrude-right': '. 700 , 1500' is not a list of characters and amounts in thousandths of their width, 0 to 1000, at most 48 pairs (\". 700 , 500\") [layout-bad-protrude]"},
    {"bad-bool.yaml", "bad-bool.yaml:2:9: error: 'duplex': 'yes' is not true or false [layout-bad-bool]"},
    {"negative.yaml", "negative.yaml:4:10: error: 'margins.outer' must not be negative (-0.5in) [layout-negative]"},
    {"zero-size.yaml", "zero-size.yaml:3:18: error: 'fonts.footer.size' must be greater than zero (0) [layout-not-positive]"},
    {"bad-page-size.yaml", "bad-page-size.yaml:2:14: error: 'page.size': unknown page size 'tabloid'"},
    {"no-room.yaml", "no-room.yaml:6:10: error: margins leave no room for text: the page width is 595.28 pt, margins take 540 pt, leaving 55.28 pt"},
    {"footer-in-text.yaml", "footer-in-text.yaml:2:19: error: the footer baseline (footer.offset 36 pt) must lie below the text block (margins.bottom 36 pt) [layout-footer-in-text]"},
    {"multi-doc.yaml", "multi-doc.yaml:2:1: error: more than one YAML document"},
};

static void test_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof broken / sizeof broken[0]; i++) {
        char path[256];
        struct layout l;
        int rc;
        snprintf(path, sizeof path, "tests/layouts/%s", broken[i].file);
        diag_reset();
        char *msgs = load_capture(path, &l, &rc);
        if (rc != 3 || !strstr(msgs, broken[i].want))
            fail_msg("%s: status %d (want 3)\n  got:  %s  want: %s", path, rc,
                     msgs, broken[i].want);
        assert_true(diag_count(DIAG_ERROR) >= 1);
        /* on failure the layout is left empty, and freeing it is harmless */
        assert_null(l.name);
        assert_null(l.path);
        layout_free(&l);
        free(msgs);
    }
}

/* All errors in a file are reported, each at its own place. */
static void test_several_errors(void **state)
{
    (void)state;
    struct layout l;
    int rc;
    const char *p = temp_yaml("margins: {top: 1 in}\nfonts:\n  bogus: {}\n  body: {size: -3}\n");
    diag_reset();
    char *msgs = load_capture(p, &l, &rc);
    unlink(p);
    assert_int_equal(rc, EXIT_ENV);
    assert_int_equal(diag_count(DIAG_ERROR), 3);
    assert_non_null(strstr(msgs, ":1:16: error: 'margins.top': unknown unit ' in'"));
    assert_non_null(strstr(msgs, ":3:3: error: unknown key 'fonts.bogus' (known here: agency, office, kind, dateline, title, body, heading, table-head, table, footer)"));
    assert_non_null(strstr(msgs, ":4:16: error: 'fonts.body.size' must not be negative"));
    free(msgs);
}

static void test_not_found(void **state)
{
    (void)state;
    struct layout l;
    int rc;
    char *msgs = load_capture("no-such-layout", &l, &rc);
    assert_int_equal(rc, EXIT_ENV);
    assert_non_null(strstr(msgs, "error: layout 'no-such-layout' not found (no file ./layouts/no-such-layout.yaml) [layout-not-found]"));
    assert_non_null(strstr(msgs, "note: available layouts: a4, large-print, letter, letter-duplex [layouts-available]"));
    layout_free(&l);
    free(msgs);

    msgs = load_capture("tests/layouts/absent.yaml", &l, &rc);
    assert_int_equal(rc, EXIT_ENV);
    assert_non_null(strstr(msgs, "tests/layouts/absent.yaml: error: cannot read layout file: No such file or directory"));
    assert_non_null(strstr(msgs, "available layouts: a4, large-print, letter, letter-duplex"));
    free(msgs);

    msgs = load_capture("tests/layouts/", &l, &rc);
    assert_int_equal(rc, EXIT_ENV);
    assert_non_null(strstr(msgs, "tests/layouts/: error: cannot read layout file"));
    free(msgs);
}

static void test_list(void **state)
{
    (void)state;
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    int count = layout_list(".", f);
    fclose(f);
    assert_int_equal(count, 4);
    const char *want =
        "a4             ISO A4, 25 mm margins, 11 pt Liberation Serif, official-copy footer\n"
        "large-print    US Letter, large print: 16 pt body on 21 pt leading, 0.75 in margins\n"
        "letter         US Letter, 6.25 in measure, 11 pt Liberation Serif, official-copy footer\n"
        "letter-duplex  US Letter, two-sided: 1.25 in inner and 0.75 in outer margins\n";
    assert_string_equal(s, want);
    free(s);

    s = NULL;
    f = open_memstream(&s, &n);
    diag_set_stream(f);
    assert_int_equal(layout_list("/nonexistent-datadir", stdout), -1);
    diag_set_stream(NULL);
    fclose(f);
    assert_non_null(strstr(s, "cannot read layout folder: /nonexistent-datadir/layouts: No such file"));
    free(s);
}

/* --- the documentation check --- */

/* Keys documented in README.md: the first cell of the table rows in its
 * "## Keys" section, when it is `backticked`.  Returns a NULL-terminated
 * array to free. */
static char **documented_keys(const char *readme)
{
    FILE *f = fopen(readme, "r");
    assert_non_null(f);
    char **keys = calloc(512, sizeof *keys);
    size_t n = 0;
    char *line = NULL;
    size_t cap = 0;
    int in_keys = 0;
    while (getline(&line, &cap, f) > 0) {
        if (!strncmp(line, "## ", 3))
            in_keys = !strcmp(line, "## Keys\n");
        if (!in_keys || strncmp(line, "| `", 3))
            continue;
        char *start = line + 3, *end = strchr(start, '`');
        if (!end || strncmp(end, "` |", 3))
            continue;
        assert_true(n < 511);
        keys[n++] = strndup(start, (size_t)(end - start));
    }
    free(line);
    fclose(f);
    return keys;
}

static int in_list(char *const *list, const char *s)
{
    for (; *list; list++)
        if (!strcmp(*list, s))
            return 1;
    return 0;
}

/* Number of differences between the documented keys and the loader's,
 * each described in *report. */
static int compare_keys(char *const *doc, char **report, size_t *len)
{
    FILE *f = open_memstream(report, len);
    int diffs = 0;
    const char *k;
    for (size_t i = 0; (k = layout_key(i)); i++)
        if (!in_list(doc, k)) {
            fprintf(f, "read but not documented: %s\n", k);
            diffs++;
        }
    for (char *const *d = doc; *d; d++) {
        int found = 0;
        for (size_t i = 0; (k = layout_key(i)) && !found; i++)
            found = !strcmp(k, *d);
        if (!found) {
            fprintf(f, "documented but not read: %s\n", *d);
            diffs++;
        }
        for (char *const *e = doc; e < d; e++)
            if (!strcmp(*e, *d)) {
                fprintf(f, "documented twice: %s\n", *d);
                diffs++;
            }
    }
    fclose(f);
    return diffs;
}

static void free_keys(char **keys)
{
    for (char **p = keys; *p; p++)
        free(*p);
    free(keys);
}

static void test_docs_match_keys(void **state)
{
    (void)state;
    char **doc = documented_keys("layouts/README.md");
    char *report = NULL;
    size_t len = 0;
    size_t ndoc = 0, nkeys = 0;
    while (doc[ndoc])
        ndoc++;
    while (layout_key(nkeys))
        nkeys++;
    assert_true(nkeys > 60);
    int diffs = compare_keys(doc, &report, &len);
    if (diffs)
        fail_msg("layouts/README.md and the loader disagree:\n%s", report);
    assert_int_equal(ndoc, nkeys);
    free(report);

    /* The check itself can fail: drop one documented key, add a bogus one. */
    free(doc[ndoc - 1]);
    doc[ndoc - 1] = strdup("margins.left");
    report = NULL;
    diffs = compare_keys(doc, &report, &len);
    assert_int_equal(diffs, 2);
    assert_non_null(strstr(report, "documented but not read: margins.left"));
    assert_non_null(strstr(report, "read but not documented: "));
    free(report);
    free_keys(doc);
}

/* Each documented key really is accepted by the loader (the table is the
 * loader's, not a copy): a file setting the key to a sensible value loads. */
static void test_every_key_accepted(void **state)
{
    (void)state;
    const char *k;
    for (size_t i = 0; (k = layout_key(i)); i++) {
        /* build nested YAML for the dotted path */
        char text[512];
        size_t n = 0;
        int depth = 0;
        const char *p = k;
        for (;;) {
            const char *dot = strchr(p, '.');
            size_t w = dot ? (size_t)(dot - p) : strlen(p);
            n += (size_t)snprintf(text + n, sizeof text - n, "%*s%.*s:",
                                  depth * 2, "", (int)w, p);
            if (!dot)
                break;
            n += (size_t)snprintf(text + n, sizeof text - n, "\n");
            depth++;
            p = dot + 1;
        }
        const char *value = "60pt";
        if (strstr(k, "color"))
            value = "\"#102030\"";
        else if (!strcmp(k, "duplex") || !strcmp(k, "tagged") || !strcmp(k, "pdfua") ||
                 strstr(k, "hyphenate") || strstr(k, "enabled") ||
                 strstr(k, "protrusion") || strstr(k, "expansion") || strstr(k, "visible") ||
                 strstr(k, "underline"))
            value = "true";
        else if (strstr(k, "protrude-"))
            value = "\". 700 , 500\"";
        else if (!strcmp(k, "pdfa"))
            value = "2b";
        else if (!strcmp(k, "page.size"))
            value = "legal";
        else if (strstr(k, "family"))
            value = "Liberation Sans";
        else if (strstr(k, "style"))
            value = "Bold";
        else if (!strcmp(k, "page.width") || !strcmp(k, "page.height"))
            value = "400pt";
        else if (!strncmp(k, "sign.", 5))
            value = "office.pem";
        n += (size_t)snprintf(text + n, sizeof text - n, " %s\n", value);
        /* a signing key comes with its certificate */
        if (!strcmp(k, "sign.key") || !strcmp(k, "sign.chain"))
            n += (size_t)snprintf(text + n, sizeof text - n, "  cert: office.crt\n");
        if (!strcmp(k, "sign.cert") || !strcmp(k, "sign.chain"))
            snprintf(text + n, sizeof text - n, "  key: office.key\n");
        const char *path = temp_yaml(text);
        struct layout l;
        int rc;
        char *msgs = load_capture(path, &l, &rc);
        unlink(path);
        if (rc != 0)
            fail_msg("key %s not accepted:\n%s\n%s", k, text, msgs);
        free(msgs);
        layout_free(&l);
    }
}

/* A sign section names a key with its certificate, a chain only with
 * both: otherwise [layout-sign-incomplete] at the section's last key. */
static void test_sign_incomplete(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "sign:\n  key: office.key\n",
        "sign:\n  cert: office.crt\n",
        "sign:\n  chain: chain.pem\n  key: office.key\n",
    };
    static const char *const where[] = {":2:8: ", ":2:9: ", ":3:8: "};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *path = temp_yaml(bad[i]);
        struct layout l;
        int rc;
        char *msgs = load_capture(path, &l, &rc);
        unlink(path);
        assert_int_not_equal(rc, 0);
        if (!strstr(msgs, "[layout-sign-incomplete]") || !strstr(msgs, where[i]))
            fail_msg("%s: %s", bad[i], msgs);
        free(msgs);
    }
    const char *path = temp_yaml("sign:\n  key: k.pem\n  cert: c.pem\n  visible: true\n");
    struct layout l;
    int rc;
    char *msgs = load_capture(path, &l, &rc);
    unlink(path);
    assert_int_equal(rc, 0);
    assert_string_equal(l.sign_key, "k.pem");
    assert_string_equal(l.sign_cert, "c.pem");
    assert_null(l.sign_chain);
    assert_int_equal(l.sign_visible, 1);
    free(msgs);
    layout_free(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letter),
        cmocka_unit_test(test_defaults_are_letter),
        cmocka_unit_test(test_a4),
        cmocka_unit_test(test_letter_duplex),
        cmocka_unit_test(test_large_print),
        cmocka_unit_test(test_shipped_fonts),
        cmocka_unit_test(test_user_file),
        cmocka_unit_test(test_units_and_order),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_microtype_keys),
        cmocka_unit_test(test_several_errors),
        cmocka_unit_test(test_not_found),
        cmocka_unit_test(test_list),
        cmocka_unit_test(test_docs_match_keys),
        cmocka_unit_test(test_every_key_accepted),
        cmocka_unit_test(test_sign_incomplete),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
