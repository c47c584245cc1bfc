import ArgumentParser
import Foundation
import RoadmapPlugin
import RoadmapLoading
import RoadmapComposition

/// `roadmap diff-driver`: git's external diff command for roadmap files, so `git diff` shows
/// semantic changes. Set up with `.gitattributes` (`*.yaml diff=roadmap`) and
/// `git config diff.roadmap.command 'roadmap diff-driver'`.
struct DiffDriverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff-driver",
        abstract: "Git's external diff driver for roadmap files (called by git, not by hand).",
        discussion: """
            Set up once per repository:
              echo '*.yaml diff=roadmap' >> .gitattributes
              git config diff.roadmap.command 'roadmap diff-driver'
            git then calls it with: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE. \
            A file that is not a valid roadmap is compared as text by `diff -u` instead.

            Exit codes: 0 the comparison was shown (git reads any other status as a failure), \
            64 a wrong command line (not what git passes), 70 internal error (diff or a plugin \
            failed), 74 the output could not be written.
            """)

    @Argument(help: "What git passes: path old-file old-hex old-mode new-file new-hex new-mode [new-path info].")
    var gitArguments: [String] = []

    @Option(name: [.customShort("f"), .long], help: "The output format (terminal by default; brief, markdown, json).", completion: .custom(Completions.formats(for: .diff)))
    var format = "terminal"

    @OptionGroup var output: OutputOptions
    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard gitArguments.count >= 7 else {
            throw ValidationError("expected the 7 arguments git passes to an external diff command, found \(gitArguments.count); this command is meant to be called by git")
        }
    }

    /// `diff -u` of the two files, labelled a/PATH and b/PATH, for files that are not roadmaps;
    /// run as every other program is (``ChildProcess``: its own process group, a time limit).
    static func textDiff(_ oldFile: String, _ newFile: String, path: String, newPath: String) {
        // The labels are made inert (a file name can hold an escape sequence); the content is
        // the files', as git shows it.
        let child = ChildProcess(executable: "diff", searchesPath: true,
                                 arguments: ["-u", "--label", "a/" + InertText.make(path), "--label", "b/" + InertText.make(newPath), "--", oldFile, newFile],
                                 timeout: GitRevision.timeout)
        do {
            // Byte for byte: the files need not be UTF-8 (diff's own output is what git shows).
            let outcome = try child.run(input: []) { piece in
                StandardOutput.write(bytes: piece)
                return true
            }
            switch outcome.ending {
            case .exited(0), .exited(1): break   // diff's own: the same, or different
            case .timedOut: Report.shared.add(.error, .toolFailed, "diff did not finish in time and was stopped")
            default: Report.shared.add(.error, .toolFailed, "diff failed\(outcome.errorTail.isEmpty ? "" : ": " + outcome.errorTail)")
            }
        } catch {
            Report.shared.add(.error, .toolFailed, "cannot run diff: \(error.message)")
        }
    }

    func run() async throws {
        let path = gitArguments[0]
        // A rename: git passes the new path too (the eighth argument).
        let newPath = gitArguments.count >= 8 ? gitArguments[7] : path
        let oldFile = gitArguments[1], newFile = gitArguments[4]
        Terminal.write("roadmap diff a/\(path) b/\(newPath)\n")
        if oldFile == "/dev/null" || newFile == "/dev/null" {
            Terminal.write(oldFile == "/dev/null" ? "new roadmap file\n" : "deleted roadmap file\n")
            return
        }
        var inputs: [RoadmapInput] = []
        for (file, side) in [(oldFile, "a/" + path), (newFile, "b/" + newPath)] {
            guard let bytes = try? FileBytes.read(file, limit: 16 << 20) else {
                throw Report.shared.fail(.ioError, .fileUnreadable, "cannot read \(file)")
            }
            // Named as git names the sides; a relative `extends` is read from the work tree.
            inputs.append(.bytes(bytes, origin: .git(revision: side.hasPrefix("a/") ? "the old side" : "the new side", path: newPath),
                                 displayName: side))
        }
        // References to sibling roadmaps resolve in the file's own folder of the work tree (git
        // runs the driver at its top), then ROADMAP_PATH, then the bundled roadmaps: as
        // `roadmap diff OLD NEW --roadmap-dir FOLDER` would.
        let folder = newPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let directories = [folder.isEmpty ? "." : folder] + LoadingOptions.environmentDirectories.filter(FileBytes.isDirectory)
        let loader = LoadingOptions.loader(library: RoadmapLibrary(searchDirectories: directories.filter(FileBytes.isDirectory)))
        let result = await loader.load(inputs, independently: true)
        guard !result.hasErrors, result.roadmaps.count == 2 else {
            // Why, on standard error (git shows it on the terminal), then what git would show.
            Report.shared.add(result.diagnostics, files: result.files)
            Terminal.write("(not a valid roadmap on both sides: a text diff follows)\n")
            Self.textDiff(oldFile, newFile, path: path, newPath: newPath)
            return
        }
        // Warnings too (a base read from the work tree), on standard error.
        Report.shared.add(result.diagnostics, files: result.files)
        let plugin = try ResultWriter.plugin(format, for: .diff, output: output)
        let diff = RoadmapDiffer.diff(result.catalogues[0], result.catalogues[1])
        try ResultWriter.emit(.diff(DocumentBuilder.document(for: diff, files: result.files)), with: plugin, output: output)
    }
}
