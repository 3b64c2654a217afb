#!/usr/bin/env python3
"""Writes a large relgraph node-link JSON graph (deterministic), to time the writers on a graph of a given
size without running the text pipeline first:

    python3 Benchmarks/gen_graph.py --nodes 100000 --edges 1000000 -o /tmp/big.json
    /usr/bin/time -v relgraph merge /tmp/big.json --format graphml --output /tmp/big.graphml

Nodes get Dutch-news-like labels of every built-in type; edges are co-occurrences between random pairs
(skewed towards a core of frequent entities, as in real corpora) with a weight, a count and one piece of
evidence each. Evidence sentences vary like real ones (a verb, a circumstance, a place and a month out of
10 × 10 × 50 × 12), so that a phrase such as "in de haven van Vlissingen in maart" matches about one
sentence in 6,000, and a single word many.
"""
import argparse
import json
import random

VERBS = ["ontmoette", "belde", "betaalde", "waarschuwde", "volgde", "sprak met", "stuurde berichten naar",
         "kocht telefoons van", "huurde een loods van", "werkte samen met"]
CIRCUMSTANCES = ["in de haven van", "via Sky ECC in", "na de inval in", "tijdens het proces in", "kort voor de arrestatie in",
                 "bij een overdracht in", "op een parkeerplaats in", "volgens het dossier in", "met een cryptofoon in",
                 "in een loods in"]
PLACES = ["Antwerpen", "Rotterdam", "Vlissingen", "Gent", "Brussel", "Amsterdam", "Utrecht", "Breda", "Tilburg", "Eindhoven",
          "Mechelen", "Leuven", "Hasselt", "Brugge", "Oostende", "Den Haag", "Delft", "Leiden", "Haarlem", "Zaandam",
          "Almere", "Lelystad", "Zwolle", "Groningen", "Leeuwarden", "Assen", "Emmen", "Enschede", "Hengelo", "Arnhem",
          "Nijmegen", "Venlo", "Roermond", "Maastricht", "Heerlen", "Sittard", "Genk", "Luik", "Namen", "Charleroi",
          "Bergen", "Kortrijk", "Roeselare", "Aalst", "Dendermonde", "Lokeren", "Sint-Niklaas", "Turnhout", "Geel", "Lier"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
TYPES = ["person", "agency", "platform", "city", "country", "region", "media", "account"]
WORDS = ["Sky", "ECC", "Encro", "Chat", "Noord", "Zuid", "Haven", "Politie", "Parket", "Unit", "Crime", "Team",
         "Van", "De", "Berg", "Dam", "Stad", "Lédam", "Oud", "Nieuw", "Ørsted", "Müller", "Groot", "Klein"]


def node_id(kind, label):
    out = [kind, "."]
    for byte in label.encode("utf-8"):
        ch = chr(byte)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("-%02X" % byte)
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    if args.edges > args.nodes * (args.nodes - 1) // 2:
        parser.error("more edges than pairs of nodes")
    rng = random.Random(args.seed)

    ids = []
    labels = []
    with open(args.output, "w", encoding="utf-8") as out:
        out.write('{\n  "directed": true,\n  "multigraph": true,\n')
        out.write('  "graph": {"generator": "relgraph gen_graph.py", "inputs": ["synthetic"]},\n  "nodes": [\n')
        for index in range(args.nodes):
            kind = TYPES[index % len(TYPES)]
            label = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {index}"
            ids.append(node_id(kind, label))
            labels.append(label)
            record = {"id": ids[-1], "label": label, "type": kind, "aliases": [label], "mentions": rng.randint(1, 50)}
            out.write("    " + json.dumps(record, ensure_ascii=False) + ("," if index + 1 < args.nodes else "") + "\n")
        out.write('  ],\n  "edges": [\n')
        seen = set()
        written = 0
        core = max(2, args.nodes // 20)
        while written < args.edges:
            # Half the edges touch the core of frequent entities.
            a = rng.randrange(core) if rng.random() < 0.5 else rng.randrange(args.nodes)
            b = rng.randrange(args.nodes)
            if a == b:
                continue
            source, target = sorted((ids[a], ids[b]))
            if (source, target) in seen:
                continue
            seen.add((source, target))
            weight = rng.randint(1, 9)
            record = {"source": source, "target": target, "key": "co_occurs", "relation": "co_occurs",
                      "weight": weight, "count": weight,
                      "evidence": [{"document": f"corpus/{a % 1000:04d}/{b:07d}.txt", "sentence": rng.randrange(40),
                                    "text": f"{labels[a]} {rng.choice(VERBS)} {labels[b]} {rng.choice(CIRCUMSTANCES)} "
                                            f"{rng.choice(PLACES)} in {rng.choice(MONTHS)}."}]}
            written += 1
            out.write("    " + json.dumps(record, ensure_ascii=False) + ("," if written < args.edges else "") + "\n")
        out.write("  ]\n}\n")


if __name__ == "__main__":
    main()
