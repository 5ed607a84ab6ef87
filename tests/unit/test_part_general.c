/* test_part_general.c -- the catch-all participant finder (part_general.c):
 * mentions with a title and a full name in a sentence that reports who
 * took part, and the sentences, words and parses it must leave alone.
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

/* "were also present": a word of presence, no verb of meeting; the
 * country stays unknown, and "of the Central Bank" is the title's. */
static void test_presence(void **state)
{
    (void)state;
    CHECK("Trade Consultations",
          "Minister of Industry Paul Anker and Governor of the Central Bank Olga Berg "
          "were also present.",
          "-|Minister of Industry|Paul Anker",
          "-|Governor of the Central Bank|Olga Berg");
}

/* The same sentence in a briefing is spoken text: nothing is read. */
static void test_spoken_text(void **state)
{
    (void)state;
    CHECK_NONE("Press Briefing",
               "Minister of Industry Paul Anker and Governor of the Central Bank Olga Berg "
               "were also present.");
}

/* A speaker talking of themselves names no participant. */
static void test_first_person(void **state)
{
    (void)state;
    CHECK_NONE("Trade Consultations",
               "I also want to thank Ambassador Maria Lund for hosting the meeting.");
}

/* After "to discuss" the sentence is about its topic. */
static void test_topic(void **state)
{
    (void)state;
    CHECK("Trade Consultations",
          "Secretary of State John Doe met Foreign Minister Ana Ruiz to discuss the visit "
          "of President Carlos Mendes.",
          "United States|Secretary of State|John Doe",
          "-|Foreign Minister|Ana Ruiz");
}

/* A title longer than any fixed form: the capitalised run before the
 * head word, its leading demonym the delegation. */
static void test_widened_title(void **state)
{
    (void)state;
    CHECK("Party Consultations",
          "The meeting was attended by Cuban Communist Party First Secretary Ivan Petrov.",
          "Cuba|Communist Party First Secretary|Ivan Petrov");
}

/* A run cut out of an organisation's name ("Food and | Agriculture
 * Organization") is no part of the title. */
static void test_cut_run(void **state)
{
    (void)state;
    CHECK("Food Security Meeting",
          "Also present at the meeting were Food and Agriculture Organization "
          "Director-General Mei Lin and World Food Program Executive Director Tom Hale.",
          "-|Director-General|Mei Lin",
          "-|World Food Program Executive Director|Tom Hale");
}

/* "A B, Chief of Staff for ... President C D": C D is named in A B's
 * office, and took no part. */
static void test_office_of_another(void **state)
{
    (void)state;
    static const char *const paras[] = {
        "Secretary John Doe spoke with Hans Weber, Chief of Staff for European "
        "Commission President Eva Lind, on Monday.", NULL};
    struct statement st;
    extract_paras(&st, "Call with the Commission", paras);
    for (size_t i = 0; i < st.nparts; i++)
        assert_null(strstr(st.parts[i].name, "Lind"));
    stmt_free(&st);
}

/* A place read as a name ("the United | Arab Emirates, Senior Official")
 * gives no row. */
static void test_country_as_name(void **state)
{
    (void)state;
    CHECK("Travel to the Gulf",
          "In the United Arab Emirates, Senior Official Jane Roe will meet government "
          "officials.",
          "United States|Senior Official|Jane Roe");
}

/* "on behalf of A B", "contact Mr. A B": no participant. */
static void test_not_taking_part(void **state)
{
    (void)state;
    CHECK("Travel to Rabat",
          "On behalf of Secretary John Doe, Under Secretary Mary Roe will join the meeting "
          "of ministers.",
          "United States|Under Secretary|Mary Roe");
    CHECK_NONE("Advisory Council Meeting",
               "Members of the public who wish to attend the meeting should contact "
               "Mr. Peter Quill by June 1.");
}

/* "the Honorable", "Honorable" alone: a style, no part of the name or
 * the title. */
static void test_honorable(void **state)
{
    (void)state;
    CHECK("Global Action Plan",
          "H.E. Ken Sato, Minister for Foreign Affairs of Japan and the Honorable Jane Roe, "
          "Secretary of State of the United States of America, convened a meeting of "
          "ministers.",
          "United States|Secretary of State|Jane Roe",
          "Japan|Minister for Foreign Affairs|Ken Sato");
    CHECK("Joint Commission",
          "The meeting was co-chaired by Honorable Minister of Trade Dr. Ravi Menon.",
          "-|Minister of Trade|Dr. Ravi Menon");
}

/* A name after a particle ("bin Sultan") is a name, not an office. */
static void test_particle_then_head(void **state)
{
    (void)state;
    CHECK("Visit to Doha",
          "Secretary John Doe met Foreign Minister Sheikh Khalid bin Sultan Al Thani.",
          "United States|Secretary|John Doe",
          "Qatar|Foreign Minister|Sheikh Khalid bin Sultan Al Thani");
}

/* A demonym of a smaller member of the United Nations gives its country. */
static void test_small_state(void **state)
{
    (void)state;
    CHECK("Meeting with the Palauan President",
          "Secretary John Doe met Palauan President Tomas Ngirai in Washington.",
          "United States|Secretary|John Doe",
          "Palau|President|Tomas Ngirai");
}

/* A title read short is a wrong title, so no row: one that ends on a
 * word needing a head after it ("Director of National | A B"), one whose
 * domain goes on after an acronym.  A domain listed after a comma is read
 * whole ("of the Bureau of Arms Control, Verification and Compliance"). */
static void test_title_read_short(void **state)
{
    (void)state;
    CHECK_NONE("Working Group",
               "Also present at the meeting was Senior Advisor to the Director of National "
               "Peter Quill.");
    CHECK("Working Group",
          "The delegation was met by Omar Haddad, Deputy Director of the Bureau of Arms "
          "Control, Verification and Compliance, at the airport.",
          "-|Deputy Director of the Bureau of Arms Control, Verification and Compliance|Omar Haddad");
    CHECK_NONE("Working Group",
               "Mr. Ravi Menon, Director General, NCB attended the meeting of the group.");
}

/* A person named twice, once with an initial ("Dr. R. Menon" and "Dr.
 * Ravi Menon"), is one row. */
static void test_initials(void **state)
{
    (void)state;
    CHECK("Joint Commission",
          "Secretary John Doe met Indian Minister of External Affairs Dr. Ravi Menon. "
          "Minister of External Affairs Dr. R. Menon also attended the meeting.",
          "United States|Secretary|John Doe",
          "India|Minister of External Affairs|Dr. Ravi Menon");
}

/* An organisation's Secretary-General is no official of the issuing
 * government: the organisation the title names, else unknown. */
static void test_secretary_general_side(void **state)
{
    (void)state;
    CHECK("Working Visit to Ruritania",
          "Secretary-General of ASEAN Kao Kim Hourn will lead the Secretariat's delegation "
          "for a working visit to Ruritania.",
          "ASEAN|Secretary-General|Kao Kim Hourn");
    CHECK("Working Visit to Ruritania",
          "Secretary-General Jana Novak will lead the Secretariat's delegation for a working "
          "visit to Ruritania.",
          "-|Secretary-General|Jana Novak");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_presence),
        cmocka_unit_test(test_spoken_text),
        cmocka_unit_test(test_first_person),
        cmocka_unit_test(test_topic),
        cmocka_unit_test(test_widened_title),
        cmocka_unit_test(test_cut_run),
        cmocka_unit_test(test_office_of_another),
        cmocka_unit_test(test_country_as_name),
        cmocka_unit_test(test_not_taking_part),
        cmocka_unit_test(test_honorable),
        cmocka_unit_test(test_particle_then_head),
        cmocka_unit_test(test_small_state),
        cmocka_unit_test(test_title_read_short),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_secretary_general_side),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
