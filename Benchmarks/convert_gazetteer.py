#!/usr/bin/env python3
"""convert_gazetteer.py - a gazetteer JSON ({"entities":[{"id","name","type","aliases"}]}, as written by
../shared/bench/gen_corpus.py) to a relgraph rule file, so relgraph and the Python baseline match the
same names.

  python3 Benchmarks/convert_gazetteer.py /tmp/b10/gazetteer.json -o /tmp/b10/converted.yaml
  relgraph build /tmp/b10 --no-default-rules --rules /tmp/b10/converted.yaml --format graphml --output g.graphml

- Types are mapped to relgraph's (person, agency, platform, city, country, region, media; synonyms such as
  organisation, location, province, newspaper are mapped too); any other type that is a valid identifier is
  declared under `types: entities:` and kept.
- Aliases are kept (exact duplicates dropped).
- relgraph refuses one surface form (compared after its case folding: ASCII and Latin-1 capitals) with two
  types and no rule for choosing. Such a form is dropped from the later entity, with a warning on standard
  error; when it is the later entity's name, that entity is dropped. A form repeated in a later entity of
  the same type is dropped silently (the baseline also lets the first entity win).
- `--case exact` writes `case: exact` on every entry, the closest to the baseline's case-sensitive matching
  (relgraph's default, smart, also finds `SKY ECC` for `Sky ECC`); forms then collide only when identical.
"""
import argparse
import json
import re
import sys

TYPE_MAP = {
    "person": "person", "per": "person", "people": "person", "suspect": "person", "official": "person",
    "agency": "agency", "org": "agency", "organisation": "agency", "organization": "agency", "police": "agency",
    "authority": "agency", "court": "agency",
    "platform": "platform", "app": "platform", "service": "platform", "network": "platform",
    "city": "city", "town": "city", "place": "city", "loc": "city", "location": "city", "gpe": "city",
    "country": "country", "nation": "country",
    "region": "region", "province": "region", "state": "region",
    "media": "media", "newspaper": "media", "outlet": "media", "broadcaster": "media",
}
IDENT = re.compile(r"^[a-z][a-z0-9_]*$")


def fold(s):
    """relgraph's CaseFolding: A-Z and U+00C0-U+00DE (except U+00D7) to small letters, nothing else."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" or ("\u00c0" <= c <= "\u00de" and c != "\u00d7") else c
                   for c in s)


def q(s):
    return json.dumps(s, ensure_ascii=False)   # a JSON string is a valid YAML double-quoted scalar


def convert(entities, case=None, warn=print):
    owners = {}          # collision key -> (type, entity name)
    out, new_types = [], []
    dropped_entities = dropped_forms = duplicates = 0
    key = (lambda s: s) if case == "exact" else fold
    for e in entities:
        raw_type = str(e.get("type") or "entity").strip()
        etype = TYPE_MAP.get(raw_type.lower(), raw_type.lower())
        if etype not in TYPE_MAP.values():
            if not IDENT.match(etype):
                warn("skipping %r: type %r is not a valid relgraph type name" % (e.get("name"), raw_type))
                dropped_entities += 1
                continue
            if etype not in new_types:
                new_types.append(etype)
        name = (e.get("name") or "").strip()
        if not name:
            continue
        owner = owners.get(key(name))
        if owner and owner[0] != etype:
            warn("dropping %s %r: its name is already a %s (%r)" % (etype, name, owner[0], owner[1]))
            dropped_entities += 1
            continue
        if owner:                        # same type, same name: the first entry already has it
            duplicates += 1
            continue
        forms = [name]
        for a in e.get("aliases") or []:
            a = a.strip()
            if not a or a in forms:
                continue
            owner = owners.get(key(a))
            if owner and owner[0] != etype:
                warn("dropping alias %r of %s %r: already a %s (%r)" % (a, etype, name, owner[0], owner[1]))
                dropped_forms += 1
                continue
            if owner and owner[1] != name:
                duplicates += 1
                continue
            forms.append(a)
        for f in forms:
            owners.setdefault(key(f), (etype, name))
        out.append((name, etype, forms[1:]))
    lines = []
    if new_types:
        lines += ["types:", "  entities: [%s]" % ", ".join(new_types)]
    lines.append("entities:")
    extra = ", case: %s" % case if case else ""
    for name, etype, aliases in out:
        lines.append("  - {name: %s, type: %s%s%s}" % (
            q(name), etype, ", aliases: [%s]" % ", ".join(map(q, aliases)) if aliases else "", extra))
    stats = dict(kept=len(out), dropped_entities=dropped_entities, dropped_aliases=dropped_forms,
                 same_type_duplicates=duplicates, new_types=new_types)
    return "\n".join(lines) + "\n", stats


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gazetteer", help="gazetteer JSON: {\"entities\": [...]} or a bare list")
    ap.add_argument("-o", "--output", default="-", help="rule file to write (default: standard output)")
    ap.add_argument("--case", choices=["smart", "exact", "ignore"], help="write this case policy on every entry")
    a = ap.parse_args(argv)
    with open(a.gazetteer, encoding="utf-8") as f:
        g = json.load(f)
    entities = g["entities"] if isinstance(g, dict) else g
    warned = [0]

    def warn(msg):
        warned[0] += 1
        if warned[0] <= 20:
            print("warning: " + msg, file=sys.stderr)

    text, st = convert(entities, a.case, warn)
    header = "# relgraph rules converted from %s by Benchmarks/convert_gazetteer.py\n" % a.gazetteer
    if a.output == "-":
        sys.stdout.write(header + text)
    else:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(header + text)
    if warned[0] > 20:
        print("warning: … and %d more" % (warned[0] - 20), file=sys.stderr)
    print("%d of %d entities kept (%d dropped, %d aliases dropped for a type clash, %d same-type repeats)%s"
          % (st["kept"], len(entities), st["dropped_entities"], st["dropped_aliases"], st["same_type_duplicates"],
             "; new types: " + ", ".join(st["new_types"]) if st["new_types"] else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
