/// A pattern over the tokens of a sentence, as written in rule files.
///
/// Syntax (whitespace separates elements):
/// - `word` — that word, any case (`politie`, `van`, `,`). A word is split into tokens as sentence text
///   is (``PatternToken/tokenize(_:of:entityTokens:)``): `procureur-generaal` is three tokens, `M.` one.
/// - `"text"` — the text as literal words, for characters that are syntax here (`"("`, `"?"`, `"|"`);
///   split into tokens as a word is (`"don't"` is `don`, `'`, `t`); `""` inside is one `"`.
/// - `(a|b c|d)` — one of the alternatives, each a sequence; `x?` — `x` or nothing.
/// - `…` or `...` — a gap of up to ``TokenPattern/maximumGap`` tokens (the shortest that works).
/// - `{type}`, `{a|b}`, `{name:type}` — an entity of one of those types; `.adj` or `.name` after the
///   types asks for an adjective form (`{country.adj}`: "Nederlandse") or a name form; `+` after it
///   also takes a coordinated list (`{agency+}`: "de Nederlandse en Franse politie" gives both).
///   A slot is referred to by its name, or by its first type when it has no name.
/// - `<Cap>` a capitalised word, `<First>` a capitalised word that can be a first name (not a
///   sentence-opening function word), `<Initial>` an initial such as `M.`, `<Name>` a person's name
///   (`<First>`, an optional middle initial, then up to three capitalised words with particles such as
///   `van`, `de`, then an optional initial), `<FullName>` the same but starting with one of the rules'
///   `given_names` and with at least one more word, `<Word>` any word, `<Number>` a number.
/// - A gap right after a slot never skips another entity that could fill that slot, so the slot takes
///   the candidate nearest to what follows ("Na Ennetcom kozen ze Sky ECC, dat als opvolger van …").
/// - `[ … ]` — in an entity pattern, the part of the match that is the entity (the whole match without it).
///
/// Patterns compile to a Pike virtual machine (``PatternProgram``): matching takes time linear in the
/// sentence's length whatever the pattern, so no rule can run away.
public struct TokenPattern: Sendable {
    /// The longest gap `…` stands for, in tokens.
    public static let maximumGap = 8

    /// The pattern as written.
    public let source: String
    /// Where the pattern's text starts.
    public let location: SourceLocation
    let root: Node
    /// The pattern's elements as written, in order: the items of its top-level sequence, with the items
    /// of a `[ … ]` span in place of the span. ``PatternProgram`` compiles each to consecutive instructions.
    public let elements: [Element]
    /// The slots in order of appearance.
    public let slots: [Slot]
    /// Whether the pattern marks an entity span with `[ … ]`.
    let hasSpan: Bool
    /// The indices of the ``elements`` inside the `[ … ]` span, if there is one at the top level.
    let spanElements: Range<Int>?

    /// An entity slot of a pattern.
    public struct Slot: Hashable, Sendable {
        /// The slot's name: the one given, or its first type's name.
        public let name: String
        /// The types an entity must have to fill the slot (empty: any).
        public let types: [EntityType]
        /// The form the mention must have, if the slot asks for one.
        public let form: MentionForm?
        /// Whether a coordinated list of entities may fill the slot.
        public let coordinated: Bool
    }

    /// One element of a pattern as written (`{source:platform}`, `(door|by)`, `"("`, `…`).
    public struct Element: Sendable {
        /// The element's text.
        public let source: String
        /// Where the element starts.
        public let location: SourceLocation
        let node: Node
    }

    /// A token class written in angle brackets.
    enum WordClass: String, CaseIterable, Sendable {
        case cap = "Cap", first = "First", initial = "Initial", name = "Name", fullName = "FullName", word = "Word", number = "Number"
    }

    indirect enum Node: Sendable {
        case literal(folded: [UInt8], spelling: String)
        case wordClass(WordClass)
        case slot(Int)
        case gap
        case sequence([Node])
        case alternatives([Node])
        case optional(Node)
        case span(Node)
    }

    /// Parses `source`; `location` is where the pattern's text starts, for error messages.
    public init(parsing source: String, at location: SourceLocation, knownTypes: Set<EntityType>) throws(RuleError) {
        var parser = Parser(source: source, location: location, knownTypes: knownTypes)
        let root = try parser.parse()
        self.source = source
        self.location = location
        self.root = root
        self.slots = parser.slots
        self.hasSpan = parser.spanCount > 0
        self.elements = parser.elements.map { element in
            Element(source: String(parser.characters[element.range]), location: parser.location(at: element.range.lowerBound),
                    node: element.node)
        }
        self.spanElements = parser.spanElements
    }

    /// Whether the pattern has slots and every one takes only places, so that it matches with the other
    /// gazetteer names as plain words.
    public var takesOnlyPlaces: Bool {
        !slots.isEmpty && slots.allSatisfy { !$0.types.isEmpty && $0.types.allSatisfy(\.isPlace) }
    }
}

extension TokenPattern {
    struct Parser {
        let characters: [Character]
        let location: SourceLocation
        let knownTypes: Set<EntityType>
        var position = 0
        var slots: [Slot] = []
        /// The elements' character ranges and nodes (see ``TokenPattern/elements``).
        var elements: [(range: Range<Int>, node: Node)] = []
        /// The elements of a top-level span.
        var spanElements: Range<Int>?
        /// How many groups `( … )` the parser is in.
        var groupDepth = 0
        var spanCount = 0
        /// Where the second `[` was, if there is one.
        var secondSpan: Int?

        init(source: String, location: SourceLocation, knownTypes: Set<EntityType>) {
            self.characters = Array(source)
            self.location = location
            self.knownTypes = knownTypes
        }

        mutating func parse() throws(RuleError) -> Node {
            let node = try parseSequence(closing: nil, openedAt: 0)
            if position < characters.count {
                throw error("unexpected '\(characters[position])'")
            }
            if case .sequence(let items) = node, items.isEmpty {
                throw error("empty pattern")
            }
            if let secondSpan { throw error("at most one [ … ] entity span per pattern", at: secondSpan) }
            return node
        }

        func error(_ message: String, at offset: Int? = nil) -> RuleError {
            RuleError(location(at: offset ?? position), "malformed pattern: \(message)")
        }

        /// Where the character at `offset` is.
        func location(at offset: Int) -> SourceLocation {
            SourceLocation(file: location.file, line: location.line, column: location.column + offset)
        }

        private mutating func skipSpaces() {
            while position < characters.count, characters[position].isWhitespace { position += 1 }
        }

        private mutating func parseSequence(closing: Character?, openedAt opening: Int) throws(RuleError) -> Node {
            var items: [Node] = []
            while true {
                skipSpaces()
                guard position < characters.count else {
                    if let closing { throw error("missing '\(closing)' for this one", at: opening) }
                    break
                }
                let character = characters[position]
                if character == "|" || character == ")" || character == "]" { break }
                let start = position
                let innerElements = elements.count
                var item = try parseAtom()
                var end = position
                skipSpaces()
                if position < characters.count, characters[position] == "?" {
                    position += 1
                    end = position
                    item = .optional(item)
                }
                items.append(item)
                // Outside groups an item is an element, but a bare span's items are elements in its place.
                guard groupDepth == 0 else { continue }
                if case .span = item {
                    spanElements = innerElements..<elements.count
                } else {
                    elements.removeSubrange(innerElements...)
                    elements.append((start..<end, item))
                }
            }
            return .sequence(items)
        }

        private mutating func parseAtom() throws(RuleError) -> Node {
            let start = position
            switch characters[position] {
            case "(":
                position += 1
                groupDepth += 1
                defer { groupDepth -= 1 }
                var alternatives: [Node] = []
                while true {
                    let alternative = try parseSequence(closing: ")", openedAt: start)
                    if case .sequence(let items) = alternative, items.isEmpty {
                        throw error("empty alternative", at: position)
                    }
                    alternatives.append(alternative)
                    guard position < characters.count else { throw error("missing ')'", at: start) }
                    if characters[position] == "|" { position += 1; continue }
                    if characters[position] == ")" { position += 1; break }
                    throw error("expected '|' or ')'")
                }
                return alternatives.count == 1 ? alternatives[0] : .alternatives(alternatives)
            case "[":
                position += 1
                spanCount += 1
                if spanCount == 2 { secondSpan = start }
                let inner = try parseSequence(closing: "]", openedAt: start)
                guard position < characters.count, characters[position] == "]" else { throw error("missing ']'", at: start) }
                position += 1
                return .span(inner)
            case "{":
                return try parseSlot()
            case "<":
                guard let end = characters[position...].firstIndex(of: ">") else { throw error("missing '>'") }
                let name = String(characters[(position + 1)..<end])
                guard let wordClass = WordClass(rawValue: name) else {
                    throw error("unknown class <\(name)>; expected one of \(WordClass.allCases.map { "<\($0.rawValue)>" }.joined(separator: " "))")
                }
                position = end + 1
                return .wordClass(wordClass)
            case "…":
                position += 1
                return .gap
            case "\"":
                return try parseQuoted()
            case "?", "}", ">":
                throw error("unexpected '\(characters[position])'")
            default:
                if characters[position...].starts(with: "...") {
                    position += 3
                    return .gap
                }
                var word = ""
                while position < characters.count {
                    let character = characters[position]
                    if character.isWhitespace || "()[]{}<>|?…\"".contains(character) { break }
                    word.append(character)
                    position += 1
                }
                return Parser.literal(word)
            }
        }

        /// A quoted literal: the text up to the next lone `"`, where `""` stands for one `"`.
        private mutating func parseQuoted() throws(RuleError) -> Node {
            let start = position
            position += 1
            var text = ""
            while true {
                guard position < characters.count else { throw error("missing closing '\"' for this one", at: start) }
                let character = characters[position]
                position += 1
                if character != "\"" {
                    text.append(character)
                } else if position < characters.count, characters[position] == "\"" {
                    text.append("\"")
                    position += 1
                } else {
                    break
                }
            }
            let node = Parser.literal(text)
            if case .sequence(let pieces) = node, pieces.isEmpty {
                throw error("nothing to match between the quotes; write the characters to match, e.g. \"(\"", at: start)
            }
            return node
        }

        /// The literal words of `text`, split into tokens as sentence text is: "procureur-generaal" is three.
        static func literal(_ text: String) -> Node {
            var text = text
            let pieces = text.withUTF8 { bytes in
                PatternToken.tokenize(0..<bytes.count, of: bytes, entityTokens: []).map { token in
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
                }
            }.map { Node.literal(folded: CaseFolding.folded($0), spelling: $0) }
            return pieces.count == 1 ? pieces[0] : .sequence(pieces)
        }

        private mutating func parseSlot() throws(RuleError) -> Node {
            let start = position
            guard let end = characters[position...].firstIndex(of: "}") else { throw error("missing '}'") }
            var body = String(characters[(position + 1)..<end])
            position = end + 1
            var coordinated = false
            if body.hasSuffix("+") {
                coordinated = true
                body.removeLast()
            }
            var name: String?
            if let colon = body.firstIndex(of: ":") {
                name = String(body[..<colon])
                body = String(body[body.index(after: colon)...])
                guard let name, Identifier(name) != nil else {
                    throw error("slot name '\(name ?? "")' must be a lower-case identifier", at: start + 1)
                }
            }
            var form: MentionForm?
            if let dot = body.firstIndex(of: ".") {
                let formName = String(body[body.index(after: dot)...])
                guard let parsed = MentionForm(rawValue: formName) else {
                    throw error("unknown form '.\(formName)'; expected .adj or .name", at: start + 1)
                }
                form = parsed
                body = String(body[..<dot])
            }
            var types: [EntityType] = []
            if body != "entity" {
                for typeName in body.split(separator: "|", omittingEmptySubsequences: false) {
                    guard let type = EntityType(String(typeName)), knownTypes.contains(type) else {
                        throw error("unknown entity type '\(typeName)' in slot; known types: \(knownTypes.map(\.name).sorted().joined(separator: ", "))", at: start + 1)
                    }
                    types.append(type)
                }
            }
            let slotName = name ?? types.first?.name ?? "entity"
            if slots.contains(where: { $0.name == slotName }) {
                throw error("two slots named '\(slotName)'; name them apart, e.g. {source:\(body)} and {target:\(body)}", at: start)
            }
            slots.append(Slot(name: slotName, types: types, form: form, coordinated: coordinated))
            return .slot(slots.count - 1)
        }
    }
}
