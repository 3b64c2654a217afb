/// Resolves, within one document, the shorter references to people to the full names the document uses
/// anywhere (a heading may name someone before the text does): a surname ("Van Quickenborne") to
/// "Vincent Van Quickenborne", a bare initial ("M.") to "Sahil M.".
///
/// A reference that two people of the document share (two Peeters) is ambiguous and left alone.
struct PersonResolver {
    /// The shorter form a full name is referred to by: the surname ("Van Quickenborne") or, for a name
    /// ending in an initial, the initial ("M."), as words' bytes and their folded fingerprints.
    struct Reference: Sendable {
        let form: String
        let words: [[UInt8]]
        let fingerprints: [UInt64]

        /// The reference of the full name `name`, or `nil` for a one-word name.
        init?(for name: String) {
            // Split as bytes: splitting the String itself breaks it into grapheme clusters first, which
            // cost most of building a document's resolver.
            let words = name.utf8.split(separator: 0x20)
            guard words.count >= 2 else { return nil }
            self.words = (InitialsPolicy.isInitialName(name) ? words.suffix(1) : words.dropFirst()).map { Array($0) }
            self.form = String(decoding: Array(self.words.joined(separator: [0x20])), as: UTF8.self)
            self.fingerprints = self.words.map { SentenceProfile.fingerprint(CaseFolding.folded(String(decoding: $0, as: UTF8.self))) }
        }
    }

    /// A reference form and the full name it stands for.
    struct Form {
        let reference: Reference
        let name: String
        var words: [[UInt8]] { reference.words }
        var fingerprints: [UInt64] { reference.fingerprints }
    }

    /// The reference forms, longest first.
    let forms: [Form]
    private let nameByForm: [String: String]

    /// Builds the forms from the labels of the people the document names; `distinct` tells which
    /// reference and full name an analyst said must not be merged; `reference` gives a name's reference
    /// (computed again for each name unless the caller keeps them).
    init(names: some Sequence<String>, distinct: (String, String) -> Bool = { _, _ in false },
         reference: (String) -> Reference? = Reference.init(for:)) {
        var candidates: [String: (reference: Reference, names: Set<String>)] = [:]
        for name in names {
            guard let found = reference(name), !distinct(found.form, name) else { continue }
            candidates[found.form, default: (found, [])].names.insert(name)
        }
        let unambiguous = candidates.values.compactMap { candidate in
            candidate.names.count == 1 ? Form(reference: candidate.reference, name: candidate.names.first!) : nil
        }
        self.nameByForm = Dictionary(uniqueKeysWithValues: unambiguous.map { ($0.reference.form, $0.name) })
        self.forms = unambiguous.sorted { ($0.words.count, $1.name) > ($1.words.count, $0.name) }
    }

    /// The full name a one-word person label stands for, if the document names that person in full.
    func fullName(for label: String) -> String? {
        nameByForm[label]
    }

    /// Whether the bytes `sentence` of `text` may hold a reference: some form's first word occurs in them
    /// as it is written (a reference matches its words byte for byte) outside the `entities` (sorted byte
    /// ranges), so that a sentence without one need not be split into tokens.
    func mayReferTo(_ sentence: Range<Int>, in text: UnsafeBufferPointer<UInt8>,
                    outside entities: [(range: Range<Int>, mentions: Range<Int>)]) -> Bool {
        forms.contains { form in
            form.words[0].withUnsafeBytes { word in
                ByteSearch.contains(word, in: sentence, of: text, outside: entities.lazy.map(\.range))
            }
        }
    }

    /// The references in `tokens` (outside entity tokens): each as the token range and the full name.
    func references(in tokens: [PatternToken], text: UnsafeBufferPointer<UInt8>) -> [(tokens: Range<Int>, name: String)] {
        guard !forms.isEmpty else { return [] }
        var found: [(tokens: Range<Int>, name: String)] = []
        var position = 0
        scanning: while position < tokens.count {
            let fingerprint = tokens[position].fingerprint
            for form in forms where form.fingerprints[0] == fingerprint && position + form.words.count <= tokens.count {
                let candidate = position..<(position + form.words.count)
                let matches = zip(candidate, form.words.indices).allSatisfy { index, word in
                    tokens[index].kind == .word && tokens[index].fingerprint == form.fingerprints[word]
                        && UnsafeBufferPointer(rebasing: text[tokens[index].range]).elementsEqual(form.words[word])
                }
                if matches {
                    found.append((candidate, form.name))
                    position = candidate.upperBound
                    continue scanning
                }
            }
            position += 1
        }
        return found
    }
}
