/* test_preface.c -- attribution and preface lines are header, not body: the
 * recogniser moves them to the statement's preface (the lines as written),
 * and a closing "End text" marker to its closing; --dump-json shows
 * "preface" and "closing" only when there is one, and the Markdown+YAML
 * source carries them as keys that --import reads back.  Every
 * statement here is invented. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/util.h"
#include "export/export.h"
#include "recognise/recognise.h"
#include "capture.h"
#include "recstr.h"
#include "recognise/source.h"


/* The first block's text; caller frees. */
static char *first_block(const struct statement *st)
{
    assert_true(st->nblocks > 0);
    return stmt_block_text(&st->blocks[0]);
}

/* An attribution line ending in a colon is the preface; the body starts
 * under it. */
static void test_attribution(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("Secretary Smith's Call with Ruritanian Foreign Minister Rassendyll\n\n"
                             "Readout\n\nOffice of the Spokesperson\n\nApril 27, 2019\n\n"
                             "The following is attributable to Spokesperson Jane Doe:\n\n"
                             "Secretary of State John Smith spoke today with Ruritanian "
                             "Foreign Minister Rudolf Rassendyll about the harvest.\n", &st), 0);
    assert_string_equal(st.preface, "The following is attributable to Spokesperson Jane Doe:");
    assert_int_equal(st.nblocks, 1);
    char *b = first_block(&st);
    assert_true(!strncmp(b, "Secretary of State John Smith spoke today", 41));
    free(b);
    stmt_free(&st);
}

/* The kind of a statement its title states, from the list of kinds, in
 * any place of the title; a title announcing one, or naming a kind off the
 * list ("Joint Press Release"), gives none. */
static void check_title_kind(const char *title, const char *want)
{
    struct statement st;
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s\n\nOffice of the Spokesperson\n\nApril 27, 2019\n\n"
               "Secretary of State John Smith spoke today with Ruritanian Foreign "
               "Minister Rudolf Rassendyll about the harvest.\n", title);
    assert_int_equal(rec_str(b.s, &st), 0);
    if (want)
        assert_string_equal(st.kind, want);
    else
        assert_null(st.kind);
    stmt_free(&st);
    buf_free(&b);
}

static void test_kind_in_title(void **state)
{
    (void)state;
    check_title_kind("Joint Statement on the Ruritania-Graustark Harvest Dialogue", "Joint Statement");
    check_title_kind("Ruritania-Graustark Joint Statement Addressing the Harvest", "Joint Statement");
    check_title_kind("Joint statement of the Ministers of Agriculture", "Joint Statement");
    check_title_kind("Opening Remarks at a Harvest Roundtable", "Remarks");
    check_title_kind("Readout of Secretary Smith's Call with Minister Rassendyll", "Readout");
    check_title_kind("Trilateral Statement of Ruritania, Graustark and Elbonia", "Statement");
    check_title_kind("Department Press Briefing \xE2\x80\x93 April 27, 2019", "Press Briefing");
    check_title_kind("Secretary Smith to Deliver Remarks on the Harvest", NULL);
    check_title_kind("Ruritania and Graustark Release Trilateral Statement", NULL);
    check_title_kind("Ruritania-Graustark Joint Press Release on the Harvest", NULL);
    check_title_kind("Secretary Smith's Travel to Ruritania", NULL);
    check_title_kind("Statements of Support for the Harvest", NULL);
}

/* When no header line names the issuer, the attribution line does: the
 * office is "Name, Title", a rank before the name left out; a page that
 * starts with its attribution line has no title. */
static void test_attributed_issuer(void **state)
{
    (void)state;
    struct statement st;
    REC_EXPECT("Harbour Call\n\nMay 3, 2021\n\n"
               "The following is attributable to Principal Deputy Spokesperson "
               "Jane Doe:\n\nThe Secretary spoke with the Minister today.\n",
               office, "Jane Doe, Principal Deputy Spokesperson");
    assert_int_equal(rec_str("Harbour Call\n\nMay 3, 2021\n\n"
                             "Harbour Press Secretary Col. John Roe provided the following "
                             "readout:\n\nThe Secretary spoke with the Minister today.\n", &st), 0);
    assert_string_equal(st.office, "John Roe, Harbour Press Secretary");
    assert_string_equal(st.kind, "Readout");
    stmt_free(&st);
    assert_int_equal(rec_str("The below is attributable to Spokesperson Jane Doe:\n\n"
                             "The Secretary spoke with the Minister today about the harbour "
                             "and the ships that use it.\n", &st), 0);
    assert_null(st.title);
    assert_string_equal(st.office, "Jane Doe, Spokesperson");
    assert_string_equal(st.preface, "The below is attributable to Spokesperson Jane Doe:");
    stmt_free(&st);
}

/* "A B, TITLE, made the following statement ...:" and "TITLE A B has
 * issued the following statement after ...." over a quotation are the
 * preface: the office is the person, the kind the one named after "the
 * following"; without the quotation under it, such a sentence is text. */
static void test_made_the_following(void **state)
{
    (void)state;
#define ISSUED "Statement from Jan Osk\n\n" \
    "Secretary to the Treasury Jan Osk has issued the following statement after noting " \
    "this morning\xE2\x80\x99s reports of a leak.\n\n"
    static const struct rec_header_case cases[] = {
        {"Peru\xE2\x80\x99s Minister of Foreign Affairs, Jan Osk, made the following statement "
         "after today\xE2\x80\x99s meeting in Strel:\n\n"
         "\xE2\x80\x9CToday we had a meeting of the Council.\xE2\x80\x9D\n",
         NULL, "Statement", "Jan Osk, Minister of Foreign Affairs", NULL, NULL},
        {ISSUED "\"Right now we are conducting our own review of these reports.\"\n",
         NULL, NULL, "Jan Osk, Secretary to the Treasury", NULL, NULL},
    };
    REC_EXPECT_HEADERS_QUIETLY(cases);
    REC_EXPECT(ISSUED "\"Right now we are conducting our own review of these reports.\"\n",
               preface, "Secretary to the Treasury Jan Osk has issued the following statement "
                        "after noting this morning\xE2\x80\x99s reports of a leak.");
    REC_EXPECT(ISSUED "The review of these reports goes on this week.\n", preface, NULL);
#undef ISSUED
}

/* A preface ending in a period followed by "Begin text:" is the preface,
 * both lines, one per line; "the following" inside an ordinary first
 * paragraph is not one. */
static void test_begin_text(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("Joint Statement on Harbour Cooperation\n\nMedia Note\n\n"
                             "Office of the Spokesperson\n\nMay 3, 2021\n\n"
                             "The text of the following statement was released by the "
                             "Governments of Ruritania and Graustark.\n\nBegin text:\n\n"
                             "Ruritania and Graustark agree to open their harbours to each "
                             "other's ships from June.\n\nThe ministers will meet again in "
                             "the autumn to review the agreement.\n", &st), 0);
    assert_string_equal(st.preface, "The text of the following statement was released by the "
                                    "Governments of Ruritania and Graustark.\nBegin text:");
    assert_int_equal(st.nblocks, 2);
    char *b = first_block(&st);
    assert_true(!strncmp(b, "Ruritania and Graustark agree", 29));
    free(b);
    assert_null(st.closing);
    stmt_free(&st);
    /* the same marker closing the text is the closing, not body */
    assert_int_equal(rec_str("Joint Statement on Harbour Cooperation\n\nMedia Note\n\n"
                             "May 3, 2021\n\nBegin Text:\n\nThe harbours open in June.\n\n"
                             "The ministers meet again in the autumn.\n\nEnd text.\n", &st), 0);
    assert_string_equal(st.preface, "Begin Text:");
    assert_string_equal(st.closing, "End text.");
    assert_int_equal(st.nblocks, 2);
    assert_int_equal(st.ndropped, 0);
    stmt_free(&st);
    assert_int_equal(rec_str("Harbour Talks\n\nMedia Note\n\nMay 3, 2021\n\n"
                             "The ministers agreed on the following points after a long day "
                             "of talks in the capital.\n\nThey will meet again.\n", &st), 0);
    assert_null(st.preface);
    assert_int_equal(st.nblocks, 2);
    stmt_free(&st);
}

/* A transcript's time and venue lines before the first speaker label are
 * header: they go to the preface; a short line before ordinary prose does
 * not. */
static void test_venue_and_time(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("Daily Briefing\n\nMay 3, 2021\n\nJane Doe, Department Spokesperson\n\n"
                             "1:05 p.m. EDT\n\nMS DOE: Good afternoon.\n", &st), 0);
    assert_string_equal(st.preface, "1:05 p.m. EDT");
    assert_int_equal(st.nblocks, 1);
    stmt_free(&st);
    assert_int_equal(rec_str("Remarks on Harbours\n\nMay 3, 2021\n\nJohn Smith, Secretary of State\n\n"
                             "Strelsau, Ruritania\n\nThe Old Harbour Pavilion\n\n"
                             "SECRETARY SMITH: Thank you all for coming.\n", &st), 0);
    assert_string_equal(st.place, "Strelsau, Ruritania");
    assert_string_equal(st.preface, "The Old Harbour Pavilion");
    stmt_free(&st);
    assert_int_equal(rec_str("Harbour Talks\n\nMedia Note\n\nMay 3, 2021\n\nA Short Line\n\n"
                             "The ministers met today and agreed to open the harbours.\n", &st), 0);
    assert_null(st.preface);
    stmt_free(&st);
}

/* A repost copies the page's one-sentence summary under its own preface
 * line: the summary is header (the preface), the body starts under it. */
static void test_repost_summary(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("Harbour talks with Graustark\n\n"
                             "The press release issued by the Ruritanian Foreign Office on 3 May 2021.\n\n"
                             "The Foreign Minister welcomes the harbour agreement with Graustark.\n\n"
                             "The Foreign Minister said:\n\n"
                             "Our harbours open in June. It is a good day for both countries.\n", &st), 0);
    assert_string_equal(st.date, "2021-05-03");
    assert_string_equal(st.preface, "The Foreign Minister welcomes the harbour agreement with "
                                    "Graustark.");
    char *b = first_block(&st);
    assert_string_equal(b, "The Foreign Minister said:");
    free(b);
    stmt_free(&st);
}

/* The statement's --dump-json text (to free). */
static char *json_of(const struct statement *st)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    export_json(st, f);
    fclose(f);
    return out;
}

/* JSON: "preface" only when there is one, so statements without it give
 * the same JSON as before. */
static void test_json(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("T");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "Body.", 3);
    char *out = json_of(&st);
    assert_null(strstr(out, "preface"));
    free(out);
    st.preface = xstrdup("Begin text:");
    out = json_of(&st);
    assert_non_null(strstr(out, "\"preface\": \"Begin text:\""));
    assert_null(strstr(out, "closing"));
    free(out);
    stmt_free(&st);
}

/* Markdown+YAML: the preface goes out as "preface:" and comes back. */
static void test_markdown_round_trip(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Harbour Talks");
    st.date = xstrdup("2021-05-03");
    st.preface = xstrdup("The below is attributable to Spokesperson Jane Doe:\nBegin text:");
    st.closing = xstrdup("End text.");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "The ministers met.", 3);
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    export_markdown(&st, f);
    fclose(f);
    assert_non_null(strstr(out, "preface:"));
    struct text t;
    assert_int_equal(text_from_bytes("t.md", out, n, TEXT_DEFAULT_MAX, &t), 0);
    struct statement back;
    assert_int_equal(src_parse(&t, &back), 0);
    assert_string_equal(back.preface, st.preface);
    assert_string_equal(back.closing, st.closing);
    assert_int_equal(back.nblocks, 1);
    text_free(&t);
    free(out);
    stmt_free(&back);
    stmt_free(&st);
}

/* A repost's made-by line ("The statement made by A B, the Foreign
 * Minister, on 3 May 2031.") is preface and dates the statement; a first
 * paragraph that only starts alike ("The statement made by the Minister
 * was welcomed ...") is body. */
static void test_made_by(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("Anna Roe - 2031 Statement on Harbour Dues\n\n"
                             "The statement made by Anna Roe, the Foreign Minister, on 3 May 2031.\n\n"
                             "Today we lowered harbour dues for fishing boats.\n\n"
                             "We will review them next year.\n", &st), 0);
    assert_string_equal(st.preface,
                        "The statement made by Anna Roe, the Foreign Minister, on 3 May 2031.");
    assert_string_equal(st.date, "2031-05-03");
    char *b = first_block(&st);
    assert_string_equal(b, "Today we lowered harbour dues for fishing boats.");
    free(b);
    stmt_free(&st);
    assert_int_equal(rec_str("Harbour Dues\n\nMay 3, 2031\n\n"
                             "The statement made by the Minister was welcomed by the fishing towns "
                             "and by the ferry companies.\n\nThey will meet in June.\n", &st), 0);
    b = first_block(&st);
    assert_true(!strncmp(b, "The statement made by the Minister", 34));
    assert_null(st.preface);
    free(b);
    stmt_free(&st);
}

/* A delivery or transcript note over the text is the preface; the body
 * starts under it ("Check against delivery!" is furniture, listed as
 * dropped).  A sentence that starts alike stays body. */
static void test_delivery_note(void **state)
{
    (void)state;
    struct statement st;
    static const char *const notes[] = {"As prepared for delivery.", "(Please check against delivery)",
        "[This is a rush transcript. This copy may not be in its final form]", NULL};
    for (int i = 0; notes[i]; i++) {
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "Remarks by the Minister on Harbour Cooperation\n\nMay 3, 2031\n\n%s\n\n"
                   "Good morning.\n\nThe harbours of Ruritania open in June.\n", notes[i]);
        assert_int_equal(rec_str(b.s, &st), 0);
        assert_string_equal(st.preface, notes[i]);
        char *f = first_block(&st);
        assert_string_equal(f, "Good morning.");
        free(f);
        stmt_free(&st);
        buf_free(&b);
    }
    assert_int_equal(rec_str("Remarks by the Minister\n\nMay 3, 2031\n\n"
                             "As delivered to the harbour board, the plan opens the ports in June.\n\n"
                             "The board agreed.\n", &st), 0);
    assert_null(st.preface);
    stmt_free(&st);
}

/* A page's one-sentence summary over a spokesperson's attribution is the
 * preface; the attribution stays the body's first paragraph. */
static void test_summary_over_spokesperson(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("PM call with the King of Graustark: 3 May 2031\n\n"
                             "The Prime Minister spoke to the King of Graustark about the harbour talks.\n\n"
                             "A Downing Street spokesperson said:\n\n"
                             "The Prime Minister called the King this morning.\n\n"
                             "They agreed to meet soon.\n", &st), 0);
    assert_string_equal(st.preface, "The Prime Minister spoke to the King of Graustark "
                                    "about the harbour talks.");
    char *f = first_block(&st);
    assert_string_equal(f, "A Downing Street spokesperson said:");
    free(f);
    stmt_free(&st);
    /* without the attribution the first sentence is body */
    assert_int_equal(rec_str("PM call with the King of Graustark: 3 May 2031\n\n"
                             "The Prime Minister spoke to the King of Graustark about the harbour talks.\n\n"
                             "They agreed to meet soon.\n", &st), 0);
    assert_null(st.preface);
    stmt_free(&st);
}

/* A place and a date run into the first paragraph before a dash, or a
 * bracketed source and a colon, are the header's: place and date filled,
 * the words listed as dropped, the body starting after them. */
static void test_run_in_place_date(void **state)
{
    (void)state;
    static const struct {
        const char *head, *place, *date;
    } cases[] = {
        {"Washington D.C., 25 October, 2030 \xE2\x80\x93 ", "Washington D.C.", "2030-10-25"},
        {"Brussels, 12 December 2030 - ", "Brussels", "2030-12-12"},
        {"NEW DELHI, India, March 3 (Agency) - ", "NEW DELHI, India", NULL},
        {"Islamabad, July 21, 2030 (ABC-XY): ", "Islamabad", "2030-07-21"},
        {"Nairobi, Saturday February 18, 2030 (MFA Press) \xE2\x80\x94 ", "Nairobi", "2030-02-18"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct statement st;
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "Minister Meets Graustark Counterpart\n\n%sThe Minister of Ruritania met "
                   "the Foreign Minister of Graustark.\n\nThey agreed to meet again.\n",
                   cases[i].head);
        assert_int_equal(rec_str(b.s, &st), 0);
        assert_string_equal(st.place, cases[i].place);
        if (cases[i].date)
            assert_string_equal(st.date, cases[i].date);
        char *f = first_block(&st);
        assert_true(!strncmp(f, "The Minister of Ruritania", 25));
        free(f);
        assert_int_equal(st.ndropped, 1);
        assert_string_equal(st.dropped[0].why, "run-in dateline");
        if (strstr(cases[i].head, "MFA Press"))  /* a ministry's press service */
            assert_string_equal(st.office, "MFA Press");
        else
            assert_null(st.office);
        stmt_free(&st);
        buf_free(&b);
    }
    /* no place before the date: the words stay */
    struct statement st;
    assert_int_equal(rec_str("Minister Meets Graustark Counterpart\n\n"
                             "The harbour, 12 December 2030 - The Minister met the board.\n\n"
                             "They agreed.\n", &st), 0);
    char *f = first_block(&st);
    assert_true(!strncmp(f, "The harbour, 12 December", 24));
    free(f);
    stmt_free(&st);
}

/* A repost's note over the statement's own dateline, when the header
 * gives no date: the note is the preface, the dateline gives place and
 * date.  A dateline further down, or with a date already, stays body. */
static void test_dateline_under_note(void **state)
{
    (void)state;
    static const char *const note = "Minister Meets Graustark Counterpart\n\n"
        "Reposted with thanks from the Council's site, published on 3 March 2030.\n\n"
        "Brussels, 28 February 2030\n\n"
        "The Minister of Ruritania met the Foreign Minister of Graustark today.\n\n"
        "They agreed to meet again.\n";
    struct statement st;
    capture_start();
    assert_int_equal(rec_str(note, &st), 0);
    capture_stop();
    assert_string_equal(st.place, "Brussels");
    assert_string_equal(st.date, "2030-02-28");
    assert_string_equal(st.preface,
                        "Reposted with thanks from the Council's site, published on 3 March 2030.");
    char *f = first_block(&st);
    assert_true(!strncmp(f, "The Minister of Ruritania", 25));
    free(f);
    stmt_free(&st);
    static const char *const dated = "Minister Meets Graustark Counterpart\n"
        "March 3, 2030\n\n"
        "The Minister of Ruritania met the Foreign Minister of Graustark today.\n\n"
        "Brussels, 28 February 2030\n\n"
        "They agreed to meet again.\n";
    assert_int_equal(rec_str(dated, &st), 0);
    assert_null(st.place);
    assert_string_equal(st.date, "2030-03-03");
    assert_int_equal(st.nblocks, 3);
    stmt_free(&st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attribution),
        cmocka_unit_test(test_attributed_issuer),
        cmocka_unit_test(test_made_the_following),
        cmocka_unit_test(test_kind_in_title),
        cmocka_unit_test(test_begin_text),
        cmocka_unit_test(test_venue_and_time),
        cmocka_unit_test(test_repost_summary),
        cmocka_unit_test(test_made_by),
        cmocka_unit_test(test_delivery_note),
        cmocka_unit_test(test_summary_over_spokesperson),
        cmocka_unit_test(test_run_in_place_date),
        cmocka_unit_test(test_dateline_under_note),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_markdown_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
