import ArgumentParser
import RoadmapLoading

/// The exit codes the tool promises (sysexits, as swift-argument-parser uses them).
public enum ExitStatus {
    /// Success.
    public static let success = ExitCode(0)
    /// `diff --exit-code` and `fmt --check`: differences found.
    public static let differences = ExitCode(1)
    /// The command line was wrong.
    public static let usage = ExitCode(64)
    /// An input file has errors.
    public static let dataError = ExitCode(65)
    /// An input file does not exist.
    public static let noInput = ExitCode(66)
    /// Something went wrong inside the tool.
    public static let software = ExitCode(70)
    /// An output file was not replaced, to keep what it holds (read-only, hard-linked, changed
    /// since it was read, or existing where it must not).
    public static let cannotCreate = ExitCode(73)
    /// Reading or writing failed.
    public static let ioError = ExitCode(74)
}

extension FileBytes.Failure {
    /// The outcome of a file that could not be read: 66 when it is not there, not a
    /// regular file or cannot be opened (sysexits' EX_NOINPUT), 65 when it is too large, 74
    /// when reading it failed part way (an I/O error).
    var outcome: Outcome {
        switch self {
        case .missing, .notAFile, .notARoadmap, .unreadable: .missingInput
        case .tooLarge: .invalidInput
        case .readFailed: .ioError
        }
    }

    /// Reports the failure and returns its outcome, to be thrown.
    @discardableResult
    func reported() -> Outcome { Report.shared.fail(outcome, code, message) }
}

extension AtomicFile.Failure {
    /// The outcome: 73 when the file was refused to keep what it holds, 74 when writing failed.
    var outcome: Outcome { refused ? .cannotCreate : .ioError }

    /// Reports the failure and returns its outcome, to be thrown.
    @discardableResult
    func reported() -> Outcome { Report.shared.fail(outcome, refused ? .outputRefused : .outputFailed, message) }
}
