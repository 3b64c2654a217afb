import Foundation
@testable import RelGraph

/// What the hostile cases share, built once with the binary: a small rule set (fast to load, unlike the
/// built-in pack), a document, an earlier output in every format (which a failed run must leave as it
/// was), and a GraphML and a JSON graph to corrupt.
struct HostileFixtures: Sendable {
    /// A few entities and one relation pattern; the cases load it with `--no-default-rules --rules rules.yaml`.
    static let rules = """
    entities:
      - {name: Europol, type: agency}
      - {name: Sky ECC, type: platform, aliases: [SkyECC]}
      - {name: EncroChat, type: platform}
      - {name: Antwerpen, type: city, aliases: [Antwerp]}
    relation_patterns:
      - {id: cracked-by, relation: cracked_by, pattern: "{source:platform} … gekraakt door … {target:agency}"}

    """

    /// A document in which the rules find entities and a relation.
    static let text = "Sky ECC werd gekraakt door Europol in Antwerpen. EncroChat en Sky ECC waren populair.\n"

    /// The options that load ``rules`` instead of the built-in pack.
    static let ruleOptions = ["--no-default-rules", "--rules", "rules.yaml"]

    /// The formats the cases write: all of them, SVG only where Graphviz is installed (always in CI).
    let formats: [OutputFormat]
    /// An earlier output in each format, by relative path under `out/`.
    private let earlier: [OutputFormat: [String: Data]]
    /// The GraphML of ``text``.
    let graphML: Data
    /// The JSON of ``text``.
    let graphJSON: Data
    /// The SQLite graph of ``text``.
    let graphSQLite: Data

    /// Builds the fixtures in `folder` (which the caller removes).
    init(in folder: URL) throws {
        let graphviz = GraphvizRenderer.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil
        formats = OutputFormat.allCases.filter { !$0.isLaidOut || graphviz }
        let sandbox = try Sandbox(root: folder)
        try sandbox.write(Self.rules, to: "rules.yaml")
        try sandbox.write(Self.text, to: "input.txt")
        try sandbox.folder("out")
        var earlier: [OutputFormat: [String: Data]] = [:]
        for format in formats {
            let result = try RelGraphBinary.run(["build", "input.txt", "--format", format.rawValue, "--output", "out/graph.\(format.rawValue)"]
                                                + Self.ruleOptions, in: folder)
            guard result.status == 0 else { throw Sandbox.SetupFailed(description: "fixture \(format): \(result.stderr)") }
            earlier[format] = try Dictionary(uniqueKeysWithValues: Self.files(of: format).map { path in
                (path, try Data(contentsOf: URL(fileURLWithPath: sandbox.path(path))))
            })
        }
        self.earlier = earlier
        graphML = earlier[.graphml]?["out/graph.graphml"] ?? Data()
        graphJSON = earlier[.json]?["out/graph.json"] ?? Data()
        graphSQLite = earlier[.sqlite]?["out/graph.sqlite"] ?? Data()
    }

    /// The files a run with `--format format --output out/graph.FORMAT` writes.
    static func files(of format: OutputFormat) -> [String] {
        format == .csv ? ["out/graph.nodes.csv", "out/graph.edges.csv", "out/graph.evidence.csv"] : ["out/graph.\(format.rawValue)"]
    }

    /// Lays out ``rules`` and the earlier output of `format` in `sandbox`.
    func prepare(_ sandbox: Sandbox, earlier format: OutputFormat) throws {
        try sandbox.write(Self.rules, to: "rules.yaml")
        for (path, data) in earlier[format] ?? [:] {
            try sandbox.write(data, to: path)
        }
    }
}
