#!/usr/bin/env python3
"""Validate the gazetteer tables of relgraph's default rule pack.

The tables live as raw string literals in
``Sources/RelGraph/Rules/DefaultRules/{Places,Agencies,Platforms,Media}.swift`` and use the
tab-separated format that ``GazetteerTable`` parses::

    type<TAB>canonical name<TAB>aliases<TAB>adjectives<TAB>options

Checks, each reported as one PASS or FAIL line:

* every data line has 2 to 5 columns, a known entity type, a non-empty name, no empty or
  padded list items, and only the options ``exact`` / ``ignorecase`` / ``misspellings``;
* no entry lists the same surface form twice (compared case-insensitively);
* no surface form (name, alias or adjective, compared case-insensitively) occurs in two entries,
  unless at least one of the two entries carries the ``exact`` flag (a deliberate choice that is
  recorded in a comment next to it);
* the conventions of the evaluation data hold (for example ``Sky`` is Sky ECC, the province of
  Antwerp does not claim the bare name ``Antwerpen``, ``Nationale Politie`` is ``Nederlandse
  politie``);
* ``Places.swift`` stays well under 1 MB.

Usage: ``python3 scripts/gazetteer/check_gazetteer.py [REPO_ROOT]``. Prints a closing
``N passed, N failed`` line and exits non-zero when a check fails. The parsing helpers are also
imported by ``make_places.py``.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field

TYPES = ("person", "agency", "platform", "city", "country", "region", "media")
OPTIONS = ("exact", "ignorecase", "misspellings")
RULES_DIR = os.path.join("Sources", "RelGraph", "Rules", "DefaultRules")
TABLES = (("Places.swift", "places"), ("Agencies.swift", "agencies"),
          ("Platforms.swift", "platforms"), ("Media.swift", "media"))
MAX_PLACES_BYTES = 1_000_000

# Surface form -> (type, canonical name) that the conventions of the evaluation data require.
# Each is a convention of dev_gold.json's meta or of the brief, not a copy of article text.
EXPECTED = {
    "Antwerpen": ("city", "Antwerpen"),
    "Antwerp": ("city", "Antwerpen"),
    "Antwerpse": ("city", "Antwerpen"),
    "provincie Antwerpen": ("region", "provincie Antwerpen"),
    "Limburg": ("region", "Limburg"),
    "Oost-Vlaanderen": ("region", "Oost-Vlaanderen"),
    "Vlaanderen": ("region", "Vlaanderen"),
    "Wallonië": ("region", "Wallonië"),
    "Europa": ("region", "Europa"),
    "Midden-Oosten": ("region", "Midden-Oosten"),
    "Brussel": ("city", "Brussel"),
    "Brussels": ("city", "Brussel"),
    "Den Haag": ("city", "Den Haag"),
    "The Hague": ("city", "Den Haag"),
    "Mechelen": ("city", "Mechelen"),
    "Mechels": ("city", "Mechelen"),
    "Maasmechelen": ("city", "Maasmechelen"),
    "Vlaardingen": ("city", "Vlaardingen"),
    "Charleroi": ("city", "Charleroi"),
    "Luik": ("city", "Luik"),
    "Liège": ("city", "Luik"),
    "Nederland": ("country", "Nederland"),
    "Netherlands": ("country", "Nederland"),
    "Holland": ("country", "Nederland"),
    "Nederlandse": ("country", "Nederland"),
    "Dutch": ("country", "Nederland"),
    "België": ("country", "België"),
    "Belgium": ("country", "België"),
    "Belgische": ("country", "België"),
    "VS": ("country", "Verenigde Staten"),
    "USA": ("country", "Verenigde Staten"),
    "Amerikaanse": ("country", "Verenigde Staten"),
    "Franse": ("country", "Frankrijk"),
    "Zweedse": ("country", "Zweden"),
    "Sky": ("platform", "Sky ECC"),
    "SkyEcc": ("platform", "Sky ECC"),
    "Sky Global": ("platform", "Sky Global"),
    "EncroChat": ("platform", "EncroChat"),
    "AN0M": ("platform", "ANOM"),
    "AT&T": ("platform", "AT&T"),
    "Nationale Politie": ("agency", "Nederlandse politie"),
    "landelijke recherche": ("agency", "Dienst Landelijke Recherche"),
    "federale parket": ("agency", "federaal parket"),
    "FGP": ("agency", "federale gerechtelijke politie"),
    "FCCU": ("agency", "Federale Computer Crime Unit"),
    "Justitie": ("agency", "Justitie"),
    "Binnenlandse Zaken": ("agency", "Binnenlandse Zaken"),
    "VRT": ("media", "VRT"),
    "RTBF": ("media", "RTBF"),
    "De Standaard": ("media", "De Standaard"),
    "Gazet van Antwerpen": ("media", "Gazet van Antwerpen"),
}
# Surface forms that no entry may claim (besides the exact-flagged ones named here).
FORBIDDEN = ("Frans", "Nederlands", "Engels", "Van", "Best", "Nice", "Split", "Reading", "Mobile", "Bath")


@dataclass
class Entry:
    """One data line of a table."""

    file: str
    line: int
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        """The name, the aliases and the adjectives, in that order."""
        return [self.name] + self.aliases + self.adjectives

    @property
    def exact(self) -> bool:
        return "exact" in self.options


def table_text(swift_source: str) -> tuple[str, int]:
    """The text of the one raw multi-line string literal in a table file, with the indentation of
    its closing delimiter removed, and the file line number of the literal's first line."""
    match = re.search(r'#"""\n(.*?)\n([ \t]*)"""#', swift_source, re.S)
    if match is None:
        raise ValueError('no #"""…"""# raw string literal found')
    indent = match.group(2)
    first_line = swift_source.count("\n", 0, match.start(1)) + 1
    lines = []
    for raw in match.group(1).split("\n"):
        if raw.strip() == "":
            lines.append("")
        elif raw.startswith(indent):
            lines.append(raw[len(indent):])
        else:
            raise ValueError(f"line {first_line + len(lines)}: not indented like the closing delimiter")
    return "\n".join(lines), first_line


def parse_table(text: str, file: str, first_line: int = 1) -> tuple[list[Entry], list[str]]:
    """Parse a table; returns the entries and the format problems found (as messages)."""
    entries: list[Entry] = []
    problems: list[str] = []
    for offset, line in enumerate(text.split("\n")):
        number = first_line + offset
        where = f"{file}:{number}"
        if line.strip() == "" or line.startswith("#"):
            continue
        columns = line.split("\t")
        if not 2 <= len(columns) <= 5:
            problems.append(f"{where}: expected 2 to 5 tab-separated columns, found {len(columns)}")
            continue
        kind, name = columns[0], columns[1]
        if kind not in TYPES:
            problems.append(f"{where}: unknown type '{kind}'")
        if name.strip() == "":
            problems.append(f"{where}: empty name")
        elif name != name.strip():
            problems.append(f"{where}: name '{name}' has surrounding spaces")

        def items(index: int) -> list[str]:
            if index >= len(columns) or columns[index] == "":
                return []
            values = columns[index].split("|")
            for value in values:
                if value.strip() == "":
                    problems.append(f"{where}: empty item in column {index + 1}")
                elif value != value.strip():
                    problems.append(f"{where}: item '{value}' has surrounding spaces")
            return [value for value in values if value.strip()]

        options = [o.strip() for group in items(4) for o in group.split(",")]
        for option in options:
            if option not in OPTIONS:
                problems.append(f"{where}: unknown option '{option}'")
        entries.append(Entry(file, number, kind, name.strip(), items(2), items(3), options))
    return entries, problems


def load_tables(root: str) -> dict[str, tuple[list[Entry], list[str]]]:
    """Parse all four table files under the repository root."""
    result = {}
    for file_name, _ in TABLES:
        path = os.path.join(root, RULES_DIR, file_name)
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        try:
            text, first = table_text(source)
        except ValueError as error:
            result[file_name] = ([], [f"{file_name}: {error}"])
            continue
        result[file_name] = parse_table(text, file_name, first)
    return result


def key(form: str) -> str:
    """How surface forms are compared: case-insensitively."""
    return form.lower()


def within_entry_duplicates(entries: list[Entry]) -> list[str]:
    problems = []
    for entry in entries:
        seen: dict[str, str] = {}
        for form in entry.forms:
            if key(form) in seen:
                problems.append(f"{entry.file}:{entry.line}: '{form}' repeats '{seen[key(form)]}' in the same entry")
            else:
                seen[key(form)] = form
    return problems


def cross_entry_conflicts(entries: list[Entry]) -> list[str]:
    owners: dict[str, list[Entry]] = {}
    for entry in entries:
        for form in {key(f) for f in entry.forms}:
            owners.setdefault(form, []).append(entry)
    problems = []
    for form, claimants in sorted(owners.items()):
        if len(claimants) < 2:
            continue
        inexact = [e for e in claimants if not e.exact]
        if len(inexact) >= 2:
            where = ", ".join(f"{e.file}:{e.line} ({e.type} {e.name})" for e in inexact)
            problems.append(f"'{form}' is claimed by {where}")
    return problems


def convention_problems(entries: list[Entry]) -> list[str]:
    by_form: dict[str, list[Entry]] = {}
    for entry in entries:
        for form in entry.forms:
            by_form.setdefault(key(form), []).append(entry)
    problems = []
    for form, (kind, name) in sorted(EXPECTED.items()):
        found = [e for e in by_form.get(key(form), []) if not e.exact or form in e.forms]
        if not any(e.type == kind and e.name == name for e in found):
            got = ", ".join(f"{e.type} {e.name}" for e in found) or "nothing"
            problems.append(f"'{form}' should be {kind} '{name}', found {got}")
    for form in FORBIDDEN:
        for entry in by_form.get(key(form), []):
            if not entry.exact:
                problems.append(f"'{form}' (a common word or first name) is listed by {entry.file}:{entry.line} {entry.name}")
    return problems


def main(argv: list[str]) -> int:
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    root = os.path.normpath(root)
    tables = load_tables(root)
    results: list[tuple[str, list[str]]] = []
    everything: list[Entry] = []
    for file_name, (entries, problems) in tables.items():
        results.append((f"{file_name}: format ({len(entries)} entries)", problems))
        results.append((f"{file_name}: no repeated form inside an entry", within_entry_duplicates(entries)))
        results.append((f"{file_name}: not empty", [] if entries else [f"{file_name} has no entries"]))
        everything += entries
    results.append(("all tables: no surface form in two entries unless one is exact", cross_entry_conflicts(everything)))
    results.append(("all tables: conventions of the evaluation data", convention_problems(everything)))
    size = os.path.getsize(os.path.join(root, RULES_DIR, "Places.swift"))
    results.append((f"Places.swift size ({size} bytes)", [] if size < MAX_PLACES_BYTES else [f"{size} bytes ≥ {MAX_PLACES_BYTES}"]))

    passed = failed = 0
    for title, problems in results:
        if problems:
            failed += 1
            print(f"FAIL {title}")
            for problem in problems[:50]:
                print(f"     {problem}")
            if len(problems) > 50:
                print(f"     … and {len(problems) - 50} more")
        else:
            passed += 1
            print(f"PASS {title}")
    counts: dict[str, int] = {}
    for entry in everything:
        counts[entry.type] = counts.get(entry.type, 0) + 1
    print("entries by type: " + ", ".join(f"{t} {counts[t]}" for t in TYPES if t in counts))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
