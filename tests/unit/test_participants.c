/* test_participants.c -- participant extraction: the reference statement's
 * eight rows exactly, and corpus-style sentences and headlines (calls,
 * meetings, demonyms, "of COUNTRY", ranks, particles, accents, lists),
 * including cases that must give no row. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "recstr.h"
#include "recognise/participants.h"
#include "recognise/tokens.h"
#include "recognise/recognise.h"
#include "base/util.h"
#include "partrows.h"

#define EXPECT_ROWS(st, ...) do { \
    static const char *const rows_[] = {__VA_ARGS__}; \
    expect_rows(st, rows_, sizeof rows_ / sizeof rows_[0]); } while (0)

/* Build a statement from a headline and one body paragraph, extract, and
 * compare with expected rows "delegation|title|name" (delegation "-" for
 * NULL), in order. */
static void check_in(const char *title, const char *office, enum block_kind kind,
                     const char *body, const char *const *rows, size_t n)
{
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup(title);
    st.short_title = xstrdup(title);
    if (office)
        st.office = xstrdup(office);
    if (body)
        stmt_add_block(&st, kind, 1, kind == BLK_LIST_ITEM ? "1." : NULL, body, 1);
    part_extract(&st);
    expect_rows(&st, rows, n);
    stmt_free(&st);
}

static void check(const char *title, const char *body, const char *const *rows, size_t n)
{
    check_in(title, NULL, BLK_PARAGRAPH, body, rows, n);
}

/* The same with an office line and the body as one block of a kind. */
#define CHECK_IN(title, office, kind, body, ...) do { \
    static const char *const rows_[] = {__VA_ARGS__}; \
    check_in(title, office, kind, body, rows_, sizeof rows_ / sizeof rows_[0]); } while (0)
#define CHECK(title, body, ...) do { \
    static const char *const rows_[] = {__VA_ARGS__}; \
    check(title, body, rows_, sizeof rows_ / sizeof rows_[0]); } while (0)
#define CHECK_NONE(title, body) check(title, body, NULL, 0)

static void test_reference_rows(void **state)
{
    (void)state;
    struct text t;
    struct statement st;
    assert_int_equal(text_read_file("examples/tillerson-kelly-mexico-2017-02-23.txt",
                                    TEXT_DEFAULT_MAX, &t), 0);
    assert_int_equal(rec_recognise(&t, &st), 0);
    static const char *const want[8][3] = {
        {"United States", "Secretary of State", "Rex Tillerson"},
        {"United States", "Secretary of Homeland Security", "John Kelly"},
        {"Mexico", "Secretary of Government", "Miguel Angel Osorio Chong"},
        {"Mexico", "Secretary of Foreign Relations", "Luis Videgaray Caso"},
        {"Mexico", "Secretary of National Defense", "General Salvador Cienfuegos Zepeda"},
        {"Mexico", "Secretary of the Navy", "Admiral Vidal Francisco Soberon Sanz"},
        {"Mexico", "Secretary of Finance and Public Credit", "Jose Antonio Meade Kuribrena"},
        {"Mexico", "Attorney General", "Raul Cervantes Andrade"},
    };
    assert_int_equal(st.nparts, 8);
    for (size_t i = 0; i < 8; i++) {
        assert_string_equal(st.parts[i].delegation, want[i][0]);
        assert_string_equal(st.parts[i].title, want[i][1]);
        assert_string_equal(st.parts[i].name, want[i][2]);
    }
    stmt_free(&st);
    text_free(&t);
}

static void test_call_headline_and_body(void **state)
{
    (void)state;
    /* headline surname merged with the body's full name */
    CHECK("Secretary Blinken\xE2\x80\x99s Call with Israeli Foreign Minister Ashkenazi",
          "Secretary of State Antony J. Blinken spoke with Israeli Foreign Minister "
          "Gabi Ashkenazi today to reiterate his support.",
          "United States|Secretary of State|Antony J. Blinken",
          "Israel|Foreign Minister|Gabi Ashkenazi");
    CHECK("Secretary Blinken's Call with Botswana President Masisi",
          "Secretary of State Antony J. Blinken spoke yesterday with Botswana President "
          "Mokgweetsi Masisi to emphasize the importance of continued collaboration.",
          "United States|Secretary of State|Antony J. Blinken",
          "Botswana|President|Mokgweetsi Masisi");
}

static void test_of_country_and_accents(void **state)
{
    (void)state;
    CHECK("Deputy Secretary Sherman's Meeting",
          "Deputy Secretary of State Wendy R. Sherman met with Foreign Minister "
          "Mevl\xC3\xBCt \xC3\x87" "avu\xC5\x9Fo\xC4\x9Flu of Turkey in Brussels.",
          "United States|Deputy Secretary of State|Wendy R. Sherman",
          "Turkey|Foreign Minister|Mevl\xC3\xBCt \xC3\x87" "avu\xC5\x9Fo\xC4\x9Flu");
    /* particles inside a name, a country as the title's domain */
    CHECK("Secretary Blinken's Call with UAE Foreign Minister Sheikh Bin Zayed",
          "Secretary of State Antony J. Blinken spoke today with the UAE Minister of "
          "Foreign Affairs and International Cooperation Sheikh Abdullah bin Zayed Al "
          "Nahyan about regional security.",
          "United States|Secretary of State|Antony J. Blinken",
          "United Arab Emirates|Minister of Foreign Affairs and International Cooperation|"
          "Sheikh Abdullah bin Zayed Al Nahyan");
    CHECK("Readout", "Secretary Blinken met today with Saudi Foreign Minister of the "
          "Kingdom of Saudi Arabia Prince Faisal bin Farhan to discuss Yemen.",
          "Saudi Arabia|Foreign Minister|Prince Faisal bin Farhan");
    /* capitals past Latin-1 start name words too: Ł (U+0141), Ș (U+0218) */
    CHECK("Readout", "Secretary Blinken met today with Polish Deputy Foreign Minister "
          "\xC5\x81ukasz Nowak and Romanian Foreign Minister \xC8\x98tefan Popescu.",
          "Poland|Deputy Foreign Minister|\xC5\x81ukasz Nowak",
          "Romania|Foreign Minister|\xC8\x98tefan Popescu");
}

static void test_lists_and_offices(void **state)
{
    (void)state;
    /* two offices joined by "and"; comma list with a final "and"; list
     * items without a country of their own take the one before */
    CHECK("Readout",
          "Deputy Secretary Sherman met with Israeli Alternate Prime Minister and Foreign "
          "Minister Yair Lapid, Defense Minister Benny Gantz, and National Security "
          "Advisor Eyal Hulata.",
          "Israel|Alternate Prime Minister and Foreign Minister|Yair Lapid",
          "Israel|Defense Minister|Benny Gantz",
          "Israel|National Security Advisor|Eyal Hulata");
    /* "with A, B stressed": B is the subject of a clause, not a list item */
    CHECK("Readout",
          "In her meeting with Prime Minister Hun Sen, Deputy Secretary Sherman stressed "
          "the importance of an independent foreign policy.",
          "-|Prime Minister|Hun Sen");
    /* an organisation as delegation */
    CHECK("Secretary Blinken's Call with NATO Secretary General Stoltenberg",
          "Secretary Blinken spoke with NATO Secretary General Jens Stoltenberg today.",
          "NATO|Secretary General|Jens Stoltenberg");
}

static void test_precision(void **state)
{
    (void)state;
    /* people merely mentioned are no participants */
    CHECK_NONE("U.S. Sanctions International Network Enriching Houthis in Yemen",
               "Today, the United States is designating Sa\xE2\x80\x99id Ahmad Muhammad "
               "al-Jamal, a Yemeni accountant, said President Biden.");
    CHECK_NONE("Affirming the Conviction of Former Bosnian Serb Army Commander Ratko Mladic",
               "We welcome the decision.");
    CHECK_NONE("On the Occasion of the Official Birthday of Her Majesty Queen Elizabeth II",
               "On behalf of the United States, I congratulate the people.");
    /* headline words are not names; digits are not names */
    CHECK("U.S. Special Envoy for Yemen Karl Berg Returns from the Gulf", NULL,
          "United States|Special Envoy for Yemen|Karl Berg");
    CHECK("Joint Statement by Secretary of State Antony J. Blinken and Treasury Secretary "
          "Janet L. Yellen Commending Progress", NULL,
          "United States|Secretary of State|Antony J. Blinken",
          "United States|Treasury Secretary|Janet L. Yellen");
    CHECK_NONE("Briefing with State Department Coordinator for Global COVID-19 Response", NULL);
    /* a later "meeting with" is no participant of this statement's body
     * beyond the first paragraphs: see the reference test (Pena Nieto) */
}

static void test_forms(void **state)
{
    (void)state;
    /* styles, regnal numbers, parenthesised abbreviations, "of COUNTRY"
     * after the office as the delegation */
    CHECK("Readout", "Secretary of State Antony J. Blinken met today in Washington, D.C., "
          "with His Majesty King Abdullah II of Jordan.",
          "United States|Secretary of State|Antony J. Blinken",
          "Jordan|King|Abdullah II");
    CHECK("Readout", "Secretary Antony J. Blinken spoke today with Democratic Republic of "
          "the Congo (DRC) President F\xC3\xA9lix Tshisekedi.",
          "United States|Secretary|Antony J. Blinken",
          "Democratic Republic of the Congo|President|F\xC3\xA9lix Tshisekedi");
    /* "Name, Title" after "led by"; the delegation named before it */
    CHECK("Joint Statement", "The delegations of the Republic of Iraq, led by Dr. Fuad Hussein, "
          "Iraq\xE2\x80\x99s Minister of Foreign Affairs, and the United States of America, "
          "led by Secretary of State Antony J. Blinken, co-chaired the session.",
          "United States|Secretary of State|Antony J. Blinken",
          "Iraq|Minister of Foreign Affairs|Dr. Fuad Hussein");
    /* a travelling subject without a counterpart; a headline surname */
    CHECK("Assistant Secretary Lee Satterfield Travels to Croatia",
          "Assistant Secretary of State for Educational and Cultural Affairs (ECA) Lee "
          "Satterfield is traveling to Croatia and Cyprus.",
          "United States|Assistant Secretary of State for Educational and Cultural Affairs|Lee Satterfield");
    /* a merely mentioned person is no subject */
    CHECK_NONE("Statement", "President Biden announced new measures today.");
}

static void test_byline(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Japan National Day");
    st.office = xstrdup("Antony J. Blinken, Secretary of State");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "Dr. Subrahmanyam Jaishankar, Indian External Affairs Minister", 1);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "On behalf of the United States, I congratulate you.", 2);
    part_extract(&st);
    assert_int_equal(st.nparts, 2);
    assert_string_equal(st.parts[0].name, "Antony J. Blinken");
    assert_string_equal(st.parts[0].title, "Secretary of State");
    assert_string_equal(st.parts[0].delegation, "United States");
    assert_string_equal(st.parts[1].name, "Dr. Subrahmanyam Jaishankar");
    assert_string_equal(st.parts[1].title, "External Affairs Minister");
    assert_string_equal(st.parts[1].delegation, "India");
    stmt_free(&st);
    assert_true(part_is_byline("Yair Lapid, Israeli Foreign Minister"));
    assert_false(part_is_byline("Berlin, Germany"));
    assert_false(part_is_byline("Office of the Spokesperson"));
}

static void test_country_table(void **state)
{
    (void)state;
    assert_string_equal(part_country_of("Mexican"), "Mexico");
    assert_string_equal(part_country_of("Mexico City"), "Mexico");
    assert_string_equal(part_country_of("Israeli"), "Israel");
    assert_string_equal(part_country_of("UAE"), "United Arab Emirates");
    assert_null(part_country_of("Secretary"));
    assert_null(part_country_of(""));
    /* a right single quote matches the table's apostrophe */
    assert_string_equal(part_country_of("People\xE2\x80\x99s Republic of China"), "China");
    assert_string_equal(part_country_of("People's Republic of China"), "China");
    assert_string_equal(part_country_of("N\xE2\x80\x99" "Djamena"), "Chad");
    /* the hashed lookup: whole aliases only, accents, first and last rows */
    assert_string_equal(part_country_of("Washington"), "United States");
    assert_string_equal(part_country_of("Bras\xC3\xADlia"), "Brazil");
    assert_string_equal(part_country_of("T\xC3\xBCrkiye"), "Turkey");
    assert_string_equal(part_country_of("African Union"), "African Union");
    assert_string_equal(part_country_of("AU"), "African Union");
    assert_null(part_country_of("Mexic"));
    assert_null(part_country_of("Mexico Cit"));
    assert_null(part_country_of("Mexico City Hall"));
    assert_null(part_country_of("mexico"));
    assert_null(part_country_of("People\xE2\x80\x9Ds Republic of China"));
}

/* A briefing's byline that lists its speakers as TITLE NAME: the issuing
 * side, even when the headline names another country. */
static void test_speakers_byline(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Briefing With Acting Assistant Secretary for Near Eastern Affairs "
                       "Joey Hood On the Meeting on Syria");
    st.office = xstrdup("Acting Assistant Secretary for Near Eastern Affairs Joey Hood, "
                        "Acting Director of the Office of the Global Coalition to Defeat "
                        "ISIS Patrick Worman");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "MR ICE: Thank you all for joining.", 1);
    part_extract(&st);
    assert_true(st.nparts >= 1);
    assert_string_equal(st.parts[0].name, "Joey Hood");
    assert_string_equal(st.parts[0].title, "Acting Assistant Secretary for Near Eastern Affairs");
    for (size_t i = 0; i < st.nparts; i++)
        assert_string_equal(st.parts[i].delegation, "United States");
    stmt_free(&st);
}

/* Honorifics are no part of a name: "Mr.", "Shri", "H.E.", "The
 * Honourable", "Rt Hon"; a joined particle ends a name ("al-Hakim"). */
static void test_honorifics_and_particles(void **state)
{
    (void)state;
    CHECK("Readout", "Secretary of State Jane Doe met today with the Honourable Tom Marsh, "
          "Minister of Trade, in Strelsau.",
          "United States|Secretary of State|Jane Doe",
          "-|Minister of Trade|Tom Marsh");
    CHECK("Readout", "Secretary of State Jane Doe met today with H.E. Ali Haddad, "
          "Minister of Finance of Jordan, to discuss trade.",
          "United States|Secretary of State|Jane Doe",
          "Jordan|Minister of Finance|Ali Haddad");
    CHECK("Readout", "Secretary of State Jane Doe spoke today with Iraqi Foreign Minister "
          "Samir al-Hakim to discuss the dam.",
          "United States|Secretary of State|Jane Doe",
          "Iraq|Foreign Minister|Samir al-Hakim");
    CHECK("Readout", "Secretary of State Jane Doe met with Rt Hon Peter Grey, British "
          "Minister for Trade, in London.",
          "United States|Secretary of State|Jane Doe",
          "United Kingdom|Minister for Trade|Peter Grey");
}

/* A list of mentions as the subject of a verb of taking part, after a
 * run-in date; a domain of two parts ("Foreign Affairs and Trade of"). */
static void test_subject_list(void **state)
{
    (void)state;
    CHECK("Trilateral Meeting",
          "Mar. 3 - Minister of Foreign Affairs of Japan Kenji Arai, Minister of Foreign "
          "Affairs and Trade of the Republic of Korea Park Min-jun, and U.S. Secretary of "
          "State Jane Doe met in Geneva for a trilateral meeting.",
          "United States|Secretary of State|Jane Doe",
          "Japan|Minister of Foreign Affairs|Kenji Arai",
          "Republic of Korea|Minister of Foreign Affairs and Trade|Park Min-jun");
    /* a list that is no subject of taking part gives no row */
    CHECK_NONE("Statement", "Foreign Minister Kenji Arai and Trade Minister Park Min-jun "
               "are expected to welcome the decision.");
}

/* TITLE, NAME with a comma between ("his Ruritanian counterpart" names the
 * country); the speaker a transcript's paragraph opens with, in both
 * orders, without a delegation the text does not give. */
static void test_title_comma_name_and_speakers(void **state)
{
    (void)state;
    CHECK("Readout", "Secretary of Defense Jane Doe met today with his UK counterpart, "
          "Secretary of State for Defence, Peter Grey, on the margins of the summit.",
          "United States|Secretary of Defense|Jane Doe",
          "United Kingdom|Secretary of State for Defence|Peter Grey");
    CHECK("Briefing", "Official Spokesperson, Shri Arun Mehta: Good afternoon and welcome.",
          "-|Official Spokesperson|Arun Mehta");
    CHECK("Briefing", "Mr. Arun Mehta, Official Spokesperson: Good afternoon.",
          "-|Official Spokesperson|Arun Mehta");
    CHECK("Doorstop", "Foreign Minister, Senator the Hon Mary Brown: Thanks for coming.",
          "-|Foreign Minister|Mary Brown");
    /* a colon after words that are no mention */
    CHECK_NONE("Briefing", "Good afternoon, Arun Mehta: thank you all for coming.");
}

/* Check that part_attribution reads line as title|name|delegation ("-"
 * for none), or as no attribution line when want is NULL. */
static void check_attrib(const char *line, const char *want)
{
    char *title = NULL, *name = NULL;
    const char *deleg = NULL;
    int r = part_attribution(line, &title, &name, &deleg);
    if (!want) {
        assert_int_equal(r, 0);
        return;
    }
    if (r != 1)
        fprintf(stderr, "not an attribution line: %s\n", line);
    assert_int_equal(r, 1);
    char got[256];
    snprintf(got, sizeof got, "%s|%s|%s", title, name, deleg ? deleg : "-");
    assert_string_equal(got, want);
    free(title);
    free(name);
}

/* Attribution and preface lines name who issued the text. */
static void test_attribution(void **state)
{
    (void)state;
    check_attrib("The following is attributable to Spokesperson Jane Doe:",
                 "Spokesperson|Jane Doe|-");
    check_attrib("The below is attributable to Principal Deputy Spokesperson Tom Marsh:\xE2\x80\x8E",
                 "Principal Deputy Spokesperson|Tom Marsh|-");
    check_attrib("Deputy Press Secretary Ms. Ann Grey provided the following readout:",
                 "Deputy Press Secretary|Ann Grey|-");
    check_attrib("Ruritanian Foreign Minister Rudolf Elphberg released the following statement:",
                 NULL);
    check_attrib("Japanese Foreign Minister Kenji Arai released the following statement:",
                 "Foreign Minister|Kenji Arai|Japan");
    check_attrib("The following is attributable to the Office of the Spokesperson:", NULL);
    check_attrib("Spokesperson Jane Doe met with the press today.", NULL);
    check_attrib("The following is attributable to Spokesperson Jane Doe: we welcome it.", NULL);
}

/* The person an attribution line of the preface names is the issuing
 * side's participant; a preface line that is no attribution adds nobody. */
static void test_preface_attribution(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Secretary Doe's Call with Ruritanian Foreign Minister Rudolf Elphberg");
    st.preface = xstrdup("Begin text:\nThe below is attributable to Spokesperson Jane Roe:");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "They discussed the harvest.", 3);
    part_extract(&st);
    int roe = 0;
    for (size_t i = 0; i < st.nparts; i++)
        if (!strcmp(st.parts[i].name, "Jane Roe")) {
            roe++;
            assert_string_equal(st.parts[i].title, "Spokesperson");
            assert_string_equal(st.parts[i].delegation, "United States");
        }
    assert_int_equal(roe, 1);
    stmt_free(&st);
}

/* A person given only by title and surname is no row (a row holds a full
 * name), also when a country before the title says whose side it is;
 * ranks do not count as given names. */
static void test_surname_only(void **state)
{
    (void)state;
    CHECK_NONE("Readout of the President's Call with Chancellor Smith of Ruritania",
               "President Jones spoke today with Chancellor Smith of Germany.");
    CHECK_NONE("Statement", "General Smith met with President Jones today.");
    CHECK_NONE("Readout", "Secretary Doe spoke today with Japanese Foreign Minister Arai.");
    /* "TITLE of COUNTRY, NAME," items as a subject; a rank word inside a
     * name is a name word */
    CHECK("Dialogue", "The Minister for Foreign Affairs of Japan, Kenji Arai, the Secretary "
          "of State of the United States, Jane Doe, and the Minister for Foreign Affairs of "
          "Australia, Mary Bishop, met in Geneva.",
          "United States|Secretary of State|Jane Doe",
          "Japan|Minister for Foreign Affairs|Kenji Arai",
          "Australia|Minister for Foreign Affairs|Mary Bishop");
    /* the surname merges with the full name the body gives */
    CHECK("Secretary Doe's Call with Chancellor Smith",
          "Secretary of State Jane Doe spoke today with German Chancellor Karl Smith.",
          "United States|Secretary of State|Jane Doe",
          "Germany|Chancellor|Karl Smith");
}


/* Subjects after an item number or an introductory phrase, signing as
 * taking part, and ", Senator NAME," after a title. */
static void test_subject_openings(void **state)
{
    (void)state;
    CHECK("Talks in Tokyo",
          "Today on board a ship in the bay, U.S. Secretary of State Ann Ruritan and "
          "Philippine Secretary for Foreign Affairs Albert del Rosario signed the declaration.",
          "United States|Secretary of State|Ann Ruritan",
          "Philippines|Secretary for Foreign Affairs|Albert del Rosario");
    CHECK("Talks in Tokyo",
          "On 20 April, Australian Minister for Defence, Senator Marise Payne, met "
          "Japanese Minister of Defense Tomomi Inada.",
          "Australia|Minister for Defence|Marise Payne",
          "Japan|Minister of Defense|Tomomi Inada");
    /* an introductory phrase that is the whole clause: no subject after it */
    CHECK_NONE("Talks in Tokyo", "In the talks, the ministers welcomed progress.");
}

/* A numbered paragraph is scanned as a paragraph is. */
static void test_numbered_paragraph(void **state)
{
    (void)state;
    CHECK_IN("Joint Statement on Consultations", NULL, BLK_LIST_ITEM,
             "Minister for Foreign Affairs of Japan, Mr. Fumio Kishida, and Minister of "
             "Defense of Japan, Ms. Tomomi Inada, met in Tokyo for the consultations.",
             "Japan|Minister for Foreign Affairs|Fumio Kishida",
             "Japan|Minister of Defense|Tomomi Inada");
}

/* The issuing side is the country the office names, not always the United
 * States; a person assumed on the issuing side and stated elsewhere with a
 * country is one row, of that country. */
static void test_issuing_side(void **state)
{
    (void)state;
    CHECK_IN("Visit to Canberra", "Ministry of Foreign Affairs of Japan", BLK_PARAGRAPH,
             "Foreign Minister Taro Kono met with Australian Minister for Defence "
             "Christopher Pyne in Canberra.",
             "Japan|Foreign Minister|Taro Kono",
             "Australia|Minister for Defence|Christopher Pyne");
    CHECK("Ministers Meet",
          "Minister for Defence Christopher Pyne met in Tokyo. Australian Minister for "
          "Defence Christopher Pyne also spoke.",
          "Australia|Minister for Defence|Christopher Pyne");
}

/* An office that names no country but an issuing body of the lexicon
 * ("Foreign Office") gives the issuing side its country. */
static void test_issuer_vocabulary(void **state)
{
    (void)state;
    CHECK_IN("Foreign Secretary travels to Ottawa", "Foreign Office", BLK_PARAGRAPH,
             "Foreign Secretary Jane Roe will travel to Ottawa for the meeting.",
             "United Kingdom|Foreign Secretary|Jane Roe");
    CHECK_IN("Briefing", "Ministry of External Affairs", BLK_PARAGRAPH,
             "Minister of State Ravi Kumar visited Dhaka on Monday.",
             "India|Minister of State|Ravi Kumar");
    /* "Home" opens a title as a modifier: "Home Office Security Minister" */
    CHECK_IN("Foreign Secretary travels to Toronto", "Foreign Office", BLK_PARAGRAPH,
             "For the session the Foreign Secretary will be joined by Home Office Security "
             "Minister Jane Roe.",
             "United Kingdom|Home Office Security Minister|Jane Roe");
}

/* A preface line that says who released or signed the text, and a
 * paragraph that introduces a quotation ("A B said:"), name participants. */
static void test_issued_by_and_quoted(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Joint Statement on Ruritania");
    st.office = xstrdup("Office of the Spokesperson");
    st.preface = xstrdup("The following statement was released by Secretary of State Ann Smith, "
                         "the EU High Representative for Foreign Affairs Karl Berg, and "
                         "Canadian Minister of Foreign Affairs Paul Roy.");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "We remain concerned about the crisis.", 1);
    part_extract(&st);
    assert_int_equal(st.nparts, 3);
    assert_string_equal(st.parts[0].name, "Ann Smith");
    assert_string_equal(st.parts[0].delegation, "United States");
    assert_string_equal(st.parts[1].name, "Karl Berg");
    assert_string_equal(st.parts[1].delegation, "European Union");
    assert_string_equal(st.parts[2].name, "Paul Roy");
    assert_string_equal(st.parts[2].delegation, "Canada");
    stmt_free(&st);
    CHECK_IN("UK statement at the Council", "Foreign Office", BLK_PARAGRAPH,
             "Statement by Ambassador Jane Roe at the Security Council meeting.",
             "United Kingdom|Ambassador|Jane Roe");
    CHECK_IN("Release of a prisoner", "Foreign Office", BLK_PARAGRAPH,
             "Speaking ahead of the meeting, Foreign Secretary Jane Roe said:",
             "United Kingdom|Foreign Secretary|Jane Roe");
    /* saying without the colon that opens a quotation is no taking part */
    CHECK_NONE("Release of a prisoner",
               "Foreign Secretary Jane Roe said that the release was overdue.");
}

/* A surname in capitals before the given name, behind two introductory
 * phrases and a time of day ("5:45 p.m." ends no sentence). */
static void test_surname_first_and_phrases(void **state)
{
    (void)state;
    CHECK_IN("Japan-Canada Foreign Ministers' Meeting", "Ministry of Foreign Affairs of Japan",
             BLK_PARAGRAPH,
             "On October 11, commencing at 5:45 p.m. for approximately 45 minutes, "
             "Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, held a meeting "
             "with Ms. Anna Berg, Minister of Foreign Affairs of Canada.",
             "Japan|Minister for Foreign Affairs|TANAKA Hiroshi",
             "Canada|Minister of Foreign Affairs|Anna Berg");
    /* an acronym before a name is no surname */
    CHECK_NONE("Talks", "UNICEF Janet Lee welcomed the talks.");
}

/* A transcript's speaker label in capitals names a participant; the
 * first speaker hosts, so is of the issuing side when the page names its
 * issuer (here the Foreign Office), and unknown when it does not. */
static void test_speaker_labels(void **state)
{
    (void)state;
    struct statement st;
    capture_start();
    assert_int_equal(rec_str("From: Foreign Office\n\nMedia availability at the base\n\nJune 3, 2015\n\n"
                             "STAFF: We have fifteen minutes with the minister.\n\n"
                             "MINISTER OF STATE FOR EUROPE JANE ROE: Thank you, all of you.\n\n"
                             "Q: Minister, will you travel to Kyiv?\n", &st), 0);
    assert_int_equal(st.nparts, 1);
    assert_string_equal(st.parts[0].title, "Minister of State for Europe");
    assert_string_equal(st.parts[0].name, "Jane Roe");
    assert_string_equal(st.parts[0].delegation, "United Kingdom");
    stmt_free(&st);
    assert_int_equal(rec_str("Media Center\n\nTranscript of Media Briefing\n\nJune 3, 2017\n\n"
                             "Official Spokesperson, Shri Ravi Kumar: Good afternoon, friends.\n", &st), 0);
    assert_int_equal(st.nparts, 1);
    assert_string_equal(st.parts[0].name, "Ravi Kumar");
    assert_null(st.parts[0].delegation);
    stmt_free(&st);
    capture_stop();
    /* the EU's service as the country before a title */
    CHECK("Call with the Secretary-General",
          "Deputy Secretary of State Ann Smith spoke with European External Action Service "
          "Secretary-General Karl Berg yesterday.",
          "United States|Deputy Secretary of State|Ann Smith",
          "European Union|Secretary-General|Karl Berg");
}

/* More frames and titles: "Alongside A B, ...", "represented",
 * "will accompany", "Official" as the head of a title, and a domain listed
 * with a comma. */
static void test_frames_and_titles(void **state)
{
    (void)state;
    CHECK("Ambassador to Travel to Ruritania",
          "Alongside Ambassador Ann Smith, Ambassador Paul Roy will meet with officials.",
          "United States|Ambassador|Ann Smith", "-|Ambassador|Paul Roy");
    CHECK("Dialogue on Ruritania",
          "Under Secretary of State for Political Affairs Ann Smith represented the United States.",
          "United States|Under Secretary of State for Political Affairs|Ann Smith");
    /* the subject of a second clause after "and" */
    CHECK("Dialogue on Ruritania",
          "Under Secretary of State for Political Affairs Ann Smith represented the United "
          "States and European External Action Service Deputy Secretary General for Political "
          "Affairs Karl Berg represented the European Union.",
          "United States|Under Secretary of State for Political Affairs|Ann Smith",
          "European Union|Deputy Secretary General for Political Affairs|Karl Berg");
    CHECK("Strategic Dialogue",
          "Assistant Secretary Ann Smith led the U.S. delegation, and Permanent Secretary of "
          "the Ministry of Foreign Affairs Karl Berg led the Thai delegation.",
          "United States|Assistant Secretary|Ann Smith",
          "Thailand|Permanent Secretary of the Ministry of Foreign Affairs|Karl Berg");
    /* a second clause's subject whose side nothing names is a row of
     * unknown side, never the first clause's side */
    CHECK("Strategic Dialogue",
          "Assistant Secretary Ann Smith led the delegation, and Deputy Minister Karl Berg "
          "spoke at the opening.",
          "United States|Assistant Secretary|Ann Smith", "-|Deputy Minister|Karl Berg");
    CHECK("Under Secretary Travels",
          "Assistant Secretary for Arms Control, Verification and Compliance Ann Smith will "
          "accompany the Under Secretary.",
          "United States|Assistant Secretary for Arms Control, Verification and Compliance|Ann Smith");
    CHECK("Regional Forum",
          "Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Paul Roy "
          "participated in the meeting.",
          "United States|Senior Bureau Official for the Bureau of East Asian and Pacific Affairs|Paul Roy");
    /* a comma after the domain, then a name and "and": two mentions */
    CHECK("Talks",
          "Secretary of State, Ann Smith and Foreign Minister Paul Roy met in Ottawa.",
          "United States|Secretary of State|Ann Smith",
          "-|Foreign Minister|Paul Roy");
}

/* A counterpart as the direct object of "met", both sides of a headline's
 * "between", and an abstract noun that ends a headline's name. */
static void test_objects_and_between(void **state)
{
    (void)state;
    CHECK("Visit to Brussels",
          "On April 21, Deputy Secretary of State Ann Smith met European External Action "
          "Service Secretary General Karl Berg in Brussels.",
          "United States|Deputy Secretary of State|Ann Smith",
          "European Union|Secretary General|Karl Berg");
    CHECK("Consultations between EEAS Secretary General Karl Berg and United States Deputy "
          "Secretary Ann Smith", NULL,
          "United States|Deputy Secretary|Ann Smith",
          "European Union|Secretary General|Karl Berg");
    /* "met" before no title: no counterpart */
    CHECK_NONE("Visit", "Secretary Smith met officials in Brussels.");
    CHECK_NONE("Secretary Smith Participation in the Conference", NULL);
}

/* A list item that is a byline ("Senator A B, Special Envoy ..."), and a
 * speaker label of a later paragraph of a transcript. */
static void test_item_byline_and_later_speaker(void **state)
{
    (void)state;
    CHECK_IN("Doorstop - Australian Consulate-General, New York", NULL, BLK_LIST_ITEM,
             "Senator Ann Smith, Special Envoy for Reconciliation of the Statement from the Heart",
             "Australia|Special Envoy for Reconciliation of the Statement from the Heart|Ann Smith");
    struct statement st;
    capture_start();
    assert_int_equal(rec_str("Annual Press Conference\n\nJune 19, 2016\n\n"
                             "Official Spokesperson, Shri Ravi Kumar: Good afternoon, friends.\n\n"
                             "We have a full house, so please keep your questions brief.\n\n"
                             "With that, may I invite the Minister to make her statement.\n\n"
                             "External Affairs Minister, Smt. Asha Rao: Namaskar, friends.\n", &st), 0);
    assert_int_equal(st.nparts, 2);
    assert_string_equal(st.parts[1].title, "External Affairs Minister");
    assert_string_equal(st.parts[1].name, "Asha Rao");
    stmt_free(&st);
    capture_stop();
}

/* A copy that lost its spaces: a comma before a capital and a function
 * word or demonym glued to a capitalised word are two tokens; names with
 * an inner capital and numbers stay whole. */
static void test_glued_words(void **state)
{
    (void)state;
    struct toks t = {0};
    tokenise("ofJapan Inada,Australian AustralianMinister McCormack DeSantis 1,000", &t);
    static const char *const want[] = {"of", "Japan", "Inada", ",", "Australian", "Australian",
                                       "Minister", "McCormack", "DeSantis", "1,000"};
    assert_int_equal(t.n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < t.n; i++)
        assert_string_equal(t.v[i].w, want[i]);
    toks_free(&t);
    CHECK_IN("Joint Statement on Consultations", NULL, BLK_LIST_ITEM,
             "Minister for Foreign Affairs ofJapan, Mr. Ken Sato, and the AustralianMinister "
             "for Defence, Senator Ann Smith, met in Tokyo on 20 April for the consultations.",
             "Japan|Minister for Foreign Affairs|Ken Sato",
             "Australia|Minister for Defence|Ann Smith");
}

/* An attendance list's entries "COUNTRY, [honorifics] NAME" (the country
 * in capitals too) are rows without a title; an absent delegation, a
 * place and a country after a comma are none. */
static void test_attendance_list(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Committee Meeting");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "The Meeting was attended by Their Excellencies:", 1);
    stmt_add_block(&st, BLK_LIST_ITEM, 1, "1.", "Kingdom of MOROCCO, H.E. Mr. Karim Alaoui", 2);
    stmt_add_block(&st, BLK_LIST_ITEM, 1, "2.", "Republic of CHAD, S.E.M. ALI MAHAMAT SALEH", 3);
    stmt_add_block(&st, BLK_LIST_ITEM, 1, "3.", "State of PALESTINE, Absent", 4);
    stmt_add_block(&st, BLK_LIST_ITEM, 1, "4.", "London, United Kingdom", 5);
    stmt_add_block(&st, BLK_LIST_ITEM, 1, "5.", "Islamic Republic of IRAN, H.E. Mrs. Leila Ahmadi.", 6);
    part_extract(&st);
    EXPECT_ROWS(&st, "Morocco|(null)|Karim Alaoui", "Chad|(null)|ALI MAHAMAT SALEH",
                "Iran|(null)|Leila Ahmadi");
    stmt_free(&st);
}

/* Speaker labels in capitals: a particle starts no name ("FOREIGN
 * MINISTER DI MAIO" is a surname), a number is no name, and "a.m." ends
 * a sentence only before a capital. */
static void test_label_words_and_times(void **state)
{
    (void)state;
    struct statement st;
    capture_start();
    assert_int_equal(rec_str("Remarks at the Ministerial\n\nJune 28, 2021\n\n"
                             "FOREIGN MINISTER DI MARCO: Thank you, all of you, for coming.\n\n"
                             "SENIOR ADMINISTRATION OFFICIAL NUMBER ONE: Thanks, everyone.\n", &st), 0);
    assert_int_equal(st.nparts, 0);
    stmt_free(&st);
    capture_stop();
    CHECK("Dedication of the Room",
          "The ceremony starts at 11:00 a.m. Acting Director of the Institute Ann Smith will "
          "deliver remarks.",
          "United States|Acting Director of the Institute|Ann Smith");
}

/* Signing paragraphs after the text: "A B, TITLE, signed the joint
 * statement ... for COUNTRY." names a participant of that country. */
static void test_signers(void **state)
{
    (void)state;
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Joint Statement of the United States of America and Sweden");
    for (int i = 0; i < 4; i++)
        stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL,
                       "We intend to cooperate closely in research and innovation.", 1 + i);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL,
                   "Ann Smith, United States Ambassador to Sweden, signed the joint statement "
                   "in Stockholm for the United States.", 5);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL,
                   "Karin Berg, Minister for Education in the Ministry of Education and Research, "
                   "signed the joint statement for Sweden.", 6);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL,
                   "Per Olsson, Minister for Trade, signed the agreement last year.", 7);
    part_extract(&st);
    EXPECT_ROWS(&st, "United States|Ambassador to Sweden|Ann Smith",
                "Sweden|Minister for Education|Karin Berg");
    stmt_free(&st);
}

/* The grammar families tests/partgen.py composes, one invented example of
 * each rule it made general. */
static void test_generated_families(void **state)
{
    (void)state;
    /* particles in twos: "van der", "de la" */
    CHECK("Readout", "Secretary of State Ann Smith met with Dutch Foreign Minister Karel van der "
          "Berghe and Chilean President Ana de la Fuente in Geneva.",
          "United States|Secretary of State|Ann Smith",
          "Netherlands|Foreign Minister|Karel van der Berghe",
          "Chile|President|Ana de la Fuente");
    /* a domain of two parts before ", NAME" and after "NAME," */
    CHECK("Readout", "Secretary of State Ann Smith met with the Kuwaiti Minister for Trade and "
          "Investment, Nadia Berg-Holm, in Geneva.",
          "United States|Secretary of State|Ann Smith",
          "Kuwait|Minister for Trade and Investment|Nadia Berg-Holm");
    CHECK("Readout", "Ann Smith, Assistant Secretary for East Asian and Pacific Affairs, met "
          "today with Karl Berg, Minister of Foreign Affairs and International Cooperation "
          "of Oman, in Vienna.",
          "United States|Assistant Secretary for East Asian and Pacific Affairs|Ann Smith",
          "Oman|Minister of Foreign Affairs and International Cooperation|Karl Berg");
    /* an adverb without its comma before "the TITLE, NAME," */
    CHECK("Readout", "Today the Deputy Secretary of State, Ann Smith, met with the Polish "
          "Minister of Finance, Karl Berg, in Vienna.",
          "United States|Deputy Secretary of State|Ann Smith",
          "Poland|Minister of Finance|Karl Berg");
    /* military organs are a title's domain */
    CHECK("Readout", "Secretary of State Ann Smith met with British Chief of Staff of the Armed "
          "Forces Karl Berg in London.",
          "United States|Secretary of State|Ann Smith",
          "United Kingdom|Chief of Staff of the Armed Forces|Karl Berg");
    /* signers after "signed by", each of the side the mention names */
    CHECK("Readout", "The memorandum was signed by U.S. Deputy Secretary of State Ann Smith and "
          "Chilean Minister of Trade Karl Berg in Geneva.",
          "United States|Deputy Secretary of State|Ann Smith",
          "Chile|Minister of Trade|Karl Berg");
    /* a demonym, its state's ministry, then a bureau's office */
    CHECK("Readout", "Secretary of State Ann Smith met with Kenyan Ministry of Foreign Affairs "
          "Director of the Policy Planning Division Karl Berg and Polish Ministry of Foreign "
          "Affairs Head of the Americas Department Jan Nowak.",
          "United States|Secretary of State|Ann Smith",
          "Kenya|Director of the Policy Planning Division|Karl Berg",
          "Poland|Head of the Americas Department|Jan Nowak");
    /* signatory lines "COUNTRY: NAME, TITLE" (a line that goes on is none) */
    struct statement st;
    stmt_init(&st);
    st.title = xstrdup("Joint Statement on Regional Cooperation");
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "The ministers reaffirm their commitment.", 1);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "Chile: Karl Berg, Minister of Trade", 2);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL, "Kenya: Foreign Minister Ann Smith", 3);
    stmt_add_block(&st, BLK_PARAGRAPH, 1, NULL,
                   "Peru: Minister of Finance Jan Nowak said the plan was sound.", 4);
    part_extract(&st);
    EXPECT_ROWS(&st, "Chile|Minister of Trade|Karl Berg", "Kenya|Foreign Minister|Ann Smith");
    stmt_free(&st);
    /* "the Rt Hon" after a comma; the headline's "Readout of A B's ..." */
    CHECK("Readout of Deputy Secretary Ann Smith\xE2\x80\x99s Meeting with Chilean Foreign "
          "Minister Karl Berg", "Secretary of State Jan Nowak met with Foreign Secretary of the "
          "United Kingdom, the Rt Hon Mary Holt, in London.",
          "United States|Deputy Secretary|Ann Smith",
          "United States|Secretary of State|Jan Nowak",
          "Chile|Foreign Minister|Karl Berg",
          "United Kingdom|Foreign Secretary|Mary Holt");
    /* a speaker label, then the counterpart the speaker is "here with" */
    assert_int_equal(rec_str("Remarks at a Joint Press Availability\n\nRemarks\n\nMarch 3, 2023\n\n"
                             "SECRETARY OF STATE ANN SMITH: Thank you all for coming. It is a "
                             "pleasure to be here with Chilean President Karl Berg today.\n\n"
                             "We discussed trade.\n", &st), 0);
    EXPECT_ROWS(&st, "-|Secretary of State|Ann Smith", "Chile|President|Karl Berg");
    stmt_free(&st);
    /* a list of "TITLE NAME (COUNTRY)" */
    CHECK("Readout", "Secretary of State Ann Smith met with Foreign Minister Karl Berg (Chile), "
          "Foreign Minister Jan Nowak (Poland) and Foreign Minister Mary Holt (Ireland).",
          "United States|Secretary of State|Ann Smith", "Chile|Foreign Minister|Karl Berg",
          "Poland|Foreign Minister|Jan Nowak", "Ireland|Foreign Minister|Mary Holt");
    /* "at" after a title's domain is a place, not more of the title */
    CHECK("Readout", "Secretary of State Ann Smith met with H.E. Karl Berg, President of Chile "
          "at the Department of State.",
          "United States|Secretary of State|Ann Smith", "Chile|President|Karl Berg");
    /* "discussed ... with" names a counterpart; subjects who discussed */
    CHECK("Joint Statement", "President Ann Smith discussed trade with Chilean President Karl "
          "Berg in Geneva. U.S. Vice President Jan Nowak and Polish Prime Minister Mary Holt "
          "discussed energy.",
          "United States|President|Ann Smith", "United States|Vice President|Jan Nowak",
          "Chile|President|Karl Berg", "Poland|Prime Minister|Mary Holt");
}

/* With no issuer named: an office only one government has gives its
 * country, one the United States has none of is not taken for American
 * (the headline's compound "Chile-Japan" names the issuing country
 * first, else the side stays unknown), and any other office is the
 * default layout's American one. */
static void test_unnamed_issuer_side(void **state)
{
    (void)state;
    CHECK("Foreign Secretary meeting with Irish Foreign Minister",
          "Foreign Secretary Jane Roe met Irish Foreign Minister Sean Byrne today.",
          "United Kingdom|Foreign Secretary|Jane Roe", "Ireland|Foreign Minister|Sean Byrne");
    CHECK("Chile-Japan Foreign Ministers' Meeting",
          "Foreign Minister Rudolf Rassendyll met with Japanese Foreign Minister Taro Sato.",
          "Chile|Foreign Minister|Rudolf Rassendyll", "Japan|Foreign Minister|Taro Sato");
    CHECK("Foreign Ministers' Meeting",
          "Foreign Minister Rudolf Rassendyll met with Japanese Foreign Minister Taro Sato.",
          "-|Foreign Minister|Rudolf Rassendyll", "Japan|Foreign Minister|Taro Sato");
    CHECK("Secretary Smith's Meeting",
          "Secretary of State John Smith met with Japanese Foreign Minister Taro Sato.",
          "United States|Secretary of State|John Smith", "Japan|Foreign Minister|Taro Sato");
    /* a list's American country is not handed on to a minister */
    CHECK("Meeting between U.S. Secretary of State John Smith and Foreign Minister Ana Ruiz",
          "The two discussed trade.",
          "United States|Secretary of State|John Smith", "-|Foreign Minister|Ana Ruiz");
}

/* Forms of foreign ministries' readouts: further introductory phrases
 * (a weekday, "from ...", a bracketed time zone), a relative clause
 * between subject and verb, letters after a name ("MP"), a staff office
 * after an office ("Secretary of Defense Spokesperson"), Malay
 * honorifics, a counterpart given by name alone, an office only one
 * government has ("Tánaiste"). */
static void test_ministry_readout_forms(void **state)
{
    (void)state;
    CHECK("Talks",
          "On October 13, Wednesday, Minister for Foreign Affairs of Chile Ana Ruiz had a "
          "meeting with Minister for Foreign Affairs of Peru Jorge Soto at the ministry.",
          "Chile|Minister for Foreign Affairs|Ana Ruiz", "Peru|Minister for Foreign Affairs|Jorge Soto");
    CHECK("Talks",
          "On May 2, commencing at 7:20 p.m. for approximately 20 minutes, (Local Time), Ms. Ana "
          "Ruiz, Minister for Foreign Affairs of Chile, spoke over the phone with H.E. Jorge Soto, "
          "Minister of Foreign Affairs of Peru.",
          "Chile|Minister for Foreign Affairs|Ana Ruiz", "Peru|Minister of Foreign Affairs|Jorge Soto");
    CHECK("Talks",
          "On May 2, from 3:00 p.m., Minister for Foreign Affairs of Chile Ana Ruiz held telephone "
          "talks with Minister of Foreign Affairs of Peru Jorge Soto.",
          "Chile|Minister for Foreign Affairs|Ana Ruiz", "Peru|Minister of Foreign Affairs|Jorge Soto");
    CHECK("Talks",
          "Mr. Taro Sato, Minister for Foreign Affairs of Japan, who was visiting Lima, Peru to "
          "attend the summit, held a meeting with Senator the Hon Jane Roe, Minister for Foreign "
          "Affairs of Australia.",
          "Japan|Minister for Foreign Affairs|Taro Sato", "Australia|Minister for Foreign Affairs|Jane Roe");
    CHECK("Talks",
          "Mr. Taro Sato, Minister for Foreign Affairs of Japan, held a telephone talk with Hon. "
          "Tom Reed MP, Minister for Trade of New Zealand.",
          "Japan|Minister for Foreign Affairs|Taro Sato", "New Zealand|Minister for Trade|Tom Reed");
    CHECK("Readout",
          "Secretary of Defense Spokesperson Jane Roe met with Chilean Foreign Minister Ana Ruiz.",
          "United States|Secretary of Defense Spokesperson|Jane Roe", "Chile|Foreign Minister|Ana Ruiz");
    CHECK("Talks",
          "Minister for Foreign Affairs of Chile Ana Ruiz met the Minister of Foreign Affairs of "
          "Malaysia, Dato’ Aziz Rahman, in Putrajaya.",
          "Chile|Minister for Foreign Affairs|Ana Ruiz", "Malaysia|Minister of Foreign Affairs|Aziz Rahman");
    CHECK("Talks",
          "Chilean Foreign Minister Ana Ruiz held a meeting with her Peruvian counterpart Jorge "
          "Soto at the summit.",
          "Chile|Foreign Minister|Ana Ruiz", "Peru|(null)|Jorge Soto");
    CHECK("Talks",
          "Chilean Foreign Minister Ana Ruiz also met her Mexican counterpart, Luis Vega.",
          "Chile|Foreign Minister|Ana Ruiz", "Mexico|(null)|Luis Vega");
    CHECK("Talks", "The Foreign Secretary met Tánaiste Sean Byrne today.",
          "Ireland|Tánaiste|Sean Byrne");
    CHECK("Talks",
          "On May 2, Mr. Taro Sato, Minister for Foreign Affairs, had a meeting with H.E. Jorge "
          "Soto, Minister of Foreign Affairs of Peru.",
          "-|Minister for Foreign Affairs|Taro Sato", "Peru|Minister of Foreign Affairs|Jorge Soto");
    /* a country is no name: "hosted by ASEAN Chair Brunei Darussalam" */
    CHECK("Forum",
          "Foreign Minister Jorge Soto of Peru attended the forum hosted by ASEAN Chair Brunei "
          "Darussalam.",
          "Peru|Foreign Minister|Jorge Soto");
    /* a name alone is no counterpart without "counterpart" before it */
    CHECK("Talks", "Chilean Foreign Minister Ana Ruiz also met Luis Vega and others.",
          "Chile|Foreign Minister|Ana Ruiz");
}

/* Hosts and chairs after "hosted by" / "chaired by", "exchanged views
 * with", and a web page's link note glued to a name. */
static void test_hosts_views_and_link_notes(void **state)
{
    (void)state;
    CHECK("Summit",
          "Foreign Minister Jorge Soto of Peru attended the summit hosted by President Ana Ruiz of "
          "Chile.",
          "Peru|Foreign Minister|Jorge Soto", "Chile|President|Ana Ruiz");
    CHECK("Dialogue",
          "The Chilean side was co-chaired by Ms. Ana Ruiz, Director-General for Americas, while "
          "the Peruvian side was co-chaired by Mr. Jorge Soto, Deputy Minister for Defence.",
          "Chile|Director-General for Americas|Ana Ruiz", "Peru|Deputy Minister for Defence|Jorge Soto");
    CHECK("Talks",
          "Foreign Minister Ana Ruiz of Chile exchanged views with Peruvian Foreign Minister Jorge "
          "Soto.",
          "Chile|Foreign Minister|Ana Ruiz", "Peru|Foreign Minister|Jorge Soto");
    CHECK("Talks",
          "Foreign Minister Jorge Soto of Peru also met with the President of Chile, Ana "
          "Ruiz(link is external). They discussed trade.",
          "Peru|Foreign Minister|Jorge Soto", "Chile|President|Ana Ruiz");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_rows),
        cmocka_unit_test(test_call_headline_and_body),
        cmocka_unit_test(test_of_country_and_accents),
        cmocka_unit_test(test_lists_and_offices),
        cmocka_unit_test(test_precision),
        cmocka_unit_test(test_forms),
        cmocka_unit_test(test_byline),
        cmocka_unit_test(test_country_table),
        cmocka_unit_test(test_speakers_byline),
        cmocka_unit_test(test_honorifics_and_particles),
        cmocka_unit_test(test_subject_list),
        cmocka_unit_test(test_title_comma_name_and_speakers),
        cmocka_unit_test(test_attribution),
        cmocka_unit_test(test_preface_attribution),
        cmocka_unit_test(test_surname_only),
        cmocka_unit_test(test_subject_openings),
        cmocka_unit_test(test_numbered_paragraph),
        cmocka_unit_test(test_issuing_side),
        cmocka_unit_test(test_issuer_vocabulary),
        cmocka_unit_test(test_issued_by_and_quoted),
        cmocka_unit_test(test_surname_first_and_phrases),
        cmocka_unit_test(test_speaker_labels),
        cmocka_unit_test(test_frames_and_titles),
        cmocka_unit_test(test_objects_and_between),
        cmocka_unit_test(test_item_byline_and_later_speaker),
        cmocka_unit_test(test_glued_words),
        cmocka_unit_test(test_attendance_list),
        cmocka_unit_test(test_label_words_and_times),
        cmocka_unit_test(test_signers),
        cmocka_unit_test(test_generated_families),
        cmocka_unit_test(test_unnamed_issuer_side),
        cmocka_unit_test(test_ministry_readout_forms),
        cmocka_unit_test(test_hosts_views_and_link_notes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
