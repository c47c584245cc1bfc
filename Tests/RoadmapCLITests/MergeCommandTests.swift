import Foundation
import RoadmapTestSupport
import Testing
import RoadmapModel
import RoadmapComposition

/// `roadmap merge` and `roadmap plugins`, end to end: the built binary, its stdout, stderr,
/// exit status and files.
@Suite("CLI: merge")
struct MergeCommandTests {
    /// What one run gave.
    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// The package root, from this file.
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The `roadmap` binary beside the test runner, else the newest `.build*/debug/roadmap` of the package.
    static let binary: String? = {
        let manager = FileManager.default
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("roadmap").path
            if manager.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let candidates = ((try? manager.contentsOfDirectory(atPath: packageRoot)) ?? [])
            .filter { $0.hasPrefix(".build") }
            .map { packageRoot + "/" + $0 + "/debug/roadmap" }
            .filter { manager.isExecutableFile(atPath: $0) }
        func modified(_ path: String) -> Date {
            ((try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
        }
        return candidates.max { modified($0) < modified($1) }
    }()

    /// Runs `roadmap arguments…` in `directory` (default: a temporary folder), both pipes read to the end.
    static func run(_ arguments: [String], in directory: String? = nil,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Run {
        let path = try #require(binary, "the roadmap binary was not found beside the test runner or in .build*/debug", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? FileManager.default.temporaryDirectory.path)
        var environment = ProcessInfo.processInfo.environment
        environment["ROADMAP_PATH"] = nil
        environment["ROADMAP_PLUGIN_PATH"] = nil
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        let errData = Box()
        DispatchQueue.global().async(group: group) { errData.data = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                   err: String(decoding: errData.data, as: UTF8.self))
    }

    /// Standard error as read by its own thread (written once, read after the thread is done).
    final class Box: @unchecked Sendable {
        var data = Data()
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> String {
        let path = try ScratchFolder.make("roadmap-merge-cli")
        return path
    }

    /// A golden of the bundled merge (Tests/PluginTests/Goldens).
    static func golden(_ name: String) throws -> String {
        let path = packageRoot + "/Tests/PluginTests/Goldens/" + name
        let data = try #require(FileManager.default.contents(atPath: path), "missing golden \(name)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Two roadmaps that each validate, but whose merge closes a prerequisite cycle.
    static let cycleFiles = [
        ("a.yaml", "id: a\ntitle: A\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: y\n        title: Y\n      - id: x\n        title: X\n        requires: [y]\n"),
        ("b.yaml", "id: b\ntitle: B\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: x\n        title: X\n      - id: y\n        title: Y\n        requires: [x]\n"),
    ]

    @Test("`merge` without arguments: exit 0, the Markdown golden on stdout, nothing on stderr")
    func mergeDefault() throws {
        let run = try Self.run(["merge"])
        #expect(run.status == 0)
        #expect(run.out == (try Self.golden("bundled-merge.md")))
        #expect(run.err == "", "differing summaries are kept in the document, not warned about")
    }

    @Test("the README's recipe: a --roadmap-dir copy of a bundled roadmap takes its place; list says so; diff shows the edit")
    func overrideRecipe() throws {
        let script = """
            d=$(mktemp -d) && cd "$d"
            "$ROADMAP" merge --format yaml -o before.yaml
            mkdir mine && "$ROADMAP" show data-science --format yaml -o mine/data-science.yaml
            sed -i '0,/hours: 60/s//hours: 200/' mine/data-science.yaml
            "$ROADMAP" merge --roadmap-dir mine --format yaml -o after.yaml
            "$ROADMAP" diff before.yaml after.yaml
            "$ROADMAP" list --roadmap-dir mine | grep '^data-science'
            ROADMAP_PATH=mine "$ROADMAP" merge -f json | grep -c '"hours" : 200'
            """
        let run = try CLI.shell(script)
        #expect(run.err == "")
        #expect(run.out.hasPrefix("""
            before.yaml → after.yaml
            ~ changed topic python in part-1
                hours: 60 → 200
            1 change: 1 changed

            """), "\(run.out)")
        #expect(run.out.contains("mine/data-science.yaml (in place of the bundled one)"))
        #expect(run.out.hasSuffix("\n1\n"), "ROADMAP_PATH does the same")
    }

    @Test("conflicting levels warn once per topic, past five summed up; --verbose, --quiet, --strict (which writes no output)")
    func levelWarnings() throws {
        func roadmap(_ id: String, level: String) -> String {
            "format: 1\nid: \(id)\ntitle: \(id)\nsections:\n  - id: s\n    title: S\n    topics:\n"
                + (1...7).map { "      - {id: t\($0), title: T\($0), level: \(level), summary: \(id) says \($0)}\n" }.joined()
        }
        let script = """
            d=$(mktemp -d) && cd "$d"
            printf '%s' '\(roadmap("a", level: "beginner"))' > a.yaml
            printf '%s' '\(roadmap("b", level: "advanced"))' > b.yaml
            "$ROADMAP" merge a.yaml b.yaml -f json > out.json 2> err.txt; echo "default $? $(grep -c 'warning: the topics merged' err.txt) $(grep -c '… and 2 more warnings of this kind; --verbose lists them \\[merge-conflict\\]' err.txt)"
            grep -c '"summary" : "b says' out.json
            "$ROADMAP" merge a.yaml b.yaml --verbose > /dev/null 2> err.txt; echo "verbose $? $(grep -c 'warning: the topics merged' err.txt)"
            "$ROADMAP" merge a.yaml b.yaml --quiet > /dev/null 2> err.txt; echo "quiet $? $(wc -c < err.txt)"
            "$ROADMAP" merge a.yaml b.yaml --strict > strict.out 2> err.txt; echo "strict $? $(grep -c 'warning: the topics merged' err.txt) $(wc -c < strict.out)"; tail -1 err.txt
            "$ROADMAP" validate a.yaml --strict --quiet > /dev/null 2>&1; echo "both $?"
            """
        let run = try CLI.shell(script)
        #expect(run.out == """
            default 0 5 1
            7
            verbose 0 7
            quiet 0 0
            strict 65 5 0
            roadmap: 7 warnings treated as errors (--strict)
            both 64

            """, "\(run.err)")
    }

    @Test("`merge --format F` prints the golden of F", arguments: [("json", "json"), ("yaml", "yaml"), ("mermaid", "mmd"), ("dot", "dot"), ("terminal", "txt"), ("markdown", "md")])
    func mergeFormats(format: String, fileExtension: String) throws {
        let run = try Self.run(["merge", "--format", format])
        #expect(run.status == 0)
        #expect(run.out == (try Self.golden("bundled-merge.\(fileExtension)")))
        let short = try Self.run(["merge", "-f", format])
        #expect(short.out == run.out)
    }

    @Test("naming the bundled four explicitly merges the same topics; --id and --title name the result")
    func explicitInputs() throws {
        let run = try Self.run(["merge", "data-science", "machine-learning", "data-engineering", "mlops", "--format", "json",
                                "--id", "my-curriculum", "--title", "My <Curriculum>"])
        #expect(run.status == 0)
        let golden = try Self.golden("bundled-merge.json")
        #expect(run.out.contains("\"id\" : \"my-curriculum\""))
        #expect(run.out.contains("\"title\" : \"My <Curriculum>\""))
        let normalise: (String) -> String = {
            $0.replacingOccurrences(of: "\"id\" : \"my-curriculum\"", with: "\"id\" : \"data-ml-curriculum\"")
                .replacingOccurrences(of: "\"title\" : \"My <Curriculum>\"",
                                      with: "\"title\" : \"Data Science, Machine Learning, Data Engineering and MLOps: One Curriculum\"")
        }
        #expect(normalise(run.out) == golden)
    }

    @Test("an unknown --format is a usage error (64) naming the formats, before any work")
    func unknownFormat() throws {
        let run = try Self.run(["merge", "--format", "pdf"])
        #expect(run.status == 64)
        #expect(run.out == "")
        #expect(run.err.hasPrefix("roadmap: error: unknown format `pdf` (formats for a curriculum: "))
        for name in ["terminal", "markdown", "json", "yaml", "mermaid", "dot"] { #expect(run.err.contains(name)) }
        #expect(!run.err.contains("warning"), "no merge was attempted")
        let typo = try Self.run(["merge", "--format", "mermiad"])
        #expect(typo.status == 64)
        #expect(typo.err.contains("did you mean `mermaid`?"))
    }

    @Test("a format that does not render curricula is a usage error (64)")
    func formatWithoutCurricula() throws {
        let run = try Self.run(["merge", "--format", "brief"])
        #expect(run.status == 64)
        #expect(run.err.contains("the brief format does not render a curriculum document"))
    }

    @Test("-o FILE writes the file (atomically, no temporary left), prints nothing on stdout")
    func outputFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("old content\n".utf8).write(to: URL(fileURLWithPath: directory + "/out.md"))
        let run = try Self.run(["merge", "-o", "out.md"], in: directory)
        #expect(run.status == 0)
        #expect(run.out == "")
        #expect(String(decoding: FileManager.default.contents(atPath: directory + "/out.md") ?? Data(), as: UTF8.self) == (try Self.golden("bundled-merge.md")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.md"])
        let long = try Self.run(["merge", "--format", "dot", "--output", directory + "/graph.dot"])
        #expect(long.status == 0 && long.out == "")
        #expect(String(decoding: FileManager.default.contents(atPath: directory + "/graph.dot") ?? Data(), as: UTF8.self) == (try Self.golden("bundled-merge.dot")))
    }

    @Test("-o through a symbolic link replaces the file it points to and keeps the link; -o to a named pipe writes into the pipe")
    func outputThroughLinksAndPipes() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("old content\n".utf8).write(to: URL(fileURLWithPath: directory + "/real.json"))
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.json", withDestinationPath: "real.json")
        let run = try Self.run(["merge", "--format", "json", "-o", "link.json"], in: directory)
        #expect(run.status == 0 && run.out == "")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.json") == "real.json")
        #expect(String(decoding: FileManager.default.contents(atPath: directory + "/real.json") ?? Data(), as: UTF8.self) == (try Self.golden("bundled-merge.json")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["link.json", "real.json"])

        // A named pipe stays a pipe: a reader gets the whole output through it.
        let pipe = directory + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat pipe > from-pipe.json"]
        reader.currentDirectoryURL = URL(fileURLWithPath: directory)
        try reader.run()
        let throughPipe = try Self.run(["merge", "--format", "json", "-o", "pipe"], in: directory)
        reader.waitUntilExit()
        #expect(throughPipe.status == 0)
        var info = stat()
        #expect(stat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(String(decoding: FileManager.default.contents(atPath: directory + "/from-pipe.json") ?? Data(), as: UTF8.self) == (try Self.golden("bundled-merge.json")))
    }

    @Test("a merge that closes a cycle exits 65 with every edge located, and leaves an existing -o FILE unchanged")
    func cycleLeavesOutputAlone() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in Self.cycleFiles { try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name)) }
        let previous = "precious content\n"
        try Data(previous.utf8).write(to: URL(fileURLWithPath: directory + "/out.md"))
        let run = try Self.run(["merge", "a.yaml", "b.yaml", "-o", "out.md"], in: directory)
        #expect(run.status == 65)
        #expect(run.out == "")
        #expect(run.err.contains("b.yaml:11:20: error: merging closes a prerequisite cycle: a/y → a/x → a/y"))
        #expect(run.err.contains("b.yaml:11:20: note: `a/y` requires `a/x` here"))
        #expect(run.err.contains("a.yaml:11:20: note: `a/x` requires `a/y` here"))
        #expect(String(decoding: FileManager.default.contents(atPath: directory + "/out.md") ?? Data(), as: UTF8.self) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["a.yaml", "b.yaml", "out.md"])
        // Without -o, nothing on stdout either.
        let toStdout = try Self.run(["merge", "a.yaml", "b.yaml"], in: directory)
        #expect(toStdout.status == 65)
        #expect(toStdout.out == "")
    }

    @Test("--id must be a slug: exit 64 with a suggestion")
    func badID() throws {
        let run = try Self.run(["merge", "--id", "Bad Id"])
        #expect(run.status == 64)
        #expect(run.out == "")
        #expect(run.err.contains("--id must be a slug"))
        #expect(run.err.contains("`Bad Id`"))
    }

    @Test("--suggest lists look-alikes with their reason and the same-as that confirms them, and merges nothing")
    func suggest() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let a = "id: a\ntitle: A\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: app-security\n        title: Security\n"
        let b = "id: b\ntitle: B\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: network-security\n        title: \"Security:\"\n"
        try Data(a.utf8).write(to: URL(fileURLWithPath: directory + "/a.yaml"))
        try Data(b.utf8).write(to: URL(fileURLWithPath: directory + "/b.yaml"))
        let run = try Self.run(["merge", "a.yaml", "b.yaml", "--suggest"], in: directory)
        #expect(run.status == 0)
        #expect(run.out == """
            a/app-security  ~  b/network-security
                because: same title "security"
                at a.yaml:7:13
                at b.yaml:7:13
                to merge them: same-as: [a/app-security]  # in topic `network-security` of b
            1 suggestion; none is applied until you write `same-as` or `aliases`.

            """)
        let bundled = try Self.run(["merge", "--suggest"])
        #expect(bundled.status == 0)
        #expect(bundled.out == "No suggestions: no unmerged topics with equal or similar titles or shared resource URLs.\n")
    }

    @Test("`roadmap plugins` lists every bundled plugin once, with the kinds it renders")
    func plugins() throws {
        let run = try Self.run(["plugins"])
        #expect(run.status == 0)
        let rows = run.out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.first.map { Array($0.prefix(4)) } == ["NAME", "KINDS", "FROM", "WHAT"])
        let bundled = rows.dropFirst().filter { $0.count > 2 && $0[2] == "bundled" }
        let kinds = Dictionary(bundled.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
        #expect(bundled.count == kinds.count, "each name once")
        #expect(kinds["terminal"] == "roadmap,curriculum,diff,plan,overlap")
        #expect(kinds["markdown"] == "roadmap,curriculum,diff,plan,overlap")
        #expect(kinds["json"] == "roadmap,curriculum,diff,plan,overlap")
        #expect(kinds["html"] == "roadmap,curriculum,diff")
        #expect(kinds["ics"] == "plan")
        #expect(kinds["yaml"] == "roadmap,curriculum")
        #expect(kinds["mermaid"] == "roadmap,curriculum")
        #expect(kinds["dot"] == "roadmap,curriculum")
        #expect(kinds["brief"] == "diff")
        #expect(Set(kinds.keys).isSuperset(of: ["terminal", "markdown", "json", "yaml", "mermaid", "dot"]))
    }

    @Test("`show` renders one bundled roadmap through the same plugins")
    func show() throws {
        for format in ["markdown", "json", "yaml", "mermaid", "dot", "terminal"] {
            let run = try Self.run(["show", "mlops", "--format", format])
            #expect(run.status == 0, "\(format): \(run.err)")
            #expect(run.out.contains(format == "mermaid" || format == "dot" ? "Python" : "MLOps"), "\(format)")
        }
        let yaml = try Self.run(["show", "mlops", "--format", "yaml"])
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(yaml.out.utf8).write(to: URL(fileURLWithPath: directory + "/mlops.yaml"))
        let validate = try Self.run(["validate", "mlops.yaml"], in: directory)
        #expect(validate.status == 0, "\(validate.err)")
    }
}
