/// The dialect of GraphML written: the plain data every GraphML reader takes, or that data plus the yFiles
/// graphics yEd draws with.
public enum GraphMLFlavor: String, CaseIterable, Sendable {
    /// GraphML data only (networkx, igraph, Gephi, Cytoscape; yEd shows bare boxes).
    case plain
    /// The same data plus yFiles `ShapeNode` and `PolyLineEdge` graphics (namespace
    /// `http://www.yworks.com/xml/graphml`), so that yEd shows labels, shapes and colours by type; other
    /// readers skip or ignore the graphics.
    case yed
}
