import Foundation

/// How far a build has got: documents analysed, bytes read of how many, records skipped.
public struct BuildProgress: Sendable, Equatable {
    /// Documents (files or messages) analysed so far.
    public var documents = 0
    /// Bytes of input read so far.
    public var bytes = 0
    /// The size of all the inputs, as far as it is known beforehand (0 for standard input alone).
    public var totalBytes: Int
    /// Malformed records of message dumps that were skipped.
    public var skipped = 0
    /// Co-occurrence windows that named more entities than ``PipelineOptions/listThreshold`` and were
    /// taken as lists (each entity paired with the next only).
    public var lists = 0

    /// A tally of nothing done yet, out of `totalBytes`.
    public init(totalBytes: Int) {
        self.totalBytes = totalBytes
    }

    /// The size of the file at `path` (0 for `-` or an unreadable file).
    static func size(of path: String) -> Int {
        var status = stat()
        guard path != "-", stat(path, &status) == 0 else { return 0 }
        return Int(status.st_size)
    }
}
