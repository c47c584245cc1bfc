#if canImport(Glibc)
import Glibc
#endif
import RoadmapPlugin
import RoadmapModel
import Synchronization


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

    /// Writes text to standard error as it is: diagnostics that ``DiagnosticRenderer`` already
    /// made inert, with only its own colour sequences.
    static func writeRenderedError(_ text: String) {
        var stream = DescriptorStream(descriptor: STDERR_FILENO)
        stream.write(text)
    }

    /// True when standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// `--color`, as the command line set it.
    private static let colorChoice = Mutex(ColorChoice.auto)

    /// Sets `--color`.
    static func setColor(_ choice: ColorChoice) {
        colorChoice.withLock { $0 = choice }
    }

    /// True when colour may be used on `descriptor`: `--color always`, or `auto` on a terminal
    /// with `NO_COLOR` unset or empty.
    static func useColor(on descriptor: Int32) -> Bool {
        switch colorChoice.withLock({ $0 }) {
        case .always: return true
        case .never: return false
        case .auto:
            guard isatty(descriptor) != 0 else { return false }
            if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
            return true
        }
    }

    /// True when colour may be used on standard output.
    static var useColor: Bool { useColor(on: STDOUT_FILENO) }

    /// The style of diagnostics on the stream they go to.
    static func diagnosticStyle(toStandardOutput: Bool) -> DiagnosticStyle {
        DiagnosticStyle(colored: useColor(on: toStandardOutput ? STDOUT_FILENO : STDERR_FILENO))
    }
}
