#if canImport(Glibc)
import Glibc
#endif

import ArgumentParser

/// `roadmap`: the root command.
public struct RoadmapCommand: AsyncParsableCommand {
    /// The tool's version.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Compose, compare and write learning roadmaps (YAML, format 1).",
        discussion: """
            Without file arguments, commands work on the bundled roadmaps: the KDnuggets MLOps \
            study roadmap and the three it links to (data science, machine learning, data \
            engineering). A roadmap argument is a FILE (.yaml/.yml) or an ID: a file ID.yaml in \
            --roadmap-dir or ROADMAP_PATH, or a bundled roadmap.

            Exit codes: 0 success, 1 differences found (when asked), 64 usage error, \
            65 bad input data, 66 input missing, 70 internal failure, 73 a file not \
            replaced to keep what it holds, 74 I/O error.
            """,
        version: version,
        subcommands: [
            MergeCommand.self,
            DiffCommand.self,
            ValidateCommand.self,
            ShowCommand.self,
            NewCommand.self,
            FmtCommand.self,
            ListCommand.self,
            PluginsCommand.self,
            SchemaCommand.self,
            ImportCommand.self,
            ProgressCommand.self,
            PlanCommand.self,
            OverlapCommand.self,
            DiffDriverCommand.self,
        ]
    )

    public init() {}
}

extension RoadmapCommand {
    /// Parses the process's arguments, runs the chosen subcommand and exits with its status:
    /// the whole of the executable's `main`.
    ///
    /// A run whose standard output was cut short ends as an I/O error (exit 74) whatever the
    /// command said; one whose reader went away (`| head`) ends quietly by SIGPIPE, as git does.
    public static func runAsMain() async -> Never {
        SignalCleanup.shared.install()
        var outcome: Error?
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            outcome = error
        }
        // Every diagnostic of the run, printed together, with the count of errors.
        Report.shared.flush()
        var code = ExitCode.success
        if let failure = outcome as? Outcome {
            // The command reported why; the worst outcome recorded decides.
            let worst = Report.shared.outcome.map { $0.rank > failure.rank ? $0 : failure } ?? failure
            code = worst.exitCode
        } else if let outcome {
            // What swift-argument-parser would print (help, version, a usage error), printed here
            // so that a failed write of help text is caught like any other.
            code = exitCode(for: outcome)
            let message = fullMessage(for: outcome)
            if !message.isEmpty {
                if code == .success { StandardOutput.write(message + "\n") } else { Terminal.writeError(message + "\n") }
            }
        } else if let recorded = Report.shared.outcome, recorded != .differences {
            code = recorded.exitCode
        }
        let failure = StandardOutput.failure
        if failure == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        if failure != 0 {
            Terminal.writeError("roadmap: error: cannot write standard output: \(String(cString: strerror(failure))); the output is incomplete [output-failed]\n")
            code = ExitStatus.ioError
        }
        exit(withError: code == .success ? nil : code)
    }
}
