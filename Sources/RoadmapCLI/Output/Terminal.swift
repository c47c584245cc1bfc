#if canImport(Glibc)
import Glibc
#endif

/// The only place that writes to standard output and standard error.
enum Terminal {
    /// Writes `text` to standard output as is.
    static func write(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes `text` to standard error as is.
    static func writeError(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to a file descriptor (errors such as a closed pipe are ignored).
    private static func write(_ text: String, to descriptor: Int32) {
        var stream = DescriptorStream(descriptor: descriptor)
        stream.write(text)
    }

    /// True when standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// True when colour may be used on standard output: a terminal, and `NO_COLOR` unset or empty.
    static var useColor: Bool {
        guard outputIsTerminal else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        return true
    }
}
