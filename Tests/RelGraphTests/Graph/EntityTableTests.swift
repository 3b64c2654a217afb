import Testing
@testable import RelGraph

@Suite struct EntityTableTests {
    @Test func idsAreStableWithinARunAndEqualReferencesShareOne() {
        var table = EntityTable([EntityReference(label: "Europol", type: .agency), EntityReference(label: "Antwerpen", type: .city)])
        let europol = table.intern(label: "Europol", type: .agency)
        let made = table.intern(label: "Antwerpse politie", type: .agency)
        #expect(europol == EntityID(0))
        #expect(made == EntityID(2))
        #expect(table.intern(label: "Antwerpse politie", type: .agency) == made)
        #expect(table.intern(label: "Antwerpen", type: .region) != table.intern(label: "Antwerpen", type: .city))
        #expect(table[made].label == "Antwerpse politie" && table[made].type == .agency)
        #expect(table.intern(label: "Antwerpen", type: .city) == EntityID(1))
    }

    @Test func workersNumberTheirOwnEntitiesAndMergingRenumbersThemByIdentity() {
        let compiled = EntityTable([EntityReference(label: "Sky ECC", type: .platform)])
        var first = compiled
        var second = compiled
        let a = first.intern(label: "Karim B.", type: .person)
        let b = second.intern(label: "Sahil M.", type: .person)
        let c = second.intern(label: "Karim B.", type: .person)
        #expect(a == b, "both workers number their first own entity alike")
        #expect(a != c)
        // Built from each worker's table, the partial graphs merge by identity, not by number.
        var left = GraphBuilder(evidenceLimit: 1)
        var right = GraphBuilder(evidenceLimit: 1)
        for (builder, table, id) in [(0, first, a), (1, second, b), (1, second, c)] {
            let bytes = Array(table[id].label.utf8)
            bytes.withUnsafeBufferPointer { surface in
                if builder == 0 { _ = left.addMention(id, of: table, surface: surface) } else { _ = right.addMention(id, of: table, surface: surface) }
            }
        }
        left.merge(right)
        let graph = left.build()
        #expect(graph.nodes.map(\.label) == ["Karim B.", "Sahil M."])
        #expect(graph.nodes.map(\.mentions) == [2, 1])
    }
}
