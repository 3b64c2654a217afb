/// An output format Graphviz renders a laid-out graph to.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics (UTF-8 XML), from Graphviz's core plugin.
    case svg
    /// A PNG bitmap, from Graphviz's cairo (pango) plugin.
    case png
    /// A PDF document, from Graphviz's cairo (pango) plugin.
    case pdf

    /// The usual file name extension for the format, without the dot.
    public var fileExtension: String { rawValue }
}
