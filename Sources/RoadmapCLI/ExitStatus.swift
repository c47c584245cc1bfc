import ArgumentParser

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
    /// Reading or writing failed.
    public static let ioError = ExitCode(74)
}
