import Foundation
import RoadmapCLI
import Testing
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// End-to-end: the built binary, its exit codes, standard output and standard error, exactly.
@Suite("roadmap, end to end")
struct CLITests {
    /// The bundled roadmaps, loaded through the library, for the numbers the commands print.
    static let bundled: [Roadmap] = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously(BundledRoadmap.all.map { .bundled(id: $0.id) }).roadmaps

    /// Columns two spaces apart, the last one not padded.
    static func table(_ rows: [[String]]) -> String {
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max()! }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    @Test("`validate` with no arguments checks the bundled roadmaps: exit 0 and one line each")
    func validateBundled() throws {
        let run = try CLI.run(["validate"])
        #expect(run.status == 0)
        #expect(run.err == "")
        #expect(Self.bundled.map(\.id) == BundledRoadmap.all.map(\.id))
        #expect(Self.bundled.count >= 4)
        var expected = ""
        for roadmap in Self.bundled {
            expected += "ok  <bundled>/\(roadmap.id).yaml  \(roadmap.id): \(roadmap.sections.count) sections, \(roadmap.topicCount) topics, \(roadmap.resourceCount) resources\n"
        }
        expected += "\(Self.bundled.count) roadmaps valid\n"
        #expect(run.out == expected)
        #expect(Self.bundled.allSatisfy { $0.sections.count > 0 && $0.topicCount > 0 && $0.resourceCount > 0 })
    }

    @Test("`validate --quiet` prints nothing on success; `validate ID` and `validate DIR` work")
    func validateVariants() throws {
        let quiet = try CLI.run(["validate", "--quiet"])
        #expect(quiet.status == 0 && quiet.out == "" && quiet.err == "")

        let one = try CLI.run(["validate", "mlops"])
        #expect(one.status == 0)
        let mlops = try #require(Self.bundled.first { $0.id == "mlops" })
        #expect(one.out == "ok  <bundled>/mlops.yaml  mlops: \(mlops.sections.count) sections, \(mlops.topicCount) topics, \(mlops.resourceCount) resources\n1 roadmap valid\n")

        let folder = try CLI.run(["validate", "Roadmaps"])
        #expect(folder.status == 0)
        #expect(folder.err == "")
        #expect(folder.out.hasPrefix("ok  Roadmaps/data-engineering.yaml  data-engineering: "))
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot + "/Roadmaps").filter { $0.hasSuffix(".yaml") }
        #expect(folder.out.hasSuffix("\n\(files.count) roadmaps valid\n"))
        #expect(folder.out.split(separator: "\n").count == files.count + 1)
    }

    @Test("a bad file: exit 65, every error on stderr with its line and caret, then the count")
    func validateBadFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
            id: sample
            title: Sample
            sections:
              - id: basics
                title: Basics
                topics:
                  - id: python
                    title: Python
                    level: beginer
                    requires: [pyhton]
                    titel: Python 3

            """.write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", "bad.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.out == "")
        #expect(run.err == """
            bad.yaml:9:16: error: expected `level` to be one of beginner, intermediate, advanced, found `beginer`; did you mean `beginner`? [invalid-level]
                        level: beginer
                               ^
            bad.yaml:10:20: error: unknown topic `pyhton` in `requires`: roadmap `sample` has no topic with that id or alias; did you mean `python`? [unknown-topic]
                        requires: [pyhton]
                                   ^
            bad.yaml:11:9: error: unknown key `titel` in a topic; did you mean `title`? (allowed: id, title, summary, aliases, same-as, requires, tags, level, hours, section, resources, or any key starting with `x-`) [unknown-key]
                        titel: Python 3
                        ^
            roadmap: 3 errors found

            """)
    }

    @Test("a missing file: exit 66")
    func validateMissingFile() throws {
        let run = try CLI.run(["validate", "no-such-file.yaml"])
        #expect(run.status == 66)
        #expect(run.out == "")
        #expect(run.err == "roadmap: error: no such file: no-such-file.yaml [file-missing]\nroadmap: 1 error found\n")
    }

    @Test("an unknown roadmap id: exit 66, with the closest bundled id")
    func validateUnknownID() throws {
        let run = try CLI.run(["validate", "mlop"])
        #expect(run.status == 66)
        #expect(run.out == "")
        #expect(run.err == "roadmap: error: no roadmap named `mlop`: not a file, not in the roadmap folders, not bundled; did you mean `mlops`? [unknown-input]\nroadmap: 1 error found\n")
    }

    @Test("a missing file among good ones still exits 66, and the good ones are checked")
    func missingAmongGood() throws {
        let run = try CLI.run(["validate", "Roadmaps/mlops.yaml", "nope.yaml"])
        #expect(run.status == 66)
        #expect(run.err == "roadmap: error: no such file: nope.yaml [file-missing]\nroadmap: 1 error found\n")
    }

    @Test("usage errors exit 64", arguments: [
        ["validate", "--bogus"],
        ["frobnicate"],
        ["validate", "--max-depth", "0"],
        ["validate", "--max-file-size", "lots"],
        ["show"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.out == "")
        #expect(run.err.hasPrefix("Error: "))
        #expect(run.err.contains("Usage: roadmap"))
    }

    @Test("an unknown option is named in the usage error")
    func unknownOptionMessage() throws {
        let run = try CLI.run(["validate", "--bogus"])
        #expect(run.err.hasPrefix("Error: Unknown option '--bogus'\nUsage: roadmap validate "))
    }

    @Test("`list` prints the bundled roadmaps as a table")
    func list() throws {
        let run = try CLI.run(["list"])
        #expect(run.status == 0)
        #expect(run.err == "")
        var rows = [["ID", "SECTIONS", "TOPICS", "FROM", "TITLE"]]
        for roadmap in Self.bundled {
            let from = roadmap.extends.map { "bundled (variant of \($0))" }
                ?? (roadmap.bases.isEmpty ? "bundled" : "bundled (composed of \(roadmap.bases.joined(separator: " + ")))")
            rows.append([roadmap.id, String(roadmap.sections.count), String(roadmap.topicCount), from, roadmap.title])
        }
        #expect(run.out == Self.table(rows))
        #expect(run.out.hasPrefix("ID                SECTIONS  TOPICS  FROM"))
    }

    @Test("`list --roadmap-dir` lists the roadmaps of a folder first, then the bundled ones")
    func listWithFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: CLI.fixtures + "/valid/complete.yaml", toPath: folder + "/complete.yaml")
        let run = try CLI.run(["list", "--roadmap-dir", "."], in: folder)
        #expect(run.status == 0)
        #expect(run.err == "")
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == BundledRoadmap.all.count + 2)
        #expect(CLI.flattened(String(lines[1])) == "complete 2 2 ./complete.yaml A Complete Roadmap")
    }

    @Test("`show mlops` starts with the title, summary, source and counts, then the sections")
    func showMLOps() throws {
        let run = try CLI.run(["show", "mlops"])
        #expect(run.status == 0)
        #expect(run.err == "")
        let mlops = try #require(Self.bundled.first { $0.id == "mlops" })
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "The Complete MLOps Study Roadmap (mlops)")
        #expect(lines[1] == mlops.summary)
        #expect(lines[2] == "source: https://www.kdnuggets.com/2022/12/complete-mlops-study-roadmap.html")
        #expect(lines[3] == "\(mlops.sections.count) sections, \(mlops.topicCount) topics, \(mlops.resourceCount) resources")
        #expect(lines[4] == "")
        #expect(lines[5] == "1. The Foundations [foundations]")
        #expect(lines[6].hasPrefix("   - Python [python]  beginner · "))
        #expect(run.out.hasSuffix("\n"))
    }

    @Test("`show` of a bad file exits 65 and prints no outline")
    func showBadFile() throws {
        let run = try CLI.run(["show", "invalid/bad-level.yaml"], in: CLI.fixtures)
        #expect(run.status == 65)
        #expect(run.out == "")
        #expect(run.err.hasSuffix("roadmap: 3 errors found\n"))
    }

    @Test("`--version` prints the version")
    func version() throws {
        let run = try CLI.run(["--version"])
        #expect(run.status == 0)
        #expect(run.out == RoadmapCommand.version + "\n")
        #expect(RoadmapCommand.version == "0.1.0")
        #expect(run.err == "")
    }

    @Test("`--help` lists the commands and the exit codes")
    func help() throws {
        let run = try CLI.run(["--help"])
        #expect(run.status == 0)
        let text = CLI.flattened(run.out)
        #expect(text.contains("USAGE: roadmap <subcommand>"))
        #expect(text.contains("Exit codes: 0 success, 1 differences found (when asked), 64 usage error, 65 bad input data, 66 input missing, 70 internal failure, 73 a file not replaced to keep what it holds, 74 I/O error."))
        for command in ["validate", "list", "show"] { #expect(text.contains(" \(command) "), "\(command)") }
    }

    @Test("`validate --help` gives the usage and the exit codes of validate")
    func validateHelp() throws {
        let run = try CLI.run(["validate", "--help"])
        #expect(run.status == 0)
        let text = CLI.flattened(run.out)
        #expect(text.contains("USAGE: roadmap validate [<file|id> ...] [--format <text|json|github>] [--roadmap-dir <dir> ...]"))
        #expect(text.contains("[--color <when>] [--diagnostic-format <text|json|github>] [--quiet] [--strict] [--verbose]"))
        #expect(text.contains("Exits 0 when all are valid, 65 when any has errors (or, with --strict, warnings), 66 when a file is missing."))
        #expect(text.contains("--max-depth <n>"))
        let viaHelp = try CLI.run(["help", "validate"])
        #expect(viaHelp.status == 0)
        #expect(CLI.flattened(viaHelp.out).contains("Exits 0 when all are valid, 65 when any has errors (or, with --strict, warnings), 66 when a file is missing."))
    }

    @Test("the limits can be set on the command line")
    func limitOptions() throws {
        let run = try CLI.run(["validate", "--max-scalar-size", "8", "valid/complete.yaml"], in: CLI.fixtures)
        #expect(run.status == 65)
        #expect(run.err.hasPrefix("valid/complete.yaml:4:8: error: expected a value of at most 8 bytes, found one of 18 bytes [yaml-limit]\n"))
        let small = try CLI.run(["validate", "--max-file-size", "100", "valid/complete.yaml"], in: CLI.fixtures)
        #expect(small.status == 65)
        #expect(small.err.hasPrefix("roadmap: error: valid/complete.yaml is "))
        #expect(small.err.contains("bytes; the limit is 100 bytes (raise it with --max-file-size) [file-too-large]\n"))
        let deep = try CLI.run(["validate", "--max-depth", "3", "valid/complete.yaml"], in: CLI.fixtures)
        #expect(deep.status == 65)
        #expect(deep.err.contains("error: expected at most 3 nested lists and mappings, found deeper nesting"))
    }

    @Test("the same input gives the same output, byte for byte")
    func deterministic() throws {
        let everything = ["validate"] + CLITestsCorpus.names.map { "invalid/" + $0 }
        let first = try CLI.run(everything, in: CLI.fixtures)
        let second = try CLI.run(everything, in: CLI.fixtures)
        #expect(first.status == 65)
        #expect(first.stderr.count > 10_000)
        #expect(first.stdout == second.stdout)
        #expect(first.stderr == second.stderr)
        let list1 = try CLI.run(["list"])
        let list2 = try CLI.run(["list"])
        #expect(list1.stdout == list2.stdout)
    }

    @Test("validating a file leaves it exactly as it was")
    func inputUnchanged() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        for name in ["valid/complete.yaml", "invalid/bom-and-crlf.yaml", "invalid/duplicate-keys.yaml"] {
            let copy = folder + "/" + URL(fileURLWithPath: name).lastPathComponent
            try FileManager.default.copyItem(atPath: CLI.fixtures + "/" + name, toPath: copy)
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: copy)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let before = try names.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) }
        for arguments in [["validate", "."], ["show", "complete.yaml"], ["list", "--roadmap-dir", "."]] {
            let run = try CLI.run(arguments, in: folder)
            #expect(!run.crashed && !run.timedOut)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == names)
        for (index, name) in names.enumerated() {
            let path = folder + "/" + name
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before[index], "\(name) was changed")
            let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
            #expect(modified == past, "\(name) was touched")
        }
    }
}

/// The bad-input corpus of RoadmapLibraryTests, run through the binary.
enum CLITestsCorpus {
    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: CLI.fixtures + "/invalid")) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }
}

@Suite("roadmap validate on the bad-input corpus")
struct CLICorpusTests {
    @Test("each bad file exits 65 quickly, and stderr is exactly its golden diagnostics and the count",
          arguments: CLITestsCorpus.names)
    func badFile(_ name: String) throws {
        let run = try CLI.run(["validate", "invalid/" + name], in: CLI.fixtures, timeout: 20)
        #expect(!run.timedOut)
        #expect(!run.crashed)
        #expect(run.status == 65)
        #expect(run.seconds < CLI.quickEnough, "took \(run.seconds) s")
        #expect(run.out == "")
        let golden = try String(contentsOfFile: CLI.fixtures + "/invalid/" + name.dropLast(5) + ".expected", encoding: .utf8)
        let errors = golden.split(separator: "\n").filter { $0.contains(": error: ") && !$0.hasPrefix(" ") }.count
        #expect(errors > 0)
        #expect(run.err == golden + "roadmap: \(errors) error\(errors == 1 ? "" : "s") found\n")
    }

    @Test("hostile inputs (10,000-deep nesting, a 2 MiB scalar) are refused quickly")
    func hostileInputs() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n").write(toFile: folder + "/flow.yaml", atomically: true, encoding: .utf8)
        try (String(repeating: "- ", count: 10_000) + "x\n").write(toFile: folder + "/block.yaml", atomically: true, encoding: .utf8)
        try ("id: " + String(repeating: "a", count: 2 << 20) + "\n").write(toFile: folder + "/long.yaml", atomically: true, encoding: .utf8)
        for name in ["flow.yaml", "block.yaml", "long.yaml"] {
            let run = try CLI.run(["validate", name], in: folder, timeout: 20)
            #expect(run.status == 65, "\(name)")
            #expect(!run.crashed && !run.timedOut, "\(name)")
            #expect(run.seconds < CLI.quickEnough, "\(name) took \(run.seconds) s")
        }
        let long = try CLI.run(["validate", "long.yaml"], in: folder)
        #expect(long.err.hasPrefix("long.yaml:1:5: error: expected a value of at most 1048576 bytes, found one of 2097152 bytes [yaml-limit]\n"))
    }
}
