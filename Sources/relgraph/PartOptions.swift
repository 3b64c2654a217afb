import ArgumentParser
import Foundation
import RelGraph

/// How a build of one part of a split input names what it read, so that `merge` of the parts gives the
/// bytes of one build of the whole input.
struct PartOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The name the input goes by instead of its path: messages are named NAME#ID (NAME:LINE without an id), the graph's inputs [NAME], and the format told by NAME's extension; so standard input, or a part of a file, is named as a build of the file NAME names it.", valueName: "name"))
    var sourceName: String?

    @Option(help: ArgumentHelp("Build part K of N of the input (with --format json): the graph records it; merge joins parts 1…N into the graph of the whole input and refuses a part given twice.", valueName: "K/N"))
    var part: PartNumber?

    @Flag(help: "With --format json: write the graph on one line, one partial per line for shell pipes, Spark's RDD.pipe and `merge -`.")
    var compact = false

    /// Refuses what a split build cannot do: a name for several inputs, a part of several inputs or of
    /// unnamed standard input, a part in a format that cannot record it or filtered by weight, a compact
    /// format other than JSON.
    func validate(inputs: [String], format: OutputFormat?, minimumWeight: Double) throws {
        if sourceName?.isEmpty == true { throw ValidationError("--source-name is empty; give the name of the input, as a single build would be given its path.") }
        if sourceName != nil || part != nil, inputs.count != 1 {
            throw ValidationError("--source-name and --part name one input (a file, or - for standard input); \(inputs.count) are given.")
        }
        var isFolder: ObjCBool = false
        if sourceName != nil, FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("--source-name names one file or standard input, not the folder \(inputs[0]): its documents would all have one name.")
        }
        if part != nil {
            if inputs == ["-"], sourceName == nil {
                throw ValidationError("--part of standard input needs --source-name NAME: the name of the input it is a part of.")
            }
            if format != .json {
                throw ValidationError("--part writes a partial graph for merge, which only JSON carries: add --format json (--compact writes it on one line).")
            }
            if minimumWeight > 1 {
                throw ValidationError("--min-weight would drop edges by the weight one part sees, not the whole input: build the parts without it.")
            }
        }
        try Self.requireJSON(compact: compact, format: format)
    }

    /// Refuses `--compact` with a format other than JSON.
    static func requireJSON(compact: Bool, format: OutputFormat?) throws {
        if compact, format != .json { throw ValidationError("--compact writes JSON on one line: use it with --format json.") }
    }

    /// The part these options name, of the input `inputs` names.
    func sourcePart(of inputs: [String]) -> SourcePart? {
        part.flatMap { SourcePart(source: sourceName ?? inputs[0], index: $0.index, count: $0.count) }
    }
}

/// `K/N`: part K of N, from 1.
struct PartNumber: ExpressibleByArgument {
    let index: Int
    let count: Int

    init?(argument: String) {
        let pieces = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, let index = Int(pieces[0]), let count = Int(pieces[1]), index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }
}
