#!/usr/bin/env python3
"""bodygen.py -- composed statements for the body bounds and the site
furniture around them.

Each case is an invented statement (invented countries, people and
sentences: nothing is copied from a page) wrapped the way a copied web page
wraps one: furniture before the header (government banners, skip links,
menus, breadcrumbs, language pickers, search, cookie notices, e-mail digest
lines, notices about the page: scam warnings, translation notes, counters),
a header, an attribution or preface line, a photo caption, a body of 2-6
paragraphs, a closing mark ("End text", "###", "- 30 -", a row of spaced
dots), and furniture after it (share, tag, topic, related, footer,
subscription, last-updated and published lines, comment forms, links back
to the listing, translation notes, a repost's stamp and source link), in
several families and orders; a listing page's second item after the first.

For each case `imprint --dump-json` must give:
  - the body's first and last paragraph exactly, every paragraph between;
  - the title, and no furniture line in the title or in any block;
  - every furniture line listed in "dropped" (the line and its text), the
    preface lines in "preface", the closing mark in "closing".

Usage: bodygen.py --imprint ./imprint [--cases N] [--seed S] [--floor F]
                  [--show N]
Prints each failing case (its families and what went wrong, at most --show
of them), the share of cases passing per family, and the overall score;
exits 1 when the overall score is under --floor.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

COUNTRIES = ["Ruritania", "Graustark", "Freedonia", "Sylvania", "Borduria",
             "Syldavia", "Elbonia", "Genovia", "Latveria", "Marivania"]
ADJ = {"Ruritania": "Ruritanian", "Graustark": "Graustarkian",
       "Freedonia": "Freedonian", "Sylvania": "Sylvanian",
       "Borduria": "Bordurian", "Syldavia": "Syldavian",
       "Elbonia": "Elbonian", "Genovia": "Genovian",
       "Latveria": "Latverian", "Marivania": "Marivanian"}
PEOPLE = ["Anna Vestergaard", "Tomas Kell", "Mira Osei", "Paul Danforth",
          "Lena Marsh", "Oskar Brandt", "Ines Carvalho", "Rafael Montoya"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
TOPICS = ["river fisheries", "port security", "rail links", "clean water",
          "cultural exchange", "disaster relief", "grain shipments",
          "border crossings", "school exchanges", "mountain roads"]


def sentence(r, country, other):
    """One invented sentence about the talks."""
    t = r.choice(TOPICS)
    forms = [
        f"The ministers of {country} and {other} discussed {t} and agreed to meet again in the spring.",
        f"Both sides welcomed the progress made on {t} since the last meeting of the joint commission.",
        f"The {ADJ[country]} delegation presented a plan for {t} along the shared border.",
        f"Officials will report to the ministers on {t} before the end of the year.",
        f"The two governments intend to sign an agreement on {t} at the next summit.",
        f"We remain committed to working with the people of {other} on {t}.",
        f"Experts from both countries will visit the region to study {t} in detail.",
    ]
    return r.choice(forms)


def paragraph(r, country, other, shape):
    """An invented paragraph of the given shape."""
    if shape == "short":
        return r.choice(["We welcome this step.", "The talks will continue.",
                         f"{other} agreed.", "Thank you."])
    if shape == "quoted":
        return (f"\u201cToday marks a new chapter,\u201d said the Minister. "
                + sentence(r, country, other))
    if shape == "ascii-quoted":
        return f"\"We are proud of this work,\" the Minister said. " + sentence(r, country, other)
    if shape == "number":
        n = r.choice(["12", "Forty", "2024", "3"])
        return f"{n} projects on {r.choice(TOPICS)} are now under way in both countries. " + \
            sentence(r, country, other)
    if shape == "no-period":
        return sentence(r, country, other)[:-1] + " and beyond"
    if shape == "quote-end":
        return (f"The Minister said: \u201cWe will keep working with {other} on "
                f"{r.choice(TOPICS)}.\u201d")
    n = r.randint(1, 3)
    return " ".join(sentence(r, country, other) for _ in range(n))


def body(r, country, other):
    """2-6 paragraphs; the first a full one, the others of various shapes."""
    shapes = ["plain", "short", "quoted", "ascii-quoted", "number", "no-period", "quote-end"]
    n = r.randint(2, 6)
    paras = [paragraph(r, country, other, r.choice(["plain", "quoted", "number", "ascii-quoted"]))]
    for i in range(1, n):
        paras.append(paragraph(r, country, other, r.choice(shapes)))
    v = r.random()
    if v < 0.15:  # a signature: short lines without a final period
        paras += [r.choice(PEOPLE), f"Minister for Foreign Affairs of {country}"]
    elif v < 0.25:  # a list of short lines at the end
        paras[-1] = "The following countries took part:"
        paras += r.sample(COUNTRIES, 3)
    return paras


# ---- furniture before the header: (family, lines) ------------------------

def banner(r):
    v = r.randint(0, 3)
    if v == 0:
        return ["An official website of the United States government",
                "Here's how you know"]
    if v == 1:
        return ["An official website of the United States government"]
    if v == 2:
        return ["An official website of the United States government Here\u2019s how you know",
                "Official websites use .gov",
                "A .gov website belongs to an official government organization in the United States.",
                "Secure .gov websites use HTTPS",
                "A lock (LockA locked padlock) or https:// means you\u2019ve safely connected "
                "to the .gov website. Share sensitive information only on official, secure websites."]
    return ["An official website of the United States government",
            "Here's how you know",
            "Official websites use .gov",
            "A .gov website belongs to an official government organization in the United States.",
            "Secure .gov websites use HTTPS",
            "A lock ( ) or https:// means you've safely connected to the .gov website."]


def skip_link(r):
    return [r.choice(["Skip to main content", "Skip to content", "Skip navigation"])]


def menu(r):
    return r.sample(["Menu", "Main navigation", "Toggle navigation", "Close",
                     "About", "News", "Search"], r.randint(1, 3))


def breadcrumb(r):
    c = r.choice(COUNTRIES)
    return [r.choice(["Home > Media > Press Releases", "Home / News",
                      f"Home \u00bb News \u00bb {c}", "You are here: Home / Statements",
                      "Media > Press Releases > 2024"])]


def languages(r):
    return [r.choice(["English", "English | Espa\u00f1ol | Fran\u00e7ais",
                      "Select Language", "English Espa\u00f1ol"])]


def search(r):
    return r.sample(["Search", "Search form", "Search this site", "Submit Search"],
                    r.randint(1, 2))


def cookies(r):
    return [r.choice(["This site uses cookies to give you the best experience.",
                      "We use cookies to understand how you use this site.",
                      "Cookies on this site"]),
            r.choice(["Accept all cookies", "Accept cookies", "Cookie settings"])]


def digest_top(r):
    return [r.choice(["View this email in your browser", "View Online",
                      "Having trouble viewing this email? View it as a web page."])]


def notices(r):
    """Notices about the page above the text: a scam warning, a
    translation note, a site's counter, a board's metadata labels."""
    v = r.randint(0, 3)
    if v == 0:
        return ["Government officials will NEVER ask you to transfer money over a phone call. "
                "Call the helpline if you are unsure."]
    if v == 1:
        return [r.choice(["This is a provisional translation for reference purpose only.",
                          "(Provisional translation)"])]
    if v == 2:
        return [f"There were {r.randint(10, 90)} press releases posted in the last 24 hours "
                f"and {r.randint(1000, 9999)} in the last 365 days."]
    return ["Hit", str(r.randint(100, 9999)).replace("2", "3") if r.random() < 0.5 else "Views"]


BEFORE = {"banner": banner, "skip": skip_link, "menu": menu, "breadcrumb": breadcrumb,
          "language": languages, "search": search, "cookie": cookies,
          "digest-top": digest_top, "notices": notices}


# ---- furniture after the body ---------------------------------------------

def share(r):
    return r.sample(["Share", "Share this page", "Facebook", "Twitter", "Email",
                     "Print", "Print this page", "Copy link", "Share on LinkedIn"],
                    r.randint(1, 4))


def tags(r):
    v = r.randint(0, 2)
    if v == 0:
        return [f"Tags: {r.choice(COUNTRIES)}, {r.choice(TOPICS).title()}"]
    if v == 1:
        return ["Tags", r.choice(COUNTRIES), r.choice(TOPICS).title()]
    return [f"Topics: {r.choice(TOPICS).title()}", f"Filed under {r.choice(COUNTRIES)}"]


def related(r):
    c, o = r.sample(COUNTRIES, 2)
    items = [f"Secretary Meets {ADJ[c]} Counterpart on {r.choice(TOPICS).title()}",
             f"Joint Statement on {ADJ[o]} {r.choice(TOPICS).title()}",
             f"Readout of the Call With the {ADJ[c]} Foreign Minister"]
    head = r.choice(["Related Articles", "Related Articles:", "Related", "More News",
                     "See also"])
    lines = [head]
    for it in r.sample(items, r.randint(1, 3)):
        lines.append(it)
        if r.random() < 0.3:
            lines.append(f"{r.choice(MONTHS)} {r.randint(1, 28)}, 2023")
    return lines


def offices(r):
    return [f"Bureaus and offices: Bureau of {r.choice(['European', 'African', 'Andean'])} Affairs",
            f"Countries and areas: {r.choice(COUNTRIES)}"]


def back_to_top(r):
    return [r.choice(["Back to top", "Return to top"])]


def footer(r):
    v = r.randint(0, 2)
    if v == 0:
        return ["Privacy Policy | Accessibility | FOIA | Contact Us",
                f"Copyright \u00a9 2024 Ministry of Foreign Affairs of {r.choice(COUNTRIES)}"]
    if v == 1:
        return r.sample(["Privacy Policy", "Accessibility", "FOIA", "Contact Us",
                         "Site Map", "Terms of use", "External link disclaimer"],
                        r.randint(2, 5))
    return [f"\u00a9 2024 Government of {r.choice(COUNTRIES)}. All rights reserved.",
            r.choice(["Facebook", "Twitter", "Instagram", "YouTube", "LinkedIn"])]


def digest_end(r):
    return r.sample(["Subscribe to updates", "Sign up for our newsletter",
                     "You are subscribed to updates from the Ministry.",
                     "This email was sent to reader@example.org using GovDelivery.",
                     "Manage subscriptions", "Unsubscribe"], r.randint(2, 4))


def updated(r):
    d = f"{r.choice(MONTHS)} {r.randint(1, 28)}, 2024"
    return [r.choice([f"Page last updated: {d}", f"Last updated: {d}",
                      f"Last Updated: {d}"])]


def published(r):
    d = f"{r.randint(1, 28)} {r.choice(MONTHS)} 2024"
    return [r.choice([f"Published: {d}", f"Posted on {d}", f"Published on {d}"])]


def page_tools(r):
    return r.sample(["Print this page", "Download PDF", "Listen", "5 min read",
                     "Posted by Press Office", "Read More"], r.randint(1, 3))


def comments(r):
    """A blog's or news site's comment form and its count."""
    n = r.randint(0, 5)
    return r.sample([f"Comments ({n})", f"{n} replies", "Leave a Reply",
                     "Want to join the discussion?", "Feel free to contribute!",
                     "Your email address will not be published. Required fields are marked *",
                     "Add Comment", "Post a Comment"], r.randint(2, 4))


def back_to_list(r):
    return [r.choice(["Back to Press Releases", "Back to Index", "Return to News",
                      "Back to Statements"])]


def translation_note(r):
    return [r.choice(["* The foregoing is a provisional translation. The date above is the "
                      "date of issue of the original release.",
                      "The foregoing is a provisional translation."])]


def repost_stamp(r):
    d = f"{r.choice(MONTHS)} {r.randint(1, 28)}, 2024"
    return [f"Published {d} at {r.randint(1, 12):02d}:00AM",
            "Read more at https://ministry.example/releases"]


AFTER = {"share": share, "tags": tags, "related": related, "offices": offices,
         "back-to-top": back_to_top, "footer": footer, "digest-end": digest_end,
         "updated": updated, "published": published, "page-tools": page_tools,
         "comments": comments, "back-to-list": back_to_list,
         "translation-note": translation_note, "repost-stamp": repost_stamp}


# ---- preface, caption, closing ----------------------------------------------

def preface(r, country):
    p = r.choice(PEOPLE)
    v = r.randint(0, 4)
    if v == 0:
        return "attributable", [f"The following is attributable to Spokesperson {p}:"]
    if v == 1:
        return "released", [f"The Governments of {country} and {r.choice(COUNTRIES)} "
                            "released the following statement:"]
    if v == 2:
        return "begin-text", [f"The following statement was released by the Governments of "
                              f"{country} and {r.choice(COUNTRIES)}.", "Begin text:"]
    if v == 3:
        return "readout", [f"Spokesperson {p} provided the following readout:"]
    return "none", []


def caption(r, country, other):
    a, b = r.sample(PEOPLE, 2)
    v = r.randint(0, 4)
    if v == 0:
        return "photo-paren", [f"(Photo: Ministry of Foreign Affairs of {country})"]
    if v == 1:
        return "photo-credit", [f"Photo credit: Press Office of {country}"]
    if v == 2:
        return "image", [f"Image: Minister {a.split()[1]} and Minister {b.split()[1]} "
                         f"before the talks"]
    if v == 3:
        return "caption-short", [f"Minister {a.split()[1]} and Minister {b.split()[1]} "
                                 f"shake hands before the talks in {other}"]
    if v == 4 and r.random() < 0.3:
        return "caption-credited", [f"Minister {a.split()[1]} meets Minister {b.split()[1]} "
                                    f"in {other}. [Photos: Ministry of {country}]"]
    return "none", []


def closing(r):
    v = r.randint(0, 6)
    return [None, "End text.", "###", "- 30 -", "-END-", "End text", ". . . . ."][v]


# ---- composing ----------------------------------------------------------------

def header(r, country, other):
    """A title and the header lines; the date line last."""
    title = f"{r.choice(['Joint Statement', 'Readout', 'Statement'])} on " \
            f"{ADJ[country]}-{ADJ[other]} {r.choice(TOPICS).title()}"
    d = f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2025)}"
    v = r.randint(0, 2)
    if v == 0:
        return title, [title, "Press Statement", "Office of the Spokesperson", d]
    if v == 1:
        return title, [title, d]
    return title, [title, "Media Note", d]


def compose(r):
    """One case: its text lines, each tagged with a role, and the facts."""
    country, other = r.sample(COUNTRIES, 2)
    fams = []
    lines = []  # (text, role, family); role: furn, head, preface, caption, body, close

    def add(texts, role, fam, glued=False):
        for i, t in enumerate(texts):
            lines.append((t, role, fam, glued and i > 0))

    for f in r.sample(sorted(BEFORE), r.randint(0, 4)):
        fams.append("before:" + f)
        add(BEFORE[f](r), "furn", f, glued=r.random() < 0.5)
    title, head = header(r, country, other)
    add(head, "head", "header", glued=r.random() < 0.3)
    pf, plines = preface(r, country)
    fams.append("preface:" + pf)
    cf, clines = caption(r, country, other)
    fams.append("caption:" + cf)
    if r.random() < 0.3:
        fams.append("order:caption-first")
        add(clines, "caption", cf)
        add(plines, "preface", pf)
    else:
        add(plines, "preface", pf)
        add(clines, "caption", cf)
    paras = body(r, country, other)
    add(paras, "body", "body")
    mark = closing(r)
    fams.append("closing:" + (mark or "none"))
    if mark:
        add([mark], "close", "closing")
    if r.random() < 0.15:  # a listing page: the body is the first item's
        fams.append("listing")
        c2, o2 = r.sample(COUNTRIES, 2)
        t2, h2 = header(r, c2, o2)
        add([t2, h2[-1]] + body(r, c2, o2)[:2], "furn", "listing")
    for f in r.sample(sorted(AFTER), r.randint(0, 5)):
        fams.append("after:" + f)
        add(AFTER[f](r), "furn", f, glued=r.random() < 0.5)
    return {"title": title, "paras": paras, "lines": lines, "families": fams,
            "preface": plines, "closing": mark}


def render(case):
    """The text of a case and the 1-based line number of each tagged line."""
    out, nos = [], []
    for i, (t, role, fam, glued) in enumerate(case["lines"]):
        if i and not glued:
            out.append("")
        out.append(t)
        nos.append(len(out))
    return "\n".join(out) + "\n", nos


def check(case, got, nos):
    """The problems of one result, as strings."""
    bad = []
    blocks = [b["text"] if not b.get("marker") else b["marker"] + " " + b["text"]
              for b in got.get("blocks") or []]
    paras = case["paras"]
    if not blocks or blocks[0] != paras[0]:
        bad.append(f"first block {blocks[0] if blocks else None!r}, want {paras[0]!r}")
    if not blocks or blocks[-1] != paras[-1]:
        bad.append(f"last block {blocks[-1] if blocks else None!r}, want {paras[-1]!r}")
    if blocks and blocks != paras and not bad:
        bad.append(f"blocks {blocks!r}, want {paras!r}")
    if got.get("title") != case["title"]:
        bad.append(f"title {got.get('title')!r}, want {case['title']!r}")
    dropped = {(d["line"], d["text"]) for d in got.get("dropped") or []}
    furn = [(t, no) for (t, role, _, _), no in zip(case["lines"], nos)
            if role in ("furn", "caption")]
    for t, no in furn:
        if t in paras:
            continue  # a listing's item may repeat a short paragraph
        inside = t in blocks or (len(t) > 30 and any(t in b for b in blocks))
        if inside or t == got.get("title"):
            bad.append(f"furniture in the body or title: {t!r}")
        elif (no, t) not in dropped:
            bad.append(f"furniture line {no} not listed as dropped: {t!r}")
    pre = got.get("preface") or ""
    for t in case["preface"]:
        if t not in pre.split("\n"):
            bad.append(f"preface line not in the preface: {t!r}")
    if case["closing"] and got.get("closing") != case["closing"]:
        bad.append(f"closing {got.get('closing')!r}, want {case['closing']!r}")
    return bad


def run(imprint, text, tmp):
    path = os.path.join(tmp, "case.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    r = subprocess.run([imprint, "-q", "--dump-json", path], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--imprint", default="./imprint")
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--floor", type=float, default=0.0)
    ap.add_argument("--show", type=int, default=20)
    a = ap.parse_args()
    r = random.Random(a.seed)
    fam_score = {}
    passed = shown = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(a.cases):
            case = compose(r)
            text, nos = render(case)
            got = run(a.imprint, text, tmp)
            bad = ["imprint failed"] if got is None else check(case, got, nos)
            for f in case["families"]:
                s = fam_score.setdefault(f, [0, 0])
                s[1] += 1
                s[0] += not bad
            passed += not bad
            if bad and shown < a.show:
                shown += 1
                print(f"case {n} ({', '.join(case['families'])}):")
                for b in bad:
                    print("   ", b)
    for f in sorted(fam_score):
        ok, tot = fam_score[f]
        print(f"  {f:28s} {ok / tot:.3f}  ({ok} of {tot})")
    score = passed / a.cases if a.cases else 1.0
    print(f"score {score:.3f}  ({passed} of {a.cases} cases pass)")
    return 0 if score >= a.floor else 1


if __name__ == "__main__":
    sys.exit(main())
