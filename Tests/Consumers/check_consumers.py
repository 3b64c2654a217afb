#!/usr/bin/env python3
"""Checks relgraph's outputs with the tools people read them with.

Builds the sample corpus (and a graph with hostile labels) with the relgraph binary in every format, then:
- GraphML: networkx and igraph load it with the same nodes, edges, labels, types and weights as relgraph's
  own JSON says; xmllint accepts it; the yEd flavour (`--graphml-flavor yed`) loads in networkx with the
  same nodes and edges and the same data as the plain GraphML;
- DOT: `dot -Tcanon` parses it, and `dot -Tjson` draws every node and nothing else (the legend is the
  graph's label);
- JSON: networkx's node-link reader loads it;
- GEXF: networkx's `read_gexf(…, version="1.3")` loads it with the same nodes and weights;
- CSV: Python's csv module reads the three tables back with one row per node, edge and piece of evidence.

Usage: check_consumers.py RELGRAPH_BINARY REPOSITORY_ROOT. Prints one line per check and ends with
`N passed, N failed`; exits 1 if any check failed.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

import igraph
import networkx as nx

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail and not ok else ''}")


def build(relgraph, inputs, fmt, out, *options):
    done = subprocess.run([relgraph, "build", *inputs, "--format", fmt, "--output", out, "--quiet", *options],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)


def run_corpus(relgraph, inputs, folder, label):
    paths = {fmt: os.path.join(folder, f"{label}.{fmt}") for fmt in ["json", "graphml", "dot", "gexf", "csv"]}
    for fmt, path in paths.items():
        build(relgraph, inputs, fmt, path)
    truth = json.load(open(paths["json"], encoding="utf-8"))
    nodes = {n["id"]: n for n in truth["nodes"]}
    edges = {(e["source"], e["target"], e["relation"]): e for e in truth["edges"]}

    g = nx.read_graphml(paths["graphml"])
    check(f"{label}: networkx reads the GraphML with the same nodes",
          {n: (d["label"], d["type"]) for n, d in g.nodes(data=True)} == {i: (n["label"], n["type"]) for i, n in nodes.items()})
    nx_edges = {(u, v, d["relation"]): d["weight"] for u, v, d in g.edges(data=True)}
    check(f"{label}: networkx reads the GraphML with the same edges and weights",
          nx_edges == {k: float(e["weight"]) for k, e in edges.items()})

    ig = igraph.Graph.Read_GraphML(paths["graphml"])
    ig_nodes = {v["id"]: (v["label"], v["type"]) for v in ig.vs}
    check(f"{label}: igraph reads the GraphML with the same nodes", ig_nodes == {i: (n["label"], n["type"]) for i, n in nodes.items()})
    ig_edges = {(ig.vs[e.source]["id"], ig.vs[e.target]["id"], e["relation"]): e["weight"] for e in ig.es}
    check(f"{label}: igraph reads the GraphML with the same edges and weights",
          ig_edges == {k: float(e["weight"]) for k, e in edges.items()})

    lint = subprocess.run(["xmllint", "--noout", paths["graphml"]], capture_output=True, text=True)
    check(f"{label}: xmllint accepts the GraphML", lint.returncode == 0, lint.stderr[:200])

    yed_path = os.path.join(folder, f"{label}.yed.graphml")
    build(relgraph, inputs, "graphml", yed_path, "--graphml-flavor", "yed")
    yed = nx.read_graphml(yed_path)
    yfiles = {"x", "y", "shape_type"}  # what networkx makes of the yFiles graphics
    check(f"{label}: networkx reads the yEd-flavoured GraphML with the same nodes and data",
          {n: {k: v for k, v in d.items() if k not in yfiles} for n, d in yed.nodes(data=True)} == dict(g.nodes(data=True)))
    edge_data = lambda graph: sorted((u, v, sorted(d.items())) for u, v, d in graph.edges(data=True))
    check(f"{label}: networkx reads the yEd-flavoured GraphML with the same edges and data", edge_data(yed) == edge_data(g))
    lint = subprocess.run(["xmllint", "--noout", yed_path], capture_output=True, text=True)
    check(f"{label}: xmllint accepts the yEd-flavoured GraphML", lint.returncode == 0, lint.stderr[:200])

    canon = subprocess.run(["dot", "-Tcanon", paths["dot"]], capture_output=True, text=True)
    check(f"{label}: dot -Tcanon parses the DOT", canon.returncode == 0, canon.stderr[:200])
    layout = subprocess.run(["dot", "-Tjson", paths["dot"]], capture_output=True, text=True)
    drawn = {o["name"] for o in json.loads(layout.stdout).get("objects", [])} if layout.returncode == 0 else set()
    check(f"{label}: Graphviz draws every node of the DOT and no other", drawn == set(nodes), str(sorted(drawn ^ set(nodes))[:5]))

    linked = nx.node_link_graph(json.load(open(paths["json"], encoding="utf-8")), edges="edges")
    check(f"{label}: networkx reads the node-link JSON", set(linked.nodes) == set(nodes))

    gexf = nx.read_gexf(paths["gexf"], version="1.3")
    check(f"{label}: networkx reads the GEXF 1.3 with the same nodes", set(gexf.nodes) == set(nodes))
    gexf_weights = sorted(float(d.get("weight", 1)) for _, _, d in gexf.edges(data=True))
    check(f"{label}: the GEXF keeps every edge weight", gexf_weights == sorted(float(e["weight"]) for e in edges.values()))

    stem = paths["csv"][:-4]
    with open(stem + ".nodes.csv", newline="", encoding="utf-8") as f:
        csv_nodes = list(csv.DictReader(f))
    with open(stem + ".edges.csv", newline="", encoding="utf-8") as f:
        csv_edges = list(csv.DictReader(f))
    with open(stem + ".evidence.csv", newline="", encoding="utf-8") as f:
        csv_evidence = list(csv.DictReader(f))
    check(f"{label}: the CSV tables hold every node", {r["id"]: r["label"] for r in csv_nodes} == {i: n["label"] for i, n in nodes.items()})
    check(f"{label}: the CSV tables hold every edge", len(csv_edges) == len(edges))
    check(f"{label}: the CSV tables hold every piece of evidence", len(csv_evidence) == sum(len(e["evidence"]) for e in edges.values()))


def main():
    relgraph, root = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        run_corpus(relgraph, [os.path.join(root, "examples")], folder, "examples")
        hostile = os.path.join(folder, "hostile")
        os.makedirs(hostile)
        with open(os.path.join(hostile, 'odd "name", with comma.txt'), "w", encoding="utf-8") as f:
            f.write('Europol & de "landelijke eenheid" <script> kraakten EncroChat\\n.\n\n'
                    "Advocaat Karim B., die in Antwerpen woont, zegt: \"R&D\" {node} 2abc a:b é 🛰️.\n")
        run_corpus(relgraph, [hostile], folder, "hostile")
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
