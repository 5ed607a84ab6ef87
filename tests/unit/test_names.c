/* test_names.c -- the proper names recognition hands to typesetting
 * (rec_names): participants' names and delegations, the place, and the
 * countries, demonyms and other country names the text mentions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/statement.h"
#include "recognise/names.h"

static int has(const struct statement *s, const char *w)
{
    return stmt_has_name(s, w, strlen(w));
}

static void test_names(void **state)
{
    (void)state;
    struct statement s;
    stmt_init(&s);
    s.title = strdup("Secretary Blinken's Call with Colombian Vice President Ramírez");
    s.place = strdup("Washington, DC");
    stmt_add_block(&s, BLK_PARAGRAPH, 0, NULL,
                   "The Secretary discussed the situation in Ethiopia and the "
                   "United Kingdom's support with the Government of Germany.", 3);
    stmt_add_participant(&s, "United States", "Secretary of State", "Antony J. Blinken");
    stmt_add_participant(&s, "Colombia", "Vice President", "Marta Lucía Ramírez");
    rec_names(&s);
    const char *want[] = {"Antony", "Blinken", "United", "States", "Marta",
                          "Lucía", "Ramírez", "Colombia", "Washington",
                          "Colombian", "Ethiopia", "Kingdom", "Germany"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        if (!has(&s, want[i]))
            fail_msg("%s is not among the names", want[i]);
    const char *not[] = {"Secretary", "Vice", "President", "Government", "The",
                         "State", "J"};
    for (size_t i = 0; i < sizeof not / sizeof *not; i++)
        if (has(&s, not[i]))
            fail_msg("%s is taken for a name", not[i]);
    size_t n = s.nnames;
    rec_names(&s);  /* no word twice */
    assert_int_equal(s.nnames, n);
    stmt_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
