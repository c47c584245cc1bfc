import ArgumentParser
import Foundation
import RoadmapYAML
import RoadmapModel
import RoadmapLoading
import RoadmapAuthoring

/// `roadmap fmt`: rewrites roadmap files in the canonical layout, keeping every comment.
struct FmtCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite roadmap files in the canonical layout, keeping every comment.",
        discussion: """
            The layout: keys in the order of the format reference (id, title, summary, …; x- keys \
            after them, as written), two-space indentation, block style, lists of entries as \
            `- key: value`, short lists in flow style ([a, b]) when they fit in 100 columns, quotes \
            only where a plain value would change meaning or type (yes, ~, 3.10, 012, ": ", " #"), \
            numbers and booleans as written, text longer than a 100-column line folded (>-) at \
            about 80 columns, multi-line text as a literal block (|). Blank lines between entries \
            are kept, several as one. Lines end as the file's first line does (CRLF or LF).

            Every comment is kept: a comment on its own line stays above the key or list item that \
            follows it, at that item's indentation; a comment at the end of a line stays at the \
            end of its key's line; comments before the first key stay at the top, and after the \
            last one at the end. A comment inside a multi-line [flow, list] moves to the item after \
            it (the list is then written as a block list), and one between a key and a value \
            written on a later line moves above the key.

            A file is formatted only if it loads cleanly (the files given are loaded together, as \
            `roadmap validate` does); otherwise its errors are printed and it is left untouched. \
            The result is checked before it is written: it must load to exactly the same values \
            and keep every comment. Each changed file is replaced atomically and named \
            ("formatted PATH"); unchanged files are not mentioned. A FOLDER stands for its .yaml \
            and .yml files.

            Exit codes: 0 done (or, with --check, nothing would change), 1 with --check when a \
            file would change, 64 a wrong command line, 65 a file has errors, 66 a file is missing, 70 internal error \
            (nothing written), 73 a file was not replaced to keep what it holds (read-only or \
            hard-linked without --force, or changed on disk since it was read), 74 a file could \
            not be written. A replaced file keeps its permissions, owner and group.
            """)

    @Argument(help: ArgumentHelp("Roadmap files or folders to format; `-` reads standard input and writes standard output.",
                                 valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var files: [String] = []

    @Flag(help: "Write nothing: print `would reformat PATH` for each file that would change, and exit 1 if any would.")
    var check = false

    @Flag(name: .customLong("force"), help: "Replace a file even when it is read-only or has other hard links.")
    var force = false

    @OptionGroup var loading: LoadingOptions

    /// The reading limits the options set.
    private var limits: YAMLLimits { loading.limits }

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("give the roadmap files to format (or `-` to read standard input)")
        }
        if files.contains("-") && files.count > 1 {
            throw ValidationError("`-` (standard input) cannot be combined with files")
        }
    }

    /// One file to format.
    private struct Job {
        var path: String
        var bytes: [UInt8]
        /// The file as it was read: it is not replaced if it changed since.
        var stamp: AtomicFile.Stamp?
        var output: String?
    }

    func run() async throws {
        if files == ["-"] {
            try await formatStandardInput()
            return
        }
        // Every problem goes to the report, and formatting goes on with the other files; the
        // worst outcome decides the exit status when the run ends.
        let report = Report.shared
        for failure in loading.missingDirectories() { report.fail(.missingInput, .unknownInput, failure.message) }
        var jobs: [Job] = []
        for path in expandedPaths(onEmptyFolder: { name in
            report.fail(.missingInput, .unknownInput, "`\(name)`: the folder has no roadmap files (.yaml or .yml)")
        }) {
            if path.hasSuffix("/") {
                // `dir/` that is not there: a folder that is missing, not a misnamed file.
                report.fail(.missingInput, .fileMissing, "`\(path)`: no such folder")
                continue
            }
            guard FileBytes.isRoadmapName(path) else {
                FileBytes.Failure.notARoadmap(path).reported()
                continue
            }
            do {
                let stamp = AtomicFile.Stamp(path: path)
                jobs.append(Job(path: path, bytes: try FileBytes.readRoadmap(path, limit: limits.maxFileBytes), stamp: stamp))
            } catch {
                error.reported()
            }
        }

        // Load every file together, as `validate` does, so references between them resolve.
        // From the bytes already read (each file is read once), named and placed as the file.
        let result = await loading.loader.load(jobs.map { .bytes($0.bytes, origin: .file(path: $0.path), displayName: $0.path) })
        report.add(result.diagnostics, files: result.files)
        // An error in a file refuses that file; one elsewhere (a base it extends, no place at all) refuses every file.
        let jobOfFile = Dictionary(uniqueKeysWithValues: result.inputFiles.enumerated().map { ($1, $0) })
        var refused: Set<Int> = []
        var refuseAll = false
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            if let file = diagnostic.location?.file, let job = jobOfFile[file] {
                refused.insert(job)
            } else {
                refuseAll = true
            }
        }
        var internalFailure = false
        for index in jobs.indices where !refuseAll && !refused.contains(index) {
            do {
                jobs[index].output = try RoadmapFormatter.format(jobs[index].bytes, file: result.inputFiles[index], limits: limits)
            } catch {
                switch error {
                case .invalid(let diagnostics):
                    report.add(diagnostics, files: result.files)
                    refused.insert(index)
                case .notEquivalent(let reason):
                    report.add(.error, .internalError, "formatting \(jobs[index].path) went wrong (\(reason)); nothing was written")
                    internalFailure = true
                }
            }
        }
        if result.hasErrors || !refused.isEmpty || refuseAll {
            let skipped = refuseAll ? jobs.map(\.path) : jobs.indices.filter { refused.contains($0) }.map { jobs[$0].path }
            if !skipped.isEmpty { report.setSummaryDetail("not formatted: \(skipped.joined(separator: ", "))") }
            report.fail(.invalidInput)
        }
        if internalFailure { throw report.fail(.internalError) }

        var changed = false
        var out = ""
        for job in jobs {
            guard let output = job.output, Array(output.utf8) != job.bytes else { continue }
            changed = true
            if check {
                out += "would reformat \(job.path)\n"
                continue
            }
            do {
                try AtomicFile.write(output, to: job.path, policy: .init(force: force, unchangedSince: job.stamp))
                out += "formatted \(job.path)\n"
            } catch {
                error.reported()
            }
        }
        Terminal.write(out)
        if let failure = report.outcome { throw failure }
        if check && changed { throw Outcome.differences }
    }

    /// The files named, with folders expanded to their roadmap files.
    private func expandedPaths(onEmptyFolder: (String) -> Void) -> [String] {
        files.flatMap { name -> [String] in
            guard FileBytes.isDirectory(name) else { return [name] }
            let found = FileBytes.roadmapFiles(in: name)
            if found.isEmpty { onEmptyFolder(name) }
            return found
        }
    }

    /// `roadmap fmt -`: standard input to standard output.
    private func formatStandardInput() async throws {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.readStandardInput(limit: limits.maxFileBytes)
        } catch {
            throw error.reported()
        }
        let name = "<stdin>"
        let input = RoadmapInput.bytes(bytes, origin: .standardInput, displayName: name)
        let result = await loading.loader.load([input])
        Report.shared.add(result.diagnostics, files: result.files)
        let output: String
        do throws(RoadmapFormatter.Failure) {
            guard !result.hasErrors else { throw RoadmapFormatter.Failure.invalid([]) }
            output = try RoadmapFormatter.format(bytes, file: result.inputFiles[0], limits: limits)
        } catch {
            switch error {
            case .invalid(let diagnostics):
                Report.shared.add(diagnostics, files: result.files)
                Report.shared.setSummaryDetail("standard input not formatted")
                throw Report.shared.fail(.invalidInput)
            case .notEquivalent(let reason):
                throw Report.shared.fail(.internalError, .internalError, "formatting standard input went wrong (\(reason)); nothing was written")
            }
        }
        if check {
            if Array(output.utf8) != bytes {
                Terminal.write("would reformat \(name)\n")
                throw Outcome.differences
            }
            return
        }
        Terminal.writeResult(output)
    }
}
