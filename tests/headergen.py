#!/usr/bin/env python3
"""headergen.py -- invented statement headers in many layouts, read back.

Composes statements from invented parts (people, offices and headlines made
up here; real place names and the usual kind words only) in the families of
layouts copied web pages show: site furniture above and below, a kind line
above or below the title in any case, an office or a person as issuer (two
lines, "Name, Title", "From"), place lines, venues, header items squeezed on
one line, bracketed field labels, the White House's header, and dates in
every form (numeric, abbreviated, capitals, ISO, a digest's stamp, a
"Published" line, a run-in dateline, a day and month without a year, a
site clock beside the real date).  Each case is run through
`imprint --dump-json`; title, kind, office, place and date are compared
with what was composed (case, dashes and final stops set aside), and no
furniture line may be the title or a body paragraph.

Usage: headergen.py [--imprint PATH] [--floor F] [--quiet] [--seed N]
Prints each miss, the score per field, and exits 1 when a field scores below
the floor or furniture reached the title or body.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

FIELDS = ("title", "kind", "office", "place", "date")

# ---- invented vocabulary ---------------------------------------------------
GIVEN = ["Jane", "Marta", "Tomas", "Elena", "Kofi", "Ingrid", "Rafael", "Amara",
         "Dmitri", "Lucia", "Henrik", "Nadia", "Oskar", "Priya", "Sven", "Talia"]
INITIAL = ["Q.", "R.", "T.", "", "", "J."]
FAMILY = ["Doe", "Vantreck", "Holloway", "Marwick", "Quillon", "Brandt", "Osei",
          "Larkspur", "Fennimore", "Okonkwo", "Castellane", "Ridley", "Thorsby",
          "Abernath", "Kestrel", "Wyndmoor"]
PTITLE = ["Secretary of State", "Department Spokesperson", "Minister for Foreign Affairs",
          "Deputy Secretary of State", "Ambassador to the United Nations",
          "Special Envoy for Climate", "Prime Minister"]
FICT = ["Freedonia", "Ruritania", "Zubrowka", "Genovia", "Latveria", "Elbonia"]
FICT_ADJ = ["Freedonian", "Ruritanian", "Zubrowkan", "Genovian", "Latverian", "Elbonian"]
TOPIC = ["Maritime Security", "Clean Energy", "Wildlife Trafficking", "Cyber Resilience",
         "Refugee Assistance", "Pandemic Preparedness", "Space Cooperation",
         "Water Security", "Critical Minerals", "Education Exchanges"]
OFFICES = ["Office of the Spokesperson", "Office of the Press Secretary",
           "Ministry of Foreign Affairs", "Bureau of {adj} Affairs",
           "Embassy of {fict}", "U.S. Embassy in {fict}",
           "Foreign, Commonwealth & Development Office",
           "Bureau of Oceans and Polar Affairs"]
KINDS = ["Media Note", "Press Statement", "Readout", "Remarks", "Joint Statement",
         "Fact Sheet", "Notice to the Press", "Press Release", "Statement", "Speech",
         "Interview", "Press Briefing", "Special Briefing", "News Transcript"]
PLACES = [("WASHINGTON, DC", "Washington, DC"), ("Washington, D.C.", "Washington, D.C."),
          ("Tokyo, Japan", "Tokyo, Japan"), ("New Delhi", "New Delhi"),
          ("Canberra", "Canberra"), ("BERLIN, GERMANY", "Berlin, Germany"),
          ("Nairobi, Kenya", "Nairobi, Kenya"), ("OTTAWA", "Ottawa"),
          ("LIMA \u2013 PERU", "Lima \u2013 Peru"), ("Brussels, Belgium", "Brussels, Belgium")]
VENUES = ["Grand Harmony Hall", "Lakeview Conference Center", "Blue Willow Room",
          "Hotel Meridian Ballroom"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FURN_TOP = [
    ["An official website of the United States government", "Here's how you know"],
    ["An official website of the United States government", "Official websites use .gov",
     "Secure .gov websites use HTTPS"],
    ["Skip to main content", "Menu", "Search"],
    ["Home > Media > Press Releases"],
    ["Home / News / Statements"],
    ["Toggle navigation", "Home > Newsroom"],
    ["View Online", "Here\u2019s how you know"],
]
FURN_BOTTOM = [
    ["Tags: {topic}", "Share this page"],
    ["Related Articles", "Back to top"],
    ["Share", "Tweet", "Email"],
    ["Copyright \u00a9 {year} {office}. All rights reserved"],
    ["This email was sent to reader@example.org", "Unsubscribe"],
]


def fold(s):
    """Case, quotes, dashes, spaces and final stops set aside (as
    tests/recogeval.py compares the labelled set)."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return s.rstrip(" .,;:")


class Case:
    """One invented statement: its lines and what the header should say."""

    def __init__(self, rnd, n):
        self.r = rnd
        self.n = n
        self.year = rnd.choice([2012, 2016, 2019, 2021, 2024])
        self.month = rnd.randrange(1, 13)
        self.day = rnd.randrange(1, 29)
        self.iso = "%04d-%02d-%02d" % (self.year, self.month, self.day)
        self.person = "%s %s%s" % (rnd.choice(GIVEN), rnd.choice(INITIAL) + " " if True else "",
                                   rnd.choice(FAMILY))
        self.person = re.sub(r"\s+", " ", self.person)
        self.ptitle = rnd.choice(PTITLE)
        i = rnd.randrange(len(FICT))
        self.fict, self.adj = FICT[i], FICT_ADJ[i]
        self.office = rnd.choice(OFFICES).format(adj=self.adj, fict=self.fict)
        self.title = self.make_title()
        self.want = {f: None for f in FIELDS}
        self.furniture = []   # lines that must be neither title nor body
        self.order = ""
        self.family = []

    def make_title(self):
        r = self.r
        other = "%s %s" % (r.choice(GIVEN), r.choice(FAMILY))
        forms = [
            "Secretary %s's Meeting With %s Foreign Minister %s" % (
                r.choice(FAMILY), self.adj, other),
            "United States and %s Launch Partnership on %s" % (self.fict, r.choice(TOPIC)),
            "On the Anniversary of the %s Accords" % self.adj,
            "New Support for %s in %s" % (r.choice(TOPIC), self.fict),
            "Deputy Secretary %s Travels to %s" % (r.choice(FAMILY), self.fict),
            "The %s Dialogue on %s" % (self.adj, r.choice(TOPIC)),
        ]
        return r.choice(forms)

    # ---- dates ------------------------------------------------------------
    def date_text(self, form):
        y, m, d = self.year, self.month, self.day
        wd = WEEKDAYS[(self.iso_weekday())]
        return {
            "mdy": "%s %d, %d" % (MONTHS[m - 1], d, y),
            "dmy": "%d %s %d" % (d, MONTHS[m - 1], y),
            "abbr": "%s %d, %d" % (ABBR[m - 1], d, y),
            "caps": "%s %d, %d" % (MONTHS[m - 1].upper(), d, y),
            "wday": "%s, %s %d, %d" % (wd, MONTHS[m - 1], d, y),
            "num": "%02d/%02d/%d" % (d, m, y) if d > 12 else "%d %s %d" % (d, MONTHS[m - 1], y),
            "dots": "(%02d.%02d.%d)" % (d, m, y),
            "iso": "%04d-%02d-%02d" % (y, m, d),
            "isotime": "%04d-%02d-%02dT10:%02d:00Z" % (y, m, d, self.r.randrange(60)),
        }[form]

    def iso_weekday(self):
        import datetime
        return datetime.date(self.year, self.month, self.day).weekday()

    def kind_text(self, kind):
        return self.r.choice([kind, kind.upper(), kind[0] + kind[1:].lower()])

    # ---- the body ---------------------------------------------------------
    def body(self):
        t = self.r.choice(TOPIC).lower()
        return [
            "The United States and %s today reaffirmed their shared commitment to %s "
            "and agreed to deepen their cooperation over the coming year." % (self.fict, t),
            "Officials from both governments will meet again in the spring to review "
            "the progress made and to set out the next steps together.",
        ]


def furniture_top(c):
    lines = list(c.r.choice(FURN_TOP))
    c.furniture += lines
    return lines


def furniture_bottom(c):
    lines = [s.format(topic=c.r.choice(TOPIC), year=c.year, office=c.office)
             for s in c.r.choice(FURN_BOTTOM)]
    c.furniture += lines
    return lines


# ---- header elements: each returns lines and sets the expected field ------
def el_kind(c):
    k = c.r.choice(KINDS)
    c.want["kind"] = k
    return [c.kind_text(k)]


def el_office(c):
    form = c.r.choice(["office", "office", "caps", "two", "comma", "from", "fromcolon",
                       "fromperson"])
    c.family.append("office:" + form)
    if form == "office":
        c.want["office"] = c.office
        return [c.office]
    if form == "caps":
        c.want["office"] = c.office
        return [c.office.upper()]
    c.want["office"] = "%s, %s" % (c.person, c.ptitle)
    if form == "fromperson":
        return ["From: %s, %s" % (c.person, c.ptitle)]
    if form == "two":
        return [c.person, c.ptitle]
    if form == "comma":
        return ["%s, %s" % (c.person, c.ptitle)]
    c.want["office"] = c.office
    if form == "from":
        return ["From", c.office]
    return ["From: " + c.office]


def el_place(c):
    shown, want = c.r.choice(PLACES)
    c.want["place"] = want
    return [shown]


def el_date(c):
    form = c.r.choice(["mdy", "dmy", "abbr", "caps", "wday", "num", "dots", "iso",
                       "isotime", "published", "place-date"])
    c.family.append("date:" + form)
    c.want["date"] = c.iso
    if form == "published":
        return [c.r.choice(["Published: ", "Published ", "Released on "]) + c.date_text("mdy")]
    if form == "place-date" and "P" not in c.order:
        shown, want = c.r.choice(PLACES[:3] + PLACES[4:6])
        c.want["place"] = want
        return ["%s %s" % (shown, c.date_text(c.r.choice(["mdy", "caps"])))]
    return [c.date_text("mdy" if form == "place-date" else form)]


ELEMENTS = {"K": el_kind, "O": el_office, "P": el_place, "D": el_date}

# header orders: T is the title; the others may stand above or below it
ORDERS = ["KTOD", "TKOD", "TDKO", "OTKD", "TODP", "KTPD", "TPD", "TOD", "TKDP",
          "DTK", "TKPOD", "OTDP", "TD", "KTD", "KOTD", "TDPO", "OKTPD", "TPDK", "TKO"]

CAPTIONS = ["Secretary {fam} meets Foreign Minister {other} in {city}, {date}. "
            "[State Department photo/ Public Domain]",
            "Deputy Secretary {fam} and Minister {other} at the signing ceremony ({date})"]


def layout_plain(c):
    """An order of header elements around the title, with or without
    furniture, a venue or a repeated date."""
    order = c.order = c.r.choice(ORDERS)
    c.family.append("order:" + order)
    lines = furniture_top(c) if c.r.random() < 0.7 else []
    c.want["title"] = c.title
    for e in order:
        if e == "T":
            lines.append(c.title)
        else:
            lines += ELEMENTS[e](c)
            if e == "P" and c.r.random() < 0.3:
                lines.append(c.r.choice(VENUES))
                c.family.append("venue")
    if c.want["date"] and c.r.random() < 0.2:
        lines.append(c.date_text("iso"))   # the date again, another form
        c.family.append("date-twice")
    if c.r.random() < 0.15:
        c.family.append("caption")
        lines.append(c.r.choice(CAPTIONS).format(
            fam=c.r.choice(FAMILY), other="%s %s" % (c.r.choice(GIVEN), c.r.choice(FAMILY)),
            city=c.fict + " City", date=c.date_text("mdy")))
    lines += c.body()
    if c.r.random() < 0.7:
        lines += furniture_bottom(c)
    return lines


def layout_one_line(c):
    """Several header items squeezed on one line under the title."""
    sep = c.r.choice(["  ", " | ", " - "])
    c.family.append("one-line:%r" % sep)
    k = c.r.choice(KINDS)
    shown, want = c.r.choice(PLACES)
    items = [c.kind_text(k), "%s, %s" % (c.person, c.ptitle), shown,
             c.date_text(c.r.choice(["mdy", "abbr", "dmy"]))]
    c.want.update(title=c.title, kind=k, office="%s, %s" % (c.person, c.ptitle),
                  place=want, date=c.iso)
    return furniture_top(c) + [c.title, sep.join(items)] + c.body()


def layout_run_in(c):
    """A run-in dateline: the place (and maybe the date, the issuer) starts
    the first paragraph."""
    shown, want = c.r.choice(PLACES[:3] + PLACES[5:7])
    c.want.update(title=c.title, place=want, date=c.iso)
    body = c.body()
    form = c.r.choice(["place", "date-place-office"])
    c.family.append("run-in:" + form)
    head = [c.title]
    if form == "place":
        head.append(c.date_text(c.r.choice(["mdy", "dmy"])))
        body[0] = "%s -- %s" % (shown, body[0])
    else:
        c.want["office"] = c.office
        body[0] = "%s - %s - %s - %s" % (c.date_text("dmy"), shown, c.office, body[0])
    return furniture_top(c) + head + body


def layout_fields(c):
    """Bracketed field labels, as a database prints them."""
    c.family.append("fields")
    shown, want = c.r.choice(PLACES)
    c.want.update(title=c.title, place=want, date=c.iso)
    lines = ["[Title] " + c.title, "[Place] " + shown, "[Date] " + c.date_text("mdy")]
    return lines + c.body()


def layout_white_house(c):
    """The White House: office and release note above, date, title."""
    c.family.append("white-house")
    c.want.update(title=c.title, office="Office of the Press Secretary", date=c.iso)
    lines = ["The White House", "Office of the Press Secretary", "For Immediate Release",
             c.date_text(c.r.choice(["mdy", "wday"])), c.title]
    return lines + c.body()


def layout_stamps(c):
    """A site clock or digest stamp above, the statement's own date below;
    or only a "Published" / "Posted on" line at the end; or a day and
    month without a year with the year given elsewhere."""
    form = c.r.choice(["clock", "digest", "published", "noyear"])
    c.family.append("stamp:" + form)
    c.want.update(title=c.title, date=c.iso)
    lines = furniture_top(c)
    other = (c.month % 12) + 1
    if form == "clock":
        lines.append("%s, %s %d, %d 10:42 AM" % (WEEKDAYS[(c.day + 2) % 7], MONTHS[other - 1],
                                                 (c.day % 27) + 1, c.year))
        lines += [c.title] + el_kind(c) + [c.date_text("mdy")] + c.body()
    elif form == "digest":
        lines.append("%02d/%02d/%d 12:01 AM EST" % (other, (c.day % 27) + 1, c.year))
        lines += [c.title] + el_office(c) + [c.date_text("abbr")] + c.body()
    elif form == "published":
        lines += [c.title] + el_kind(c) + c.body()
        lines.append(c.r.choice(["Published ", "Posted on "]) + c.date_text("mdy"))
    else:
        lines += [c.title] + el_kind(c)
        lines.append("%s %d" % (ABBR[c.month - 1], c.day))
        lines += c.body()
        lines.append("Posted on " + c.date_text("iso"))
    return lines


def layout_sparse(c):
    """Precision: a title and a date only, the title naming places or a
    person, a short subtitle over the text; nothing more may be found."""
    c.family.append("sparse")
    city = c.r.choice(["Tokyo", "Nairobi", "Lima", "Ottawa"])
    c.title = c.r.choice([
        "%s, %s and %s Host Talks on %s" % (city, c.fict, "Genovia", c.r.choice(TOPIC)),
        "%s %s Welcomes the %s Delegation" % (c.r.choice(GIVEN), c.r.choice(FAMILY), c.adj),
        "Minister %s, Secretary %s Discuss %s" % (c.r.choice(FAMILY), c.r.choice(FAMILY),
                                                  c.r.choice(TOPIC)),
    ])
    c.want.update(title=c.title, date=c.iso)
    lines = furniture_top(c) + [c.title, c.date_text(c.r.choice(["mdy", "dmy"]))]
    if c.r.random() < 0.5:
        lines.append("A new chapter for the region")
    return lines + c.body() + furniture_bottom(c)


LAYOUTS = [(layout_sparse, 2), (layout_plain, 10), (layout_one_line, 1), (layout_run_in, 2),
           (layout_fields, 1), (layout_white_house, 1), (layout_stamps, 2)]


def compose(seed, count):
    rnd = random.Random(seed)
    pool = [f for f, w in LAYOUTS for _ in range(w)]
    cases = []
    for n in range(count):
        c = Case(rnd, n)
        c.lines = rnd.choice(pool)(c)
        cases.append(c)
    return cases


def read_back(imprint, path):
    r = subprocess.run([imprint, "-q", "--dump-json", path], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    return json.loads(r.stdout)


def judge(c, got):
    """The misses of one case: (field, composed, recognised)."""
    if got is None:
        return [("run", "exit 0", "failed")]
    miss = []
    for f in FIELDS:
        if fold(c.want[f]) != fold(got.get(f)):
            miss.append((f, c.want[f], got.get(f)))
    furn = {fold(s) for s in c.furniture}
    if fold(got.get("title")) in furn:
        miss.append(("furniture", "not the title", got.get("title")))
    for b in got.get("blocks") or []:
        if fold(b.get("text")) in furn:
            miss.append(("furniture", "not body", b.get("text")))
    return miss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--imprint", default="./imprint")
    ap.add_argument("--floor", type=float, default=0.0)
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--show", type=int, default=-1, help="print case N and exit")
    a = ap.parse_args()
    cases = compose(a.seed, a.count)
    if a.show >= 0:
        print("\n".join(cases[a.show].lines))
        return 0
    right = {f: 0 for f in FIELDS}
    furniture = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "case.txt")
        for c in cases:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(c.lines) + "\n")
            miss = judge(c, read_back(a.imprint, path))
            bad = {m[0] for m in miss}
            for f in FIELDS:
                right[f] += f not in bad and "run" not in bad
            furniture += "furniture" in bad
            if miss and not a.quiet:
                fam = " ".join(c.family)
                for m in miss:
                    print("miss %03d [%s] %s: got %r, composed %r" % (c.n, fam, m[0], m[2], m[1]))
    n = len(cases)
    ok = furniture == 0
    print("headergen: %d cases, seed %d" % (n, a.seed))
    for f in FIELDS:
        share = right[f] / n
        ok &= share >= a.floor
        print("  %-7s %.3f  (%d of %d)" % (f, share, right[f], n))
    print("  furniture in title or body: %d" % furniture)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
