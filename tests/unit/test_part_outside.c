/* test_part_outside.c -- participant extraction on the layouts of pages
 * from outside the project (issue 12): ranks between an office and the
 * name, introductory phrases, welcome frames, offices no American holds.
 * All text is invented. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recognise/participants.h"
#include "base/util.h"
#define PARTROWS_CHECK
#include "partrows.h"

/* "Minister for Defence Senator A B": the rank stands between office and
 * name, in a subject list of four. */
static void test_rank_before_name(void **state)
{
    (void)state;
    CHECK("Annual Consultations",
          "Minister for Foreign Affairs Ana Ruiz, Minister for Defence Senator Jorge Soto, "
          "Secretary of State John Doe and Secretary of Defense Mary Roe met on 12 August "
          "in Lima for the annual consultations.",
          "United States|Secretary of State|John Doe",
          "United States|Secretary of Defense|Mary Roe",
          "-|Minister for Foreign Affairs|Ana Ruiz",
          "-|Minister for Defence|Jorge Soto");
}

/* "Visiting Lima on Thursday (6 May 2021), A B met with C D": the
 * participle phrase is passed over to the subject. */
static void test_visiting_phrase(void **state)
{
    (void)state;
    CHECK("Secretary General Visits Lima",
          "Visiting Lima on Thursday (6 May 2021), NATO Secretary General Karl Berg met with "
          "Peruvian Prime Minister Jorge Soto to discuss security.",
          "NATO|Secretary General|Karl Berg", "Peru|Prime Minister|Jorge Soto");
}

/* "welcomed A B to PLACE" names a counterpart; a welcomed briefing, or a
 * welcome "to the organization", names none.  A Secretary General of
 * the issuing side is not taken for an American. */
static void test_welcome_frames(void **state)
{
    (void)state;
    CHECK("Secretary General Praises Peru",
          "Secretary General Karl Berg welcomed Peruvian Prime Minister Jorge Soto to Alliance "
          "Headquarters on Monday.",
          "-|Secretary General|Karl Berg", "Peru|Prime Minister|Jorge Soto");
    CHECK_NONE("Ministerial Meeting",
               "The ministers welcomed Special Envoy Karl Berg’s briefing on the talks.");
    CHECK_NONE("Ministerial Meeting",
               "The members welcomed Secretary General Karl Berg of Peru to the organization.");
}

#define CHECK_PARAS(title, paras, ...) do { \
    static const char *const rows_[] = {__VA_ARGS__}; \
    expect_paras(title, paras, rows_, sizeof rows_ / sizeof rows_[0]); } while (0)

/* "was hosted to lunch by A B" (no headline country for the host), a
 * party's office, an organisation's office before the name. */
static void test_hosts_and_organisations(void **state)
{
    (void)state;
    CHECK("Call on the Minister by the Peruvian Envoy",
          "Minister of the International Department of the Socialist Party of Peru Jorge Soto "
          "called on and was hosted to lunch by Minister for Foreign Affairs Ana Ruiz today.",
          "Peru|Minister of the International Department of the Socialist Party|Jorge Soto",
          "-|Minister for Foreign Affairs|Ana Ruiz");
    CHECK("Talks in Cairo",
          "Today the Minister held a meeting with Secretary General of the League of Arab States "
          "Karim Saad.",
          "League of Arab States|Secretary General|Karim Saad");
}

/* Past the first three paragraphs, a sentence whose subject "I" takes
 * part names counterparts ("I then held a meeting with A B"); "I think
 * that ... signed by A B" names none. */
static void test_first_person_later(void **state)
{
    (void)state;
    static const char *const paras[] = {
        "Good evening. I attended the conference on the economy today.",
        "At the session, I underscored the ties between our regions.",
        "I introduced several initiatives of my government on trade.",
        "Afterwards, I held a working lunch with Jorge Soto, Minister of Foreign Affairs of Peru.",
        "I think that the minister has many letters, signed by the King of Spain Carlos IV.",
        NULL};
    CHECK_PARAS("Press Conference by the Foreign Minister", paras,
                "Peru|Minister of Foreign Affairs|Jorge Soto");
}

/* A bracketed list of names with their countries after the subject,
 * before a verb of taking part or issuing; not before another verb. */
static void test_bracket_names(void **state)
{
    (void)state;
    CHECK("Co-Chairs Statement",
          "Lima, 3 May 2021 \xE2\x80\x93 The Co-Chairs of the Andean Group (Ana Ruiz of Peru, "
          "Jorge Soto of Chile, and Karl Berg of the United States) released the following "
          "statement today:",
          "United States|(null)|Karl Berg", "Peru|(null)|Ana Ruiz", "Chile|(null)|Jorge Soto");
    CHECK_NONE("Release of Detainees",
               "The Detainees (Ana Ruiz of Peru and Jorge Soto of Chile) were freed on Monday.");
}

/* "with the Foreign Ministers and A B": the group is passed over to the
 * named counterpart after it. */
static void test_group_then_name(void **state)
{
    (void)state;
    CHECK("Co-Chairs Statement",
          "The Co-Chairs also participated in a joint meeting with the Foreign Ministers and "
          "Peruvian Deputy Foreign Minister Jorge Soto.",
          "Peru|Deputy Foreign Minister|Jorge Soto");
    CHECK_NONE("Co-Chairs Statement",
               "The Co-Chairs also participated in a joint meeting with the Foreign Ministers and "
               "their staff.");
}

/* Delegations and attendance: an elided "and the Chilean delegation by
 * A B" after "was headed by", "were attended by A and B", and "The
 * participants were the following: A; B". */
static void test_delegations_and_attendance(void **state)
{
    (void)state;
    CHECK("Consultations",
          "The Peruvian delegation was headed by Foreign Secretary Ana Ruiz, and the Chilean "
          "delegation by Vice Foreign Minister Jorge Soto.",
          "Peru|Foreign Secretary|Ana Ruiz", "Chile|Vice Foreign Minister|Jorge Soto");
    CHECK("Consultations",
          "The talks were attended by Foreign Minister Ana Ruiz of Peru and Foreign Minister Jorge "
          "Soto of Chile.",
          "Peru|Foreign Minister|Ana Ruiz", "Chile|Foreign Minister|Jorge Soto");
    CHECK("Consultations",
          "The participants were the following: Minister of Foreign Affairs of Peru Ana Ruiz; "
          "Minister of Foreign Affairs of Chile Jorge Soto.",
          "Peru|Minister of Foreign Affairs|Ana Ruiz", "Chile|Minister of Foreign Affairs|Jorge Soto");
    CHECK_NONE("Reception", "The reception was attended by officials of both ministries.");
    CHECK_NONE("Report", "The results were the following: trade grew by a tenth.");
}

/* Honoured mentions NAME, TITLE after "received" and "called on", the
 * subject in the same form before them; a title naming its own body gives
 * no issuing side. */
static void test_honoured_objects(void **state)
{
    (void)state;
    CHECK("Call",
          "This afternoon, H.E. Ana Ruiz, Chairperson of the Zembla Commission, received H.E. "
          "Jorge Soto, Minister of Internal Affairs of Peru.",
          "-|Chairperson of the Zembla Commission|Ana Ruiz", "Peru|Minister of Internal Affairs|Jorge Soto");
    CHECK("Call",
          "H.E. Mr. Ana Ruiz, Secretary-General of the Zembla Council called on H.E. Ms. Jorge "
          "Soto, Foreign Secretary of India at the Ministry in Delhi today.",
          "-|Secretary-General of the Zembla Council|Ana Ruiz", "India|Foreign Secretary|Jorge Soto");
    CHECK_NONE("Call", "The delegation called on the Minister to resign.");
    CHECK_NONE("Call", "Zembla calls on President Jorge Soto and the government to release them.");
    CHECK_NONE("Call", "The guard received Mr. Bob Smith, a farmer, at the gate.");
}

/* "TITLE, Mr. NAME, will receive TITLE of COUNTRY, Mr. NAME". */
static void test_will_receive(void **state)
{
    (void)state;
    CHECK("Secretary General meets the Prime Minister of Peru",
          "On Wednesday, the Secretary General of the Andean Council, Mr. Jan Osk, will "
          "receive the Prime Minister of Peru, Mr. Jorge Soto, at the headquarters.",
          "-|Secretary General of the Andean Council|Jan Osk", "Peru|Prime Minister|Jorge Soto");
}

/* A named subject meeting someone in a later paragraph ("Secretary Doe
 * met with A B"), read when the statement is no speech or briefing; the
 * catch-all's talk of others' meetings in a briefing is not. */
static void test_named_subject_later(void **state)
{
    (void)state;
    static const char *const paras[] = {
        "Secretary Doe is meeting officials during this week's trip to Peru.",
        "We will provide readouts of these meetings whenever possible.",
        "The first meeting dealt with the economy of the region.",
        "On Tuesday evening, Secretary Doe met with Jorge Soto, Chairman of the Andean Development "
        "and Reform Commission and Ana Ruiz, Vice-Minister of Trade.",
        NULL};
    CHECK_PARAS("Readout of Secretary Doe's Meetings in Peru", paras,
                "Peru|Chairman of the Andean Development and Reform Commission|Jorge Soto",
                "Peru|Vice-Minister of Trade|Ana Ruiz");
    CHECK_PARAS("Department Press Briefing", paras);
}

/* An apposition between a subject and its verb ("A B, the President's
 * envoy, met"); a phrase after a comma that is none ("A and B, with their
 * delegations, met") is no subject of the issuing side: the foreign
 * minister is not made American. */
static void test_apposition(void **state)
{
    (void)state;
    CHECK("Readout of the Meeting",
          "Treasury Secretary John Doe, President Roe's special envoy, met with Vice Premier "
          "Li Wei of the State Council.",
          "United States|Treasury Secretary|John Doe", "-|Vice Premier|Li Wei");
    CHECK("Joint Statement",
          "Under Secretary John Doe and Deputy Foreign Minister Ana Ruiz, with their "
          "delegations, met in Lima.",
          "-|Under Secretary|John Doe", "-|Deputy Foreign Minister|Ana Ruiz");
}

/* A sentence that opens in a country or its capital ("In Tirana on June
 * 30, ..."): its counterparts of no named country are that country's;
 * not the United States, where foreign ministers meet at the UN. */
static void test_visited_country(void **state)
{
    (void)state;
    CHECK("Assistant Secretary Doe's Travel",
          "In Tirana on June 30, Assistant Secretary John Doe will meet with Prime Minister "
          "Jorge Soto.",
          "United States|Assistant Secretary|John Doe", "Albania|Prime Minister|Jorge Soto");
    CHECK("Assistant Secretary Doe's Travel",
          "On July 20-21 in Tirana, Assistant Secretary John Doe will meet with Prime Minister "
          "Jorge Soto.",
          "United States|Assistant Secretary|John Doe", "Albania|Prime Minister|Jorge Soto");
    CHECK("Assistant Secretary Doe's Travel",
          "In New York, Assistant Secretary John Doe met with Prime Minister Jorge Soto.",
          "United States|Assistant Secretary|John Doe", "-|Prime Minister|Jorge Soto");
}

/* "Charg\xC3\xA9 d'Affaires a.i." is one office; an embassy's city before
 * its officer is no country of his ("Embassy Strel Charg\xC3\xA9 d'Affaires"
 * of a US statement). */
static void test_charge_and_embassy(void **state)
{
    (void)state;
    CHECK("Remarks at the Council",
          "Charg\xC3\xA9 d\xE2\x80\x99" "Affaires a.i. Jan Osk met with Foreign Minister Ana Ruiz "
          "of Peru.",
          "United States|Charg\xC3\xA9 d\xE2\x80\x99" "Affaires a.i.|Jan Osk",
          "Peru|Foreign Minister|Ana Ruiz");
    CHECK("Air Transport Agreement",
          "Embassy Lima Charg\xC3\xA9 d'Affaires Jan Osk and Peruvian Foreign Minister Ana Ruiz "
          "signed the protocol today.",
          "-|Embassy Charg\xC3\xA9 d'Affaires|Jan Osk", "Peru|Foreign Minister|Ana Ruiz");
    /* "a.i" is written without its last period too */
    CHECK("Remarks at the Council",
          "Charg\xC3\xA9 d'Affaires, a.i Jan Osk met with Foreign Minister Ana Ruiz of Peru.",
          "United States|Charg\xC3\xA9 d'Affaires, a.i|Jan Osk",
          "Peru|Foreign Minister|Ana Ruiz");
}

/* A name run into the office after it when a line break was lost
 * ("BandaAmbassador") is two words, and no title holds the name of
 * another person of the list; a name's own capital ("McCormack") stays. */
static void test_glued_office(void **state)
{
    (void)state;
    CHECK("Trade Agreement Signed",
          "The agreement was signed by Minister of Trade Jan Osk BandaAmbassador Ana Ruiz "
          "and Foreign Minister Jorge Soto of Peru.",
          "-|Minister of Trade|Jan Osk Banda", "-|Ambassador|Ana Ruiz",
          "Peru|Foreign Minister|Jorge Soto");
    CHECK("Trade Agreement Signed",
          "The agreement was signed by Ambassador Jan McCormack and Foreign Minister Jorge Soto "
          "of Peru.",
          "-|Ambassador|Jan McCormack", "Peru|Foreign Minister|Jorge Soto");
}

/* A demonym after one given name is the surname ("Courtney Austrian"),
 * while before a title it still gives the next person's country. */
static void test_demonym_surname(void **state)
{
    (void)state;
    CHECK("Remarks at the Council",
          "Ambassador Jan Austrian met with Foreign Minister Ana Ruiz of Peru.",
          "United States|Ambassador|Jan Austrian", "Peru|Foreign Minister|Ana Ruiz");
    CHECK("Remarks at the Council",
          "Ambassador Jan Osk met with Austrian Foreign Minister Ana Ruiz today.",
          "United States|Ambassador|Jan Osk", "Austria|Foreign Minister|Ana Ruiz");
}

/* Headlines: the visitor of "the visit of TITLE A B", the sender of a
 * "Message From TITLE A B" and the person a ceremony is for. */
static void test_visit_and_ceremony(void **state)
{
    (void)state;
    CHECK("Statement on the Visit of Peruvian President Jorge Soto to the Capital",
          "The two leaders discussed the trade of the region at length today.",
          "Peru|President|Jorge Soto");
    CHECK("Message From U.S. Ambassador Jane Roe",
          "Like all of you, the people of Peru are celebrating the holy days today.",
          "United States|Ambassador|Jane Roe");
    CHECK("Remarks at Swearing-in Ceremony for U.S. Ambassador to Peru Jane Roe",
          "Thank you all for coming to this ceremony today.",
          "United States|Ambassador to Peru|Jane Roe");
}

/* A title's domain listed with a serial comma ("for Civilian Security,
 * Democracy, and Human Rights"), before the name and after it. */
static void test_serial_comma_domain(void **state)
{
    (void)state;
    CHECK("Under Secretary Doe's Travel",
          "Under Secretary for Civilian Security, Democracy, and Human Rights John Doe will "
          "travel to Lima, where he will meet with Foreign Minister Ana Ruiz of Peru.",
          "United States|Under Secretary for Civilian Security, Democracy, and Human Rights|John Doe",
          "Peru|Foreign Minister|Ana Ruiz");
    static const char *const paras[] = {
        "John Doe, Under Secretary for Civilian Security, Democracy, and Human Rights",
        "Good afternoon, and thank you all for joining this call on the strategy today.",
        NULL};
    CHECK_PARAS("On the Strategy", paras,
                "United States|Under Secretary for Civilian Security, Democracy, and Human Rights|John Doe");
}

/* "discussions with" names counterparts as "a discussion with" does, and
 * "called TITLE A B" (a telephone call) as "met" does; "called for" names
 * nobody; who presented or handed over a gift or grant took part. */
static void test_discussions_with(void **state)
{
    (void)state;
    CHECK("Foreign Minister's Telephone Call to his Chilean Counterpart",
          "Foreign Minister Ana Ruiz called Chilean Foreign Minister Jorge Soto today and "
          "briefed him on the talks.",
          "-|Foreign Minister|Ana Ruiz", "Chile|Foreign Minister|Jorge Soto");
    CHECK_NONE("Statement on the Talks",
               "The ministers called for calm and urged both sides to return to the talks.");
    /* "in attendance were ..., including A B, TITLE, and C D, TITLE" */
    CHECK("Energy Ministers Meet",
          "Also in attendance were other senior officials, including John Doe, U.S. Ambassador "
          "to Peru, and Mary Roe, Chief of Staff to the Secretary of Energy.",
          "United States|Ambassador to Peru|John Doe",
          "United States|Chief of Staff to the Secretary of Energy|Mary Roe");
    CHECK("Funding for the Harbour Towns",
          "On November 27, 2030, Ambassador Jane Roe presented a check to the harbour council "
          "for its new community centre.",
          "-|Ambassador|Jane Roe");
    CHECK("Minister Visits Lima",
          "Today I held meetings in Lima with senior leaders, including productive discussions "
          "with Peruvian Foreign Minister Ana Ruiz and Peruvian Trade Minister Jorge Soto.",
          "Peru|Foreign Minister|Ana Ruiz", "Peru|Trade Minister|Jorge Soto");
}

/* A head in the plural over names alone ("Ministers A B and C D"):
 * each holds it in the singular; one name alone under it is none. */
static void test_plural_heads(void **state)
{
    (void)state;
    CHECK("Foreign Minister Visits Lima",
          "In my discussion with Prime Minister Jorge Soto and Ministers Ana Ruiz and "
          "Pablo Vega, I raised the trade of the region.",
          "Peru|Prime Minister|Jorge Soto", "Peru|Minister|Ana Ruiz", "Peru|Minister|Pablo Vega");
    CHECK("Senators Visit the Region",
          "Ambassador Jane Roe met with Senators John Doe, Mary Poe and Ann Lee today.",
          "United States|Ambassador|Jane Roe", "-|Senator|John Doe", "-|Senator|Mary Poe",
          "-|Senator|Ann Lee");
    CHECK_NONE("Trade Talks",
               "The talks were held with Ministers Ana Ruiz of the region in mind.");
    /* "H.E" without its final period is an honorific still */
    CHECK("Joint Communique on the Visit",
          "Foreign Minister Ana Ruiz of Peru received H.E Jorge Soto, Minister of Foreign "
          "Affairs of Chile, in Lima.",
          "Peru|Foreign Minister|Ana Ruiz", "Chile|Minister of Foreign Affairs|Jorge Soto");
}

/* Names end where a name cannot go on: before a date ("Ana Ruiz April
 * 28"), a possessive in s' ("Jorge Soto Mattis'"), a compound with an
 * abbreviation ("U.S.-Peru"); the words before a comma are no person of
 * the title after it when that title opens a mention ("the U.S.-Peru
 * Leaders Summit, Administrator Jane Roe held ..."); "co-host" is a verb
 * of taking part and "Co-Host" ends a headline's name; "Statement of"
 * opening a headline is no part of a title. */
static void test_name_ends(void **state)
{
    (void)state;
    CHECK("Statement of Assistant Secretary Jane Roe at press availability with Foreign Minister "
          "Ana Ruiz April 28, 2030 Lima",
          "Thank you for coming to this press availability today.",
          "United States|Assistant Secretary|Jane Roe", "Peru|Foreign Minister|Ana Ruiz");
    CHECK("Meeting in Lima",
          "On the second day of the U.S.-Peru Leaders Summit, Administrator Jane Roe held "
          "bilateral meetings with Peruvian Foreign Minister Ana Ruiz.",
          "United States|Administrator|Jane Roe", "Peru|Foreign Minister|Ana Ruiz");
    CHECK("Secretary Doe and Secretary Roe Co-Host the Water Dialogue with Peru",
          "Secretary of State John Doe and Secretary of Commerce Jane Roe will co-host the "
          "dialogue in Lima.",
          "United States|Secretary of State|John Doe", "United States|Secretary of Commerce|Jane Roe");
    /* a release's number, date and time in brackets open the sentence */
    CHECK("Minister Ruiz Builds on Relations with Allies",
          "(No. 373 \xE2\x80\x93 December 4, 2030 \xE2\x80\x93 7:15 p.m. EST) The Honourable Ana Ruiz, "
          "Minister of Foreign Affairs, today concluded her participation in a meeting of "
          "foreign ministers in Brussels.",
          "-|Minister of Foreign Affairs|Ana Ruiz");
    /* bodies and short names of the lexicon give the side */
    CHECK("Meeting in Lima",
          "Secretary of the Treasury Jane Roe met with IMF Managing Director Ana Ruiz and PNG "
          "Minister for Defence Jorge Soto in Lima.",
          "United States|Secretary of the Treasury|Jane Roe", "IMF|Managing Director|Ana Ruiz",
          "Papua New Guinea|Minister for Defence|Jorge Soto");
    CHECK("Secretary of Defense Jorge Lamas' Meeting With Peruvian Foreign Minister Ana Ruiz",
          "The two discussed the security of the region.",
          "United States|Secretary of Defense|Jorge Lamas", "Peru|Foreign Minister|Ana Ruiz");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rank_before_name),
        cmocka_unit_test(test_visiting_phrase),
        cmocka_unit_test(test_welcome_frames),
        cmocka_unit_test(test_hosts_and_organisations),
        cmocka_unit_test(test_first_person_later),
        cmocka_unit_test(test_named_subject_later),
        cmocka_unit_test(test_apposition),
        cmocka_unit_test(test_visited_country),
        cmocka_unit_test(test_charge_and_embassy),
        cmocka_unit_test(test_demonym_surname),
        cmocka_unit_test(test_glued_office),
        cmocka_unit_test(test_will_receive),
        cmocka_unit_test(test_visit_and_ceremony),
        cmocka_unit_test(test_serial_comma_domain),
        cmocka_unit_test(test_discussions_with),
        cmocka_unit_test(test_plural_heads),
        cmocka_unit_test(test_name_ends),
        cmocka_unit_test(test_bracket_names),
        cmocka_unit_test(test_group_then_name),
        cmocka_unit_test(test_delegations_and_attendance),
        cmocka_unit_test(test_honoured_objects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
