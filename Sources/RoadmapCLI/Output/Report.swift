import ArgumentParser
import RoadmapModel
import RoadmapPlugin
import Synchronization

/// The one funnel of a run's problems. Commands hand every diagnostic here, with the table of
/// files it points into, and say how the run went wrong (``Outcome``); when the run ends,
/// ``RoadmapCommand/runAsMain()`` prints them all together (each table's diagnostics sorted by
/// place, with source excerpts), then one summary line counting the errors, and exits with the
/// status of the worst outcome. Nothing else prints a diagnostic.
final class Report: Sendable {
    /// The report of this run.
    static let shared = Report()

    /// What is done with warnings (`--quiet`, `--strict`, `--verbose`).
    enum Warnings: Sendable {
        /// Printed, more than ``Report/warningsShownPerCode`` of one code summed up in one line.
        case summarized
        /// Every one printed.
        case all
        /// None printed (`--quiet`).
        case hidden
        /// Printed (summed up as by default), and the run fails with exit 65 when there is any,
        /// before any output is written (`--strict`).
        case errors
    }

    /// How many warnings of one code are printed before the rest are counted in one line.
    static let warningsShownPerCode = 5

    private struct State {
        var groups: [(diagnostics: [Diagnostic], files: SourceFiles)] = []
        var outcome: Outcome?
        var summaryDetail: String?
        var warnings = Warnings.summarized
        var format = DiagnosticFormat.text
        var toStandardOutput = false
    }

    /// Sets the form diagnostics are written in (`--diagnostic-format`).
    func setFormat(_ format: DiagnosticFormat) {
        state.withLock { $0.format = format }
    }

    /// Sends the diagnostics to standard output instead of standard error: for
    /// `validate --format json|github`, whose result they are.
    func writeToStandardOutput() {
        state.withLock { $0.toStandardOutput = true }
    }

    /// The form diagnostics are written in.
    var format: DiagnosticFormat { state.withLock { $0.format } }

    /// Sets what is done with warnings.
    func setWarnings(_ warnings: Warnings) {
        state.withLock { $0.warnings = warnings }
    }

    private let state = Mutex(State())

    /// Adds diagnostics about the files of `files`.
    func add(_ diagnostics: [Diagnostic], files: SourceFiles) {
        guard !diagnostics.isEmpty else { return }
        state.withLock { $0.groups.append((diagnostics, files)) }
    }

    /// Adds a problem that has no place in a file (a path that names nothing, an output that
    /// cannot be written): printed as `roadmap: error: … [code]`.
    /// A message of several lines (a plugin's failure with the end of its standard error) keeps
    /// its first line as the diagnostic and quotes the others under it.
    func add(_ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String) {
        var diagnostic = Diagnostic(severity, code, message, at: nil)
        if let newline = message.firstIndex(of: "\n") {
            diagnostic.message = String(message[..<newline])
            diagnostic.quoted = String(message[message.index(after: newline)...])
        }
        add([diagnostic], files: SourceFiles())
    }

    /// Records that the run went wrong this way (the worst outcome recorded decides the exit
    /// status) and returns it, to be thrown where the command cannot go on.
    @discardableResult
    func fail(_ outcome: Outcome) -> Outcome {
        state.withLock { state in
            if state.outcome.map({ outcome.rank > $0.rank }) ?? true { state.outcome = outcome }
        }
        return outcome
    }

    /// An error without a place, recorded with its outcome; throw the result.
    @discardableResult
    func fail(_ outcome: Outcome, _ code: DiagnosticCode, _ message: String) -> Outcome {
        add(.error, code, message)
        return fail(outcome)
    }

    /// Words added to the summary line (`not formatted: a.yaml`).
    func setSummaryDetail(_ detail: String) {
        state.withLock { $0.summaryDetail = detail }
    }

    /// True when `--strict` is asked for and a warning has been reported: the run fails before
    /// it writes its result.
    var failsStrictly: Bool {
        state.withLock { state in
            state.warnings == .errors && state.groups.contains { $0.diagnostics.contains { $0.severity == .warning } }
        }
    }

    /// The worst outcome recorded.
    var outcome: Outcome? { state.withLock { $0.outcome } }

    /// `diagnostics` (sorted) in the text (in `style`) or github form.
    private func render(_ diagnostics: [Diagnostic], files: SourceFiles, format: DiagnosticFormat, style: DiagnosticStyle) -> String {
        guard format == .github else {
            var printer = DiagnosticPrinter(files: files, style: style)
            return printer.render(diagnostics)
        }
        return diagnostics.map { GitHubAnnotation(diagnostic: $0, files: files).line }.joined()
    }

    /// Prints everything gathered, then `roadmap: N errors found` when there are errors, and
    /// forgets it (so that it is printed once). In the json form, every diagnostic is printed
    /// (one line each) and nothing else: the exit status tells the rest.
    func flush() {
        let (groups, detail, policy, format, toStandardOutput) = state.withLock { state in
            defer { state.groups = [] }
            return (state.groups, state.summaryDetail, state.warnings, state.format, state.toStandardOutput)
        }
        let write: (String) -> Void = toStandardOutput ? { StandardOutput.write($0) } : { Terminal.writeRenderedError($0) }
        let style = Terminal.diagnosticStyle(toStandardOutput: toStandardOutput)
        if format == .json {
            var out = ""
            let encoder = DiagnosticRecord.encoder
            for group in groups {
                for diagnostic in group.diagnostics.sortedByLocation() where !(policy == .hidden && diagnostic.severity == .warning) {
                    out += DiagnosticRecord(diagnostic, files: group.files).jsonLine(encoder)
                }
            }
            write(out)
            if policy == .errors, groups.contains(where: { $0.diagnostics.contains { $0.severity == .warning } }) { fail(.invalidInput) }
            return
        }
        var errors = 0
        var warnings = 0
        var shownByCode: [DiagnosticCode: Int] = [:]
        var hiddenByCode: [DiagnosticCode: Int] = [:]
        for group in groups {
            let kept = group.diagnostics.sortedByLocation().filter { diagnostic in
                guard diagnostic.severity == .warning else { return true }
                warnings += 1
                switch policy {
                case .hidden: return false
                case .all: return true
                case .summarized, .errors:
                    guard shownByCode[diagnostic.code, default: 0] < Self.warningsShownPerCode else {
                        hiddenByCode[diagnostic.code, default: 0] += 1
                        return false
                    }
                    shownByCode[diagnostic.code, default: 0] += 1
                    return true
                }
            }
            write(render(kept, files: group.files, format: format, style: style))
            errors += group.diagnostics.count { $0.severity == .error }
        }
        if !hiddenByCode.isEmpty {
            write(render(hiddenByCode.keys.sorted().map { code in
                let count = hiddenByCode[code]!
                return Diagnostic(.warning, code, "… and \(Counted.string(count, "more warning")) of this kind; --verbose lists them", at: nil)
            }, files: SourceFiles(), format: format, style: style))
        }
        if policy == .errors, warnings > 0 {
            write(style.summary("roadmap: \(Counted.string(warnings, "warning")) treated as errors (--strict)") + "\n")
            fail(.invalidInput)
        }
        if errors > 0 {
            write(style.summary("roadmap: \(Counted.string(errors, "error")) found\(detail.map { "; " + $0 } ?? "")") + "\n")
        }
    }
}

/// How a run went wrong, mapped to the exit status the tool promises (``ExitStatus``) here and
/// nowhere else. Thrown by commands after they told ``Report`` why.
enum Outcome: Error, Sendable, Equatable {
    /// `diff --exit-code`, `fmt --check`: differences found (1).
    case differences
    /// The command line was wrong (64).
    case usage
    /// An input has errors (65).
    case invalidInput
    /// An input does not exist or cannot be opened (66).
    case missingInput
    /// Something went wrong inside the tool (70).
    case internalError
    /// An output file was not replaced, to keep what it holds (73).
    case cannotCreate
    /// Reading or writing failed (74).
    case ioError

    /// The exit status.
    var exitCode: ExitCode {
        switch self {
        case .differences: ExitStatus.differences
        case .usage: ExitStatus.usage
        case .invalidInput: ExitStatus.dataError
        case .missingInput: ExitStatus.noInput
        case .internalError: ExitStatus.software
        case .cannotCreate: ExitStatus.cannotCreate
        case .ioError: ExitStatus.ioError
        }
    }

    /// Which outcome wins when several happen in one run (`fmt` of many files).
    var rank: Int {
        switch self {
        case .differences: 0
        case .invalidInput: 1
        case .missingInput: 2
        case .usage: 3
        case .cannotCreate: 4
        case .ioError: 5
        case .internalError: 6
        }
    }
}
