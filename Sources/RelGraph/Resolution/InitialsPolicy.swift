/// How people named only by a first name and an initial ("Karim B.") are told apart across documents:
/// two unrelated articles may name two different Karim B.'s.
public enum InitialsPolicy: String, Sendable, CaseIterable {
    /// One entity across documents, marked `ambiguous=true` when its mentions span documents.
    case merge
    /// One entity per document: "Karim B. (a.txt)" and "Karim B. (b.txt)".
    case perDocument = "per-document"

    /// Whether `label` names a person by a first name and an initial ("Sahil M.").
    static func isInitialName(_ label: String) -> Bool {
        let words = label.utf8.split(separator: 0x20)
        guard words.count >= 2, let last = words.last.map(Substring.init) else { return false }
        return last.count == 2 && last.hasSuffix(".") && last.first?.isUppercase == true
    }

    /// The entity `reference` found in `document` stands for under this policy.
    func entity(_ reference: EntityReference, in document: String) -> EntityReference {
        guard self == .perDocument, reference.type == .person, InitialsPolicy.isInitialName(reference.label) else { return reference }
        return EntityReference(label: "\(reference.label) (\(document))", type: .person)
    }

    /// Marks `ambiguous=true` on every person named by an initial whose mentions span documents (node
    /// attribute `documents` above 1).
    static func markAmbiguous(_ node: inout Node) {
        guard node.type == .person, node.attributes["ambiguous"] == nil, case .int(let documents)? = node.attributes["documents"],
              documents > 1, isInitialName(node.label) else { return }
        node.attributes["ambiguous"] = .boolean(true)
    }
}
