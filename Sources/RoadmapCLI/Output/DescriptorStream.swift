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
        var string = string
        string.withUTF8 { write(bytes: $0) }
    }

    /// Writes `bytes` as they are (output of another program, which need not be UTF-8).
    mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == 0, let start = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, start + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // A descriptor left non-blocking by whoever started the tool: wait until it takes more.
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                failure = errno
                return
            }
            offset += written
        }
    }
}
