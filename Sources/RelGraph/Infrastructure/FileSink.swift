import Foundation

/// A `TextOutputStream` into a file descriptor through a buffer of its own, or into memory: what the
/// writers stream a graph into, so that no output file is held whole in memory on its way to disk. The
/// first failed write is kept (and the rest dropped) for the owner to report, since a
/// `TextOutputStream` cannot throw.
public struct FileSink: TextOutputStream {
    /// How many bytes are gathered before a write.
    static let bufferSize = 1 << 20

    /// The descriptor written to; `nil` collects the bytes in memory.
    private let descriptor: Int32?
    private var buffer: [UInt8] = []
    /// Why a write failed (`strerror`), once one has.
    public var failure: String? { failureCode.map { String(cString: strerror($0)) } }
    /// The `errno` of the first failed write (`EPIPE`: the reader has gone).
    public private(set) var failureCode: Int32?

    /// A sink into `descriptor`, which the caller opened and closes.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(FileSink.bufferSize)
    }

    /// A sink that keeps every byte in memory (``collected``).
    public init() {
        self.descriptor = nil
    }

    /// What a sink made by ``init()`` has collected.
    public var collected: [UInt8] { buffer }

    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Appends `bytes`.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failureCode == nil else { return }
        guard descriptor != nil else { return buffer.append(contentsOf: bytes) }
        if buffer.count + bytes.count > FileSink.bufferSize { flush() }
        if bytes.count >= FileSink.bufferSize {
            writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes what the buffer holds (nothing for a sink into memory).
    public mutating func flush() {
        guard descriptor != nil, !buffer.isEmpty, failureCode == nil else { return }
        let pending = buffer
        buffer.removeAll(keepingCapacity: true)
        pending.withUnsafeBufferPointer { writeAll($0) }
    }

    private mutating func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let descriptor else { return }
        failureCode = FileSink.write(bytes, to: descriptor)
    }

    /// Writes all of `bytes` to `descriptor`, retrying what a signal interrupted; returns the `errno` of a
    /// failed write, `nil` when every byte was written.
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            left -= written
        }
        return nil
    }
}
