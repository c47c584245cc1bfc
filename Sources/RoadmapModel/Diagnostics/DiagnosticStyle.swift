import RoadmapPlugin

/// The colours of diagnostics on a terminal, as clang and swiftc use them: the place and the
/// message bold, `error:` red, `warning:` magenta, `note:` cyan, the caret green. Plain text
/// when colour is off (a pipe, a file, `NO_COLOR`, `--color never`).
///
/// Only the renderer's own escape sequences are added, around text already made inert, so a
/// file name or a title can never bring one of its own.
public struct DiagnosticStyle: Sendable, Equatable {
    /// Whether escape sequences are written at all.
    public var colored: Bool

    /// Plain text.
    public static let plain = DiagnosticStyle(colored: false)

    /// Makes a style.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// `text` in bold.
    public func bold(_ text: String) -> String { wrap(text, "1") }

    /// The severity word with its colon (`error:`), coloured by severity.
    public func severity(_ severity: Diagnostic.Severity) -> String {
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;35"
        case .note: "1;36"
        }
        return wrap(severity.rawValue + ":", code)
    }

    /// The caret under the column.
    public func caret(_ text: String) -> String { wrap(text, "1;32") }

    /// The summary line (`roadmap: 2 errors found`), made inert, then bold.
    public func summary(_ text: String) -> String { bold(InertText.make(text)) }

    private func wrap(_ text: String, _ code: String) -> String {
        colored && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
