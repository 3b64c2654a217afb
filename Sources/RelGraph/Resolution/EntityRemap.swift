/// The entity an analysis finally names for each entity it found: the analyst's `same` corrections and,
/// under ``InitialsPolicy/perDocument``, one person per document for names with an initial. Each entity's
/// correction is worked out once per worker, the first time the entity is seen, and kept by id; after
/// that a mention costs one array lookup.
struct EntityRemap: Sendable {
    private let corrections: NameCorrections
    private let initials: InitialsPolicy
    /// Each entity's corrected id, by id (`UInt32.max`: not worked out yet).
    private var corrected: [UInt32] = []
    /// Whether each corrected entity is a person named by a first name and an initial, by id (0: not
    /// worked out yet, 1: no, 2: yes).
    private var initialName: [UInt8] = []
    /// The current document's per-document people, by the id they stand for.
    private var perDocument: [EntityID: EntityID] = [:]
    private var document = ""

    /// The remap of `corrections` and `initials`.
    init(corrections: NameCorrections, initials: InitialsPolicy) {
        self.corrections = corrections
        self.initials = initials
    }

    /// Whether the remap changes nothing.
    var isIdentity: Bool { corrections.isEmpty && initials == .merge }

    /// Starts the document `identifier`.
    mutating func begin(document identifier: String) {
        guard initials == .perDocument else { return }
        perDocument.removeAll(keepingCapacity: true)
        document = identifier
    }

    /// The entity `id` stands for in the current document; new entities are numbered in `table`.
    mutating func apply(_ id: EntityID, table: inout EntityTable) -> EntityID {
        let corrected = corrections.isEmpty ? id : correction(of: id, table: &table)
        guard initials == .perDocument else { return corrected }
        if let known = perDocument[corrected] { return known }
        var result = corrected
        if isInitialName(corrected, table: table) {
            let reference = table[corrected]
            result = table.intern(initials.entity(reference, in: document))
        }
        perDocument[corrected] = result
        return result
    }

    private mutating func correction(of id: EntityID, table: inout EntityTable) -> EntityID {
        if id.index >= corrected.count {
            corrected.append(contentsOf: repeatElement(UInt32.max, count: max(id.index + 1, table.count) - corrected.count))
        }
        if corrected[id.index] == UInt32.max {
            let reference = table[id]
            let target = corrections.apply(reference)
            corrected[id.index] = target == reference ? id.rawValue : table.intern(target).rawValue
        }
        return EntityID(Int(corrected[id.index]))
    }

    private mutating func isInitialName(_ id: EntityID, table: EntityTable) -> Bool {
        if id.index >= initialName.count {
            initialName.append(contentsOf: repeatElement(0, count: max(id.index + 1, table.count) - initialName.count))
        }
        if initialName[id.index] == 0 {
            let reference = table[id]
            initialName[id.index] = reference.type == .person && InitialsPolicy.isInitialName(reference.label) ? 2 : 1
        }
        return initialName[id.index] == 2
    }
}
