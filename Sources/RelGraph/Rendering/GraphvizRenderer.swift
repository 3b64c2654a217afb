// Renders DOT text to an image with Graphviz's C library, loaded at run time.
//
// Supported: DOT text Graphviz accepts; the engines in `Layout` and the formats in `RenderFormat`; Graphviz
// 2.43 or later, found at run time as libgvc.so.6 / libcgraph.so.6 (or the unversioned .so). The binary never
// links Graphviz, so it builds and runs without it: `isAvailable` is then false and `render` throws
// `RenderingError.graphvizMissing`. This is the only Swift file that touches Graphviz (through CGraphviz).
//
// Not supported: other engines (twopi, osage, patchwork) and formats; choosing a Graphviz installation (the
// dynamic loader's search path decides); cancelling or time-limiting a layout in-process (`LayoutProcess`
// runs one in a child that can be killed); DOT text containing NUL; more than one graph per text (only the
// first is drawn). Calls run one at a time process-wide, because Graphviz keeps global state.
//
// Graphviz's rules that show through: a `layout` attribute inside the DOT text wins over the `layout`
// argument; an anonymous graph (`digraph { … }`) is titled from a process-wide counter (`%3`, `%7`, …), so
// only a named graph renders to the same bytes every time. For tests, RELGRAPH_DISABLE_GRAPHVIZ=1 in the
// environment of a new process makes Graphviz look absent.
import CGraphviz
import Foundation

/// Lays out and renders DOT text with Graphviz, which it loads at run time if installed.
public struct GraphvizRenderer: Sendable {
    /// Room for Graphviz's error message; longer messages are truncated.
    private static let messageCapacity = 2048

    /// Creates a renderer.
    public init() {}

    /// Whether Graphviz's libraries are installed and loadable, so that `render` can work.
    public static var isAvailable: Bool {
        rg_graphviz_available() != 0
    }

    /// Throws ``RenderingError/graphvizMissing(reason:)``, with the loader's reason, unless Graphviz is available.
    public static func requireAvailable() throws(RenderingError) {
        guard !isAvailable else { return }
        do {
            _ = try GraphvizRenderer().render(dot: "", layout: .dot) // Fails at once, saying why.
        } catch let error as RenderingError {
            throw error
        } catch {
            throw .graphvizMissing(reason: "\(error)")
        }
    }

    /// Lays out `dot` with the `layout` engine and returns the drawing encoded as `format`.
    public func render(dot: String, layout: Layout, format: RenderFormat = .svg) throws -> Data {
        guard !dot.utf8.contains(0) else {
            throw RenderingError.invalidDOT(message: "the DOT text contains a NUL character")
        }
        var output: UnsafeMutablePointer<CChar>?
        var length = 0
        var message = [CChar](repeating: 0, count: Self.messageCapacity)
        let capacity = message.count
        let status = rg_graphviz_render(dot, layout.rawValue, format.rawValue, &output, &length, &message, capacity)
        defer { rg_graphviz_free(output) }
        let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch status {
        case RG_GRAPHVIZ_OK:
            guard let output else { throw RenderingError.renderFailed(format: format, message: "no output") }
            return Data(bytes: output, count: length)
        case RG_GRAPHVIZ_MISSING:
            throw RenderingError.graphvizMissing(reason: text)
        case RG_GRAPHVIZ_INVALID_DOT:
            throw RenderingError.invalidDOT(message: text)
        case RG_GRAPHVIZ_LAYOUT_FAILED:
            throw RenderingError.layoutFailed(engine: layout, message: text)
        default:
            throw RenderingError.renderFailed(format: format, message: text)
        }
    }
}
