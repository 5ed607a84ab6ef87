#!/bin/bash
# t_html.sh -- saved web pages and RSS/Atom feeds as input: the hand-written
# pages of tests/html/ typeset with their article and none of their
# furniture, their markup comes out as the model's headings, lists, quotes
# and links, --import of a page typesets to the same text, hostile markup
# gets its message, feeds give one PDF per item (a failing item reported
# and the others typeset), and the 50 items of ../shared/feeds/ typeset into
# valid PDF/A-1b with every word, heading, numbered list and link.
. "$(dirname "$0")/lib.sh"

H=tests/html
V=tests/validate.sh
FURNITURE='official website|how you know|Travel Advisories|Countries &|Bureaus &|Careers|Skip to|Readouts$|Related Articles|relatedword|sharebutton|Privacy|Accessibility Statement|footerword|scriptword|stylesheetword|commentword|headerword|leftnavword|archive of information|Copyright Information'

# json FILE EXPR: a Python expression over the statement s = --dump-json FILE.
json() { "$IMPRINT" -q --dump-json "$1" | $PY -c "import json,sys; s=json.load(sys.stdin); print($2)"; }

for page in state-current:entry-content archive-2009-2017:body-row; do
    name=${page%%:*} body=${page#*:}
    check "$name.html typesets" "$IMPRINT" -q -o "$T/$name.pdf" "$H/$name.html"
    check "$name.pdf is valid PDF/A-1b" sh $V "$T/$name.pdf"
    pdftotext -enc UTF-8 "$T/$name.pdf" "$T/$name.txt"
    check_eq "$name: no furniture in the PDF" "" "$(grep -E "$FURNITURE" "$T/$name.txt")"
    check "$name: every article word is in the PDF, in order" \
        $PY $H/page-check.py "$H/$name.html" "$body" "$T/$name.txt"
done

check_eq "current page: header from the marked elements" \
    "Readout|Secretary Harlow’s Meeting with Baltic Foreign Ministers|Office of the Spokesperson|2024-03-11" \
    "$(json $H/state-current.html 's["kind"]+"|"+s["title"]+"|"+s["office"]+"|"+s["date"]')"
check_eq "current page: h2 and h3 are headings at levels 1 and 2" \
    "Energy Security:1 Questions from the press:2" \
    "$(json $H/state-current.html '" ".join(b["text"]+":"+str(b["level"]) for b in s["blocks"] if b["type"]=="heading")')"
check_eq "current page: <ol start=3> numbers 3, 4, 5 with a nested list at level 2" \
    "3.:1 4.:1 –:2 –:2 5.:1" \
    "$(json $H/state-current.html '" ".join(b["marker"]+":"+str(b["level"]) for b in s["blocks"] if b["type"]=="list_item")')"
check_eq "current page: the blockquote is a quote" "1" \
    "$(json $H/state-current.html 'sum(b["type"]=="quote" for b in s["blocks"])')"
check_eq "current page: bold and italic runs" "**ironclad** *North Atlantic Treaty*" \
    "$("$IMPRINT" -q --import $H/state-current.html | tr '\n' ' ' | grep -o '\*\*ironclad\*\*\|\*North Atlantic Treaty\*' | tr '\n' ' ' | sed 's/ $//')"
check_eq "current page: participants from the text (the attributed spokesperson too)" \
    "Miriam Harlow,Dana Whitfield,Kaarel Tamm,Ilze Berzina,Jonas Petrauskas" \
    "$(json $H/state-current.html '",".join(p["name"] for p in s["participants"])')"
check_eq "current page: the attribution line is the preface, not body" \
    "The below is attributable to Spokesperson Dana Whitfield:|False" \
    "$(json $H/state-current.html 's["preface"]+"|"+str(any("attributable" in b["text"] for b in s["blocks"]))')"
check "current page: http and mailto links are link annotations" $PY -c "
import pikepdf, sys
pdf = pikepdf.open('$T/state-current.pdf')
u = {str(a.A.URI) for p in pdf.pages for a in p.get('/Annots', []) if '/A' in a}
sys.exit(0 if {'https://www.state.gov/bureau-of-energy-resources/', 'mailto:press@example.gov'} <= u else print(u))"
check_eq "archive page: kind, office, place, date" \
    "Media Note|Office of the Spokesperson|Washington, DC|2015-06-18" \
    "$(json $H/archive-2009-2017.html 's["kind"]+"|"+s["office"]+"|"+s["place"]+"|"+s["date"]')"
check_eq "archive page: the unclosed <LI>s are three bullets" "• • •" \
    "$(json $H/archive-2009-2017.html '" ".join(b["marker"] for b in s["blocks"] if b["type"]=="list_item")')"
check_run "current page: its table and image are reported" 0 \
    "state-current.html:74: warning: .*\[table-unsupported\]" "$IMPRINT" -o "$T/w.pdf" $H/state-current.html
check "current page: ... and the image too" grep -q "state-current.html:78: warning: .*\[image-unsupported\]" "$T/.err"

# --import of a page gives source that typesets to the same text.
for name in state-current archive-2009-2017; do
    "$IMPRINT" -q --import "$H/$name.html" >"$T/$name.md"
    "$IMPRINT" -q -o "$T/$name-md.pdf" "$T/$name.md"
    pdftotext -enc UTF-8 "$T/$name-md.pdf" - | grep -v 'SHA-256' >"$T/md.txt"
    grep -v 'SHA-256' "$T/$name.txt" >"$T/html.txt"
    check "$name: --import source typesets to the same PDF text" diff "$T/html.txt" "$T/md.txt"
done

check "'-' with --from html reads a page from standard input" \
    bash -c "'$IMPRINT' -q --from html -o '$T/stdin.pdf' - < $H/state-current.html && pdftotext '$T/stdin.pdf' - | grep -q 'Energy Security'"
check_run "--from takes only the known formats" 2 "\[usage\]" "$IMPRINT" --from pdf $H/state-current.html

# Hostile markup.
page() { printf '<!DOCTYPE html><html><head>%b</head><body><main><h1>Hostile page</h1>%b</main></body></html>\n' "$1" "$2"; }
page '' '<p>first words <b>bold <i>both <p>second paragraph <ul><li>an item <li>another <div>unclosed' >"$T/unclosed.html"
check_eq "unclosed tags: the text still comes out" \
    "first words bold both|second paragraph|an item|another|unclosed" \
    "$(json "$T/unclosed.html" '"|".join(b["text"] for b in s["blocks"])')"
$PY -c "print('<html><body><main><h1>Deep</h1>' + '<div>' * 100000 + '<p>deep</p>' + '</div>' * 100000 + '</main></body></html>')" >"$T/deep.html"
check_run "100,000 nested elements are refused before parsing, at once" 1 \
    "deep.html: error: elements open about 100003 deep .*\[html-nesting-refused\]" timeout 5 "$IMPRINT" -o "$T/deep.pdf" "$T/deep.html"
$PY -c "print('<html><body><main><h1>Deep</h1>' + '<span>' * 3000 + 'deep words' + '</span>' * 3000 + '</main></body></html>')" >"$T/deep3k.html"
check_run "3,000 nested elements: read, the deepest as plain text" 0 \
    "deep3k.html:1: warning: elements nested more than 1000 deep.*\[html-too-deep\]" "$IMPRINT" -o "$T/deep3k.pdf" "$T/deep3k.html"
check "... and their words are in the PDF" bash -c "pdftotext '$T/deep3k.pdf' - | grep -q 'deep words'"
$PY -c "print('<html><body><main><h1>Big</h1><p title=\"' + 'a' * 10_000_000 + '\">big attribute text</p></main></body></html>')" >"$T/bigattr.html"
check "a 10 MB attribute is read in bounded time" timeout 10 "$IMPRINT" -q -o "$T/bigattr.pdf" "$T/bigattr.html"
page '' '<p>Do not <a href="javascript:alert(1)">click here</a> or <a href="file:///etc/passwd">open this</a>; <a href="https://example.gov/ok">this one</a> stays.</p>' >"$T/links.html"
check_run "javascript: links are dropped with a warning" 0 \
    "links.html:1: warning: link 'javascript:alert\(1\)' dropped .*\[link-scheme-dropped\]" "$IMPRINT" -o "$T/links.pdf" "$T/links.html"
check "... and file: links too" grep -q "link 'file:///etc/passwd' dropped" "$T/.err"
check "... keeping their text, and only the https link is an annotation" $PY -c "
import pikepdf, subprocess, sys
pdf = pikepdf.open('$T/links.pdf')
u = [str(a.A.URI) for p in pdf.pages for a in p.get('/Annots', []) if '/A' in a]
t = subprocess.run(['pdftotext', '$T/links.pdf', '-'], capture_output=True, text=True).stdout
sys.exit(0 if u == ['https://example.gov/ok'] and 'click here' in t and 'open this' in t else print(u, t))"
page '' '<p>bad byte here: \xff end</p>' >"$T/badutf8.html"
check_run "invalid UTF-8 in a page: the UTF-8 error, with line and column" 1 \
    "badutf8.html:1:[0-9]+: error: invalid UTF-8 \(byte 0xFF\) \[utf8-invalid\]" "$IMPRINT" -o "$T/x.pdf" "$T/badutf8.html"
page '<meta charset="windows-1252">' '<p>Caf\xe9 cr\xe8me \x93quoted\x94</p>' >"$T/cp1252.html"
check_run "a declared windows-1252 page is decoded" 0 "cp1252.html: note: decoded from windows-1252 \[charset-decoded\]" \
    "$IMPRINT" -o "$T/cp1252.pdf" "$T/cp1252.html"
check "... into the right characters" bash -c "pdftotext -enc UTF-8 '$T/cp1252.pdf' - | grep -q 'Café crème “quoted”'"
page '<meta http-equiv="Content-Type" content="text/html; charset=x-klingon">' '<p>text</p>' >"$T/klingon.html"
check_run "a character set iconv does not know is a clear error" 1 \
    "klingon.html: error: the page declares the character set 'x-klingon'.*\[charset-unknown\]" "$IMPRINT" -o "$T/x.pdf" "$T/klingon.html"
page '<meta charset="euc-jp">' '<p>\xff\xfe</p>' >"$T/eucjp.html"
check_run "bytes that are not in the declared character set" 1 \
    "eucjp.html: error: the page is not valid euc-jp \(byte [0-9]+\) \[charset-invalid\]" "$IMPRINT" -o "$T/x.pdf" "$T/eucjp.html"
page '<script>only("a script")</script>' '<nav>Menu</nav>' | sed 's|<h1>Hostile page</h1>||' >"$T/empty.html"
check_run "a page without statement text" 1 "empty.html: error: the page has no statement text \[html-no-text\]" \
    "$IMPRINT" -o "$T/x.pdf" "$T/empty.html"
printf '<html><body><main><p class="date">some day soon</p><p>Text without a title.</p></main></body></html>\n' >"$T/notitle.html"
check_run "a page without a title is reported" 0 "notitle.html: warning: the page names no title .*\[html-no-title\]" \
    "$IMPRINT" --dump-json "$T/notitle.html"
check_run "a page's unreadable date is reported" 0 "notitle.html: warning: date 'some day soon' .*\[html-date-unread\]" \
    "$IMPRINT" --dump-json "$T/notitle.html"

# The statement's address: a page's og:url or canonical link (an http or
# https one only), kept as "url" in --dump-json and url: in --import.
check_eq "current page: its og:url is the statement's url" \
    "https://www.state.gov/secretary-harlows-meeting-with-baltic-foreign-ministers/" \
    "$(json $H/state-current.html 's["url"]')"
"$IMPRINT" -q --import $H/state-current.html >"$T/current.md"
check "current page: --import writes the url" \
    grep -qF 'url: "https://www.state.gov/secretary-harlows' "$T/current.md"
printf '<html><head><link rel="canonical" href="https://example.gov/a/b"><title>T</title></head><body><main><p>Text.</p></main></body></html>\n' >"$T/canon.html"
check_eq "a canonical link is the statement's url" "https://example.gov/a/b" "$(json "$T/canon.html" 's["url"]')"
printf '<html><head><link rel="canonical" href="javascript:x()"><title>T</title></head><body><main><p>Text.</p></main></body></html>\n' >"$T/nocanon.html"
check_eq "a link that is not http(s) is no url" "False" "$(json "$T/nocanon.html" '"url" in s')"
