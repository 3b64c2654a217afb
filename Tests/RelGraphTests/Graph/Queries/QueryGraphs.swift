import Testing
@testable import RelGraph

/// The suite that groups the tests of the graph queries, so that `--filter Queries` runs them all.
@Suite enum Queries {}

/// Small hand-made graphs for the query tests, and the identifiers of their nodes.
enum QueryGraphs {
    static let skyECC = NodeID(type: .platform, name: "Sky ECC")
    static let encroChat = NodeID(type: .platform, name: "EncroChat")
    static let europol = NodeID(type: .agency, name: "Europol")
    static let federaalParket = NodeID(type: .agency, name: "federaal parket")
    static let politieAntwerpen = NodeID(type: .agency, name: "Politie Antwerpen")
    static let antwerpen = NodeID(type: .city, name: "Antwerpen")
    static let vancouver = NodeID(type: .city, name: "Vancouver")
    static let roubaix = NodeID(type: .city, name: "Roubaix")
    static let belgie = NodeID(type: .country, name: "België")
    static let vanLeeuw = NodeID(type: .person, name: "Frédéric Van Leeuw")
    static let janLimburg = NodeID(type: .person, name: "Jan Limburg")
    static let limburg = NodeID(type: .region, name: "Limburg")

    /// A node to add: label, type and the surface forms it was seen as.
    typealias Mention = (label: String, type: EntityType, surfaces: [String])
    /// An edge to add: source, relation, target and weight.
    typealias Relation = (source: NodeID, relation: RelationType, target: NodeID, weight: Double)

    /// A graph of `mentions` and `relations`, each relation with its own piece of evidence (the
    /// relation's position in `relations`); `backwards` adds everything in the opposite order.
    static func graph(_ mentions: [Mention], _ relations: [Relation], backwards: Bool = false) -> Graph {
        var builder = GraphBuilder(evidenceLimit: 3)
        for mention in backwards ? mentions.reversed() : mentions {
            for surface in backwards ? mention.surfaces.reversed() : mention.surfaces {
                builder.addMention(label: mention.label, type: mention.type, surface: surface)
            }
        }
        let numbered = Array(relations.enumerated())
        for (sentence, relation) in backwards ? numbered.reversed() : numbered {
            builder.addRelation(from: relation.source, relation.relation, to: relation.target,
                                evidence: evidence(sentence), weight: relation.weight)
        }
        return builder.build(metadata: GraphMetadata(generator: "relgraph test", inputs: ["notes.txt"]))
    }

    /// The evidence of the relation added `sentence`-th.
    static func evidence(_ sentence: Int) -> Evidence {
        Evidence(document: "notes.txt", sentence: sentence, text: "Sentence \(sentence).")
    }

    static let investigationMentions: [Mention] = [
        ("Sky ECC", .platform, ["Sky ECC", "SKY ECC", "Sky"]),
        ("EncroChat", .platform, ["EncroChat"]),
        ("Europol", .agency, ["Europol"]),
        ("federaal parket", .agency, ["federaal parket", "Federaal Parket"]),
        ("Politie Antwerpen", .agency, ["Politie Antwerpen"]),
        ("Antwerpen", .city, ["Antwerpen", "Antwerp"]),
        ("Vancouver", .city, ["Vancouver"]),
        ("België", .country, ["België"]),
        ("Frédéric Van Leeuw", .person, ["Frédéric Van Leeuw", "Van Leeuw"]),
        ("Jan Limburg", .person, ["Jan Limburg", "Limburg"]),
        ("Limburg", .region, ["Limburg"]),
    ]

    static let investigationRelations: [Relation] = [
        (skyECC, .crackedBy, europol, 3),
        (skyECC, .coOccurs, antwerpen, 2),
        (skyECC, .operatesFrom, vancouver, 1),
        (encroChat, .usersMigratedTo, skyECC, 1),
        (europol, .coOccurs, federaalParket, 4),
        (vanLeeuw, .worksFor, federaalParket, 2),
        (antwerpen, .locatedIn, belgie, 1),
        (politieAntwerpen, .coOccurs, europol, 1),
        (politieAntwerpen, .coOccurs, antwerpen, 5),
        (skyECC, .coOccurs, europol, 1),
        (federaalParket, .coOccurs, politieAntwerpen, 1),
    ]

    /// An investigation around Sky ECC: a platform cracked by Europol (and co-occurring with it), seen in
    /// Antwerpen, EncroChat users migrating to it, the federaal parket and its spokesman two hops away,
    /// and the region Limburg and the person Jan Limburg, who is also called "Limburg", on their own.
    static let investigation = graph(investigationMentions, investigationRelations)
}
