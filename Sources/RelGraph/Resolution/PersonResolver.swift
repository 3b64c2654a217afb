/// Resolves, within one document, the shorter references to people to the full names the document uses
/// anywhere (a heading may name someone before the text does): a surname ("Van Quickenborne") to
/// "Vincent Van Quickenborne", a bare initial ("M.") to "Sahil M.".
///
/// A reference that two people of the document share (two Peeters) is ambiguous and left alone.
struct PersonResolver {
    /// A reference form: its words' bytes, exactly as they must appear (and their folded fingerprints,
    /// to find candidates fast), and the full name it stands for.
    struct Form {
        let words: [[UInt8]]
        let fingerprints: [UInt64]
        let name: String
    }

    /// The reference forms, longest first.
    let forms: [Form]
    private let nameByForm: [String: String]

    /// Builds the forms from the labels of the people the document names; `distinct` tells which
    /// reference and full name an analyst said must not be merged.
    init(names: some Sequence<String>, distinct: (String, String) -> Bool = { _, _ in false }) {
        var candidates: [String: Set<String>] = [:]
        for name in Set(names) {
            let words = name.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let reference = InitialsPolicy.isInitialName(name) ? words[words.count - 1] : words.dropFirst().joined(separator: " ")
            if distinct(reference, name) { continue }
            candidates[reference, default: []].insert(name)
        }
        let unambiguous = candidates.compactMapValues { $0.count == 1 ? $0.first : nil }
        self.nameByForm = unambiguous
        self.forms = unambiguous.map { form, name in
            let words = form.split(separator: " ").map { Array($0.utf8) }
            return Form(words: words, fingerprints: words.map { SentenceProfile.fingerprint(CaseFolding.folded(String(decoding: $0, as: UTF8.self))) },
                        name: name)
        }.sorted { ($0.words.count, $1.name) > ($1.words.count, $0.name) }
    }

    /// The full name a one-word person label stands for, if the document names that person in full.
    func fullName(for label: String) -> String? {
        nameByForm[label]
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
