#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Standard output for the whole run: every command's text goes through here, and the first
/// failed write is kept, so that the run ends as an I/O error (exit 74, with a message) when its
/// output was cut short (a full disk, `/dev/full`) instead of reporting success.
///
/// A closed pipe (`roadmap merge | head`) is not an error to report: the run ends quietly, by
/// SIGPIPE, as git does.
enum StandardOutput {
    /// The `errno` of the first failed write to standard output, or 0.
    private static let firstFailure = Mutex<Int32>(0)

    /// Writes `text` to standard output; after a failure, nothing more is written.
    static func write(_ text: String) {
        var stream = stream()
        stream.write(text)
        record(stream)
    }

    /// Writes `bytes` to standard output as they are (another program's output).
    static func write(bytes: [UInt8]) {
        var stream = stream()
        bytes.withUnsafeBufferPointer { stream.write(bytes: $0) }
        record(stream)
    }

    /// A stream over standard output that skips writing once any write to it has failed. Hand it
    /// back to ``record(_:)`` when done.
    static func stream() -> DescriptorStream {
        DescriptorStream(descriptor: STDOUT_FILENO, failure: firstFailure.withLock { $0 })
    }

    /// Keeps the failure of a stream made by ``stream()``, if it is the first.
    static func record(_ stream: DescriptorStream) {
        guard stream.failure != 0 else { return }
        firstFailure.withLock { if $0 == 0 { $0 = stream.failure } }
    }

    /// The `errno` of the first failed write, or 0 when every byte was written.
    static var failure: Int32 { firstFailure.withLock { $0 } }
}
