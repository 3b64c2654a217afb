#!/usr/bin/env python3
"""Reads files relgraph wrote with Python's consumers and checks the labels they must carry.

Usage: check_files.py MANIFEST, where MANIFEST is a JSON array of {"path": …, "labels": […]}. By extension:
- .json: networkx's node-link reader loads it; every label is a node's label, exactly;
- .graphml: networkx's read_graphml loads it; .gexf: read_gexf(…, version="1.3") loads it; every label is
  a node's label once the characters XML 1.0 cannot carry are replaced with U+FFFD, as the writers do;
- .csv: the csv module reads it as records of one length; in a nodes table every label is a `label` cell;
- .html: the page has its two scripts and no comment (no label opened or closed an element), and its data
  block is JSON in which every label is a node's label, exactly (the page in a browser: check_html.py).
Other files are ignored. Prints `FAIL<TAB>path<TAB>reason` for each file that fails and exits 0 (the
caller reads the lines); the Swift hostile-input suite runs it once for all its outputs.
"""
import csv
import json
import re
import sys

import networkx as nx

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def missing(expected, found):
    absent = [label for label in expected if label not in found]
    return f"labels missing: {absent!r} (found {sorted(found)[:10]!r})" if absent else None


def check(path, labels):
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            graph = nx.node_link_graph(json.load(handle), edges="edges")
        return missing(labels, {data.get("label") for _, data in graph.nodes(data=True)})
    if path.endswith(".graphml") or path.endswith(".gexf"):
        graph = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path, version="1.3")
        return missing([XML_FORBIDDEN.sub("\ufffd", label) for label in labels],
                       {data.get("label") for _, data in graph.nodes(data=True)})
    if path.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        if not rows or any(len(row) != len(rows[0]) for row in rows):
            return "records of different lengths"
        if path.endswith(".nodes.csv"):
            column = rows[0].index("label")
            return missing(labels, {row[column] for row in rows[1:]})
    if path.endswith(".html"):
        with open(path, encoding="utf-8") as handle:
            page = handle.read()
        if page.count("<script") != 2 or page.count("</script") != 2 or "<!--" in page:
            return "a label made or closed an element: the page has %d <script, %d </script" % (page.count("<script"), page.count("</script"))
        data = re.search(r'<script type="application/json" id="relgraph-data">(.*?)</script>', page, re.S)
        if not data:
            return "no data block"
        return missing(labels, {node["label"] for node in json.loads(data.group(1))["nodes"]})
    return None


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        files = json.load(handle)
    for entry in files:
        try:
            problem = check(entry["path"], entry["labels"])
        except Exception as error:  # any exception is the finding: the consumer could not read the file
            problem = f"{type(error).__name__}: {error}"
        if problem:
            print(f"FAIL\t{entry['path']}\t{problem}".replace("\n", "\\n"))


main()
