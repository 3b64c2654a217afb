#!/usr/bin/env python3
"""Which folders of Sources/RelGraph use which: a folder uses another when its code names a type the
other declares. Prints one line per folder and exits 1 if two folders use each other (directly or
through others), so that "dependencies one way" is checked, not claimed.

    python3 scripts/folder_dependencies.py [Sources/RelGraph]
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Sources", "RelGraph")
declaration = re.compile(r"^(?:public |private |fileprivate |internal )?(?:final )?(?:struct|enum|class|protocol) ([A-Z]\w*)", re.M)
comment = re.compile(r"//.*")

folders = sorted(f for f in os.listdir(root) if os.path.isdir(os.path.join(root, f)))
sources = {}
owner = {}
for folder in folders:
    text = []
    for base, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if name.endswith(".swift"):
                with open(os.path.join(base, name), encoding="utf-8") as handle:
                    code = handle.read()
                text.append(comment.sub("", code))
                for declared in declaration.findall(code):
                    owner.setdefault(declared, folder)
    sources[folder] = "\n".join(text)

uses = {folder: set() for folder in folders}
for folder in folders:
    words = set(re.findall(r"\b[A-Z]\w*\b", sources[folder]))
    for word in words:
        other = owner.get(word)
        if other and other != folder:
            uses[folder].add(other)


def reaches(start, goal, seen=()):
    return any(next_ == goal or (next_ not in seen and reaches(next_, goal, seen + (next_,))) for next_ in uses[start])


cycles = sorted({tuple(sorted((a, b))) for a in folders for b in uses[a] if reaches(b, a)})
for folder in folders:
    print(f"{folder}: {', '.join(sorted(uses[folder])) or '-'}")
for a, b in cycles:
    print(f"cycle: {a} and {b} use each other")
sys.exit(1 if cycles else 0)
