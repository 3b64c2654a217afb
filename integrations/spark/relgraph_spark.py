#!/usr/bin/env python3
"""Builds one relgraph graph from message dumps and articles on a Spark cluster, with the relgraph binary.

Each JSON Lines dump is split into partitions; every partition is piped into
`relgraph build - --source-name DUMP --part K/N --format json --compact`, so its messages are named
`DUMP#ID` exactly as one build of the whole dump names them. Articles (and CSV dumps, whose records may
span lines) are built whole, a partition's paths per build; they must be readable at the same path on
every executor (a shared file system). The partials, one JSON line each, are merged with
`relgraph merge -`: in rounds of --fan-in on the executors while there are more, then once on the driver,
which writes the graph in any format. Merging is associative and commutative, so the result is byte for
byte what one `relgraph build` of the same inputs writes (for dumps whose messages have ids).

Locally:
    spark-submit --master 'local[2]' integrations/spark/relgraph_spark.py dump.jsonl \\
        --relgraph .build/release/relgraph --partitions 8 --format graphml --output dump.graphml

On a cluster, ship the binary (a static build, see the README) and any rule file with the job:
    spark-submit --master yarn --files relgraph,rules.yaml integrations/spark/relgraph_spark.py \\
        hdfs:///cases/x/day.jsonl --source-name day.jsonl --relgraph relgraph --rules rules.yaml \\
        --partitions 400 --format sqlite --output day.sqlite

Options for the build (--rules, --no-default-rules, --window, --evidence, --max-window-entities,
--initials, --text-field, --id-field, --date-field, --sender-field, --max-document-size) are passed to
every `relgraph build`, and --evidence to every merge. Exits 1 with relgraph's own message when a build
or merge fails.
"""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import threading

DUMP_EXTENSIONS = (".jsonl", ".ndjson")
ARTICLE_EXTENSIONS = (".txt", ".md", ".csv")


class RelgraphFailed(RuntimeError):
    """A relgraph run that exited with an error; the message holds its command line and standard error."""

    def __init__(self, command, status, stderr):
        shown = " ".join(command if len(command) < 12 else command[:11] + ["…"])
        super().__init__(f"{shown} exited with {status}: {stderr.strip()[-2000:]}")


def resolve_file(name):
    """The local path of `name` on this machine: an absolute path as it is, a file shipped with
    spark-submit --files (SparkFiles), or an executable on the PATH."""
    if os.path.isabs(name) or os.sep in name and os.path.exists(name):
        return os.path.abspath(name)
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(name)
        if os.path.exists(shipped):
            return shipped
    except Exception:  # not inside a Spark job (SparkFiles unset), or nothing shipped under that name
        pass
    found = shutil.which(name)
    if found:
        return found
    if os.path.exists(name):
        return os.path.abspath(name)
    raise FileNotFoundError(f"{name}: not found here (give an absolute path, ship it with --files, or put it on the PATH)")


def executable(name):
    """`name` resolved as `resolve_file` does, made executable (a file shipped with --files may not be)."""
    path = resolve_file(name)
    if not os.access(path, os.X_OK):
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def run_relgraph(command, lines):
    """Runs `command`, writing `lines` (an iterator of text lines without line feeds) to its standard
    input while it runs, and returns its standard output; raises RelgraphFailed when it fails."""
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    errors = []
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
    reader.start()
    output = []
    collector = threading.Thread(target=lambda: output.append(process.stdout.read()))
    collector.start()
    try:
        for line in lines:
            process.stdin.write(line.encode("utf-8"))
            process.stdin.write(b"\n")
    except BrokenPipeError:
        pass  # relgraph stopped reading: its exit status and message say why
    finally:
        try:
            process.stdin.close()
        except BrokenPipeError:
            pass
    status = process.wait()
    reader.join()
    collector.join()
    if status != 0:
        raise RelgraphFailed(command, status, errors[0].decode("utf-8", "replace"))
    return output[0].decode("utf-8")


def build_options(args):
    """The options every `relgraph build` gets from the job's command line."""
    options = []
    for rules in args.rules:
        options += ["--rules", resolve_file(rules)]
    if args.no_default_rules:
        options.append("--no-default-rules")
    for flag, value in [("--window", args.window), ("--evidence", args.evidence),
                        ("--max-window-entities", args.max_window_entities), ("--initials", args.initials),
                        ("--text-field", args.text_field), ("--id-field", args.id_field),
                        ("--date-field", args.date_field), ("--sender-field", args.sender_field),
                        ("--max-document-size", args.max_document_size)]:
        if value is not None:
            options += [flag, str(value)]
    return options


def partials_of_dump(sc, path, name, partitions, args):
    """An RDD of one partial graph (a JSON line) per partition of the JSON Lines dump at `path`."""
    lines = sc.textFile(path, minPartitions=partitions)
    if lines.getNumPartitions() > partitions:
        lines = lines.coalesce(partitions)  # neighbouring splits joined, without a shuffle
    elif lines.getNumPartitions() < partitions:
        lines = lines.repartition(partitions)
    count = lines.getNumPartitions()

    def build(index, part):
        command = [executable(args.relgraph), "build", "-", "--source-name", name, "--part", f"{index + 1}/{count}",
                   "--format", "json", "--compact", "--output", "-", "--quiet"] + build_options(args)
        yield run_relgraph(command, part).rstrip("\n")

    return lines.mapPartitionsWithIndex(build)


def partials_of_articles(sc, paths, partitions, args):
    """An RDD of one partial graph per partition of `paths`, files built whole (articles, CSV dumps)."""
    def build(part):
        part = list(part)
        if part:
            command = [executable(args.relgraph), "build", *part, "--format", "json", "--compact", "--output", "-",
                       "--quiet"] + build_options(args)
            yield run_relgraph(command, iter(())).rstrip("\n")

    return sc.parallelize(sorted(paths), min(partitions, len(paths))).mapPartitions(build)


def merge_command(relgraph, args, *output):
    return [relgraph, "merge", "-", "--evidence", str(args.evidence if args.evidence is not None else 3), *output]


def merged_rounds(partials, count, args):
    """`partials` (an RDD of `count` partitions of one graph each) merged on the executors in rounds of
    --fan-in until at most --fan-in remain."""
    from pyspark import StorageLevel

    def merge(part):
        command = merge_command(executable(args.relgraph), args, "--format", "json", "--compact", "--output", "-")
        yield run_relgraph(command, part).rstrip("\n")

    def computed(rdd):
        # Computed on every executor at once and kept: joining its partitions (coalesce) or reading them on
        # the driver (toLocalIterator) would otherwise compute them one after another.
        rdd = rdd.persist(StorageLevel.MEMORY_AND_DISK)
        rdd.count()
        return rdd

    partials = computed(partials)
    while count > args.fan_in:
        count = -(-count // args.fan_in)
        partials = computed(partials.coalesce(count).mapPartitions(merge))
    return partials


def article_paths(inputs):
    """The files `inputs` name that are built whole: articles (folders read for .txt and .md, as relgraph
    reads them) and CSV dumps."""
    paths = []
    for path in inputs:
        if os.path.isdir(path):
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                paths += [os.path.join(folder, f) for f in sorted(files)
                          if not f.startswith(".") and f.lower().endswith(ARTICLE_EXTENSIONS)]
        else:
            paths.append(path)
    return paths


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="relgraph_spark.py", description=__doc__,
        epilog="More in README.md, section \"Beyond one machine: Spark, GNU parallel, Slurm\".",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", help="JSON Lines dumps (.jsonl, .ndjson; split into partitions), "
                        "articles (.txt, .md, folders of them) and CSV dumps (built whole)")
    parser.add_argument("--articles-from", metavar="FILE", help="a file listing article paths, one per line")
    parser.add_argument("--relgraph", default="relgraph", help="the relgraph binary: an absolute path, a file "
                        "shipped with spark-submit --files, or a name on the PATH (default: relgraph)")
    parser.add_argument("--partitions", type=int, default=8, help="partitions per dump, and for the articles (default 8)")
    parser.add_argument("--source-name", help="the name of the single dump in message ids and the graph's inputs "
                        "(default: its path as given), as `relgraph build NAME` would name it")
    parser.add_argument("--fan-in", type=int, default=64, help="partials merged at a time (default 64)")
    parser.add_argument("--format", required=True, help="the merged graph's format (any that relgraph merge writes)")
    parser.add_argument("--output", required=True, help="the file to write on the driver; - for standard output")
    parser.add_argument("--graphml-flavor", choices=["plain", "yed"], help="passed to the final merge")
    group = parser.add_argument_group("passed to relgraph build (see relgraph build --help)")
    group.add_argument("--rules", action="append", default=[], metavar="FILE")
    group.add_argument("--no-default-rules", action="store_true")
    group.add_argument("--window")
    group.add_argument("--evidence", type=int)
    group.add_argument("--max-window-entities", type=int)
    group.add_argument("--initials")
    group.add_argument("--text-field")
    group.add_argument("--id-field")
    group.add_argument("--date-field")
    group.add_argument("--sender-field")
    group.add_argument("--max-document-size", type=int)
    args = parser.parse_args(argv)
    dumps = [path for path in args.inputs if path.lower().endswith(DUMP_EXTENSIONS)]
    if not args.inputs and not args.articles_from:
        parser.error("give at least one input (a dump, an article or a folder), or --articles-from FILE")
    if args.source_name and len(dumps) != 1:
        parser.error(f"--source-name names the single JSON Lines dump; {len(dumps)} are given")
    if args.partitions < 1 or args.fan_in < 2:
        parser.error("--partitions must be 1 or more and --fan-in 2 or more")
    return args


def main(argv):
    args = parse_arguments(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("relgraph").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    try:
        relgraph = executable(args.relgraph)
        dumps = [path for path in args.inputs if path.lower().endswith(DUMP_EXTENSIONS)]
        articles = article_paths([path for path in args.inputs if path not in dumps])
        if args.articles_from:
            with open(args.articles_from, encoding="utf-8") as listing:
                articles += [line.rstrip("\n") for line in listing if line.strip()]
        pieces = [partials_of_dump(sc, path, args.source_name or path, args.partitions, args) for path in dumps]
        if articles:
            pieces.append(partials_of_articles(sc, articles, args.partitions, args))
        partials = sc.union(pieces) if len(pieces) > 1 else pieces[0]
        built = partials.getNumPartitions()
        partials = merged_rounds(partials, built, args)
        described = [f"{args.source_name or path} in {piece.getNumPartitions()} parts" for path, piece in zip(dumps, pieces)]
        if articles:
            described.append(f"{len(articles)} articles in {pieces[-1].getNumPartitions()} builds")
        print(f"relgraph_spark.py: {'; '.join(described)}: {built} partials, merged by {relgraph}", file=sys.stderr)
        final = ["--format", args.format, "--output", args.output]
        if args.graphml_flavor:
            final += ["--graphml-flavor", args.graphml_flavor]
        if args.output == "-":
            sys.stdout.flush()
        command = merge_command(relgraph, args, *final)
        process = subprocess.Popen(command, stdin=subprocess.PIPE)
        try:
            for line in partials.toLocalIterator():
                process.stdin.write(line.encode("utf-8") + b"\n")
        finally:
            process.stdin.close()
        if process.wait() != 0:
            raise RelgraphFailed(command, process.returncode, "(its message is above)")
    except RelgraphFailed as failure:  # on the driver; one on an executor fails its Spark task with this message
        print(f"relgraph_spark.py: {failure}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
