/* furn_links.h -- the furniture a listing page and a transcript's head
 * carry inside the text: the link that closes each teaser ("Read More",
 * "Available in:") and a bracketed note run into the first paragraph
 * ("[scroll down for French version] ...").  Read from furniture.def by
 * furniture.c; used where the body's bounds are set (header_body.c). */
#ifndef RECOGNISE_FURN_LINKS_H
#define RECOGNISE_FURN_LINKS_H

#include <stddef.h>

/* 1 when s is a teaser's closing link alone ("Read More»", "Available
 * in:"), 2 when s is a teaser that ends with one after an ellipsis
 * ("... who bravely ... Read More»"), else 0. */
int rec_more_link(const char *s);

/* The length of a bracketed note run into s with the space after it
 * ("[scroll down for French version] "), when a capital follows; else 0. */
size_t rec_runin_note(const char *s);

/* Whether s is a delivery or transcript note at the head of the body
 * ("Check against delivery!", "(As delivered)", "[This is a rush
 * transcript ...]"), the preface's. */
int rec_preface_note(const char *s);

#endif
