/// One finding about a user's input: how serious, where, and what, with notes that point at
/// related places (the first definition of a duplicate, every edge of a cycle).
public struct Diagnostic: Sendable, Equatable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    /// A related place, printed under the diagnostic.
    public struct Note: Sendable, Equatable {
        /// Where, if it is in a file.
        public var location: SourceLocation?
        /// What it says.
        public var message: String

        /// Makes a note.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// What kind of problem it is, by a stable name.
    public var code: DiagnosticCode
    /// Where it is; `nil` for a problem that has no place in a file.
    public var location: SourceLocation?
    /// What was expected and what was found, and the closest valid name where there is one.
    public var message: String
    /// Related places.
    public var notes: [Note]
    /// Lines quoted under the diagnostic as they are, such as the end of a plugin's standard
    /// error (each line is printed made inert).
    public var quoted: String?

    /// Makes a diagnostic.
    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// An error.
    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    /// A warning.
    public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics sorted by file and position (those without a place last), then severity
    /// and message, so that output is the same on every run.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { a, b in
            switch (a.location, b.location) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.severity != b.severity { return a.severity < b.severity }
                return a.message < b.message
            }
        }
    }
}
extension Diagnostic: Error {}

extension Diagnostic {
    /// The closest valid name the message suggests: every hint is written in the one form
    /// ``Spelling/hint(for:in:)`` gives, `did you mean `NAME`?`, and this reads the last one back
    /// (for `--diagnostic-format json`). `nil` when the message suggests nothing.
    public var suggestion: String? {
        guard let start = message.ranges(of: "did you mean `").last else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstRange(of: "`?") else { return nil }
        let name = rest[..<end.lowerBound]
        return name.isEmpty || name.contains("`") ? nil : String(name)
    }
}
