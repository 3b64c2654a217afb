import Foundation

/// Has the programs people read relgraph's files with read what a run wrote: `xmllint` (GraphML, GEXF,
/// SVG), Graphviz's `dot -Tcanon` (DOT), and Python with networkx and csv (JSON, GraphML, GEXF, CSV, the
/// HTML page's data block, and the labels they must carry) through `Tests/Consumers/check_files.py`. A tool that is not installed is
/// skipped, except in CI, where its absence is a failure.
enum OutputConsumers {
    /// A file to read, with the labels it must carry.
    struct File: Sendable, Encodable {
        let path: String
        let labels: [String]
    }

    /// What is wrong with `files`, by path.
    static func problems(in files: [File]) -> [String: String] {
        let lock = NSLock()
        nonisolated(unsafe) var problems: [String: String] = [:]
        let checked = files.filter { tool(for: $0.path) != nil }
        DispatchQueue.concurrentPerform(iterations: checked.count) { index in
            let file = checked[index]
            guard let problem = problem(in: file.path) else { return }
            lock.withLock { problems[file.path] = problem }
        }
        if ExternalTool.shouldRunPython(module: "networkx") {
            for (path, problem) in pythonProblems(in: files) { problems[path, default: ""] += problem }
        }
        return problems
    }

    /// The command-line tool that reads the file at `path`, if it is installed (or this is CI).
    private static func tool(for path: String) -> (name: String, arguments: [String])? {
        let tool: (name: String, arguments: [String])? = switch (path as NSString).pathExtension {
        case "graphml", "gexf", "svg": ("xmllint", ["--noout", "--nonet", path])
        case "dot": ("dot", ["-Tcanon", "-o", "/dev/null", path])
        default: nil
        }
        return tool.flatMap { ExternalTool.shouldRun($0.name) ? $0 : nil }
    }

    private static func problem(in path: String) -> String? {
        guard let tool = tool(for: path) else { return nil }
        do {
            let result = try ExternalTool.run(tool.name, tool.arguments)
            return result.status == 0 && !result.stderr.contains("Error") ? nil : "\(tool.name): \(result.stderr.prefix(300))"
        } catch {
            return "\(tool.name): \(error)"
        }
    }

    private static func pythonProblems(in files: [File]) -> [(path: String, problem: String)] {
        let script = RelGraphBinary.repository.appendingPathComponent("Tests/Consumers/check_files.py").path
        do {
            let manifest = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-manifest-\(UUID()).json")
            defer { try? FileManager.default.removeItem(at: manifest) }
            try JSONEncoder().encode(files).write(to: manifest)
            let result = try ExternalTool.run("python3", [script, manifest.path])
            guard result.status == 0 else { return files.map { ($0.path, "check_files.py failed: \(result.stderr.prefix(300))") } }
            return result.stdout.split(separator: "\n").compactMap { line in
                let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
                return fields.count == 3 && fields[0] == "FAIL" ? (fields[1], "python: \(fields[2])") : nil
            }
        } catch {
            return files.map { ($0.path, "python: \(error)") }
        }
    }
}
