"""What the hand-annotated article sets (`heldout/`, `devset2/`) share: the annotation helpers (E, R, T), the
checks of every alias, evidence piece and relation end against the texts, the per-sentence co-occurrence
pairs, and the writing of gold.json in the format of ../shared/eval/dev_gold.json."""
import itertools, json, os, re, sys
from collections import Counter


def E(name, type_, aliases, kind="name", note=None, compound=None, nominal=None):
    e = {"name": name, "type": type_, "aliases": aliases, "mention_kind": kind}
    if compound:
        e["compound_mentions"] = compound
    if nominal:
        e["nominal_refs"] = nominal
    if note:
        e["note"] = note
    return e


def R(s, rel, t, ev, note=None):
    r = {"source": s, "relation": rel, "target": t, "evidence": ev}
    if note:
        r["note"] = note
    return r


def T(surface, why):
    return {"surface": surface, "why": why}


def sentences(text, keep_after):
    text = re.sub(r"^ date \d{4}-\d{2} ", "", text)
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        # split after . ? ! (optionally followed by a closing quote) + space + capital/quote/digit
        parts = re.split(r'(?<=[.?!])' + keep_after + r'\s+(?=[A-Z"“„\'(])', para)
        out.extend(p.strip() for p in parts if p.strip())
    return out


def spans(sentence, aliases):
    found = []
    for name, alias in aliases:
        for m in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", sentence):
            found.append((m.start(), m.end(), name))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken, keep = [], []
    for s, e, n in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        keep.append(n)
    return keep


def build(here, docs_in, remove_cooc, extra_cooc, keep_after, set_name, description):
    """Checks the annotations `docs_in` of the texts in HERE/texts and writes HERE/gold.json."""
    texts = os.path.join(here, "texts")
    problems = []
    docs = {}
    for fname, d in docs_in.items():
        text = open(os.path.join(texts, fname), encoding="utf-8").read()
        names = {e["name"] for e in d["entities"]} | {e["name"] for e in d["entities_optional"]}
        for e in d["entities"] + d["entities_optional"]:
            for a in e["aliases"] + e.get("compound_mentions", []):
                if a not in text:
                    problems.append(f"{fname}: alias {a!r} of {e['name']!r} not in text")
        for key in ("relations", "relations_optional", "relation_traps"):
            for r in d[key]:
                for end in (r["source"], r["target"]):
                    if end not in names:
                        problems.append(f"{fname}: {key} end {end!r} is not an entity")
                for piece in r["evidence"].split(" ... "):
                    if piece not in text:
                        problems.append(f"{fname}: evidence {piece!r} not in text")
        for t in d["traps"]:
            if t["surface"] not in text:
                problems.append(f"{fname}: trap {t['surface']!r} not in text")
        req_alias = [(e["name"], a) for e in d["entities"] for a in e["aliases"] + e.get("compound_mentions", [])
                     if e["mention_kind"] != "elliptical_only"]
        cooc, seen = [], set()
        sents = sentences(text, keep_after)
        for s in sents:
            present = []
            for n in spans(s, req_alias):
                if n not in present:
                    present.append(n)
            for a, b in itertools.combinations(present, 2):
                key = frozenset((a, b))
                if key in seen:
                    continue
                seen.add(key)
                cooc.append({"a": a, "b": b, "sentence": s})
        drop = {frozenset(p) for p in remove_cooc.get(fname, [])}
        assert drop <= seen, (fname, drop - seen)
        cooc = [c for c in cooc if frozenset((c["a"], c["b"])) not in drop]
        seen -= drop
        for a, b, *hint in extra_cooc.get(fname, []):
            # an optional third item is a piece of the sentence (for an ellipsis whose phrase is not an alias)
            s = next(s for s in sents if (hint and hint[0] in s) or not hint and
                     any(al in s for e in d["entities"] if e["name"] == a for al in e["aliases"])
                     and any(al in s for e in d["entities"] if e["name"] == b for al in e["aliases"]))
            key = frozenset((a, b))
            if key not in seen:
                seen.add(key)
                cooc.append({"a": a, "b": b, "sentence": s, "note": "coordination ellipsis"})
        if set(d) - {"entities", "entities_optional", "relations", "relations_optional", "relation_traps", "traps"}:
            problems.append(f"{fname}: unexpected keys")
        docs[fname] = {k: d[k] for k in ("entities", "entities_optional", "relations", "relations_optional",
                                          "relation_traps")}
        docs[fname]["cooccurrence"] = cooc
        docs[fname]["traps"] = d["traps"]
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    ent_types = Counter(e["type"] for d in docs.values() for e in d["entities"])
    rel_types = Counter(r["relation"] for d in docs.values() for r in d["relations"])
    # ../shared/ beside the repository.
    dev_gold = os.path.join(here, "..", "..", "..", "shared", "eval", "dev_gold.json")
    meta = json.load(open(dev_gold, encoding="utf-8"))["meta"] if os.path.exists(dev_gold) else {}
    meta = {k: meta[k] for k in ("schema_version", "layout", "entity_fields", "relation_vocabulary",
                                 "relation_fields", "sets", "conventions") if k in meta}
    meta.update({
        "description": description,
        "set": set_name,
        "source_dir": f"Benchmarks/{set_name}/texts",
        "text_note": "own texts, not copied or paraphrased from any article",
        "cooccurrence_note": "derived per sentence from the required entities' aliases (longest match, no pairs from an "
                             "adjective inside an agency name) plus coordination-ellipsis pairs; see build_gold.py",
        "stats": {
            "docs": len(docs),
            "entities": sum(len(d["entities"]) for d in docs.values()),
            "entities_optional": sum(len(d["entities_optional"]) for d in docs.values()),
            "relations": sum(len(d["relations"]) for d in docs.values()),
            "relations_optional": sum(len(d["relations_optional"]) for d in docs.values()),
            "relation_traps": sum(len(d["relation_traps"]) for d in docs.values()),
            "cooccurrence_pairs": sum(len(d["cooccurrence"]) for d in docs.values()),
            "entities_by_type": dict(sorted(ent_types.items())),
            "relations_by_type": dict(sorted(rel_types.items())),
        },
    })
    with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "docs": docs}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(meta["stats"], ensure_ascii=False))

