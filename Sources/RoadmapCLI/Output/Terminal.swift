#if canImport(Glibc)
import Glibc
#endif
import RoadmapPlugin


/// The only place that writes to standard output and standard error.
enum Terminal {
    /// Writes a message (a report, a table, a summary line) to standard output, made inert
    /// (``InertText``: no escape sequence or bidi override in a file name or title reaches the
    /// terminal). A failed write is kept and ends the run as an I/O error (``StandardOutput``).
    static func write(_ text: String) {
        StandardOutput.write(InertText.make(text, keepingNewlines: true))
    }

    /// Writes a result (a roadmap file, a schema) to standard output byte for byte, as it would
    /// be written to a file.
    static func writeResult(_ text: String) {
        StandardOutput.write(text)
    }

    /// Writes a message to standard error, made inert as ``write(_:)`` does (a failure there
    /// has nowhere to be reported).
    static func writeError(_ text: String) {
        var stream = DescriptorStream(descriptor: STDERR_FILENO)
        stream.write(InertText.make(text, keepingNewlines: true))
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
