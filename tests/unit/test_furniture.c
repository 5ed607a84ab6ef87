/* test_furniture.c -- recognise/furniture.def and the body bounds: no row
 * of the vocabulary twice, every row recognised as what it says, sentences
 * of a statement never taken for furniture, the trailing block of
 * furniture and link lines cut off the body, marks that close the text,
 * photo captions at the head of the body.  Every example is invented. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "recognise/rec_parts.h"
#include "recognise/hdr_parts.h"
#include "recognise/furn_links.h"
#include "recstr.h"

struct row {
    const char *kind, *text;
};

static const struct row rows[] = {
#define FURN_LINE(text, why) {"line", text},
#define FURN_START(text, why) {"start", text},
#define FURN_FOOT(text, why) {"foot", text},
#define FURN_FOOT_START(text, why) {"foot start", text},
#define FURN_LANG(name) {"language", name},
#define FURN_END(text, strength) {"end", text},
#define FURN_MORE(text) {"more", text},
#define FURN_RUNIN(text) {"run-in", text},
#define FURN_PREFACE(text) {"preface", text},
#define FURN_CREDIT(text) {"credit", text},
#include "recognise/furniture.def"
};

#define NROWS (sizeof rows / sizeof rows[0])

/* No text twice within a kind (compared without case, as looked up). */
static void test_no_duplicates(void **state)
{
    (void)state;
    size_t dups = 0;
    for (size_t i = 0; i < NROWS; i++)
        for (size_t j = i + 1; j < NROWS; j++)
            if (!strcmp(rows[i].kind, rows[j].kind) && !strcasecmp(rows[i].text, rows[j].text)) {
                fprintf(stderr, "duplicate %s row: \"%s\"\n", rows[i].kind, rows[i].text);
                dups++;
            }
    assert_int_equal(dups, 0);
}

/* Every row is found: anywhere (line, start, language), after the body
 * (foot rows), as a closing mark (end rows). */
static void test_rows_found(void **state)
{
    (void)state;
    for (size_t i = 0; i < NROWS; i++) {
        const char *k = rows[i].kind, *t = rows[i].text;
        int found;
        if (!strcmp(k, "end"))
            found = rec_closing_mark(t) > 0;
        else if (!strcmp(k, "more"))
            found = rec_more_link(t) == 1 && rec_footer_why(t) != NULL;
        else if (!strcmp(k, "run-in")) {
            struct buf b;
            buf_init(&b);
            buf_printf(&b, "%sRuritanian version] The talks end.", t);
            found = rec_runin_note(b.s) == strlen(t) + 20;
            buf_free(&b);
        }
        else if (!strcmp(k, "preface"))
            found = rec_preface_note(t) && rec_furniture_why(t) == NULL;
        else if (!strcmp(k, "credit")) {
            struct buf b;  /* closing a caption's sentence, not a headline's word */
            buf_init(&b);
            buf_printf(&b, "The ministers at the harbour. [%s]", t);
            found = rec_furniture_why(b.s) != NULL;
            buf_free(&b);
            buf_init(&b);
            buf_printf(&b, "The ministers at the harbour [%s]", t);
            found = found && rec_furniture_why(b.s) == NULL;
            buf_free(&b);
        }
        else if (!strncmp(k, "foot", 4))
            found = rec_footer_why(t) != NULL;
        else
            found = rec_furniture_why(t) != NULL;
        if (!found)
            fprintf(stderr, "%s row not found: \"%s\"\n", k, t);
        assert_true(found);
    }
}

/* Families that are no single row: link runs, breadcrumbs, language
 * pickers, reading times; and lines of a statement that are none. */
static void test_families(void **state)
{
    (void)state;
    assert_string_equal(rec_furniture_why("Home > Media > Press Releases"), "breadcrumb");
    assert_string_equal(rec_furniture_why("Media \xE2\x80\xBA Statements \xE2\x80\xBA 2031"),
                        "breadcrumb");
    assert_string_equal(rec_furniture_why("English | Espa\xC3\xB1ol | Fran\xC3\xA7" "ais"),
                        "language picker");
    assert_string_equal(rec_furniture_why("7 min read"), "reading time");
    assert_non_null(rec_footer_why("Privacy Policy | Accessibility | FOIA | Contact Us"));
    assert_string_equal(rec_footer_why("Privacy Policy | Accessibility | FOIA"), "site footer");
    assert_string_equal(rec_footer_why("Page last updated: 3 May 2031"), "last-updated line");
    assert_string_equal(rec_footer_why("Published: 3 May 2031"), "published line");
    assert_null(rec_furniture_why("Published: 3 May 2031"));  /* the header's evidence */
    assert_null(rec_furniture_why("Privacy"));
    assert_string_equal(rec_footer_why("Back to Press Releases"), "share or related links");
    assert_string_equal(rec_footer_why("Read more at https://ministry.example/dues"),
                        "repost source");
    assert_string_equal(rec_footer_why("Published May 3, 2031 at 01:00AM"), "published line");
    assert_string_equal(rec_furniture_why("Comments (0)"), "comment form");
    assert_string_equal(rec_furniture_why("3 replies"), "comment form");
    assert_string_equal(rec_furniture_why("news-picture"), "page counter");
    assert_string_equal(rec_furniture_why("\xE2\x80\xA2 12/15/2031"), "page counter");
    assert_string_equal(rec_furniture_why("708"), "page counter");
    /* a carousel's slides, but not a sentence that counts */
    assert_string_equal(rec_furniture_why("\xE2\x80\xA2 3 of 5 National Women's Month"), "carousel");
    assert_string_equal(rec_furniture_why("1 of 5 Frequently Asked Questions"), "carousel");
    assert_null(rec_furniture_why("One of five ministers met today."));
    assert_null(rec_furniture_why("10 of the 12 members agreed to the text."));
    assert_true(rec_contact_line("press@ministry.example"));
    assert_true(rec_contact_line("FAX: 880-2-9881677, 9885688"));
    assert_true(rec_contact_line("Contact: 202-555-0143"));
    assert_true(rec_contact_line("+44 (0)20 7946 0000"));
    assert_false(rec_contact_line("1,250,000"));   /* a figure */
    assert_false(rec_contact_line("2031-04-04"));  /* a date */
    assert_false(rec_contact_line("13/11/2031"));
    assert_false(rec_contact_line("press@ministry.example."));  /* a sentence's end */
    assert_null(rec_furniture_why("press@ministry.example"));  /* furniture in a header only */
    assert_null(rec_furniture_why("Write to press@ministry.example today."));
    assert_string_equal(rec_furniture_why("Minister Kell meets Minister Osei at the harbour. "
                                          "[Photos: Ministry of Harbours]"),
                        "photo caption");
    assert_string_equal(rec_furniture_why("There were 22 press releases posted in the last 24 "
                                          "hours and 1,031 in the last 365 days."),
                        "site counter");
    assert_string_equal(rec_furniture_why("\xE2\x80\xA2 |"), "page stamp");
    assert_string_equal(rec_furniture_why("\xE2\x80\xA2 Last updated: 24 May. 2031 09:01"),
                        "page stamp");
    assert_string_equal(rec_furniture_why("Displaying 1 - 24 of 356 results."), "page counter");
    assert_string_equal(rec_furniture_why("Showing 11-20 of 93 items"), "page counter");
    assert_int_equal(rec_more_link("... who sailed at dawn ... Read More\xC2\xBB"), 2);
    assert_int_equal(rec_more_link("Read more about the harbour dues in the annex."), 0);
    assert_int_equal(rec_runin_note("[scroll down for Ruritanian version] the talks"), 0);
    assert_int_equal(rec_closing_mark(".    .    .    ."), 2);
    assert_int_equal(rec_closing_mark("..."), 0);
    assert_int_equal(rec_closing_mark("###"), 2);
    assert_int_equal(rec_closing_mark("End text."), 1);
    assert_int_equal(rec_closing_mark("The talks end today."), 0);
    static const char *const body[] = {
        "The ministers agreed to share data on river levels.",
        "Share prices rose after the agreement was signed.",
        "English is one of the two official languages of the commission.",
        "Search and rescue teams from both countries reached the village.",
        "Home to two million people, the valley needs a new bridge.",
        "Related talks will be held in Strelsau next month.",
        "Contact between the two navies will resume in June.",
        "Listen to the people of the border towns, the Minister said.",
        "Print media and broadcasters may attend the ceremony.",
        "Twelve ministers attended > ten of them for the first time.",
        "Comments from both ministers were welcome at the harbour.",
        "Back to the talks: the envoy returns to Strelsau on Monday.",
        "Return to the negotiating table is the only way forward",
        "Read more at the ministry's site about the new visa rules.",
        "Published figures show exports rose by a tenth this year.",
        "Posted to Strelsau in May 2031, the envoy met the Minister.",
        "World leaders will meet in Strelsau next month.",
        "Politics aside, the two countries agreed to cooperate.",
        "Date and venue of the next round will be agreed later.",
        "Views of both sides were exchanged on the border.",
        "Diplomacy is the only way to end the dispute, he said.",
        "The agreement (signed in May) enters into force in June.",
        "Leave a reply to the letter by the end of the month.",
        "Required fields of the form were agreed by both sides.",
        "1 comment from the Minister was added to the record.",
        "2031",
        "\xE2\x80\xA2 12 ships will sail to the islands in June",
        "Displaying great courage, the crews of 12 boats reached the island.",
        "Showing 3 of the 12 ports to the envoy, the Minister spoke of trade.",
        "\xE2\x80\xA2 Last updated rules on harbour dues take effect in June",
        "Available in all ports from June, the new permits are free.",
        "Yes, no ship was lost at sea.",
        "Continue reading the treaty, the Minister told the students.",
        "Learn more about the harbour dues at the port office.",
        "Full story of the rescue will be told at the hearing.",
        "Top officials of both ministries met in Strelsau.",
        "Loading of the ships resumed on Monday.",
        "Advertisements for the new ferry will run in June.",
        "This entry into force was welcomed by both ministers.",
        "E-mail and telephone links between the islands were restored.",
        NULL};
    for (int i = 0; body[i]; i++) {
        if (rec_footer_why(body[i]))
            fprintf(stderr, "body line taken for furniture: \"%s\"\n", body[i]);
        assert_null(rec_footer_why(body[i]));
    }
}

/* The text of block i; caller frees. */
static char *block(const struct statement *st, size_t i)
{
    assert_true(i < st->nblocks);
    return stmt_block_text(&st->blocks[i]);
}

/* Whether line no with text t is listed as dropped. */
static int listed(const struct statement *st, int no, const char *t)
{
    for (size_t i = 0; i < st->ndropped; i++)
        if (st->dropped[i].line == no && !strcmp(st->dropped[i].text, t))
            return 1;
    return 0;
}

/* Recognise s into *st and check that its body has nblocks blocks and
 * that line no, text t, is listed as dropped; the caller frees *st. */
static void blocks_and_listed(const char *s, size_t nblocks, int no, const char *t,
                              struct statement *st)
{
    assert_int_equal(rec_str(s, st), 0);
    assert_int_equal(st->nblocks, nblocks);
    assert_true(listed(st, no, t));
}

/* The same for a body of one paragraph. */
static void one_paragraph_listing(const char *s, int no, const char *t, struct statement *st)
{
    blocks_and_listed(s, 1, no, t, st);
}

/* The trailing block: furniture interleaved with short link lines (a
 * related item's title, tags, a date) goes, to the end of the page, each
 * line listed; the body's own last paragraph stays. */
static void test_trailing_block(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("Statement on Harbour Dues\n\nMay 3, 2031\n\n"
                             "The two ministers agreed to lower harbour dues for fishing boats.\n\n"
                             "Both sides will review the dues next year\n\n"
                             "Related Articles\n\nMinister Visits the Northern Ports\n\n"
                             "April 2, 2031\n\nTags\n\nGraustark\n\n"
                             "Privacy Policy | Accessibility | FOIA\n", &st), 0);
    assert_int_equal(st.nblocks, 2);
    char *b = block(&st, 1);
    assert_string_equal(b, "Both sides will review the dues next year");
    free(b);
    assert_true(listed(&st, 9, "Related Articles"));
    assert_true(listed(&st, 11, "Minister Visits the Northern Ports"));
    assert_true(listed(&st, 17, "Graustark"));
    assert_true(listed(&st, 19, "Privacy Policy | Accessibility | FOIA"));
    stmt_free(&st);
    /* a site name and the site's tag line after the body */
    assert_int_equal(rec_str("Statement on Harbour Dues\n\nMay 3, 2031\n\n"
                             "The two ministers agreed to lower harbour dues for fishing boats.\n\n"
                             "U.S. Department of State\n\nA Century of Diplomacy in Pictures\n", &st), 0);
    assert_int_equal(st.nblocks, 1);
    assert_true(listed(&st, 9, "A Century of Diplomacy in Pictures"));
    stmt_free(&st);
}

/* "###" ends the release when only furniture follows it (listed, the mark
 * kept as the closing); the text's own lines after it (footnotes, notes to
 * editors) stay in the body, nothing of them dropped; "End text" closes
 * the text only when furniture alone follows it. */
static void test_closing_marks(void **state)
{
    (void)state;
    struct statement st;
    one_paragraph_listing("Statement on Harbour Dues\n\nMay 3, 2031\n\n"
                          "The two ministers agreed to lower harbour dues for fishing boats "
                          "and for the ferries that serve the islands in winter.\n\n"
                          "###\n\nPrivacy Policy | Accessibility | FOIA\n",
                          9, "Privacy Policy | Accessibility | FOIA", &st);
    assert_string_equal(st.closing, "###");
    stmt_free(&st);
    assert_int_equal(rec_str("Statement on Harbour Dues\n\nMay 3, 2031\n\n"
                             "The two ministers agreed to lower harbour dues.\n\n"
                             "###\n\n1. fishing ↑\n\n2. ferries ↑\n", &st), 0);
    assert_int_equal(st.nblocks, 4);  /* the paragraph, the mark, two footnotes */
    assert_int_equal(st.ndropped, 0);
    assert_null(st.closing);
    stmt_free(&st);
    assert_int_equal(rec_str("Statement on Harbour Dues\n\nMay 3, 2031\n\n"
                             "Begin text:\n\nThe two ministers agreed to lower harbour dues.\n\n"
                             "End text\n\nThe Minister signed the agreement for Graustark.\n", &st), 0);
    assert_int_equal(st.nblocks, 3);  /* the narrative goes on after the text */
    assert_null(st.closing);
    stmt_free(&st);
}

/* Photo captions between the header and the body are listed, not the
 * body's first paragraph: an explicit credit, and up to three lines
 * describing a photo over a paragraph or a preface; a title-case heading
 * over the first paragraph, or a greeting, stays. */
static void test_captions(void **state)
{
    (void)state;
    struct statement st;
    one_paragraph_listing("Statement on Harbour Dues\n\nMay 3, 2031\n"
                          "Minister Kell and Minister Osei shake hands at the harbour\n"
                          "Minister Kell and Minister Osei sign the agreement\n\n"
                          "The two ministers agreed to lower harbour dues for fishing boats "
                          "from the first of June.\n",
                          4, "Minister Kell and Minister Osei shake hands at the harbour", &st);
    assert_string_equal(st.dropped[st.ndropped - 1].why, "photo caption");
    stmt_free(&st);
    one_paragraph_listing("Statement on Harbour Dues\n\nMay 3, 2031\n\n"
                          "(Photo: Ministry of Harbours)\n\n"
                          "The following is attributable to Spokesperson Mira Osei:\n\n"
                          "The two ministers agreed to lower harbour dues for fishing boats "
                          "from the first of June.\n",
                          5, "(Photo: Ministry of Harbours)", &st);
    assert_string_equal(st.preface, "The following is attributable to Spokesperson Mira Osei:");
    stmt_free(&st);
    static const char *const kept[] = {"Resettlement of Fishing Families from the Islands",
                                       "Thank you very much for coming today", NULL};
    for (int i = 0; kept[i]; i++) {
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "Statement on Harbour Dues\n\nMay 3, 2031\n\n%s\n\n"
                       "The two ministers agreed to lower harbour dues for fishing boats "
                       "from the first of June.\n", kept[i]);
        assert_int_equal(rec_str(b.s, &st), 0);
        char *first = block(&st, 0);
        assert_string_equal(first, kept[i]);
        free(first);
        stmt_free(&st);
        buf_free(&b);
    }
}

/* A listing page: the body is its first item's; the second item (a
 * headline, a byline, a date, its text) is listed as dropped.  A date
 * line inside a body with no headline and text under it stays, and so
 * does the text under header lines that no sentence stands above. */
static void test_listing(void **state)
{
    (void)state;
    struct statement st;
    blocks_and_listed("Harbour Day\n\nMay 15, 2031\n\n"
                      "On behalf of the government I offer best wishes to all the people "
                      "of the harbour towns today.\n\nHappy Harbour Day.\n\n"
                      "River Day 2031\n\nAnna Roe, Minister\n\nMay 14, 2031\n\n"
                      "On behalf of the government I offer best wishes to all the people "
                      "of the river towns today.\n",
                      2, 9, "River Day 2031", &st);
    assert_string_equal(st.dropped[0].why, "next item of a listing");
    stmt_free(&st);
    assert_int_equal(rec_str("Harbour Day\n\nMay 15, 2031\n\n"
                             "On behalf of the government I offer best wishes to all the people "
                             "of the harbour towns today.\n\nAnna Roe\n\nMay 15, 2031\n", &st), 0);
    assert_int_equal(st.nblocks, 3);
    stmt_free(&st);
    /* the next item's kind and byline lines over its place and date go
     * with it */
    one_paragraph_listing("Harbour Day\n\nMay 15, 2031\n\n"
                          "On behalf of the government I offer best wishes to all the people "
                          "of the harbour towns today.\n\nNews: River Day 2031\n\n"
                          "Press Statement\n\nAnna Roe\n\nMinister\n\nLisbon\n\nMay 14, 2031\n\n"
                          "On behalf of the government I offer best wishes to all the people "
                          "of the river towns today.\n",
                          7, "News: River Day 2031", &st);
    stmt_free(&st);
    /* a tag page's entries: "• Title" over "Title" starts the next item */
    blocks_and_listed("Tag: Harbours\n\n\xE2\x80\xA2 Harbour Dues Lowered\n\n"
                      "Harbour Dues Lowered\n\nMay 15, 2031\n\n"
                      "The ministers lowered harbour dues for fishing boats today.\n\n"
                      "They will review them next year.\n\n"
                      "\xE2\x80\xA2 Ferry Links Restored\n\nFerry Links Restored\n\n"
                      "The ferry to the islands will run again from June.\n",
                      2, 13, "\xE2\x80\xA2 Ferry Links Restored", &st);
    stmt_free(&st);
    /* a list of short items inside a body is no listing */
    assert_int_equal(rec_str("Harbour Dues\n\nMay 15, 2031\n\n"
                             "The ministers agreed on three ports:\n\n\xE2\x80\xA2 Strelsau\n\n"
                             "\xE2\x80\xA2 Zenda\n\n\xE2\x80\xA2 Tarlenheim\n\n"
                             "They will meet again in June.\n", &st), 0);
    assert_int_equal(st.nblocks, 5);
    stmt_free(&st);
    /* the statement's own header lines, left in the body above its first
     * sentence, are no next item: the text stays */
    assert_int_equal(rec_str("Harbour Dues Lowered\n\nFROM: RURITANIAN MINISTRY\n"
                             "Remarks Following Meeting With the Mayors\nRemarks Anna Roe\n"
                             "Deputy Secretary Strelsau, Ruritania\nJuly 8, 2031\n"
                             "It is a pleasure to be back in Strelsau, and the meeting with the "
                             "mayors went very well today.\n\nThey will meet again in June.\n",
                             &st), 0);
    assert_int_equal(st.ndropped, 0);
    char *last = block(&st, st.nblocks - 1);
    assert_string_equal(last, "They will meet again in June.");
    free(last);
    stmt_free(&st);
}

/* A listing of teasers, each closed by a "Read More" link the page
 * repeats (alone, or glued after an ellipsis), ends the body at the
 * first teaser's link, the link and the items after it listed; one such
 * link in a statement splits nothing. */
static void test_teasers(void **state)
{
    (void)state;
    struct statement st;
    blocks_and_listed("News & Events\n\nHarbour Dues Lowered\n\n"
                      "The ministers lowered harbour dues for fishing boats in all ports today.\n\n"
                      "Read More\n\nFerry Links Restored\n\n"
                      "The ferry to the islands will run again from June, the Minister said.\n\n"
                      "Read More\n",
                      1, 7, "Read More", &st);
    assert_string_equal(st.dropped[st.ndropped - 2].why, "next item of a listing");
    stmt_free(&st);
    blocks_and_listed("News & Events\n\n"
                      "A Proclamation on Harbour Dues, Ferries, and Fishing Boats, 2031\n\n"
                      "The ministers lowered harbour dues for fishing boats today. They "
                      "agreed to review the dues of the ferries in all ports of the coast "
                      "next year, and to meet again in Strelsau in June with the mayors of "
                      "the harbour towns, who asked for lower dues for the boats that "
                      "... Read More\xC2\xBB\n\nFerry Links Restored\n\n"
                      "The ferry to the islands will run again from June, the Minister ... "
                      "Read More\xC2\xBB\n",
                      1, 7, "Ferry Links Restored", &st);
    assert_string_equal(st.dropped[st.ndropped - 2].why, "next item of a listing");
    stmt_free(&st);
    assert_int_equal(rec_str("Harbour Dues Lowered\n\nMay 3, 2031\n\n"
                             "The ministers lowered harbour dues for fishing boats today.\n\n"
                             "Read more\n\nThe Next Steps\n\n"
                             "The dues will be reviewed by both ministries next year in May.\n",
                             &st), 0);
    assert_int_equal(st.nblocks, 4);
    stmt_free(&st);
}

/* A listing without headlines: each item under a date and venue line
 * ("19 Mar 2031 | Headquarters"); the body ends above the second one. */
static void test_stamped_items(void **state)
{
    (void)state;
    struct statement st;
    blocks_and_listed("Statements of the Envoy\n\n24 Mar 2031 | Headquarters\n\n"
                      "Today we remember the sailors of the harbour towns who were lost at sea "
                      "in the storm of May.\n\n19 Mar 2031 | Headquarters\n\n"
                      "Ahead of the election in Ruritania, the Envoy calls on all sides to work "
                      "towards a peaceful vote.\n",
                      1, 7, "19 Mar 2031 | Headquarters", &st);
    assert_string_equal(st.dropped[st.ndropped - 2].why, "next item of a listing");
    stmt_free(&st);
}

/* A bracketed note run into the first paragraph ("[scroll down for X
 * version] ") is cut off and listed; a bullet holding a date and a
 * separator at the head of the body is the date line. */
static void test_head_notes(void **state)
{
    (void)state;
    struct statement st;
    assert_int_equal(rec_str("Harbour Dues Lowered\n\nMay 3, 2031\n\n"
                             "[scroll down for Ruritanian version] The ministers lowered "
                             "harbour dues.\n\nThey will meet again in June.\n", &st), 0);
    char *first = block(&st, 0);
    assert_string_equal(first, "The ministers lowered harbour dues.");
    assert_true(listed(&st, 5, "[scroll down for Ruritanian version]"));
    free(first);
    stmt_free(&st);
    blocks_and_listed("Harbour Dues Lowered\n\n\xE2\x80\xA2 23 Oct. 2031 -\n\n"
                      "\xE2\x80\xA2 |\n\n(As delivered)\n\n"
                      "The ministers lowered harbour dues for fishing boats today.\n",
                      1, 5, "\xE2\x80\xA2 |", &st);
    assert_string_equal(st.date, "2031-10-23");
    assert_true(listed(&st, 7, "(As delivered)"));
    stmt_free(&st);
}

/* The notes for editors after the text ("Notes to editors" and what
 * follows) are no body: listed with their reason; a sentence that starts
 * alike stays. */
static void test_notes_to_editors(void **state)
{
    (void)state;
    struct statement st;
    one_paragraph_listing("Statement on Harbour Dues\n\nMay 3, 2031\n\n"
                          "The two ministers agreed to lower harbour dues for fishing boats.\n\n"
                          "Notes to editors\n\nThe dues were last changed in 2019.\n",
                          9, "The dues were last changed in 2019.", &st);
    assert_string_equal(st.dropped[st.ndropped - 1].why, "notes to editors");
    stmt_free(&st);
    assert_true(rec_notes_heading("Notes to Editors:"));
    assert_false(rec_notes_heading("Notes to editors were sent on Monday."));
}

/* A news agency's dateline run into the first paragraph ("STRELSAU, May
 * 3. /RNA/. ", "Strelsau, May 3, 2031 (RNA) - ") is header: the place is
 * taken and the paragraph starts after it; a paragraph that only opens
 * with a place and a slash keeps its words. */
static void test_agency_dateline(void **state)
{
    (void)state;
    static const char *const heads[] = {"Moscow, May 3. /RNA/. ", "Moscow /RNA/. ",
                                        "Moscow, May 3, 2031 (RNA) - ", "Moscow, May 3, RNA -- ",
                                        NULL};
    for (int i = 0; heads[i]; i++) {
        struct statement st;
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "Ministers Meet on Harbour Dues\n\n%sThe two ministers agreed to lower "
                       "harbour dues for fishing boats.\n\nThey will meet again in June.\n",
                   heads[i]);
        assert_int_equal(rec_str(b.s, &st), 0);
        char *first = block(&st, 0);
        assert_string_equal(first, "The two ministers agreed to lower harbour dues for fishing boats.");
        assert_non_null(st.place);
        free(first);
        stmt_free(&st);
        buf_free(&b);
    }
    struct statement st;
    /* a date alone run in ("Dec. 7 - ") is header too, and listed */
    assert_int_equal(rec_str("Ministers Meet on Harbour Dues\n\nDec. 7 - The two ministers "
                             "agreed to lower harbour dues.\n\nThey will meet again in June.\n",
                             &st), 0);
    char *d = block(&st, 0);
    assert_string_equal(d, "The two ministers agreed to lower harbour dues.");
    assert_true(listed(&st, 3, "Dec. 7"));
    free(d);
    stmt_free(&st);
    assert_int_equal(rec_str("Ministers Meet on Harbour Dues\n\nThe ports of Moscow /and the "
                             "islands/ will lower harbour dues for fishing boats.\n\n"
                             "They will meet again in June.\n", &st), 0);
    char *first = block(&st, 0);
    assert_true(!strncmp(first, "The ports of Moscow", 19));
    free(first);
    stmt_free(&st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_duplicates),
        cmocka_unit_test(test_rows_found),
        cmocka_unit_test(test_families),
        cmocka_unit_test(test_trailing_block),
        cmocka_unit_test(test_closing_marks),
        cmocka_unit_test(test_captions),
        cmocka_unit_test(test_listing),
        cmocka_unit_test(test_agency_dateline),
        cmocka_unit_test(test_notes_to_editors),
        cmocka_unit_test(test_teasers),
        cmocka_unit_test(test_head_notes),
        cmocka_unit_test(test_stamped_items),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
