/* recstr.h -- for unit tests: recognise a string as copied text, the way
 * imprint reads a .txt file.  Include after cmocka.h. */
#ifndef IMPRINT_TEST_RECSTR_H
#define IMPRINT_TEST_RECSTR_H

#include <string.h>

#include "read/text.h"
#include "recognise/recognise.h"

/* Recognise s (named t.txt) into *st; returns rec_recognise's status. */
static inline int rec_str(const char *s, struct statement *st)
{
    struct text t;
    assert_int_equal(text_from_bytes("t.txt", s, strlen(s), TEXT_DEFAULT_MAX, &t), 0);
    int rc = rec_recognise(&t, st);
    text_free(&t);
    return rc;
}

#endif
