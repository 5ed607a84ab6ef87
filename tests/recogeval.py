#!/usr/bin/env python3
"""recogeval.py -- recognition measured against the labelled set in
tests/recognition/ (see its README.md).

For each part (development, test) it runs `imprint --dump-json` on every
labelled statement of ../shared/corpus/ and prints:

  - participant precision, recall and F1: a participant is found when its
    name matches a labelled one after honorifics, initials, case and
    punctuation are set aside; of the found ones, the share whose
    delegation and whose title are right too (a delegation is right when
    it names the same country under any name the project's lexicon,
    src/recognise/lexicon.def, gives it);
  - for title, kind, office, place and date, the share right among the
    statements whose label has one, and how many statements got a value
    where the label has none;
  - the share of statements whose body starts and ends where the label
    says (no furniture in the body, none of the body lost to the header).

Miss lines (one a miss) are printed for the development part only: the
test part is looked at through its scores alone.

Usage: recogeval.py [--imprint BIN] [--part dev|test|both]
                    [--check-labels] [--assert]
       recogeval.py [--imprint BIN] --labels FILE
--labels scores a set of one's own, labelled in the same form: FILE holds
a list of labels whose "file" is a path from FILE's folder (or absolute);
its misses are printed.
--check-labels checks the label files themselves (members, types, the
split rule) and runs nothing.
--assert exits 1 unless the test part meets the thresholds of the
recognition issue (participants P >= 0.95, R >= 0.90, delegation >= 0.95;
each header field >= 0.95).  Exit 2 when ../shared/ is missing.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "tests", "recognition")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
FIELDS = ("title", "kind", "office", "place", "date")
HONORIFICS = {
    "h.e.", "he", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
    "the", "honorable", "honourable", "hon", "hon.", "rt", "rt.", "senator",
    "s.e.m.", "sem", "his", "her", "excellency", "prof", "prof.",
}
LEXICON = os.path.join(ROOT, "src", "recognise", "lexicon.def")


def country_names():
    """Every name of a country in the project's lexicon (its other names,
    such as "South Korea" for "Republic of Korea"), folded, to its name."""
    names = {}
    row = re.compile(r'LEX_COUNTRY\("([^"]+)",\s*(?:"[^"]*"|LEX_NO_DEMONYM),\s*"([^"]*)"\)')
    with open(LEXICON, encoding="utf-8") as f:
        for m in row.finditer(f.read()):
            for other in [m.group(1)] + [a for a in m.group(2).split("|") if a]:
                names.setdefault(fold(other), fold(m.group(1)))
    return names


def same_side(a, b, names):
    """Two delegations name one side: the same name, or two names the
    lexicon gives one country."""
    a, b = fold(a), fold(b)
    return a == b or (a is not None and b is not None and names.get(a, a) == names.get(b, b))


THRESHOLDS = {"precision": 0.95, "recall": 0.90, "delegation": 0.95,
              **{f: 0.95 for f in FIELDS}}


def fold(s):
    """Case, accents' forms, quotes, dashes and spaces set aside."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return s.rstrip(" .,;:")


def name_key(name):
    """A name's words without honorifics, initials and punctuation, as a
    sorted tuple, so that "Mr. HAYASHI Yoshimasa" matches "Yoshimasa
    Hayashi" and "Michael R. Pompeo" matches "Michael Pompeo"."""
    words = []
    for w in fold(name or "").split():
        if w in HONORIFICS:
            continue
        w = w.strip(".,;:()")
        if len(w.replace(".", "")) <= 1:
            continue
        words.append(w)
    return tuple(sorted(words))


def test_part(base):
    return hashlib.sha256(base.encode()).hexdigest()[0] in "01234567"


def load(part):
    """The labels of a part ("dev" or "test"): tests/recognition/PART.json,
    a list of labels each with its "id", as (id, label) pairs."""
    path = os.path.join(LABELS, part + ".json")
    if not os.path.isfile(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [(label["id"], label) for label in json.load(f)]


def recognise(imprint, path):
    r = subprocess.run([imprint, "-q", "--dump-json", path],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return None
    return json.loads(r.stdout)


def body_ok(label, got):
    blocks = got.get("blocks") or []
    if not blocks:
        return False
    # a block as printed: a list item's marker ("1.") before its text
    def printed(b):
        return ((b.get("marker") or "") + " " + b["text"]).strip()
    first, last = fold(printed(blocks[0])), fold(printed(blocks[-1]))
    want_first, want_last = fold(label.get("body_first")), fold(label.get("body_last"))
    ok_first = want_first is None or first.startswith(want_first)
    # the last words a label gives may run over a paragraph's end into the
    # last one ("... deeply values. Yom Ha'atzmaut Sameach.")
    tail = fold(" ".join(printed(b) for b in blocks[-3:]))
    ok_last = want_last is None or last.endswith(want_last) or tail.endswith(want_last) or \
        (label.get("multi_item") and want_last in " ".join(
            fold(b["text"]) for b in blocks))
    return ok_first and ok_last


class Score:
    def __init__(self):
        self.found = self.labelled = self.given = 0
        self.deleg = self.title = 0
        self.field = {f: [0, 0, 0] for f in FIELDS}   # right, labelled, spurious
        self.body = [0, 0]
        self.misses = []
        self.names = country_names()

    def participants(self, ident, want, got):
        keys = [name_key(p["name"]) for p in want]
        used = set()
        self.labelled += len(want)
        self.given += len(got)
        for p in got:
            k = name_key(p.get("name"))
            hit = next((i for i, w in enumerate(keys) if w == k and i not in used), None)
            if hit is None:
                self.misses.append(f"{ident}: participant not in the label: {p}")
                continue
            used.add(hit)
            self.found += 1
            w = want[hit]
            if same_side(w.get("delegation"), p.get("delegation"), self.names):
                self.deleg += 1
            else:
                self.misses.append(f"{ident}: delegation of {w['name']}: "
                                   f"{p.get('delegation')!r}, label {w.get('delegation')!r}")
            if fold(w.get("title")) == fold(p.get("title")):
                self.title += 1
            else:
                self.misses.append(f"{ident}: title of {w['name']}: "
                                   f"{p.get('title')!r}, label {w.get('title')!r}")
        for i, w in enumerate(want):
            if i not in used:
                self.misses.append(f"{ident}: participant missed: {w['name']}")

    def header(self, ident, label, got):
        for f in FIELDS:
            want, have = label.get(f), got.get(f)
            s = self.field[f]
            if want is None:
                if have is not None:
                    s[2] += 1
                    self.misses.append(f"{ident}: {f} {have!r}, label null")
                continue
            s[1] += 1
            if fold(want) == fold(have):
                s[0] += 1
            else:
                self.misses.append(f"{ident}: {f} {have!r}, label {want!r}")
        self.body[1] += 1
        if body_ok(label, got):
            self.body[0] += 1
        else:
            self.misses.append(f"{ident}: body does not start or end as labelled")

    def figures(self):
        p = self.found / self.given if self.given else 1.0
        r = self.found / self.labelled if self.labelled else 1.0
        fig = {"precision": p, "recall": r,
               "f1": 2 * p * r / (p + r) if p + r else 0.0,
               "delegation": self.deleg / self.found if self.found else 1.0,
               "ptitle": self.title / self.found if self.found else 1.0,
               "body": self.body[0] / self.body[1] if self.body[1] else 1.0}
        for f in FIELDS:
            right, n, _ = self.field[f]
            fig[f] = right / n if n else 1.0
        return fig


def evaluate(imprint, part, own=None):
    sc = Score()
    if own:
        with open(own, encoding="utf-8") as f:
            labels = [(label["id"], label) for label in json.load(f)]
    else:
        labels = load(part)
    for ident, label in labels:
        base = os.path.dirname(os.path.abspath(own)) if own else CORPUS
        path = os.path.join(base, label["file"])
        got = recognise(imprint, path)
        if got is None:
            got = {"participants": [], "blocks": []}
            sc.misses.append(f"{ident}: imprint --dump-json failed")
        sc.participants(ident, label.get("participants") or [],
                        got.get("participants") or [])
        sc.header(ident, label, got)
    return len(labels), sc


def report(name, n, sc, show_misses):
    fig = sc.figures()
    print(f"{name}: {n} statements")
    print(f"  participants: precision {fig['precision']:.3f}  recall {fig['recall']:.3f}"
          f"  F1 {fig['f1']:.3f}  ({sc.found} found of {sc.labelled} labelled,"
          f" {sc.given} given)")
    print(f"  of those found: delegation {fig['delegation']:.3f}  title {fig['ptitle']:.3f}")
    for f in FIELDS:
        right, total, spurious = sc.field[f]
        print(f"  {f:7s} {fig[f]:.3f}  ({right} of {total}; {spurious} given where the label has none)")
    print(f"  body    {fig['body']:.3f}  ({sc.body[0]} of {sc.body[1]} start and end as labelled)")
    if show_misses:
        for m in sc.misses:
            print(f"  miss {m}")
    return fig


MEMBERS = {"id": str, "file": str, "title": (str, type(None)), "kind": (str, type(None)),
           "office": (str, type(None)), "place": (str, type(None)),
           "date": (str, type(None)), "body_first": (str, type(None)),
           "body_last": (str, type(None)), "participants": list}
PERSON = {"delegation": (str, type(None)), "title": (str, type(None)), "name": str}


def check_labels():
    """Every label is in the part the split rule gives its file, has the
    members of the README with their types, and a date in ISO form."""
    bad = []
    for part in ("dev", "test"):
        ids = [i for i, _ in load(part)]
        if ids != sorted(set(ids)):
            bad.append(f"{part}.json: ids are not unique and in order")
        for ident, label in load(part):
            where = f"{part}.json {ident}"
            for k, t in MEMBERS.items():
                if k not in label or not isinstance(label[k], t):
                    bad.append(f"{where}: member {k} missing or of the wrong type")
            if bad and bad[-1].startswith(where):
                continue
            base = os.path.basename(label["file"])
            if test_part(base) != (part == "test"):
                bad.append(f"{where}: {base} belongs to the other part")
            if label["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", label["date"]):
                bad.append(f"{where}: date {label['date']!r} is not YYYY-MM-DD")
            for p in label["participants"]:
                if not isinstance(p, dict) or any(
                        k not in p or not isinstance(p[k], t) for k, t in PERSON.items()):
                    bad.append(f"{where}: participant {p!r} lacks delegation, title or name")
            if os.path.isdir(CORPUS) and not os.path.isfile(os.path.join(CORPUS, label["file"])):
                bad.append(f"{where}: no file {label['file']} in ../shared/corpus/")
    for b in bad:
        print(b)
    return not bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--imprint", default=os.path.join(ROOT, "imprint"))
    ap.add_argument("--part", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--check-labels", action="store_true")
    ap.add_argument("--assert", dest="assert_", action="store_true")
    ap.add_argument("--labels", metavar="FILE")
    a = ap.parse_args()
    if a.labels:
        n, sc = evaluate(a.imprint, None, a.labels)
        report(os.path.basename(a.labels), n, sc, show_misses=True)
        return 0
    if a.check_labels:
        if not check_labels():
            return 1
        counts = {p: len(load(p)) for p in ("dev", "test")}
        print(f"{counts['dev']} development and {counts['test']} test labels are well formed")
        return 0
    if not os.path.isdir(CORPUS):
        print("recogeval: no ../shared/corpus/ beside the checkout", file=sys.stderr)
        return 2
    figs = {}
    for part, name in (("dev", "development"), ("test", "test")):
        if a.part in (part, "both"):
            n, sc = evaluate(a.imprint, part)
            figs[part] = report(name, n, sc, show_misses=(part == "dev"))
    if a.assert_:
        fig = figs.get("test") or report("test", *evaluate(a.imprint, "test"), False)
        low = [f"{k} {fig[k]:.3f} < {v}" for k, v in THRESHOLDS.items() if fig[k] < v]
        for l in low:
            print(f"below threshold on the test part: {l}")
        return 1 if low else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
