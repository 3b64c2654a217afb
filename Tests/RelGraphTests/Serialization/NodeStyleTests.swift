import Testing
import RelGraph

extension SerializationTests {
    @Suite struct NodeStyleTests {
        @Test func builtInTypesHaveDistinctShapesAndColours() {
            let styles = EntityType.builtIn.map { NodeStyle(for: $0) }
            #expect(Set(styles.map(\.shape)).count == EntityType.builtIn.count)
            #expect(Set(styles.map(\.fillColor)).count == EntityType.builtIn.count)
            #expect(Set(styles.map(\.shape.yEdName)).count == EntityType.builtIn.count)
            #expect(NodeStyle(for: .person) == NodeStyle(shape: .ellipse, fillColor: "#E69F00", fontColor: "#000000"))
        }

        @Test func declaredTypesGetAStableColourFromTheRestOfThePalette() throws {
            let builtInFills = Set(EntityType.builtIn.map { NodeStyle(for: $0).fillColor })
            for name in ["vessel", "satellite", "company", "x"] {
                let type = try #require(EntityType(name))
                let style = NodeStyle(for: type)
                #expect(style.shape == NodeStyle.defaultShape)
                #expect(!builtInFills.contains(style.fillColor))
                #expect(style == NodeStyle(for: type))
            }
            #expect(NodeStyle.defaultShape.yEdName == "roundrectangle")
            // FNV-1a of the name, not Swift's per-process seeded hash: pinned so that it never changes.
            #expect(NodeStyle(for: try #require(EntityType("satellite"))).fillColor == "#000000")
        }
    }
}
