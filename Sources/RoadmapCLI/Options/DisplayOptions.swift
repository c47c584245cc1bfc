import ArgumentParser

/// How a run shows itself: colour, and the form of its diagnostics. Every command has these
/// options; they take effect when the command line is parsed, before the command runs.
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "When to colour output and diagnostics: auto (when writing to a terminal and NO_COLOR is unset or empty), always, never.",
        valueName: "when"))
    var color: ColorChoice = .auto

    @Option(name: .customLong("diagnostic-format"), help: ArgumentHelp(
        "How diagnostics are written to standard error: text (as compilers do), json (one JSON object a line), github (GitHub Actions annotations). docs/diagnostics.md describes each.",
        valueName: "text|json|github"))
    var diagnosticFormat: DiagnosticFormat = .text

    func validate() throws {
        Terminal.setColor(color)
        Report.shared.setFormat(diagnosticFormat)
    }
}

/// `--color`: when colour is used.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// On a terminal, unless `NO_COLOR` is set to something.
    case auto
    /// Always, even into a pipe or a file (`less -R`, a CI log that shows colour).
    case always
    /// Never.
    case never
}
