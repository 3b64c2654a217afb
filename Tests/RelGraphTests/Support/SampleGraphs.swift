import RelGraph

/// Graphs shared by the tests of every stage that reads a ``Graph``: writers, renderers, readers.
enum SampleGraphs {
    /// The metadata of the sample graphs; the generator is fixed so that expected outputs never change
    /// with the version.
    static let metadata = GraphMetadata(generator: "relgraph 0.1.0", inputs: ["b.txt", "a.txt"])

    /// Three nodes and two edges: a typed relation with a rule and an edge attribute, a co-occurrence,
    /// a boolean node attribute and several aliases.
    static let small = Graph(
        nodes: [
            Node(label: "Sky ECC", type: .platform, aliases: ["Sky ECC", "SKY", "Sky"], mentions: 3,
                 attributes: ["ambiguous": .boolean(false)]),
            Node(label: "Europol", type: .agency, aliases: ["Europol"], mentions: 2),
            Node(label: "Antwerpen", type: .city, aliases: ["Antwerpen", "Antwerp"], mentions: 1),
        ],
        edges: [
            Edge(key: EdgeKey(source: NodeID(type: .platform, name: "Sky ECC"), relation: .crackedBy,
                              target: NodeID(type: .agency, name: "Europol")),
                 weight: 1, count: 1,
                 evidence: [Evidence(document: "a.txt", sentence: 2, text: "Europol cracked Sky ECC.")],
                 rule: "cracked_by.active", attributes: ["confidence": .double(0.75)]),
            Edge(key: EdgeKey(source: NodeID(type: .platform, name: "Sky ECC"), relation: .coOccurs,
                              target: NodeID(type: .city, name: "Antwerpen")),
                 weight: 2, count: 2,
                 evidence: [Evidence(document: "a.txt", sentence: 0, text: "Sky ECC in Antwerpen."),
                            Evidence(document: "b.txt", sentence: 1, text: "Antwerpen and Sky.")]),
        ],
        metadata: metadata
    )

    /// The labels of ``hostile``'s nodes: quotes, a trailing backslash, DOT keywords, a leading digit, a
    /// colon, markup, a line break, non-ASCII letters and an emoji with a variation selector.
    static let hostileLabels = [
        "\"Encro\"Chat", "trail\\", "node", "2abc", "a:b", "R&D <script>", "Line one\nLine two", "é", "🛰️",
        "strict", "Back\\N slash &amp; \\l",
    ]

    /// The user-declared type of ``hostile``'s emoji node, which no built-in style covers.
    static let satellite = EntityType("satellite") ?? .media

    /// A relation type a rule file would declare.
    static let smuggledVia = RelationType("smuggled_via") ?? .coOccurs

    /// Nodes and edges whose text is hard to escape in every format, among them a node whose identifier
    /// was read as it is (`raw id "<&>' x`), aliases and evidence with quotes, backslashes and control
    /// characters, a rule name with quotes, parallel edges (a co-occurrence beside a typed relation in the
    /// same direction), weights below 1 and past the pen-width cap, and a relation type no rule set has built in.
    static let hostile: Graph = {
        let types: [EntityType] = [.platform, .person, .agency, .media, .region, .agency, .country, .city,
                                   satellite, .agency, .person]
        var nodes = zip(hostileLabels, types).enumerated().map { position, pair in
            let extra = position == 0 ? ["Encro\\Chat\u{1}", "tab\there \"quoted\"", "EncroChat"] : []
            return Node(label: pair.0, type: pair.1, aliases: [pair.0] + extra, mentions: pair.0.unicodeScalars.count)
        }
        nodes.append(Node(id: NodeID(rawValue: "raw id \"<&>' x"), label: "raw id", type: .person,
                          aliases: [], mentions: 0, attributes: [:]))
        let ids = nodes.map(\.id)
        let hostileEvidence = Evidence(document: "dir/\"odd\" name.txt", sentence: 7,
                                       text: "He said \"Sky\\ECC\" \u{1}\u{1F} ok\tthen é 🛰️ </data> ]]> &amp;")
        func edge(_ source: Int, _ relation: RelationType, _ target: Int, weight: Double = 1,
                  rule: String? = nil) -> Edge {
            Edge(key: EdgeKey(source: ids[source], relation: relation, target: ids[target]), weight: weight,
                 count: Int(weight.rounded(.up)), evidence: [hostileEvidence,
                 Evidence(document: "b.txt", sentence: source, text: "plain")], rule: rule)
        }
        let edges = [
            edge(0, .crackedBy, 5, weight: 3, rule: "rule \"quoted\" \\ x"),
            edge(0, .coOccurs, 5, weight: 2.5),
            edge(5, .operatorOf, 0),
            edge(1, .worksFor, 2),
            edge(7, .coOccurs, 8, weight: 1024),
            edge(6, .locatedIn, 4, rule: "located_in"),
            edge(3, smuggledVia, 11, weight: 0.5),
            edge(9, .coOccurs, 10, weight: 1.5),
        ]
        return Graph(nodes: nodes, edges: edges, metadata: GraphMetadata(
            generator: "relgraph 0.1.0", inputs: ["dir/\"odd\" name.txt", "b.txt", "café\\x.txt"]))
    }()

    /// Two nodes and an edge whose attributes mix types (an `int` and a `double`; a boolean and a string),
    /// include an `int` past 32 bits, names that need a safe key id (`d3`, `d7`, `9 odd name/ü`), a name an
    /// edge shares with a node, and names that would shadow a field (`label`, `weight`).
    static let mixedAttributes: Graph = {
        let a = Node(label: "A", type: .city, aliases: ["A"], mentions: 1, attributes: [
            "score": .int(1), "flag": .boolean(true), "ok": .boolean(true), "big": .int(1 << 40),
            "d3": .string("x"), "label": .string("shadow"), "9 odd name/ü": .int(7),
        ])
        let b = Node(label: "B", type: .city, aliases: ["B"], mentions: 2, attributes: [
            "score": .double(2.5), "flag": .string("yes"), "ok": .boolean(false), "big": .int(1),
        ])
        let edge = Edge(key: EdgeKey(source: a.id, relation: .coOccurs, target: b.id), weight: 1, count: 1,
                        evidence: [], attributes: [
                            "score": .int(3), "d7": .int(1), "hedged": .boolean(false), "weight": .string("shadow"),
                        ])
        return Graph(nodes: [a, b], edges: [edge], metadata: metadata)
    }()
}
