#if canImport(Glibc)
import Glibc
#endif

/// A text output stream over an open file descriptor: writes every byte, retrying short and
/// interrupted writes, and keeps the first error (later writes are then skipped).
struct DescriptorStream: TextOutputStream {
    /// The descriptor written to.
    let descriptor: Int32
    /// The `errno` of the first failed write, or 0.
    private(set) var failure: Int32 = 0

    /// A stream writing to `descriptor`; given a `failure`, it writes nothing (an earlier write failed).
    init(descriptor: Int32, failure: Int32 = 0) {
        self.descriptor = descriptor
        self.failure = failure
    }

    mutating func write(_ string: String) {
        guard failure == 0 else { return }
        var string = string
        string.withUTF8 { buffer in
            guard let start = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
    }
}
