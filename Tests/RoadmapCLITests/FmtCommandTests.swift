import Foundation
import Testing

/// `roadmap fmt` end to end: files rewritten in place, `--check`, standard input, refusals.
@Suite("roadmap fmt, end to end")
struct FmtCommandTests {
    static let messy = """
        # keep me
        title: Sample   # the title
        id: sample
        sections:
        - id: s
          title: S
          topics:
          - {id: t, title: T, tags: ["yes"]}
        """ + "\n"

    static let formatted = """
        # keep me
        id: sample
        title: Sample # the title
        sections:
          - id: s
            title: S
            topics:
              - id: t
                title: T
                tags:
                  - 'yes'
        """ + "\n"

    /// A temporary folder holding `files` (name → text).
    static func folder(_ files: [String: String]) throws -> String {
        let folder = try CLI.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }

    static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// What a run with standard input gave.
    struct Piped {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs `roadmap arguments…` in `directory` with `input` on standard input.
    static func run(_ arguments: [String], input: String, in directory: String) throws -> Piped {
        let inputPath = directory + "/.stdin", outPath = directory + "/.stdout", errPath = directory + "/.stderr"
        try Data(input.utf8).write(to: URL(fileURLWithPath: inputPath))
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CLI.binary))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        process.waitUntilExit()
        return Piped(status: process.terminationStatus, out: read(outPath), err: read(errPath))
    }

    @Test("`fmt FILE` rewrites a changed file in place and says so; a second run changes and prints nothing")
    func formatsInPlace() throws {
        let folder = try Self.folder(["a.yaml": Self.messy, "b.yaml": Self.formatted.replacingOccurrences(of: "sample", with: "other")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["fmt", "a.yaml", "b.yaml"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "formatted a.yaml\n")
        #expect(run.err == "")
        #expect(Self.read(folder + "/a.yaml") == Self.formatted)
        let again = try CLI.run(["fmt", "a.yaml", "b.yaml"], in: folder)
        #expect(again.status == 0 && again.out == "" && again.err == "")
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(listing == ["a.yaml", "b.yaml"], "no temporary files left behind")
    }

    @Test("`fmt --check` writes nothing, names the files that would change and exits 1; 0 when none would")
    func check() throws {
        let folder = try Self.folder(["a.yaml": Self.messy, "b.yaml": Self.formatted.replacingOccurrences(of: "sample", with: "other")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["fmt", "--check", "a.yaml", "b.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.out == "would reformat a.yaml\n")
        #expect(Self.read(folder + "/a.yaml") == Self.messy)
        let clean = try CLI.run(["fmt", "--check", "b.yaml"], in: folder)
        #expect(clean.status == 0 && clean.out == "" && clean.err == "")
        let all = try CLI.run(["fmt", "--check", "."], in: folder)
        #expect(all.status == 1 && all.out == "would reformat ./a.yaml\n", "a folder stands for its roadmap files")
    }

    @Test("a file that does not load cleanly is refused, untouched, with its errors (exit 65); the others are formatted")
    func refusesInvalid() throws {
        let bad = Self.messy.replacingOccurrences(of: "title: T,", with: "title: T, hours: \"4\", requires: [nowhere],")
        let folder = try Self.folder(["bad.yaml": bad, "good.yaml": Self.messy.replacingOccurrences(of: "sample", with: "good")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["fmt", "bad.yaml", "good.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(Self.read(folder + "/bad.yaml") == bad)
        #expect(run.err.contains("bad.yaml:8:"))
        #expect(run.err.contains("error: expected a number of hours"))
        #expect(run.err.contains("nowhere"), "errors found by validation, not only decoding, refuse the file")
        #expect(run.err.hasSuffix("roadmap: 2 errors found; not formatted: bad.yaml\n"))
        #expect(run.out == "formatted good.yaml\n")
        let syntax = try Self.folder(["broken.yaml": "id: x\ntitle: [unclosed\n"])
        defer { try? FileManager.default.removeItem(atPath: syntax) }
        let broken = try CLI.run(["fmt", "--check", "broken.yaml"], in: syntax)
        #expect(broken.status == 65 && broken.out == "")
        #expect(Self.read(syntax + "/broken.yaml") == "id: x\ntitle: [unclosed\n")
    }

    @Test("a missing file exits 66; files that exist are still formatted")
    func missing() throws {
        let folder = try Self.folder(["a.yaml": Self.messy])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["fmt", "nope.yaml", "a.yaml"], in: folder)
        #expect(run.status == 66)
        #expect(run.err == "roadmap: error: no such file: nope.yaml [file-missing]\nroadmap: 1 error found\n")
        #expect(run.out == "formatted a.yaml\n")
    }

    @Test("`fmt -` reads standard input and writes standard output; with --check it exits 1 and writes no text")
    func standardInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Self.run(["fmt", "-"], input: Self.messy, in: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == Self.formatted)
        let same = try Self.run(["fmt", "-"], input: Self.formatted, in: folder)
        #expect(same.status == 0 && same.out == Self.formatted)
        let check = try Self.run(["fmt", "--check", "-"], input: Self.messy, in: folder)
        #expect(check.status == 1 && check.out == "would reformat <stdin>\n")
        let clean = try Self.run(["fmt", "--check", "-"], input: Self.formatted, in: folder)
        #expect(clean.status == 0 && clean.out == "")
        let bad = try Self.run(["fmt", "-"], input: "id: x\ntitle: T\nsections: 3\n", in: folder)
        #expect(bad.status == 65 && bad.out == "")
        #expect(bad.err.contains("<stdin>:3:11: error: expected a list"))
        let mixed = try CLI.run(["fmt", "-", "a.yaml"], in: folder)
        #expect(mixed.status == 64)
    }

    @Test("the bundled roadmaps format to files that validate, and formatting them again changes nothing")
    func bundledRoadmaps() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = CLI.packageRoot + "/Roadmaps"
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: folder + "/" + name)
        }
        let run = try CLI.run(["fmt", "."], in: folder)
        #expect(run.status == 0, "\(run.err)")
        let validate = try CLI.run(["validate", "."], in: folder)
        #expect(validate.status == 0, "\(validate.err)")
        let check = try CLI.run(["fmt", "--check", "."], in: folder)
        #expect(check.status == 0 && check.out == "")
    }

    @Test("`fmt --help` explains the layout, the comments, --check, `-` and the exit codes; no files is a usage error")
    func help() throws {
        let help = try CLI.run(["fmt", "--help"])
        #expect(help.status == 0)
        let text = CLI.flattened(help.out)
        for phrase in ["canonical layout, keeping every comment", "Every comment is kept", "--check", "would reformat PATH",
                       "`-` reads standard input", "loads cleanly", "65 a file has errors", "66 a file is missing"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        let none = try CLI.run(["fmt"])
        #expect(none.status == 64)
        let root = try CLI.run(["--help"])
        #expect(root.out.contains("fmt"))
    }
}

/// One YAML writer: whatever the tool writes as a roadmap file is already in `fmt`'s layout,
/// so `roadmap fmt --check` passes on it.
@Suite("what the tool writes passes fmt --check")
struct WrittenInCanonicalLayoutTests {
    @Test("show -f yaml of every bundled roadmap, merge -f yaml, new (both kinds) and import of every fixture")
    func everyOutputIsFormatted() throws {
        let imports = try FileManager.default.contentsOfDirectory(atPath: CLI.fixtures + "/import")
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(imports.count >= 5)
        let script = """
            set -u
            d=$(mktemp -d) && cd "$d"
            check() { if "$ROADMAP" fmt --check "$1" >/dev/null 2>err; then echo "ok $2"; else echo "REFORMAT $2"; cat err; fi; }
            for id in data-science machine-learning data-engineering mlops mlops-lite; do
              "$ROADMAP" show "$id" -f yaml > "$id.yaml" && check "$id.yaml" "show $id"
            done
            "$ROADMAP" merge -f yaml > merged.yaml 2>/dev/null && check merged.yaml "merge"
            "$ROADMAP" merge machine-learning mlops-lite -f yaml > merged2.yaml 2>/dev/null && check merged2.yaml "merge of a variant"
            "$ROADMAP" new fresh >/dev/null && check fresh.yaml "new"
            "$ROADMAP" new variant --extends data-science >/dev/null && check variant.yaml "new --extends"
            for md in \(imports.map { "'" + CLI.fixtures + "/import/" + $0 + "'" }.joined(separator: " ")); do
              name=$(basename "$md" .md)
              "$ROADMAP" import "$md" -o "imported-$name.yaml" >/dev/null 2>&1 && check "imported-$name.yaml" "import $name"
            done
            """
        let run = try CLI.shell(script)
        let expected = ["show data-science", "show machine-learning", "show data-engineering", "show mlops", "show mlops-lite",
                        "merge", "merge of a variant", "new", "new --extends"]
            .map { "ok " + $0 } + imports.map { "ok import " + $0.dropLast(3) }
        #expect(run.out.split(separator: "\n").map(String.init) == expected, "\(run.out)\(run.err)")
    }
}
