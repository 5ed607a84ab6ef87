#!/bin/bash
# t_feed.sh -- RSS 2.0 and Atom feeds as input: one PDF per item named by
# its link's slug (the same names and bytes on every run), a failing item
# reported with the feed and its number while the others are typeset,
# hostile XML refused with its message (entities, external entities,
# malformed XML, not a feed, no items), and the 50 items of
# ../shared/feeds/ in one -j 2 run: valid PDF/A-1b, every word, heading,
# numbered list and link of each item in its PDF, and the statements agree
# with the same statements' copied text.
. "$(dirname "$0")/lib.sh"

H=tests/html
V=tests/validate.sh
FEEDS=$SHARED/feeds

"$IMPRINT" -j 2 -o "$T/hand/" $H/hand.rss $H/hand.atom >"$T/out" 2>"$T/err"
check_eq "a feed with a failing item exits 1" 1 "$?"
check_eq "every other item gets its PDF, named by its link's slug" \
    "notice-public-meeting.pdf readout-port-security.pdf second-ministerial-on-river-fisheries.pdf statement-on-world-bee-day.pdf" \
    "$(ls "$T/hand" | tr '\n' ' ' | sed 's/ $//')"
check "the failing item is named with the feed and its number" \
    grep -q "hand.rss:28: error: item 3 ('An Item With Only a Script') was not typeset \[feed-item-failed\]" "$T/err"
check "... after what went wrong in it" grep -q "hand.rss#item-3: error: the page has no statement text \[html-no-text\]" "$T/err"
check "an item without a body is typeset from its title, with a warning" \
    grep -q "hand.rss#item-2: warning: item 2 has no content:encoded.*\[feed-item-no-body\]" "$T/err"
check "the item PDFs are valid PDF/A-1b" sh $V "$T"/hand/*.pdf
"$IMPRINT" -q -o "$T/again/" $H/hand.rss $H/hand.atom
check "a second run gives the same names and bytes" diff -r "$T/hand" "$T/again"
"$IMPRINT" -q --dump-json $H/hand.rss >"$T/hand.json" 2>/dev/null
check "an RSS item: title, date, office from the item; h2, <ol start=4> and its link in the model" $PY -c "
import json, sys
s = json.JSONDecoder().raw_decode(open('$T/hand.json').read())[0]
b = s['blocks']
ok = (s['title'] == 'Second Ministerial on River Fisheries' and s['date'] == '2024-05-14'
      and s['office'] == 'Office of the Spokesperson' and b[0]['text'].startswith('Secretary of State')
      and [x['text'] for x in b if x['type'] == 'heading'] == ['Outcomes']
      and [x['marker'] for x in b if x['type'] == 'list_item'] == ['4.', '5.'])
sys.exit(0 if ok else print(s))"
check_eq "Atom entries: published before updated, author as office, xhtml content" \
    "2024-06-01 Office of the Spokesperson|2024-06-02 None|agenda one" \
    "$("$IMPRINT" -q --dump-json $H/hand.atom | $PY -c "
import json, sys
raw, d, out, i = sys.stdin.read(), json.JSONDecoder(), [], 0
while i < len(raw):
    if raw[i].isspace(): i += 1; continue
    o, i = d.raw_decode(raw, i); out.append(o)
print('%s %s|%s %s|%s' % (out[0]['date'], out[0]['office'], out[1]['date'], out[1]['office'], out[1]['blocks'][1]['text']))")"
check "'-' with --from feed reads a feed from standard input" \
    bash -c "'$IMPRINT' -q --from feed -o '$T/stdin/' - < $H/hand.atom && test -s '$T/stdin/notice-public-meeting.pdf'"

# Hostile XML.
lol='<!DOCTYPE rss [<!ENTITY a "lollollollollollollollollollol">'
prev=a
for e in b c d e f g h i j; do lol="$lol<!ENTITY $e \"&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;\">"; prev=$e; done
printf '<?xml version="1.0"?>\n%s]>\n<rss version="2.0"><channel><item><title>&j;</title><description>&j;</description></item></channel></rss>\n' "$lol" >"$T/lol.rss"
check_run "billion laughs: refused at the first entity declaration, at once" 1 \
    "lol.rss:2: error: the feed declares entities in a DTD; feeds may not .*\[feed-entities\]" timeout 5 "$IMPRINT" -o "$T/lol/" "$T/lol.rss"
printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>\n' >"$T/xxe.rss"
check_run "an external entity is refused, never loaded" 1 "xxe.rss:2: error: .*\[feed-entities\]" "$IMPRINT" -o "$T/xxe/" "$T/xxe.rss"
check_eq "... and nothing is written" "" "$(ls "$T/xxe" 2>/dev/null)"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Open\n</channel></rss>\n' >"$T/broken.rss"
check_run "malformed XML: libxml2's message with the line" 1 "broken.rss:[0-9]+: error: the feed is not well-formed XML: .*\[feed-xml\]" \
    "$IMPRINT" -o "$T/b/" "$T/broken.rss"
printf '<?xml version="1.0"?>\n<html><body/></html>\n' >"$T/notfeed.xml"
check_run "XML that is no feed" 1 "notfeed.xml:2: error: root element <html> is neither RSS 2.0 <rss> nor Atom <feed> \[feed-unknown\]" \
    "$IMPRINT" -o "$T/n/" "$T/notfeed.xml"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Empty</title></channel></rss>\n' >"$T/empty.rss"
check_run "a feed without items" 1 "empty.rss: error: the feed has no items \[feed-no-items\]" "$IMPRINT" -o "$T/e/" "$T/empty.rss"
check_run "a bad feed does not stop the other inputs" 1 "feed-no-items" \
    "$IMPRINT" -o "$T/mixed/" "$T/empty.rss" $H/hand.atom
check_eq "... which are typeset" 2 "$(ls "$T/mixed" | wc -l)"

# The 50 items of the shared feeds.
if [ ! -d "$FEEDS" ]; then
    skip "the 50 items of ../shared/feeds/" "../shared/feeds/ is absent (real feeds kept beside the checkout)"
    exit 0
fi
check "the 50 items typeset in one -j 2 run" "$IMPRINT" -q -j 2 -o "$T/feed/" "$FEEDS"/*.rss
check_eq "one PDF per item" 50 "$(ls "$T/feed" | grep -c '\.pdf$')"
check "all 50 are valid PDF/A-1b" sh $V "$T"/feed/*.pdf
"$IMPRINT" -q --dump-json "$FEEDS"/*.rss >"$T/feed.json"
check "every word, heading, numbered list and link of each item is in its PDF" \
    $PY tests/feedcheck.py "$T/feed" "$T/feed.json" "$FEEDS"/*.rss
if [ -d "$CORPUS" ]; then
    $PY tests/feedcompare.py "$IMPRINT" "$CORPUS" "$FEEDS"/*.rss >"$T/compare" 2>&1
    check_eq "each item has its copied text in the corpus" 0 "$?"
    # two items were retitled in the feed; one (item 21) has its speakers'
    # bylines glued to their bureaus ("SecretaryBureau of ..."), which the
    # copied text's reader splits and the feed's HTML reader does not yet
    check "items agree with their copied text on title, date and participants (all but two retitled ones and one glued byline)" \
        grep -q "^50 items: 47 agree on title, date and participants, 3 differ" "$T/compare"
else
    skip "feed items against their copied text" "$NO_CORPUS"
fi
