#!/usr/bin/env python3
"""Serves a relgraph SQLite graph with Datasette, as a newsroom would, and checks what it shows.

Usage: check_datasette.py GRAPH.sqlite METADATA.json PHRASE

Starts `datasette serve` on 127.0.0.1 on a free port (stopped at the end), then fetches, as JSON:
- the sentences table searched for PHRASE (a quoted phrase, FTS5 syntax), without the metadata file's help
  (`_searchmode=raw`) and with it: every row must contain the phrase;
- the edges table faceted by relation: the facet must count every edge, and with `_labels=on` the source
  and target columns must carry the nodes' labels (the metadata's label column).
Prints one line per check and `N passed, N failed`; exits 1 if any failed.
"""
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

graph, metadata, phrase = sys.argv[1], sys.argv[2], sys.argv[3]
database = graph.rsplit("/", 1)[-1].rsplit(".", 1)[0]
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))


with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
log = tempfile.TemporaryFile()
server = subprocess.Popen(["datasette", "serve", graph, "--metadata", metadata, "--host", "127.0.0.1",
                           "--port", str(port)], stdout=log, stderr=log)
base = f"http://127.0.0.1:{port}/{database}"


def fetch(path):
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.load(response)


try:
    for _ in range(200):
        try:
            fetch(".json")
            break
        except OSError:
            if server.poll() is not None:
                log.seek(0)
                raise SystemExit("datasette exited: " + log.read().decode(errors="replace"))
            time.sleep(0.1)
    words = phrase.strip('"')
    for mode in ["&_searchmode=raw", ""]:
        rows = fetch("/sentences.json?_shape=array&_size=max&_search=" + urllib.parse.quote(phrase) + mode)
        check(f"search {phrase} {mode or '(metadata: raw mode)'}: {len(rows)} rows, each with the phrase",
              len(rows) > 0 and all(words.lower() in row["text"].lower() for row in rows), rows[:2])
    none = fetch("/sentences.json?_shape=array&_search=" + urllib.parse.quote('"no such words anywhere"'))
    check("a search with no hit gives no rows", none == [], none[:2])
    edges = fetch("/edges.json?_facet=relation&_labels=on&_size=5")
    facet = {item["value"]: item["count"] for item in edges["facet_results"]["relation"]["results"]}
    total = fetch("/edges.json?_size=0")["filtered_table_rows_count"]
    check(f"facet by relation counts every edge ({total})", sum(facet.values()) == total and "co_occurs" in facet, facet)
    first = edges["rows"][0]
    check("edges show their nodes' labels", isinstance(first["source"], dict) and first["source"].get("label"), first)
    nodes = fetch("/nodes.json?_facet=type&_size=0")
    check("nodes can be faceted by type", len(nodes["facet_results"]["type"]["results"]) > 0, nodes.get("facet_results"))
finally:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()

print(f"{results.count(True)} passed, {results.count(False)} failed")
sys.exit(0 if all(results) else 1)
