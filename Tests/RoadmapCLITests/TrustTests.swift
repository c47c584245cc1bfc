import Foundation
import Testing

/// The promises of issue 10 ("nothing lost, nothing hangs, nobody gets in"), each checked on
/// the built binary the way a user meets it: a full disk, a closed pipe, a FIFO, a plugin that
/// hangs, a hostile file name or title, a revision that looks like an option.
@Suite("Trust: nothing lost, nothing hangs, nobody gets in")
struct TrustTests {
    /// A small valid roadmap.
    static func roadmap(id: String = "t", title: String = "T", extra: String = "") -> String {
        "id: \(id)\ntitle: \(title)\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: a\n        title: A\n\(extra)"
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    // MARK: standard output

    @Test("a write to a full disk is an I/O error (exit 74, with a message), for every command that prints",
          arguments: ["merge --format json", "merge", "list", "validate", "schema format", "show mlops --format yaml", "plugins"])
    func fullDisk(_ command: String) throws {
        let run = try CLI.shell("\"$ROADMAP\" \(command) > /dev/full")
        #expect(run.status == 74, "\(command): \(run.err)")
        #expect(run.err.contains("cannot write standard output: No space left on device"))
    }

    @Test("a closed pipe (| head) ends the run quietly, by SIGPIPE as git does")
    func closedPipe() throws {
        let run = try CLI.shell("(\"$ROADMAP\" merge --format json 2>err.txt; echo $? > status.txt) | head -c 10 > /dev/null; cat status.txt; grep -c error: err.txt",
                                in: try CLI.temporaryFolder())
        #expect(run.out == "141\n0\n", "stdout: \(run.out)")
    }

    // MARK: diff sees resource edits

    static let resources = "        resources:\n          - title: Guide\n            url: http://example.com/guide\n            type: docs\n            provider: Example\n            free: true\n          - title: Course\n            url: https://example.com/course\n"

    @Test("a diff sees every edit of a resource, the URL as written too, and a reorder; both ways",
          arguments: [
            ("url: http://example.com/guide", "url: https://example.com/guide", "resource https://example.com/guide: url http://example.com/guide -> https://example.com/guide"),
            ("url: http://example.com/guide", "url: http://example.com/guide#part-2", "resource https://example.com/guide: url http://example.com/guide -> http://example.com/guide#part-2"),
            ("url: http://example.com/guide", "url: http://example.com/guide?ref=home", "resource https://example.com/guide: url http://example.com/guide -> http://example.com/guide?ref=home"),
            ("url: http://example.com/guide", "url: http://example.com/guide/", "resource https://example.com/guide: url http://example.com/guide -> http://example.com/guide/"),
            ("title: Guide", "title: The Guide", "resource https://example.com/guide: title Guide -> The Guide"),
            ("type: docs", "type: book", "resource https://example.com/guide: type docs -> book"),
            ("provider: Example", "provider: Other", "resource https://example.com/guide: provider Example -> Other"),
            ("free: true", "free: false", "resource https://example.com/guide: free true -> false"),
          ])
    func resourceEdits(_ edit: (String, String, String)) throws {
        let folder = try CLI.temporaryFolder()
        let old = Self.roadmap(extra: Self.resources)
        try Self.write(old, to: folder + "/old.yaml")
        try Self.write(old.replacingOccurrences(of: edit.0, with: edit.1), to: folder + "/new.yaml")
        let run = try CLI.run(["diff", "old.yaml", "new.yaml", "--format", "brief", "--exit-code"], in: folder)
        #expect(run.status == 1, "\(run.out) \(run.err)")
        #expect(run.out.contains(edit.2), "\(run.out)")
        let back = try CLI.run(["diff", "new.yaml", "old.yaml", "--format", "brief", "--exit-code"], in: folder)
        #expect(back.status == 1)
        let parts = edit.2.components(separatedBy: " -> ")
        let field = parts[0].components(separatedBy: " ").dropLast().joined(separator: " ")
        let before = parts[0].components(separatedBy: " ").last!
        #expect(back.out.contains("\(field) \(parts[1]) -> \(before)"), "mirror: \(back.out)")
    }

    @Test("a reorder of resources is a change")
    func resourceReorder() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write(Self.roadmap(extra: Self.resources), to: folder + "/old.yaml")
        let swapped = "        resources:\n          - title: Course\n            url: https://example.com/course\n          - title: Guide\n            url: http://example.com/guide\n            type: docs\n            provider: Example\n            free: true\n"
        try Self.write(Self.roadmap(extra: swapped), to: folder + "/new.yaml")
        let run = try CLI.run(["diff", "old.yaml", "new.yaml", "--format", "brief", "--exit-code"], in: folder)
        #expect(run.status == 1)
        #expect(run.out.contains("resources order -[https://example.com/guide, https://example.com/course] +[https://example.com/course, https://example.com/guide]"), "\(run.out)")
        #expect(try CLI.run(["diff", "old.yaml", "old.yaml", "--exit-code"], in: folder).status == 0)
    }

    // MARK: replacing files

    @Test("fmt and -o keep a file's permissions")
    func keepsMode() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/t.yaml"
        try Self.write("id: t\ntitle:   T\nsections:\n  - id: s\n    title: S\n    topics:\n      - {id: a, title: A}\n", to: path)
        chmod(path, 0o600)
        let run = try CLI.run(["fmt", path])
        #expect(run.status == 0, "\(run.err)")
        #expect(try Self.mode(path) == 0o600)
        let out = folder + "/out.json"
        try Self.write("{}", to: out)
        chmod(out, 0o640)
        #expect(try CLI.run(["merge", "--format", "json", "-o", out]).status == 0)
        #expect(try Self.mode(out) == 0o640)
    }

    @Test("a read-only file is not replaced without --force (exit 73), and is with it")
    func readOnly() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/t.yaml"
        let text = "id: t\ntitle:   T\nsections:\n  - id: s\n    title: S\n    topics:\n      - {id: a, title: A}\n"
        try Self.write(text, to: path)
        chmod(path, 0o444)
        let refused = try CLI.run(["fmt", path])
        #expect(refused.status == 73)
        #expect(refused.err.contains("not replacing \(path): it is read-only"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let forced = try CLI.run(["fmt", "--force", path])
        #expect(forced.status == 0, "\(forced.err)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) != text)
        #expect(try Self.mode(path) == 0o444)

        let out = folder + "/out.md"
        try Self.write("keep", to: out)
        chmod(out, 0o444)
        #expect(try CLI.run(["merge", "-o", out]).status == 73)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep")
    }

    @Test("a hard-linked file is not split from its links without --force (exit 73)")
    func hardLinked() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/t.yaml"
        try Self.write("id: t\ntitle:   T\nsections:\n  - id: s\n    title: S\n    topics:\n      - {id: a, title: A}\n", to: path)
        link(path, folder + "/other.yaml")
        let refused = try CLI.run(["fmt", path])
        #expect(refused.status == 73)
        #expect(refused.err.contains("it has 1 other hard link"))
        #expect(try CLI.run(["fmt", "--force", path]).status == 0)
    }

    // MARK: hangs

    @Test("a FIFO as input, in a folder, or as an extends base is an error at once (exit 66)")
    func fifo() throws {
        let folder = try CLI.temporaryFolder()
        mkfifo(folder + "/pipe.yaml", 0o644)
        mkdir(folder + "/d", 0o755)
        mkfifo(folder + "/d/x.yaml", 0o644)
        try Self.write("id: v\ntitle: V\nextends: ./pipe.yaml\n", to: folder + "/v.yaml")
        for arguments in [["validate", "pipe.yaml"], ["validate", "d"], ["merge", "pipe.yaml"], ["fmt", "pipe.yaml"]] {
            let run = try CLI.run(arguments, in: folder, timeout: 10)
            #expect(!run.timedOut && run.status == 66, "\(arguments): \(run.status) \(run.err)")
            #expect(run.err.contains("not a regular file"))
        }
        let variant = try CLI.run(["validate", "v.yaml"], in: folder, timeout: 10)
        #expect(!variant.timedOut && variant.status == 65)
        #expect(variant.err.contains("v.yaml:3:10: error: expected `extends` to name a readable roadmap file, but not a regular file: pipe.yaml"))
    }

    @Test("extends through ./ paths that point at each other is a located cycle, not a crash")
    func extendsCycle() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write("id: a\ntitle: A\nextends: ./b.yaml\n", to: folder + "/a.yaml")
        try Self.write("id: b\ntitle: B\nextends: ./a.yaml\n", to: folder + "/b.yaml")
        let run = try CLI.run(["validate", "a.yaml"], in: folder)
        #expect(!run.crashed && run.status == 65)
        #expect(run.err.contains("a.yaml:3:10: error: `extends` forms a cycle: a.yaml → b.yaml → a.yaml"), "\(run.err)")
    }

    @Test("a 3,000-deep extends chain is one located error, not a stack overflow")
    func deepChain() throws {
        let folder = try CLI.temporaryFolder()
        for index in 0..<3000 {
            try Self.write("id: n\(index)\ntitle: N\nextends: ./n\(index + 1).yaml\n", to: folder + "/n\(index).yaml")
        }
        try Self.write(Self.roadmap(id: "n3000"), to: folder + "/n3000.yaml")
        let run = try CLI.run(["validate", "n0.yaml"], in: folder)
        #expect(!run.crashed && run.status == 65)
        #expect(run.err.contains("n32.yaml:3:10: error: expected a chain of at most 32 `extends`"), "\(run.err)")
    }

    @Test("fmt - and import - stop reading standard input at --max-file-size")
    func standardInputLimit() throws {
        for command in ["fmt - --max-file-size 100000", "import - --max-file-size 100000"] {
            let run = try CLI.shell("\"$ROADMAP\" \(command) < /dev/zero", timeout: 20)
            #expect(!run.timedOut && run.status == 65, "\(command): \(run.err)")
            #expect(run.err.contains("standard input is more than 100000 bytes, the limit"))
        }
    }

    // MARK: plugins

    /// A folder with external plugins: `quit` exits at once (one line written, its input unread), `hang` (and a child of it) sleeps,
    /// `fail` writes an escape sequence and a long standard error and exits 3.
    static func plugins() throws -> String {
        let folder = try CLI.temporaryFolder()
        let scripts = [
            "quit": "#!/bin/sh\necho done; exit 0\n",
            "hang": "#!/bin/sh\nsleep 300 &\necho $! > \"$PIDS/child\"\necho $$ > \"$PIDS/plugin\"\nsleep 300\n",
            "fail": "#!/bin/sh\ni=0; while [ $i -lt 20000 ]; do echo \"line $i\" >&2; i=$((i+1)); done\nprintf 'bad \\033[2J end\\n' >&2\nexit 3\n",
        ]
        for (name, script) in scripts {
            let path = folder + "/roadmap-plugin-" + name
            try Self.write(script, to: path)
            chmod(path, 0o755)
        }
        return folder
    }

    /// True when the process whose id is in `pidFile` is alive (a zombie left to a PID 1 that
    /// does not reap is not).
    static func isRunning(_ pidFile: String) -> Bool {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return !stat.contains(") Z ")
    }

    @Test("a plugin that exits without reading its input never kills the tool with SIGPIPE")
    func pluginQuits() throws {
        let folder = try Self.plugins()
        for _ in 0..<5 {
            let run = try CLI.run(["merge", "--format", "quit", "--plugin-dir", folder])
            #expect(!run.crashed && run.status == 0, "\(run.status) \(run.err)")
        }
    }

    @Test("a plugin that hangs is stopped at its timeout with every process it started (exit 70)")
    func pluginHangs() throws {
        let folder = try Self.plugins()
        let run = try CLI.run(["merge", "--format", "hang", "--plugin-dir", folder, "--plugin-timeout", "1"],
                              timeout: 20, environment: ["PIDS": folder])
        #expect(!run.timedOut && run.status == 70)
        #expect(run.err.contains("plugin `hang` (\(folder)/roadmap-plugin-hang) did not finish within 1 s"))
        usleep(200_000)
        #expect(!Self.isRunning(folder + "/plugin") && !Self.isRunning(folder + "/child"))
        let fromEnvironment = try CLI.run(["merge", "--format", "hang", "--plugin-dir", folder], timeout: 20,
                                          environment: ["PIDS": folder, "ROADMAP_PLUGIN_TIMEOUT": "1"])
        #expect(fromEnvironment.status == 70 && fromEnvironment.seconds < 15)
    }

    @Test("SIGTERM or Ctrl-C while a plugin runs ends the plugin's group, leaves no temporary file, and ends the tool by that signal",
          arguments: [SIGTERM, SIGINT])
    func interrupted(_ signal: Int32) throws {
        let folder = try Self.plugins()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CLI.binary))
        process.arguments = ["merge", "--format", "hang", "--plugin-dir", folder, "-o", folder + "/out.txt"]
        process.environment = ProcessInfo.processInfo.environment.merging(["PIDS": folder]) { _, new in new }
        process.standardError = FileHandle.nullDevice
        try process.run()
        let started = Date()
        while !FileManager.default.fileExists(atPath: folder + "/plugin"), Date().timeIntervalSince(started) < 15 { usleep(50_000) }
        usleep(100_000)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                "ended by \(process.terminationReason == .uncaughtSignal ? "signal" : "exit") \(process.terminationStatus)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("tmp-") }
        #expect(left.isEmpty, "temporary files left: \(left)")
        usleep(300_000)
        #expect(!Self.isRunning(folder + "/plugin") && !Self.isRunning(folder + "/child"))
    }

    @Test("a failed plugin is named with its exit status and the end of its standard error, made inert")
    func pluginFails() throws {
        let folder = try Self.plugins()
        let run = try CLI.run(["merge", "--format", "fail", "--plugin-dir", folder])
        #expect(run.status == 70)
        #expect(run.err.contains("plugin `fail` (\(folder)/roadmap-plugin-fail) failed with exit status 3; its standard error ends: [plugin-failed]\n"))
        #expect(run.err.contains("bad \\u{1B}[2J end"))
        #expect(!run.err.contains("line 100\n"), "only the tail of a long standard error is shown")
        #expect(!run.stderr.contains(0x1B))
    }

    // MARK: nobody gets in

    @Test("extends reads only roadmap files, and no file that is not one is quoted")
    func extendsOnlyRoadmaps() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write("SECRET_TOKEN=hunter2\n", to: folder + "/.env")
        try Self.write("id: v\ntitle: V\nextends: ./.env\n", to: folder + "/v.yaml")
        let run = try CLI.run(["validate", "v.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.err.contains("v.yaml:3:10: error: expected `extends` to name a roadmap id or a roadmap file ending in .yaml or .yml, found `./.env`"))
        #expect(!run.err.contains("hunter2"))
        let direct = try CLI.run(["validate", ".env"], in: folder)
        #expect(direct.status == 66)
        #expect(direct.err.contains("not a roadmap file"))
        #expect(!direct.err.contains("hunter2"))
    }

    @Test("control characters and bidi overrides never reach the terminal raw")
    func inertTerminal() throws {
        let folder = try CLI.temporaryFolder()
        // An unknown key holding an escape sequence (clear screen) and an OSC 52 clipboard write.
        try Self.write(Self.roadmap(id: "bad", extra: "        \"x\\e[2J\\e]52;c;aGk=\\a\\u202E\": 1\n"), to: folder + "/bad.yaml")
        let bad = try CLI.run(["validate", "bad.yaml"], in: folder)
        #expect(bad.status == 65)
        #expect(!bad.stderr.contains(0x1B) && !bad.stderr.contains(0x07))
        #expect(!bad.err.contains("\u{202E}"))
        #expect(bad.err.contains("\\u{1B}[2J"))

        let good = try CLI.temporaryFolder()
        try Self.write(Self.roadmap(id: "ok", title: "\"T \\e[31m red \\u202E\""), to: good + "/ok.yaml")
        let list = try CLI.run(["list", "--roadmap-dir", good])
        #expect(list.status == 0, "\(list.err)")
        #expect(!list.stdout.contains(0x1B) && !list.out.contains("\u{202E}"))

        let plugins = try CLI.temporaryFolder()
        let name = plugins + "/roadmap-plugin-x\u{1B}]52;c;aGk=\u{07}"
        try Self.write("#!/bin/sh\nexit 0\n", to: name)
        chmod(name, 0o755)
        let shown = try CLI.run(["plugins", "--plugin-dir", plugins])
        #expect(!shown.stdout.contains(0x1B) && !shown.stdout.contains(0x07))
    }

    @Test("a revision that looks like an option never reaches git as one")
    func gitOptionInjection() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write(Self.roadmap(), to: folder + "/t.yaml")
        // `git show --output=out:./victim.yaml` would write into the folder `out:.`.
        mkdir(folder + "/out:.", 0o755)
        let run = try CLI.shell("""
            git init -q . && git add t.yaml && git -c user.name=t -c user.email=t@t commit -qm one
            "$ROADMAP" diff -- '--output=out:victim.yaml' t.yaml; echo "status $?"
            test -e 'out:./victim.yaml' && echo "victim written" || echo "no victim"
            """, in: folder)
        #expect(run.err.contains("git has no revision `--output=out`"), "\(run.err)")
        #expect(run.out.hasSuffix("status 66\nno victim\n"), "\(run.out) \(run.err)")
    }

    @Test("REV:PATH is git's: branches with slashes, PATH from the top, REV:./PATH from here")
    func gitRevisions() throws {
        let folder = try CLI.temporaryFolder()
        mkdir(folder + "/Roadmaps", 0o755)
        try Self.write(Self.roadmap(), to: folder + "/Roadmaps/t.yaml")
        let run = try CLI.shell("""
            git init -q . && git add . && git -c user.name=t -c user.email=t@t commit -qm one && git branch feature/x
            "$ROADMAP" diff feature/x:Roadmaps/t.yaml Roadmaps/t.yaml --exit-code; echo "branch $?"
            cd Roadmaps
            "$ROADMAP" diff HEAD:Roadmaps/t.yaml t.yaml --exit-code; echo "top $?"
            "$ROADMAP" diff HEAD:./t.yaml t.yaml --exit-code; echo "here $?"
            """, in: folder)
        #expect(run.out.contains("branch 0\n") && run.out.contains("top 0\n") && run.out.contains("here 0\n"), "\(run.out) \(run.err)")
    }

    // MARK: YAML output injection

    @Test("hostile x- keys come out of --format yaml quoted: the output loads back as the same roadmap")
    func yamlKeysQuoted() throws {
        let folder = try CLI.temporaryFolder()
        let longKey = "x-" + String(repeating: "k", count: 1_100)
        let hostile = "        \"x-evil\\n      - id: injected\\n        title: Injected\": 1\n        \"x-colon: b #c\": [1, \"a: b\"]\n        ? \(longKey)\n        : long\n        \"x-\\e[2J\": esc\n"
        try Self.write(Self.roadmap(extra: hostile), to: folder + "/a.yaml")
        let original = try CLI.run(["show", "a.yaml", "--format", "json"], in: folder)
        #expect(original.status == 0, "\(original.err)")
        for command in [["show", "a.yaml"], ["merge", "a.yaml"]] {
            let yaml = try CLI.run(command + ["--format", "yaml", "-o", "out.yaml"], in: folder)
            #expect(yaml.status == 0, "\(yaml.err)")
            let back = try CLI.run(["show", "out.yaml", "--format", "json"], in: folder)
            #expect(back.status == 0, "\(command): \(back.err)")
            let topics = try #require(try JSONSerialization.jsonObject(with: back.stdout) as? [String: Any])["sections"] as? [[String: Any]]
            #expect(topics?.first?["topics"].map { ($0 as? [Any])?.count } == 1, "no injected topic")
            let text = try String(contentsOfFile: folder + "/out.yaml", encoding: .utf8)
            #expect(!text.contains("\n      - id: injected"))
            #expect(try CLI.run(["fmt", "--check", "out.yaml"], in: folder).status == 0 || command[0] == "merge")
            if command[0] == "show" {
                // The same document, but for where it was read from (file, line and column).
                func content(_ text: String) -> [Substring] {
                    text.replacingOccurrences(of: "out.yaml", with: "a.yaml").split(separator: "\n")
                        .filter { !$0.contains("\"line\" :") && !$0.contains("\"column\" :") }
                }
                #expect(content(back.out) == content(original.out))
            }
        }
    }

    @Test("a URL with a control character, NUL or a bidi override is rejected", arguments: ["\\e[2J", "\\0", "\\u202E", "\\x85"])
    func hostileURL(_ character: String) throws {
        let folder = try CLI.temporaryFolder()
        try Self.write(Self.roadmap(extra: "        resources:\n          - title: R\n            url: \"https://example.com/a\(character)b\"\n"), to: folder + "/a.yaml")
        let run = try CLI.run(["validate", "a.yaml"], in: folder)
        #expect(run.status == 65, "\(character): \(run.err)")
        #expect(run.err.contains("url"))
        #expect(!run.stderr.contains(0x1B) && !run.stderr.contains(0))
    }

    // MARK: exit codes that match what happened

    @Test("an empty folder, a folder with no roadmap file, or a missing --roadmap-dir is an error naming it (exit 66)")
    func missingInputs() throws {
        let folder = try CLI.temporaryFolder()
        mkdir(folder + "/empty", 0o755)
        mkdir(folder + "/notes", 0o755)
        try Self.write("hello", to: folder + "/notes/readme.txt")
        for arguments in [["validate", "empty"], ["merge", "empty"], ["validate", "notes"], ["fmt", "empty"],
                          ["validate", "--roadmap-dir", "/nonexistent"], ["list", "--roadmap-dir", "/nonexistent"],
                          ["merge", "--roadmap-dir", "/nonexistent"]] {
            let run = try CLI.run(arguments, in: folder)
            #expect(run.status == 66, "\(arguments): \(run.status) \(run.err)")
            #expect(run.err.contains(arguments.last!), "\(arguments): \(run.err)")
            #expect(run.out == "", "\(arguments): no curriculum, no 0 roadmaps valid")
        }
    }

    @Test("show and diff take one roadmap an argument: a folder is a usage error with a message (exit 64)")
    func folderForOneRoadmap() throws {
        for arguments in [["show", "Roadmaps"], ["diff", "Roadmaps", "x.yaml"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.err.contains("expected one roadmap (a file, an id or REV:PATH) for each argument, found the folder `Roadmaps`"))
        }
    }

    @Test("list warns of a roadmap whose file name is not its id (merge ID would not find it)")
    func misnamedRoadmap() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write(Self.roadmap(id: "mine"), to: folder + "/other.yaml")
        let run = try CLI.run(["list", "--roadmap-dir", folder])
        #expect(run.status == 0)
        #expect(run.err.contains("other.yaml:1:5: warning: the roadmap `mine` is in a file named `other`, so `roadmap merge mine` does not find it"), "\(run.err)")
    }

    @Test("diff-driver reads files as validate does: invalid UTF-8 is no roadmap, and a text diff follows")
    func diffDriverUTF8() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write(Self.roadmap(), to: folder + "/old.yaml")
        // The same roadmap but for an invalid byte in a comment: decoded leniently, it would be "no differences".
        let bytes = Array(Self.roadmap().utf8) + Array("# note ".utf8) + [0xFF] + Array("\n".utf8)
        _ = FileManager.default.createFile(atPath: folder + "/new.yaml", contents: Data(bytes))
        let run = try CLI.run(["diff-driver", "t.yaml", "old.yaml", "0000000", "100644", "new.yaml", "0000000", "100644"], in: folder)
        #expect(run.out.contains("(not a valid roadmap on both sides: a text diff follows)"), "\(run.out)")
        #expect(run.out.contains("--- a/t.yaml") && run.out.contains("+++ b/t.yaml"))
        #expect(!run.out.contains("No differences"))
    }

    // MARK: the fuzz targets' invariants, on every seed

    @Test("the fuzz targets' checks pass on every seed (replayed without libFuzzer)",
          arguments: [("load", ["Roadmaps", "Tests/RoadmapLibraryTests/Fixtures/valid", "Tests/RoadmapLibraryTests/Fixtures/invalid", "Tests/RoadmapLibraryTests/Fixtures/fmt", "Fuzz/seeds/yaml"]),
                      ("fmt", ["Roadmaps", "Tests/RoadmapLibraryTests/Fixtures/fmt", "Fuzz/seeds/yaml"]),
                      ("import", ["Tests/RoadmapLibraryTests/Fixtures/import", "Fuzz/seeds/markdown", "README.md", "docs/format.md"]),
                      ("template", ["Fuzz/seeds/templates", "docs/templates/checklist", "docs/templates/csv"])])
    func fuzzSeeds(_ target: (String, [String])) throws {
        let roadmap = try #require(CLI.binary)
        let replayer = (roadmap as NSString).deletingLastPathComponent + "/roadmap-fuzz"
        let run = try CLI.run([target.0] + target.1, timeout: 120, executable: replayer)
        #expect(run.status == 0, "\(target.0): \(run.err.suffix(2000))")
        #expect(run.out.contains("every check passed"), "\(run.out.suffix(500))")
    }

    // MARK: found by trying the tool as a hostile user

    @Test("a link named .yaml that points at another kind of file is refused, and nothing of that file is printed")
    func linkToSecret() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write("SECRET_TOKEN=hunter2\nroot:x:0:0\n", to: folder + "/secret.env")
        symlink(folder + "/secret.env", folder + "/base.yaml")
        try Self.write("id: v\ntitle: V\nextends: base.yaml\n", to: folder + "/v.yaml")
        for arguments in [["validate", "v.yaml"], ["validate", "base.yaml"], ["show", "base.yaml"], ["list", "--roadmap-dir", "."]] {
            let run = try CLI.run(arguments, in: folder)
            #expect(run.status != 0, "\(arguments)")
            #expect(!run.err.contains("hunter2") && !run.out.contains("hunter2") && !run.err.contains("root:x"), "\(arguments): \(run.err)")
            #expect(run.err.contains("not a roadmap file"), "\(arguments): \(run.err)")
        }
    }

    /// A folder with plugins that write bytes that are not UTF-8, write forever, or succeed with a warning.
    static func bytePlugins() throws -> String {
        let folder = try CLI.temporaryFolder()
        let scripts = [
            "bytes": "#!/bin/sh\nprintf '\\200\\377\\376A'\n",
            "forever": "#!/bin/sh\ntrap '' PIPE\nwhile :; do echo line; sleep 0.01; done\n",
            "warns": "#!/bin/sh\ncat > /dev/null\nprintf 'warning: \\033[31mlate\\n' >&2\necho done\n",
        ]
        for (name, script) in scripts {
            try Self.write(script, to: folder + "/roadmap-plugin-" + name)
            chmod(folder + "/roadmap-plugin-" + name, 0o755)
        }
        return folder
    }

    @Test("a plugin's output reaches standard output and -o byte for byte, UTF-8 or not")
    func pluginBytes() throws {
        let folder = try Self.bytePlugins()
        let run = try CLI.run(["merge", "--format", "bytes", "--plugin-dir", folder])
        #expect(run.status == 0)
        #expect(Array(run.stdout) == [0x80, 0xFF, 0xFE, 0x41])
        #expect(try CLI.run(["merge", "--format", "bytes", "--plugin-dir", folder, "-o", folder + "/out.bin"]).status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/out.bin"))) == [0x80, 0xFF, 0xFE, 0x41])
    }

    @Test("when standard output fails under a plugin that writes forever, the plugin is ended at once: exit 74, or SIGPIPE")
    func pluginOutputFails() throws {
        let folder = try Self.bytePlugins()
        let full = try CLI.shell("\"$ROADMAP\" merge --format forever --plugin-dir . --plugin-timeout 20 > /dev/full", in: folder, timeout: 15)
        #expect(!full.timedOut && full.status == 74, "\(full.status) \(full.err)")
        #expect(full.err.contains("cannot write standard output") && !full.err.contains("did not finish"))
        let pipe = try CLI.shell("(\"$ROADMAP\" merge --format forever --plugin-dir . --plugin-timeout 20; echo $? > status.txt) | head -c 5 > /dev/null; cat status.txt", in: folder, timeout: 15)
        #expect(!pipe.timedOut && pipe.out == "141\n", "\(pipe.out)")
    }

    @Test("what a plugin that succeeds writes to standard error is passed on, made inert")
    func pluginWarnings() throws {
        let folder = try Self.bytePlugins()
        let run = try CLI.run(["merge", "--format", "warns", "--plugin-dir", folder])
        #expect(run.status == 0 && run.out == "done\n")
        #expect(run.err.contains("roadmap: plugin `warns` wrote to standard error:\nwarning: \\u{1B}[31mlate\n"), "\(run.err)")
    }

    @Test("help and version text written to a full disk is an I/O error too")
    func helpToFullDisk() throws {
        for command in ["--version", "--help", "help merge"] {
            let run = try CLI.shell("\"$ROADMAP\" \(command) > /dev/full")
            #expect(run.status == 74, "\(command)")
        }
    }

    @Test("-o through a dangling link creates the file it names; a loop of links is refused (exit 73)")
    func danglingLink() throws {
        let folder = try CLI.temporaryFolder()
        symlink("target.json", folder + "/link.json")
        #expect(try CLI.run(["schema", "format", "-o", "link.json"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/target.json"))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.json")) == "target.json")
        symlink("loop2", folder + "/loop1")
        symlink("loop1", folder + "/loop2")
        let loop = try CLI.run(["schema", "format", "-o", "loop1"], in: folder)
        #expect(loop.status == 73 && loop.err.contains("form a loop"))
        #expect(try CLI.run(["schema", "format", "-o", ""], in: folder).status == 64)
    }

    @Test("a roadmap that extends its own id is a cycle, not an unknown roadmap")
    func extendsItself() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write("id: v6\ntitle: V\nextends: v6\n", to: folder + "/v6.yaml")
        let run = try CLI.run(["validate", "v6.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.err.contains("v6.yaml:3:10: error: `extends` forms a cycle: `v6` names this roadmap itself"), "\(run.err)")
    }

    @Test("diff-driver names a renamed file by its new path (git's eighth argument)")
    func diffDriverRename() throws {
        let folder = try CLI.temporaryFolder()
        try Self.write(Self.roadmap(), to: folder + "/old.yaml")
        try Self.write(Self.roadmap(title: "T2"), to: folder + "/new.yaml")
        let run = try CLI.run(["diff-driver", "a.yaml", "old.yaml", "0000000", "100644", "new.yaml", "0000000", "100644",
                               "b.yaml", "similarity index 90%\nrename from a.yaml\nrename to b.yaml\n"], in: folder)
        #expect(run.out.hasPrefix("roadmap diff a/a.yaml b/b.yaml\na/a.yaml → b/b.yaml\n"), "\(run.out)")
    }
}
