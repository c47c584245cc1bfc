import ArgumentParser

/// The forms diagnostics are written in (`--diagnostic-format`, `validate --format`).
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// `path:line:column: error: message [code]`, the source line and a caret, as compilers
    /// write them (coloured on a terminal), then a line counting the errors.
    case text
    /// One JSON object a line (JSON Lines), every diagnostic of the run, nothing else
    /// (``DiagnosticRecord``).
    case json
    /// GitHub Actions workflow commands, one line a diagnostic (``GitHubAnnotation``), then the
    /// line counting the errors.
    case github
}
