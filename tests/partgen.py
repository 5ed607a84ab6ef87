#!/usr/bin/env python3
"""partgen.py -- a generator of invented statements for participant
recognition: it composes statements (a title line, a kind line, a date, a
body paragraph or two) from the grammar families real copies use, runs
`imprint --dump-json` on each and scores the rows found against the rows it
composed.

Every name is invented (given names and surnames from the lists below, with
accents, particles, hyphens and initials); the countries are the lexicon's
(src/recognise/lexicon.def).  Families:

  title-name     TITLE [of DOMAIN] [of the Republic of X] NAME, with a
                 demonym, "of COUNTRY" after the name, or no country at all
  name-title     NAME, [COUNTRY's] TITLE [of ORG] (subject or counterpart)
  title-comma    TITLE of ORG, NAME
  ministry       DEMONYM Ministry of X + a bureau title + NAME
  long-title     titles of any length (party, bureau, military)
  honorific      H.E., Dr., The Honorable, Mr./Ms., S.E.M. set aside
  surname-first  Mr. SURNAME Given, TITLE of COUNTRY
  verbs          met, spoke with, held a call with, hosted, co-chaired,
                 led by, signed by, participated, delegations headed by
  byline         the person issuing a press statement ("A B, Spokesperson")
  lists          counterparts in lists with semicolons, commas and "and"
  signatories    "COUNTRY: NAME, TITLE" lines
  title-line     the meeting in the statement's title only
  negative       people congratulated, condemned, quoted, mentioned, a
                 moderator; titles with a surname only; places and
                 organisations that look like names: no row

A participant is found when its name matches one composed (after honorifics,
initials, case and punctuation, as tests/recogeval.py matches names);
delegation and title are scored among the found ones.  Prints each failure
and the scores; with --assert, exits 1 when a score is under its floor.

Usage: partgen.py [--imprint BIN] [--seed N] [--per-family N] [--family F]
                  [--assert P,R,D] [--quiet] [--keep DIR]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import recogeval  # noqa: E402  (name_key, fold, same_side)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GIVEN = ["Amara", "Bastien", "Corin", "Dagny", "Elowen", "Faustin", "Gwendal",
         "Halvard", "Ilse", "Joaquín", "Kasimir", "Liesel", "Marisol", "Noémie",
         "Orrin", "Paloma", "Quillon", "Rosalind", "Søren", "Tamsin", "Ulrike",
         "Valérie", "Wendel", "Ximena", "Yusuf", "Zofia", "Anne-Marie",
         "Jean-Luc", "Karim", "Leilani", "Matteo", "Nadira", "Oskar",
         "Priyanka", "Radomir", "Seun", "Tiberiu", "Ugo", "Vesna", "Wairimu"]
SURNAMES = ["Ardent", "Brannock", "Castellví", "Dunmore", "Eskeland",
            "Fairweather", "Gullström", "Hollingworth", "Iturbe", "Jessop",
            "Kowalczyk", "Lindqvist", "Marchetti", "Nyquist", "Okonkwo",
            "Pemberton", "Quaresma", "Rautio", "Szymańska", "Trevelyan",
            "Ulvaeus", "Vasquez-Ortega", "Whitlock", "Yarrow", "Zoltanek",
            "Abernathy", "Bellweather", "Dřevíková", "Ferreira-Lima",
            "Gausdal", "Hartigan", "Mwangangi", "Nakagawa", "Oyelaran"]
PARTICLED = ["van Osten", "de Ruyter", "van der Berghe", "de la Fuente",
             "al-Rashidi", "bin Salem Al Harthy", "dos Anjos", "von Treskow",
             "da Costa Reis", "el-Masri"]
JP_SURNAMES = ["HOSHINO", "KATAYAMA", "MORIKAWA", "SUGAWARA", "TAKEDA"]
JP_GIVEN = ["Haruto", "Kenji", "Michiko", "Ryota", "Yukiko"]
INITIALS = "BCDFGHJKLMNPRSTW"

# honorifics set aside (the name is composed without them)
HONORIFICS = ["H.E.", "Dr.", "The Honorable", "The Honourable", "Mr.", "Ms.",
              "S.E.M.", "H.E. Mr.", "H.E. Dr."]

# offices of a counterpart (no country inside)
TITLES = ["Foreign Minister", "Minister of Foreign Affairs", "Prime Minister",
          "President", "Minister of Defence", "Minister of Finance",
          "Minister for Foreign Affairs", "Deputy Foreign Minister",
          "Minister of Foreign Affairs and International Cooperation",
          "National Security Advisor", "Minister of Trade and Industry",
          "Vice President", "Defense Minister", "Minister of the Interior",
          "Secretary General", "Minister of Energy and Mines",
          "State Minister for Foreign Affairs", "Ambassador"]
# offices of any length, beyond any fixed list
LONG_TITLES = ["Deputy Assistant Secretary for Western Hemisphere Affairs",
               "Chairman of the Central Military Commission",
               "Director-General of the Oceanian Affairs Bureau",
               "Vice Chairman of the National Assembly",
               "Special Envoy for Climate Negotiations",
               "Deputy Director General for Multilateral Cooperation",
               "Minister of State for Development and Africa",
               "Chief of Staff of the Armed Forces",
               "Permanent Secretary of the Ministry of Foreign Affairs",
               "Secretary of the Central Committee",
               "Chair of the Foreign Relations Committee",
               "Senior Advisor for Strategic Planning",
               "Assistant Minister for Regional Cooperation",
               "Director of the Department of Consular Affairs"]
# offices of the issuing side (a U.S. statement)
US_TITLES = ["Secretary of State", "Deputy Secretary of State",
             "Under Secretary for Political Affairs",
             "Assistant Secretary for East Asian and Pacific Affairs",
             "Special Envoy for Global Health Security", "Ambassador",
             "Counselor of the Department", "Deputy Secretary"]
ORGS = [("United Nations", "Secretary-General"), ("NATO", "Secretary General"),
        ("European Union", "High Representative for Foreign Affairs and Security Policy"),
        ("African Union", "Chairperson of the Commission")]


def lexicon_countries():
    """The countries of the lexicon that have a demonym: (name, demonym)."""
    row = re.compile(r'LEX_COUNTRY\("([^"]+)",\s*"([^"]*)",\s*"([^"]*)"\)')
    with open(os.path.join(ROOT, "src", "recognise", "lexicon.def"), encoding="utf-8") as f:
        rows = [(m.group(1), m.group(2).split("|")[0]) for m in row.finditer(f.read())]
    # invented names never use a country's name as a given name
    return [r for r in rows if r[0] not in ("United States", "Name") and r[1]]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.countries = lexicon_countries()
        self.used = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def name(self, style=None):
        """An invented full name, unique within a statement."""
        r = self.r
        while True:
            style = style or r.choice(["plain", "plain", "initial", "particle",
                                       "hyphen", "three"])
            g, s = self.pick(GIVEN), self.pick(SURNAMES)
            if style == "initial":
                n = f"{g} {self.pick(INITIALS)}. {s}"
            elif style == "particle":
                n = f"{g} {self.pick(PARTICLED)}"
            elif style == "hyphen":
                n = f"{g} {s}-{self.pick(SURNAMES).split('-')[0]}"
            elif style == "three":
                n = f"{g} {self.pick(GIVEN)} {s}"
            else:
                n = f"{g} {s}"
            key = recogeval.name_key(n)
            if key not in self.used and not any(set(key) & set(u) for u in self.used):
                self.used.add(key)
                return n
            style = None

    def country(self, avoid=()):
        while True:
            c = self.pick(self.countries)
            if c[0] not in avoid:
                return c

    def counterpart(self, form=None):
        """A counterpart mention: (text, row)."""
        name, (cn, dem) = self.name(), self.country()
        title = self.pick(TITLES)
        form = form or self.pick(["demonym", "poss", "of-after", "of-title",
                                  "republic", "none"])
        if form == "demonym":
            return f"{dem} {title} {name}", (cn, title, name)
        if form == "poss":
            return f"{cn}\u2019s {title} {name}", (cn, title, name)
        if form == "of-after":
            return f"{title} {name} of {the(cn)}", (cn, title, name)
        if form == "of-title":
            return f"{title} of {the(cn)} {name}", (cn, title, name)
        if form == "republic" and cn not in ("Republic of Korea",) and " " not in cn:
            t = "Minister of Foreign Affairs"
            return f"The {t} of the Republic of {cn} {name}", (cn, t, name)
        return f"{title} {name}", (None, title, name)

    def us_side(self):
        name, title = self.name(), self.pick(US_TITLES)
        return f"{title} {name}", ("United States", title, name)


def the(country):
    if country in ("Netherlands", "Philippines", "United Kingdom", "Republic of Korea",
                   "Czech Republic", "Dominican Republic", "United Arab Emirates",
                   "Democratic Republic of the Congo", "Maldives", "Gambia",
                   "Palestinian Authority", "Vatican"):
        return "the " + country
    return country


DATES = ["March 3, 2023", "November 14, 2019", "June 28, 2021", "January 9, 2024"]
PLACES = ["in Geneva", "on the margins of the summit", "in Vienna", "by phone",
          "at the Department of State", "in New York"]
TOPICS = ["regional security", "trade and investment", "climate cooperation",
          "humanitarian assistance", "energy security", "the peace process"]


def statement(g, title, paras, kind="Press Statement", byline=None):
    lines = [title, kind]
    if byline:
        lines.append(byline)
    lines += [g.pick(DATES), ""]
    for p in paras:
        lines += [p, ""]
    lines.append("The two sides agreed to remain in close contact.")
    return "\n".join(lines) + "\n"


def topic(g):
    return f"They discussed {g.pick(TOPICS)} and {g.pick(TOPICS)}."

def meeting(g, sentence, title="Readout of a Meeting"):
    """A readout whose one paragraph is sentence, the place of the meeting
    and what was discussed."""
    return statement(g, title, [f"{sentence} {g.pick(PLACES)}. {topic(g)}"])


# ---- the families: each returns (text, rows, note) ------------------------

def fam_title_name(g):
    us_t, us_r = g.us_side()
    cp_t, cp_r = g.counterpart()
    verb = g.pick(["met with", "met today with", "spoke with", "held a call with",
                   "spoke by phone with"])
    body = f"{us_t} {verb} {cp_t}"
    return meeting(g, body), [us_r, cp_r]


def fam_name_title(g):
    name, title = g.name(), g.pick(US_TITLES)
    cn, dem = g.country()
    n2, t2 = g.name(), g.pick(TITLES)
    form = g.pick(["poss", "demonym", "of"])
    if form == "poss":
        cp = f"{n2}, {cn}\u2019s {t2}"
    elif form == "demonym":
        cp = f"{n2}, the {dem} {t2}"
    else:
        cp = f"{n2}, {t2} of {the(cn)}"
    body = f"{name}, {title}, met today with {cp},"
    return meeting(g, body), [
        ("United States", title, name), (cn, t2, n2)]


def fam_title_comma(g):
    cn, dem = g.country()
    name, n2 = g.name(), g.name()
    t1 = g.pick(US_TITLES)
    t2 = g.pick(["Minister of Foreign Affairs", "Secretary of State for Defence",
                 "Minister for Trade and Investment", "Minister of Finance"])
    body = f"Today the {t1}, {name}, met with the {dem} {t2}, {n2},"
    return meeting(g, body), [
        ("United States", t1, name), (cn, t2, n2)]


def fam_ministry(g):
    us_t, us_r = g.us_side()
    cn, dem = g.country()
    n2 = g.name()
    bureau = g.pick(["Director-General of the Asian Affairs Bureau",
                     "Director of the Policy Planning Division",
                     "Deputy Director-General for Economic Affairs",
                     "Head of the Americas Department"])
    body = f"{us_t} met with {dem} Ministry of Foreign Affairs {bureau} {n2}"
    return meeting(g, body), [us_r, (cn, bureau, n2)]


def fam_long_title(g):
    name = g.name()
    t1 = g.pick(LONG_TITLES)
    cn, dem = g.country()
    n2 = g.name()
    t2 = g.pick(LONG_TITLES)
    body = f"U.S. {t1} {name} met with {dem} {t2} {n2}"
    return meeting(g, body), [
        ("United States", t1, name), (cn, t2, n2)]


def fam_honorific(g):
    us_t, us_r = g.us_side()
    cn, dem = g.country()
    n2 = g.name()
    h = g.pick(HONORIFICS)
    t2 = g.pick(TITLES)
    form = g.pick(["before-title", "before-name"])
    if form == "before-title":
        cp = f"{h} {n2}, {t2} of {the(cn)}"
    else:
        cp = f"{dem} {t2} {h} {n2}"
    body = f"{us_t} met with {cp}"
    return meeting(g, body), [us_r, (cn, t2, n2)]


def fam_surname_first(g):
    us_t, us_r = g.us_side()
    s, gv = g.pick(JP_SURNAMES), g.pick(JP_GIVEN)
    n2 = f"{s} {gv}"
    t2 = "Minister for Foreign Affairs"
    body = f"{us_t} held a meeting with Mr. {n2}, {t2} of Japan,"
    return meeting(g, body), [us_r, ("Japan", t2, n2)]


def fam_verbs(g):
    us_t, us_r = g.us_side()
    cp_t, cp_r = g.counterpart(g.pick(["demonym", "of-after", "poss"]))
    frame = g.pick(["hosted", "co-chaired", "led-by", "participated", "headed",
                    "signed-by", "issued-by"])
    if frame == "hosted":
        body = f"{us_t} hosted {cp_t} at the Department of State. {topic(g)}"
    elif frame == "co-chaired":
        body = (f"{us_t} and {cp_t} co-chaired the third round of the strategic "
                f"dialogue. {topic(g)}")
    elif frame == "led-by":
        body = (f"The U.S. delegation, led by {us_t}, met with a delegation led by "
                f"{cp_t}. {topic(g)}")
    elif frame == "participated":
        body = (f"{us_t} participated in the ministerial meeting {g.pick(PLACES)}, "
                f"where {us_r[2].split()[-1]} met with {cp_t}. {topic(g)}")
    elif frame == "headed":
        body = (f"The delegations, headed by U.S. {us_t} and {cp_t}, reviewed the "
                f"implementation of the agreement. {topic(g)}")
    elif frame == "signed-by":
        body = (f"The memorandum was signed by U.S. {us_t} and {cp_t} "
                f"{g.pick(PLACES)}. {topic(g)}")
    else:
        body = (f"The following statement was issued by {us_t} and {cp_t} "
                f"{g.pick(PLACES)}. {topic(g)}")
    return statement(g, "Readout", [body]), [us_r, cp_r]


def fam_byline(g):
    name = g.name()
    title = g.pick(["Spokesperson", "Department Spokesperson", "Secretary of State",
                    "Principal Deputy Spokesperson"])
    body = (f"The United States welcomes the agreement reached today on "
            f"{g.pick(TOPICS)}. We urge all parties to implement it fully.")
    return statement(g, "Statement on the Agreement", [body],
                     byline=f"{name}, {title}"), [("United States", title, name)]


def fam_lists(g):
    us_t, us_r = g.us_side()
    cn, dem = g.country()
    rows, parts = [us_r], []
    for _ in range(g.r.randint(2, 4)):
        n, t = g.name(), g.pick(TITLES)
        while any(t == x[1] for x in rows):
            t = g.pick(TITLES)
        rows.append((cn, t, n))
        parts.append(f"{t} {n}")
    sep = g.pick(["; ", ", "])
    lst = sep.join(parts[:-1]) + sep.rstrip() + " and " + parts[-1]
    body = (f"{us_t} met today in {capital_or(cn)} with {dem} counterparts: "
            f"{lst}. {topic(g)}")
    body = body.replace(f"with {dem} counterparts:", f"with his {dem} counterparts")
    return statement(g, "Readout of Meetings", [body]), rows


def capital_or(cn):
    return the(cn)


def fam_signatories(g):
    rows, lines = [], []
    for _ in range(3):
        cn, dem = g.country(avoid=[r[0] for r in rows])
        n, t = g.name(), g.pick(["Minister of Foreign Affairs", "Foreign Minister",
                                 "Minister of Trade"])
        rows.append((cn, t, n))
        lines.append(f"{cn}: {n}, {t}")
    text = ("Joint Statement on Regional Cooperation\nJoint Statement\n"
            f"{g.pick(DATES)}\n\nThe undersigned ministers reaffirm their commitment "
            "to regional cooperation.\n\n" + "\n\n".join(lines) + "\n")
    return text, rows


def fam_title_line(g):
    us_n, us_t = g.name(), "Secretary of State"
    cn, dem = g.country()
    n2, t2 = g.name(), g.pick(["Foreign Minister", "Prime Minister", "President"])
    title = f"{us_t} {us_n}\u2019s Meeting with {dem} {t2} {n2}"
    body = f"The Secretary and the {t2} discussed {g.pick(TOPICS)}."
    return statement(g, title, [body], kind="Readout"), [
        ("United States", us_t, us_n), (cn, t2, n2)]


def fam_negative(g):
    cn, dem = g.country()
    n = g.name()
    s = n.split()[-1]
    t = g.pick(TITLES)
    body = g.pick([
        f"The United States congratulates {dem} {t} {n} on the election.",
        f"We condemn the attack on {t} {n} of {the(cn)} in the strongest terms.",
        f"As {dem} {t} {n} said last week, the peace process must continue.",
        f"The panel was moderated by {n}, a journalist.",
        f"Secretary {s} met with {dem} {t} {g.name().split()[-1]} today.",
        f"President {s} welcomed the decision of the {dem} parliament.",
        f"The delegation visited San Cristóbal and Puerto Esperanza in {the(cn)}.",
        f"The United States welcomes the work of Doctors Without Borders and Human Rights Watch.",
        f"We mourn the passing of former {t} {n} of {the(cn)}.",
        f"The award recognises {n}, a human rights defender.",
    ])
    return statement(g, "Statement on Recent Events", [body]), []


def fam_remarks(g):
    """Remarks: the speaker as a byline under the title, or as a label."""
    name, title = g.name(), g.pick(["Secretary of State", "Deputy Secretary of State",
                                    "Ambassador to the United Nations"])
    cn, dem = g.country()
    n2, t2 = g.name(), g.pick(["Foreign Minister", "Prime Minister", "President"])
    form = g.pick(["byline", "label"])
    if form == "byline":
        text = (f"Remarks at a Joint Press Availability\nRemarks\n{name}, {title}\n"
                f"{g.pick(DATES)}\n\nThank you all for coming. It is a pleasure to be here "
                f"with {dem} {t2} {n2} today.\n")
    else:
        up = name.upper()
        text = (f"Remarks at a Joint Press Availability\nRemarks\n{g.pick(DATES)}\n\n"
                f"{title.upper()} {up}: Thank you all for coming. It is a pleasure to "
                f"be here with {dem} {t2} {n2} today.\n\nWe discussed {g.pick(TOPICS)}.\n")
    # a speaker label says no side; a byline is the issuing side's
    return text, [("United States" if form == "byline" else None, title, name),
                  (cn, t2, n2)]


def fam_headline(g):
    """The meeting named in the title, in the frames titles use."""
    n1, t1 = g.name(), g.pick(["Secretary", "Deputy Secretary", "Secretary of State"])
    cn, dem = g.country()
    n2, t2 = g.name(), g.pick(["Foreign Minister", "Prime Minister", "President",
                               "Defense Minister"])
    frame = g.pick(["call", "meets", "readout", "joint"])
    if frame == "call":
        title = f"{t1} {n1}\u2019s Call with {dem} {t2} {n2}"
    elif frame == "meets":
        title = f"{t1} {n1} Meets with {dem} {t2} {n2}"
    elif frame == "readout":
        title = f"Readout of {t1} {n1}\u2019s Meeting with {dem} {t2} {n2}"
    else:
        title = f"Joint Statement by {t1} {n1} and {dem} {t2} {n2}"
    body = f"The two leaders discussed {g.pick(TOPICS)}."
    return statement(g, title, [body], kind="Readout"), [
        ("United States", t1, n1), (cn, t2, n2)]


def fam_later(g):
    """Participants in a second sentence or a second paragraph."""
    us_t, us_r = g.us_side()
    cp1, r1 = g.counterpart(g.pick(["demonym", "of-after", "poss"]))
    cp2, r2 = g.counterpart(g.pick(["demonym", "of-after", "poss"]))
    p1 = f"{us_t} traveled to Geneva this week for the review conference. {topic(g)}"
    p2 = g.pick([f"During the visit, {us_r[2]} also met with {cp1} and {cp2}.",
                 f"On the margins of the conference, {us_r[2]} met with {cp1}. "
                 f"{us_r[2]} also spoke with {cp2}."])
    return statement(g, "Travel to Geneva", [p1, p2]), [us_r, r1, r2]


def fam_unknown(g):
    """A counterpart whose country the text never says: delegation null."""
    us_t, us_r = g.us_side()
    n2, t2 = g.name(), g.pick(["Foreign Minister", "Minister of Finance",
                               "Secretary General", "Special Envoy"])
    body = f"{us_t} met with {t2} {n2}"
    return meeting(g, body), [us_r, (None, t2, n2)]


def fam_styles(g):
    """Styles set aside: Senator the Hon, Rt Hon, The Honourable, Mr./Ms."""
    us_t, us_r = g.us_side()
    n2 = g.name()
    style, cn, t2 = g.pick([
        ("Senator the Hon", "Australia", "Minister for Foreign Affairs"),
        ("the Rt Hon", "United Kingdom", "Foreign Secretary"),
        ("The Honourable", "Canada", "Minister of Foreign Affairs"),
        ("Ms.", "Ireland", "Minister for Foreign Affairs"),
        ("S.E.M.", "Senegal", "Minister of Foreign Affairs")])
    body = f"{us_t} met with {t2} of {the(cn)}, {style} {n2},"
    return meeting(g, body), [us_r, (cn, t2, n2)]


def fam_organ(g):
    """A country, its organ, a title of any length, the name."""
    n1 = g.name()
    t1 = g.pick(["Deputy Assistant Secretary for Western Hemisphere Affairs",
                 "Principal Deputy Assistant Secretary for Consular Affairs",
                 "Senior Bureau Official for Near Eastern Affairs"])
    cn, dem = g.country()
    n2 = g.name()
    t2 = g.pick(["Director-General for European Affairs", "Vice Minister",
                 "Deputy Minister for Multilateral Affairs"])
    body = (f"U.S. Department of State {t1} {n1} met with {dem} Ministry of Foreign "
            f"Affairs {t2} {n2}")
    return meeting(g, body), [
        ("United States", t1, n1), (cn, t2, n2)]


def fam_negative2(g):
    cn, dem = g.country()
    n, t = g.name(), g.pick(TITLES)
    body = g.pick([
        f"The Secretary thanked {dem} {t} {n} for the hospitality of the people of {the(cn)}.",
        f"The United States welcomes the appointment of {n} as {t} of {the(cn)}.",
        f"We extend our condolences to the family of {t} {n}.",
        f"The United States praises {dem} {t} {n} for the courageous decision.",
        f"The statement was read by {n}, a presenter of the evening news.",
        f"The conference, chaired by {n} of the University of Lisbon, closed today.",
        f"Foreign Minister {n.split()[-1]} welcomed the decision.",
        f"The Secretary will travel to Santa Maria and San Lorenzo next week.",
    ])
    return statement(g, "Statement on Recent Events", [body]), []


def fam_mixed(g):
    """Further forms: NAME (COUNTRY) lists, organisations, "of the Russian
    Federation", "Jr.", Mr. after the title, attribution lines, two
    counterparts of two countries."""
    us_t, us_r = g.us_side()
    form = g.pick(["paren", "org", "federation", "junior", "mr", "attrib", "two"])
    if form == "paren":
        rows, parts = [us_r], []
        for _ in range(3):
            cn, dem = g.country(avoid=[r[0] for r in rows])
            n = g.name()
            rows.append((cn, "Foreign Minister", n))
            parts.append(f"Foreign Minister {n} ({cn})")
        body = f"{us_t} met with {parts[0]}, {parts[1]} and {parts[2]}"
        return meeting(g, body), rows
    if form == "org":
        org, t = g.pick(ORGS)
        n = g.name()
        body = f"{us_t} met with {n}, {t} of the {org}, {g.pick(PLACES)}. {topic(g)}"
        if org == "NATO":
            body = body.replace("of the NATO", "of NATO")
        return statement(g, "Readout of a Meeting", [body]), [us_r, (org, t, n)]
    if form == "federation":
        n = g.name()
        body = (f"{us_t} spoke with Minister of Foreign Affairs {n} of the Russian "
                f"Federation. {topic(g)}")
        return statement(g, "Readout of a Call", [body]), [
            us_r, ("Russia", "Minister of Foreign Affairs", n)]
    if form == "junior":
        cn, dem = g.country()
        n = g.name("plain")
        body = f"{us_t} met with {dem} Prime Minister {n} Jr."
        return meeting(g, body), [
            us_r, (cn, "Prime Minister", n + " Jr.")]
    if form == "mr":
        cn, dem = g.country()
        n = g.name()
        h = g.pick(["Mr.", "Ms.", "Dr.", "H.E."])
        body = f"{us_t} met with {dem} Foreign Minister {h} {n}"
        return meeting(g, body), [us_r, (cn, "Foreign Minister", n)]
    if form == "attrib":
        n = g.name()
        t = g.pick(["Spokesperson", "Department Spokesperson", "Deputy Spokesperson"])
        text = (f"Secretary\u2019s Travel to Europe\nReadout\n{g.pick(DATES)}\n\n"
                f"The following is attributable to {t} {n}:\n\n"
                f"The Secretary will travel to Europe next week to meet allies.\n")
        return text, [("United States", t, n)]
    rows = [us_r]
    cps = []
    for _ in range(2):
        cn, dem = g.country(avoid=[r[0] for r in rows])
        n, t = g.name(), g.pick(TITLES)
        rows.append((cn, t, n))
        cps.append(f"{dem} {t} {n}")
    body = f"{us_t} met jointly with {cps[0]} and {cps[1]}"
    return meeting(g, body, "Readout of a Trilateral Meeting"), rows


def fam_joint(g):
    """ "A discussed ... with B", "A and B discussed ..." in a joint
    statement."""
    n1, t1 = g.name(), g.pick(["President", "Secretary of State", "Vice President"])
    cn, dem = g.country()
    n2, t2 = g.name(), g.pick(["Prime Minister", "President", "Foreign Minister"])
    if g.pick(["compound", "discussed-with"]) == "compound":
        body = (f"U.S. {t1} {n1} and {dem} {t2} {n2} discussed the strategic partnership "
                f"between the two countries.")
    else:
        body = (f"{t1} {n1} discussed {g.pick(TOPICS)} with {dem} {t2} {n2} "
                f"{g.pick(PLACES)}.")
    return statement(g, "Joint Statement on Partnership", [body], kind="Joint Statement"), [
        ("United States", t1, n1), (cn, t2, n2)]


def one_word_country(g, avoid=()):
    """A country whose name is one word, for a headline compound."""
    while True:
        cn, dem = g.country(avoid)
        if " " not in cn and "-" not in cn:
            return cn, dem


def fam_foreign_ministry(g):
    """A foreign ministry's own readout (no American side, no issuer
    named): opening phrases, NAME, TITLE of COUNTRY, a relative clause,
    honorifics and letters after the name; the headline's compound names
    the issuing country first."""
    c1, _ = one_word_country(g)
    c2, _ = one_word_country(g, avoid=(c1,))
    n1, n2 = g.name(), g.name()
    t = "Minister for Foreign Affairs"
    opening = g.pick(["On " + g.pick(["May 2", "October 13"]) + ", ",
                      "On October 13, Wednesday, ",
                      "On May 2, commencing at 6:10 p.m. for approximately 20 minutes, ",
                      "On May 2, from 3:00 p.m., ", ""])
    own = g.pick([f", {t} of {c1},", f", {t},"])
    who = g.pick(["", " who was visiting Geneva, Switzerland to attend the conference,"])
    verb = g.pick(["held a meeting with", "held a telephone talk with",
                   "held telephone talks with", "had a meeting with"])
    h = g.pick(["Mr.", "H.E.", "Senator the Hon", "Hon.", "Dr."])
    post = g.pick(["", " MP"]) if h in ("Senator the Hon", "Hon.") else ""
    body = (f"{opening}Mr. {n1}{own}{who if own.endswith(',') else ''} {verb} "
            f"{h} {n2}{post}, {t} of {the(c2)}.")
    title = f"{c1}-{c2} Foreign Ministers' Meeting"
    return statement(g, title, [body + " The overview of the meeting is as follows."],
                     kind="Press Release"), [(c1, t, n1), (c2, t, n2)]


FAMILIES = {
    "title-name": fam_title_name, "name-title": fam_name_title,
    "title-comma": fam_title_comma, "ministry": fam_ministry,
    "long-title": fam_long_title, "honorific": fam_honorific,
    "surname-first": fam_surname_first, "verbs": fam_verbs,
    "byline": fam_byline, "lists": fam_lists, "signatories": fam_signatories,
    "title-line": fam_title_line, "negative": fam_negative,
    "remarks": fam_remarks, "headline": fam_headline, "later": fam_later,
    "unknown": fam_unknown, "styles": fam_styles, "organ": fam_organ,
    "negative2": fam_negative2, "mixed": fam_mixed,
    "joint": fam_joint, "foreign-ministry": fam_foreign_ministry,
}


# ---- scoring ----------------------------------------------------------------

RANKS = {"general", "lieutenant", "admiral", "colonel", "major", "brigadier"}


def key(name):
    return tuple(w for w in recogeval.name_key(name) if w not in RANKS)


class Score:
    def __init__(self):
        self.found = self.want = self.given = self.deleg = self.title = 0
        self.fails = []
        self.names = recogeval.country_names()

    def add(self, fam, text, want, got):
        keys = [key(w[2]) for w in want]
        used, bad = set(), []
        self.want += len(want)
        self.given += len(got)
        for p in got:
            k = key(p.get("name"))
            hit = next((i for i, w in enumerate(keys) if w == k and i not in used), None)
            if hit is None:
                bad.append(f"not composed: {p}")
                continue
            used.add(hit)
            self.found += 1
            w = want[hit]
            if (w[0] is None and p.get("delegation") is None) or \
                    (w[0] is not None and recogeval.same_side(w[0], p.get("delegation"), self.names)):
                self.deleg += 1
            else:
                bad.append(f"delegation of {w[2]}: {p.get('delegation')!r}, composed {w[0]!r}")
            if recogeval.fold(w[1]) == recogeval.fold(p.get("title")):
                self.title += 1
            else:
                bad.append(f"title of {w[2]}: {p.get('title')!r}, composed {w[1]!r}")
        for i, w in enumerate(want):
            if i not in used:
                bad.append(f"missed: {w[2]} ({w[1]}, {w[0]})")
        if bad:
            self.fails.append((fam, text, bad))

    def figures(self):
        f = self.found
        return {"precision": f / self.given if self.given else 1.0,
                "recall": f / self.want if self.want else 1.0,
                "delegation": self.deleg / f if f else 1.0,
                "title": self.title / f if f else 1.0}


def run(imprint, path):
    out = subprocess.run([imprint, "--dump-json", path], capture_output=True, text=True)
    if out.returncode not in (0, 1, 2, 3) or not out.stdout:
        return []
    return json.loads(out.stdout).get("participants") or []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--imprint", default=os.path.join(ROOT, "imprint"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-family", type=int, default=25)
    ap.add_argument("--family", action="append")
    ap.add_argument("--assert", dest="floors")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--keep")
    a = ap.parse_args()
    fams = a.family or list(FAMILIES)
    total, per = Score(), {}
    with tempfile.TemporaryDirectory() as tmp:
        d = a.keep or tmp
        os.makedirs(d, exist_ok=True)
        for fam in fams:
            g = Gen(f"{a.seed}-{fam}")
            sc = per[fam] = Score()
            for i in range(a.per_family):
                g.used = set()
                text, rows = FAMILIES[fam](g)
                path = os.path.join(d, f"{fam}-{i:03d}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                got = run(a.imprint, path)
                for s in (sc, total):
                    s.add(fam, text, rows, got)
    if not a.quiet:
        for fam, text, bad in total.fails:
            print(f"FAIL [{fam}]")
            print("    " + text.strip().replace("\n", "\n    "))
            for b in bad:
                print(f"    -> {b}")
    for fam in fams:
        fg = per[fam].figures()
        print(f"{fam:14s} P {fg['precision']:.3f}  R {fg['recall']:.3f}  "
              f"deleg {fg['delegation']:.3f}  title {fg['title']:.3f}  "
              f"({per[fam].found} found of {per[fam].want}, {per[fam].given} given)")
    fg = total.figures()
    print(f"{'all':14s} P {fg['precision']:.3f}  R {fg['recall']:.3f}  "
          f"deleg {fg['delegation']:.3f}  title {fg['title']:.3f}  "
          f"({total.found} found of {total.want}, {total.given} given)")
    if a.floors:
        p, r, dl = (float(x) for x in a.floors.split(","))
        if fg["precision"] < p or fg["recall"] < r or fg["delegation"] < dl:
            print(f"under the floors P {p} R {r} delegation {dl}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
