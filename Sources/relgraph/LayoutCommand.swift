import ArgumentParser
import Foundation
import RelGraph

/// The hidden subcommand that relgraph runs itself as to lay out a drawing (``LayoutProcess``): DOT on
/// standard input, the drawing on standard output, Graphviz's message on standard error. A layout that
/// overruns its budget is killed by the parent, which this process cannot do from inside Graphviz.
struct LayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: LayoutCommand.name,
        abstract: "Lay out DOT from standard input with Graphviz (used by relgraph itself).",
        shouldDisplay: false
    )

    /// The subcommand's name, as the parent runs it.
    static let name = "layout-child"

    @Option(help: "The layout engine.")
    var engine: Layout

    @Option(help: "The format drawn.")
    var format: RenderFormat

    func run() throws {
        LayoutProcess.endWithParent()
        try reportingErrors {
            let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let drawing = try GraphvizRenderer().render(dot: dot, layout: engine, format: format)
            try StandardOutput.write(drawing)
        }
    }
}

extension RenderFormat: ExpressibleByArgument {}
