/* export.h -- printing the statement model back out: as JSON (--dump-json,
 * an interface other tools rely on) and as Markdown+YAML source (--import).
 * The JSON members are: title, short_title, kind, office, agency, place,
 * date, language, keywords, blocks [{type, level, marker, text, line}],
 * participants [{delegation, title, name}], dropped [{line, text, why}]
 * (input lines recognition left out of header and body, e.g. site furniture).
 */
#ifndef IMPRINT_EXPORT_H
#define IMPRINT_EXPORT_H

#include <stdio.h>

#include "model/statement.h"

void export_json(const struct statement *s, FILE *out);
/* Markdown+YAML source that src_parse reads back (export_md.c). */
void export_markdown(const struct statement *s, FILE *out);

#endif
