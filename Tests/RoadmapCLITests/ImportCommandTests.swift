import Foundation
import Testing

/// `roadmap import`, end to end: the built binary, its output, exit status and files.
@Suite("CLI: import")
struct ImportCommandTests {
    static let fixtures = CLI.fixtures + "/import"

    func fixture(_ name: String) -> String { Self.fixtures + "/" + name }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("stdout is the golden YAML; notes go to stderr with file and line")
    func stdout() throws {
        let run = try CLI.run(["import", fixture("messy.md")])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == (try read(fixture("messy.yaml"))))
        #expect(run.err.contains(fixture("messy.md") + ":14:1: note: skipped `Table of Contents`: a table of contents [import-skipped]\n"))
        #expect(run.err.contains(":42:1: note: dropped the URL `./notes/django.md`"))
    }

    @Test("the summary counts what was kept and left out; --strict fails on any skip and writes nothing; the look-alike report follows")
    func strictSummaryAndLookAlikes() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["import", fixture("toc-and-noise.md"), "-o", folder + "/out.yaml"])
        #expect(run.status == 0)
        #expect(run.err.contains("wrote \(folder)/out.yaml: awesome-data-engineering, 2 sections, 2 topics, 4 resources; kept 4 of 10 links, 8 notes on what was left out\n"))
        #expect(run.err.contains("look-alikes in the bundled roadmaps: none"))
        let strict = try CLI.run(["import", fixture("toc-and-noise.md"), "-o", folder + "/strict.yaml", "--strict"])
        #expect(strict.status == 65)
        #expect(strict.err.contains(":7:1: error: skipped `Table of Contents`: a table of contents [import-skipped]"))
        #expect(strict.err.contains("(--strict: 8 things of \(fixture("toc-and-noise.md")) left out); nothing written"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/strict.yaml"))
        // A roadmap of one's own to compare with: its look-alike is listed with the same-as to write.
        try "format: 1\nid: mine\ntitle: Mine\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: data-stores\n        title: Databases\n"
            .write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
        let compared = try CLI.run(["import", fixture("toc-and-noise.md"), "--with", "mine.yaml"], in: folder)
        #expect(compared.status == 0)
        #expect(compared.err.contains("look-alikes in mine.yaml: topics that would not merge; add the same-as to the import to merge them\nawesome-data-engineering/databases  ~  mine/data-stores\n    because: same title \"databases\"\n"))
        #expect(!(try CLI.run(["import", fixture("toc-and-noise.md"), "--no-suggest"], in: folder)).err.contains("look-alikes"))
    }

    @Test("-q prints no notes")
    func quiet() throws {
        let run = try CLI.run(["import", "-q", fixture("messy.md")])
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        #expect(!run.out.isEmpty)
    }

    @Test("-o writes the file atomically, which validates and shows back as the same text")
    func output() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/rust.yaml"
        let run = try CLI.run(["import", fixture("short-article.md"), "-o", path])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.isEmpty)
        #expect(run.err.contains("wrote \(path): learn-rust-in-2024-a-practical-roadmap, 4 sections, 7 topics, 9 resources"))
        let written = try read(path)
        #expect(written == (try read(fixture("short-article.yaml"))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["rust.yaml"])  // no temporary file left
        let validate = try CLI.run(["validate", path])
        #expect(validate.status == 0, "\(validate.err)")
        // The import is already in the canonical layout that `show --format yaml` writes.
        let show = try CLI.run(["show", path, "--format", "yaml"])
        #expect(show.status == 0, "\(show.err)")
        #expect(show.out == written)
    }

    @Test("-o refuses an existing file (exit 73, file untouched) unless --force")
    func force() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/existing.yaml"
        try write("keep me\n", to: path)
        let refused = try CLI.run(["import", fixture("go-notes.md"), "-o", path])
        #expect(refused.status == 73)
        #expect(refused.err.contains("\(path) already exists; use --force to replace it"))
        #expect(try read(path) == "keep me\n")
        let forced = try CLI.run(["import", fixture("go-notes.md"), "-o", path, "--force"])
        #expect(forced.status == 0, "\(forced.err)")
        #expect(try read(path) == (try read(fixture("go-notes.yaml"))))
    }

    @Test("nothing to import: the validation errors are printed, exit 65, nothing written")
    func invalid() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/prose.md"
        try write("# Only Prose\n\nNo lists, no links.\n\n## Empty\n", to: input)
        let output = folder + "/out.yaml"
        let run = try CLI.run(["import", input, "-o", output])
        #expect(run.status == 65)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("note: skipped `Empty`"))
        #expect(run.err.contains("error: expected at least one section"))
        #expect(run.err.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("--id and --title set the roadmap's id and title; a bad --id is a usage error")
    func options() throws {
        let run = try CLI.run(["import", fixture("go-notes.md"), "--id", "go", "--title", "Go: the notes"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.hasPrefix("format: 1\nid: go\ntitle: 'Go: the notes'\n"))
        let bad = try CLI.run(["import", fixture("go-notes.md"), "--id", "Not A Slug"])
        #expect(bad.status == 64)
        #expect(bad.err.contains("--id must be a slug"))
        #expect(bad.err.contains("try `not-a-slug`"))
        let blank = try CLI.run(["import", fixture("go-notes.md"), "--title", "  "])
        #expect(blank.status == 64)
    }

    @Test("a missing file exits 66; text that is not UTF-8 exits 65")
    func inputs() throws {
        let missing = try CLI.run(["import", "no-such-file.md"])
        #expect(missing.status == 66)
        #expect(missing.err.contains("no such file: no-such-file.md"))
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let latin1 = folder + "/latin1.md"
        try Data([0x23, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: latin1))
        let run = try CLI.run(["import", latin1])
        #expect(run.status == 65)
        #expect(run.err.contains("is not UTF-8 text"))
    }

    @Test("- reads standard input; the title then comes from the text")
    func standardInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // CLI.run gives the child an empty standard input, so feed it through a shell.
        let input = folder + "/in.md"
        try write("# From Stdin\n\n- [A](https://a.example/)\n", to: input)
        let run = try CLI.run(["import", "-", "-o", folder + "/out.yaml"], in: folder, stdinFile: input)
        #expect(run.status == 0, "\(run.err)")
        let written = try read(folder + "/out.yaml")
        #expect(written.hasPrefix("format: 1\nid: from-stdin\ntitle: From Stdin\n"))
    }

    @Test("help names the options")
    func help() throws {
        let run = try CLI.run(["import", "--help"])
        #expect(run.status == 0)
        for option in ["--output", "--id", "--title", "--force", "--quiet"] {
            #expect(run.out.contains(option))
        }
    }
}

extension CLI {
    /// Runs `roadmap arguments…` with standard input read from `stdinFile`, through `/bin/sh`.
    static func run(_ arguments: [String], in directory: String, stdinFile: String) throws -> CLIRun {
        let path = try #require(binary, "the roadmap binary was not found")
        let quoted = ([path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", quoted + " < '" + stdinFile + "'"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, crashed: false, timedOut: false, stdout: out, stderr: err, seconds: 0)
    }
}
