#!/usr/bin/env python3
"""layercheck.py -- the include rule of the source tree.

Each folder of src/ is one stage of the pipeline (or the base beneath them).
A file may include the project's headers only from the folders its own
folder is allowed below, and libharu only in the writer.  Usage:

    layercheck.py [SRC]     (default: src/ beside this script's folder)

Prints one line per forbidden include, "FILE:LINE: FOLDER may not include
HEADER", and exits 1 when there is any; exits 0 and prints a summary
otherwise.  A project header must be named by its folder ("base/util.h"),
so that the rule can be read from the include itself.
"""
import os
import re
import sys

# Folder -> the folders of project headers it may include (itself always).
ALLOWED = {
    "base": set(),
    "model": {"base"},
    "read": {"base", "model"},
    "recognise": {"base", "model", "read"},
    "style": {"base"},
    "typeset": {"base", "model", "style"},
    "write": {"base", "model", "style"},
    "export": {"base", "model"},
    "sign": {"base"},
    "cli": {"base", "model", "read", "recognise", "style", "typeset",
            "write", "export", "sign"},
}
# System headers reserved for one stage: typesetting never calls libharu,
# and cryptography (GnuTLS) is done only by the sign stage.
RESERVED = {"hpdf.h": {"write"}}
for _h in ("gnutls.h", "abstract.h", "crypto.h", "pkcs7.h", "x509.h"):
    RESERVED["gnutls/" + _h] = {"sign"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def check_file(path, folder, problems):
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            kind, name = m.groups()
            if kind == "<":
                owners = RESERVED.get(name)
                if owners is not None and folder not in owners:
                    problems.append(f"{path}:{n}: {folder} may not include <{name}>")
                continue
            top = name.split("/")[0] if "/" in name else None
            if top is None:
                problems.append(f'{path}:{n}: "{name}" must be named by its folder')
            elif top not in ALLOWED:
                problems.append(f'{path}:{n}: "{name}" is in no known folder')
            elif top != folder and top not in ALLOWED[folder]:
                problems.append(f'{path}:{n}: {folder} may not include "{name}"')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "src")
    problems, files = [], 0
    for entry in sorted(os.listdir(src)):
        full = os.path.join(src, entry)
        if not os.path.isdir(full):
            problems.append(f"{full}: a file outside the stage folders")
            continue
        if entry not in ALLOWED:
            problems.append(f"{full}: a folder the include rule does not know")
            continue
        for root, _, names in os.walk(full):
            for name in sorted(names):
                if name.endswith((".c", ".h", ".def")):
                    files += 1
                    check_file(os.path.join(root, name), entry, problems)
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{files} files in {len(ALLOWED)} folders follow the include rule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
