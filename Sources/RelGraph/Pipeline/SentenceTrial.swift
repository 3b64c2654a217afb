/// What the rules make of one sentence, for a rule writer (``RuleTrial``, `relgraph rules --try`): its
/// tokens, each entity and relation found with the rule that made it, and the patterns that came
/// closest without matching, with how far they got.
public struct SentenceTrial: Sendable, Encodable {
    /// The sentence's text, white space folded.
    public let text: String
    /// The tokens as relation patterns see them: each recognised entity is one token.
    public let tokens: [Token]
    /// The entities mentioned, in order of position (places named inside other names included).
    public let entities: [Entity]
    /// The typed relations stated.
    public let relations: [Relation]
    /// The patterns that came closest without yielding anything here, closest first.
    public let misses: [Miss]

    /// A token: a word, a number, a punctuation mark, or a recognised entity.
    public struct Token: Sendable, Encodable {
        /// The text as written.
        public let text: String
        /// For an entity token, the types of its entities (several for a coordinated list); else empty.
        public let types: [EntityType]

        /// The token as `--try` prints it: `{agency: NCA}` for an entity, the text for anything else.
        public var display: String {
            types.isEmpty ? text : "{\(types.map(\.name).joined(separator: "|")): \(text)}"
        }
    }

    /// A rule: a gazetteer entry, an entity pattern or a relation pattern.
    public struct Rule: Sendable, Encodable {
        /// What kind of rule it is.
        public enum Kind: String, Sendable, Encodable {
            case gazetteer = "gazetteer entry", entityPattern = "entity pattern", relationPattern = "relation pattern"
        }

        public let kind: Kind
        /// The entry's canonical name, or the pattern's id.
        public let name: String
        /// The pattern as written (`nil` for an entry).
        public let pattern: String?
        /// Where the rule was defined.
        public let location: SourceLocation
    }

    /// An entity mention and what made it.
    public struct Entity: Sendable, Encodable {
        /// The text as written.
        public let surface: String
        /// The entity's canonical name.
        public let name: String
        public let type: EntityType
        /// The gazetteer entry or entity pattern that found it; `nil` for a surname or initial that refers
        /// to a person the text names in full elsewhere, or an abbreviation the text defines in
        /// parentheses after an organisation's name.
        public let rule: Rule?
    }

    /// A typed relation and the rule that stated it.
    public struct Relation: Sendable, Encodable {
        public let source: String
        public let relation: RelationType
        public let target: String
        /// Whether a hedge word in the sentence marks it as uncertain.
        public let hedged: Bool
        /// The relation pattern, or the entity pattern whose `links` give it (the first such rule when
        /// rules share an id, which the graph cannot tell apart either).
        public let rule: Rule?
    }

    /// A pattern that yielded nothing here, and how far it got.
    public struct Miss: Sendable, Encodable {
        public let rule: Rule
        /// How many of the pattern's elements (as written) the furthest attempt got through.
        public let elementsMatched: Int
        /// How many elements the pattern has.
        public let elementCount: Int
        /// The tokens the furthest attempt took, as ``Token/display`` shows them.
        public let matchedTokens: String
        /// The token the attempt stopped at (`nil` at the end of the sentence, or when it matched).
        public let stoppedAt: String?
        /// The element the attempt could not get past, as written (`nil` when it matched).
        public let expected: String?
        /// Why, in a sentence.
        public let explanation: String
    }
}
