import Foundation
import Testing
import RoadmapModel

/// `roadmap diff` and `roadmap diff-driver`, end to end: the built binary on the bundled mlops
/// roadmap and an edited copy, in every format; `--exit-code`; error codes; git revisions as
/// sides; git's external diff driver; two merged curricula.
@Suite("CLI: diff")
struct DiffCommandTests {
    // MARK: - Helpers

    /// The text of `Roadmaps/mlops.yaml`.
    static func mlops() throws -> String {
        try String(contentsOfFile: CLI.packageRoot + "/Roadmaps/mlops.yaml", encoding: .utf8)
    }

    /// Removes the entry of topic `id` from `text` and returns it (up to the next topic or section).
    static func cut(_ id: String, from text: inout String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let start = try #require(text.range(of: "      - id: \(id)\n"), "no topic \(id)", sourceLocation: sourceLocation)
        let rest = text[start.upperBound...]
        let ends = ["\n      - id: ", "\n  - id: ", "\n\n  - id: "].compactMap { rest.range(of: $0)?.lowerBound }
        let end = ends.min().map { text.index(after: $0) } ?? text.endIndex
        let block = String(text[start.lowerBound..<end])
        text.removeSubrange(start.lowerBound..<end)
        return block
    }

    /// Replaces exactly one occurrence of `old` with `new`.
    static func replace(_ old: String, with new: String, in text: inout String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(text.components(separatedBy: old).count == 2, "expected `\(old)` once", sourceLocation: sourceLocation)
        text = text.replacingOccurrences(of: old, with: new)
    }

    /// The bundled mlops roadmap with one edit of each kind, and what `brief` says of each.
    static func editedMLOps() throws -> (text: String, brief: [String]) {
        var text = try mlops()
        replace("title: The Complete MLOps Study Roadmap\n", with: "title: The Complete MLOps Study Roadmap (2024)\n", in: &text)
        // Rename by `aliases`.
        replace("      - id: metadata-management\n", with: "      - id: model-metadata\n        aliases: [metadata-management]\n", in: &text)
        // A changed field, a changed resource URL, and one that only gains utm_source: the same
        // resource (matched by its normalised URL), whose URL changed as written.
        replace("        level: advanced\n        hours: 20\n", with: "        level: advanced\n        hours: 25\n", in: &text)
        replace("url: https://mlflow.org/\n", with: "url: https://mlflow.org/docs/latest/\n", in: &text)
        replace("url: https://dvc.org/\n", with: "url: https://dvc.org?utm_source=roadmap\n", in: &text)
        // Moved to another section (the end of foundations); mathematics moved to the top of foundations.
        let cloud = try cut("cloud-computing", from: &text)
        let mathematics = try cut("mathematics", from: &text)
        replace("\n  - id: algorithms-and-libraries\n", with: cloud + "\n  - id: algorithms-and-libraries\n", in: &text)
        replace("    topics:\n      - id: python\n", with: "    topics:\n" + mathematics + "      - id: python\n", in: &text)
        // Added at the end of projects; the interviews section (and its one topic) removed.
        let interviews = try #require(text.range(of: "\n  - id: interviews\n"))
        text.removeSubrange(text.index(after: interviews.lowerBound)..<text.endIndex)
        text += "      - id: feature-stores\n        title: Feature Stores\n        hours: 10\n"
        let brief = [
            "changed roadmap mlops: title The Complete MLOps Study Roadmap -> The Complete MLOps Study Roadmap (2024)",
            "removed section interviews",
            "reordered topic mathematics (in foundations)",
            "moved topic cloud-computing (from deployment to foundations)",
            "changed topic experiment-tracking (in experiments): resources -[MLFlow <https://mlflow.org/>] +[MLFlow <https://mlflow.org/docs/latest/>]",
            "renamed topic metadata-management -> model-metadata (in metadata): aliases +[metadata-management] [declared in `aliases` or `same-as`]",
            "changed topic data-versioning (in versioning): resource https://dvc.org: url https://dvc.org/ -> https://dvc.org?utm_source=roadmap",
            "changed topic model-monitoring (in monitoring): hours 20 -> 25",
            "added topic feature-stores (in projects)",
            "removed topic interview-preparation (in interviews)",
            "10 changes: 1 added, 2 removed, 1 renamed, 1 moved, 4 changed, 1 reordered",
        ]
        return (text, brief)
    }

    /// A temporary folder holding `edited.yaml` (the edited mlops roadmap).
    static func editedFolder() throws -> (folder: String, brief: [String]) {
        let folder = try CLI.temporaryFolder()
        let (text, brief) = try editedMLOps()
        try text.write(toFile: folder + "/edited.yaml", atomically: true, encoding: .utf8)
        return (folder, brief)
    }

    /// What one `git` run gave.
    struct GitRun {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs git in `directory` with no global or system configuration, NO_COLOR set.
    @discardableResult
    static func git(_ arguments: [String], in directory: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> GitRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
                             "-c", "init.defaultBranch=main", "-c", "core.pager=cat"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["NO_COLOR"] = "1"
        environment["ROADMAP_PATH"] = nil
        for key in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_EXTERNAL_DIFF"] { environment[key] = nil }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = ErrorData()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return GitRun(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData.get(), as: UTF8.self))
    }

    /// A holder for the error pipe's bytes read on another thread.
    final class ErrorData: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.withLock { data = value } }
        func get() -> Data { lock.withLock { data } }
    }

    /// A new git repository holding `roadmap.yaml` (the bundled mlops roadmap), committed.
    static func repository() throws -> String {
        let folder = try CLI.temporaryFolder()
        try #require(try git(["init", "-q"], in: folder).status == 0)
        try mlops().write(toFile: folder + "/roadmap.yaml", atomically: true, encoding: .utf8)
        try git(["add", "roadmap.yaml"], in: folder)
        try #require(try git(["commit", "-q", "-m", "mlops"], in: folder).status == 0)
        return folder
    }

    /// Changes model-monitoring's hours from 20 to 25 in `folder/roadmap.yaml`.
    static func editHours(in folder: String) throws {
        var text = try String(contentsOfFile: folder + "/roadmap.yaml", encoding: .utf8)
        replace("        level: advanced\n        hours: 20\n", with: "        level: advanced\n        hours: 25\n", in: &text)
        try text.write(toFile: folder + "/roadmap.yaml", atomically: true, encoding: .utf8)
    }

    static let hoursLine = "changed topic model-monitoring (in monitoring): hours 20 -> 25"

    // MARK: - Every edit, every format

    @Test("brief: one line an edit, each with its kind, then the counts")
    func brief() throws {
        let (folder, expected) = try Self.editedFolder()
        let run = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/edited.yaml", "--format", "brief"])
        #expect(run.status == 0)
        #expect(run.err == "")
        #expect(run.out.split(separator: "\n").map(String.init) == expected)
    }

    @Test("terminal (the default, no colour under NO_COLOR): each edit with its kind and details")
    func terminal() throws {
        let (folder, _) = try Self.editedFolder()
        let run = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/edited.yaml"])
        #expect(run.status == 0)
        #expect(!run.out.contains("\u{1B}"))
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Roadmaps/mlops.yaml → \(folder)/edited.yaml")
        for expected in [
            "~ changed roadmap mlops",
            "    title: The Complete MLOps Study Roadmap → The Complete MLOps Study Roadmap (2024)",
            "- removed section interviews",
            "~ reordered topic mathematics in foundations",
            "~ moved topic cloud-computing from deployment to foundations",
            "~ changed topic experiment-tracking in experiments",
            "    resources: removed [MLFlow <https://mlflow.org/>]; added [MLFlow <https://mlflow.org/docs/latest/>]",
            "~ renamed topic model-metadata (was metadata-management) in metadata",
            "    evidence: declared in `aliases` or `same-as`",
            "~ changed topic data-versioning in versioning",
            "    resource https://dvc.org: url: https://dvc.org/ → https://dvc.org?utm_source=roadmap",
            "~ changed topic model-monitoring in monitoring",
            "    hours: 20 → 25",
            "+ added topic feature-stores in projects",
            "- removed topic interview-preparation in interviews",
            "10 changes: 1 added, 2 removed, 1 renamed, 1 moved, 4 changed, 1 reordered",
        ] {
            #expect(lines.contains(expected), "terminal lacks \(expected.debugDescription)")
        }
    }

    @Test("markdown: a table row an edit, ready for a pull-request comment")
    func markdown() throws {
        let (folder, _) = try Self.editedFolder()
        let run = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/edited.yaml", "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("### Roadmap changes: `mlops` → `mlops`\n"))
        for expected in [
            "| changed | roadmap `mlops` |",
            "| removed | section `interviews` |",
            "| reordered | topic `mathematics` | in `foundations` |",
            "| moved | topic `cloud-computing` | from section `deployment` to `foundations` |",
            "| changed | topic `experiment-tracking` |",
            "| renamed | topic `model-metadata` | was `metadata-management`<br>in `metadata`",
            "| changed | topic `data-versioning` | in `versioning`<br>resource https:&#8203;//dvc.org: url: https:&#8203;//dvc.org/ → https:&#8203;//dvc.org?utm\\_source=roadmap |",
            "| changed | topic `model-monitoring` | in `monitoring`<br>hours: 20 → 25 |",
            "| added | topic `feature-stores` | in `projects` |",
            "| removed | topic `interview-preparation` | in `interviews` |",
        ] {
            #expect(run.out.contains(expected), "markdown lacks \(expected.debugDescription)")
        }
        #expect(run.out.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Change") && !$0.hasPrefix("| ---") }.count == 10)
        #expect(run.out.hasSuffix("\n10 changes: 1 added, 2 removed, 1 renamed, 1 moved, 4 changed, 1 reordered\n"))
    }

    @Test("json: the diff document, each change with kind, subject, ids, sections and fields")
    func json() throws {
        let (folder, _) = try Self.editedFolder()
        let run = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/edited.yaml", "--format", "json"])
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect(document["kind"] as? String == "diff")
        #expect(document["roadmap-api-version"] as? [Int] == [1, 3])
        #expect((document["old"] as? [String: Any])?["file"] as? String == "Roadmaps/mlops.yaml")
        let changes = try #require(document["changes"] as? [[String: Any]])
        let summary = changes.map { change in
            [change["change"], change["subject"], change["topic"], change["old-topic"], change["section"], change["old-section"]]
                .map { ($0 as? String) ?? "-" }.joined(separator: " ")
        }
        #expect(summary == [
            "changed roadmap mlops - - -",
            "removed section interviews - - -",
            "reordered topic mathematics - foundations -",
            "moved topic cloud-computing - foundations deployment",
            "changed topic experiment-tracking - experiments -",
            "renamed topic model-metadata metadata-management metadata -",
            "changed topic data-versioning - versioning -",
            "changed topic model-monitoring - monitoring -",
            "added topic feature-stores - projects -",
            "removed topic interview-preparation - interviews -",
        ])
        let hours = try #require(changes.first { $0["topic"] as? String == "model-monitoring" }?["fields"] as? [[String: Any]])
        #expect(hours.count == 1)
        #expect(hours.first?["field"] as? String == "hours")
        #expect(hours.first?["before"] as? String == "20" && hours.first?["after"] as? String == "25")
        let location = try #require(changes.first { $0["topic"] as? String == "feature-stores" }?["location"] as? [String: Any])
        #expect(location["file"] as? String == folder + "/edited.yaml")
    }

    @Test("-o writes the output to a file and nothing to stdout")
    func outputFile() throws {
        let (folder, expected) = try Self.editedFolder()
        let run = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/edited.yaml", "--format", "brief", "-o", folder + "/changes.txt"])
        #expect(run.status == 0)
        #expect(run.out == "")
        let written = try String(contentsOfFile: folder + "/changes.txt", encoding: .utf8)
        #expect(written == expected.joined(separator: "\n") + "\n")
    }

    // MARK: - Exit codes

    @Test("--exit-code: 1 when different (output still printed), 0 when the same with \"No differences.\"")
    func exitCode() throws {
        let (folder, expected) = try Self.editedFolder()
        let different = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/edited.yaml", "--format", "brief", "--exit-code"])
        #expect(different.status == 1)
        #expect(!different.crashed)
        #expect(different.out.split(separator: "\n").map(String.init) == expected)
        try Self.mlops().write(toFile: folder + "/copy.yaml", atomically: true, encoding: .utf8)
        for format in ["terminal", "brief", "markdown"] {
            let same = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/copy.yaml", "--format", format, "--exit-code"])
            #expect(same.status == 0, "\(format)")
            #expect(same.out.hasSuffix("No differences.\n"), "\(format): \(same.out)")
        }
        let bundled = try CLI.run(["diff", "mlops", "Roadmaps/mlops.yaml", "--exit-code"])
        #expect(bundled.status == 0)
        #expect(bundled.out == "<bundled>/mlops.yaml → Roadmaps/mlops.yaml\nNo differences.\n")
        let json = try CLI.run(["diff", "mlops", "mlops", "--format", "json", "--exit-code"])
        #expect(json.status == 0)
        #expect(json.out.contains("\"changes\" : [\n\n  ]") || json.out.contains("\"changes\" : []"))
    }

    @Test("without --exit-code a difference still exits 0; bundled ids work as sides")
    func bundledSides() throws {
        let run = try CLI.run(["diff", "mlops", "mlops-lite", "--format", "brief"])
        #expect(run.status == 0)
        #expect(run.out.contains("removed section database-management\n"))
        #expect(run.out.contains("added topic git (in foundations)\n"))
        #expect(run.out.contains("changed topic python (in foundations): "))
    }

    @Test("errors keep their codes: missing file 66, bad YAML 65, unknown format 64, with or without --exit-code",
          arguments: [false, true])
    func errors(exitCode: Bool) throws {
        let folder = try CLI.temporaryFolder()
        try "id: [unclosed\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        try "id: demo\ntitle: Demo\nsections: []\n".write(toFile: folder + "/invalid.yaml", atomically: true, encoding: .utf8)
        let flag = exitCode ? ["--exit-code"] : []
        let missing = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/missing.yaml"] + flag)
        #expect(missing.status == 66)
        #expect(missing.err.contains("missing.yaml"))
        #expect(missing.out == "")
        let badYAML = try CLI.run(["diff", folder + "/bad.yaml", "Roadmaps/mlops.yaml"] + flag)
        #expect(badYAML.status == 65)
        #expect(badYAML.err.contains("bad.yaml:1:"))
        #expect(badYAML.out == "")
        let invalid = try CLI.run(["diff", "Roadmaps/mlops.yaml", folder + "/invalid.yaml"] + flag)
        #expect(invalid.status == 65)
        #expect(invalid.err.contains("invalid.yaml:3:"))
        let format = try CLI.run(["diff", "Roadmaps/mlops.yaml", "Roadmaps/mlops.yaml", "--format", "nope"] + flag)
        #expect(format.status == 64)
        #expect(format.err.contains("nope"))
        let unknownID = try CLI.run(["diff", "mlops", "no-such-roadmap"] + flag)
        #expect(unknownID.status == 66)
        #expect(unknownID.err.contains("no-such-roadmap"))
        let oneSide = try CLI.run(["diff", "mlops"] + flag)
        #expect(oneSide.status == 64)
    }

    // MARK: - Git revisions

    @Test("REV:PATH sides are read with git: HEAD:file against the edited working copy, HEAD~1:file against HEAD:file")
    func gitRevision() throws {
        let repo = try Self.repository()
        try Self.editHours(in: repo)
        let run = try CLI.run(["diff", "HEAD:roadmap.yaml", "roadmap.yaml", "--format", "brief", "--exit-code"], in: repo)
        #expect(run.status == 1)
        #expect(run.out == Self.hoursLine + "\n1 change: 1 changed\n")
        #expect(run.err == "")
        let terminal = try CLI.run(["diff", "HEAD:roadmap.yaml", "roadmap.yaml"], in: repo)
        #expect(terminal.out.hasPrefix("HEAD:roadmap.yaml → roadmap.yaml\n"))
        let same = try CLI.run(["diff", "HEAD:roadmap.yaml", "mlops", "--exit-code"], in: repo)
        #expect(same.status == 0)
        try Self.git(["commit", "-q", "-am", "hours"], in: repo)
        let history = try CLI.run(["diff", "HEAD~1:roadmap.yaml", "HEAD:roadmap.yaml", "--format", "brief"], in: repo)
        #expect(history.status == 0)
        #expect(history.out == Self.hoursLine + "\n1 change: 1 changed\n")
        // A path is relative to the current folder, as in `git show REV:./PATH`.
        try FileManager.default.createDirectory(atPath: repo + "/sub", withIntermediateDirectories: true)
        let nested = try CLI.run(["diff", "HEAD~1:../roadmap.yaml", "HEAD:../roadmap.yaml", "--format", "brief"], in: repo + "/sub")
        #expect(nested.out == Self.hoursLine + "\n1 change: 1 changed\n", "\(nested.err)")
    }

    @Test("HEAD:missing.yaml exits 66 and says why; so does a revision that does not exist")
    func gitMissingPath() throws {
        let repo = try Self.repository()
        let run = try CLI.run(["diff", "HEAD:missing.yaml", "roadmap.yaml"], in: repo)
        #expect(run.status == 66)
        #expect(run.out == "")
        #expect(run.err.contains("HEAD:missing.yaml"))
        #expect(run.err.contains("git has no file `missing.yaml` at revision `HEAD`"))
        let revision = try CLI.run(["diff", "no-such-branch:roadmap.yaml", "roadmap.yaml"], in: repo)
        #expect(revision.status == 66)
        #expect(revision.err.contains("git has no revision `no-such-branch`"), "\(revision.err)")
    }

    @Test("a REV:PATH side outside a git repository is a clear error, exit 66")
    func gitOutsideRepository() throws {
        let folder = try CLI.temporaryFolder()
        try Self.mlops().write(toFile: folder + "/roadmap.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["diff", "HEAD:roadmap.yaml", "roadmap.yaml"], in: folder)
        #expect(run.status == 66)
        #expect(run.err.contains("not inside a git repository"), "\(run.err)")
        #expect(run.out == "")
    }

    // MARK: - git diff driver

    @Test("as git's diff driver (.gitattributes + diff.roadmap.command), `git diff` shows the semantic change")
    func diffDriver() throws {
        let binary = try #require(CLI.binary)
        let repo = try Self.repository()
        try "*.yaml diff=roadmap\n".write(toFile: repo + "/.gitattributes", atomically: true, encoding: .utf8)
        try Self.git(["add", ".gitattributes"], in: repo)
        try Self.git(["commit", "-q", "-m", "attributes"], in: repo)
        try Self.editHours(in: repo)
        let run = try Self.git(["-c", "diff.roadmap.command=\(binary) diff-driver", "diff"], in: repo)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == """
            roadmap diff a/roadmap.yaml b/roadmap.yaml
            a/roadmap.yaml → b/roadmap.yaml
            ~ changed topic model-monitoring in monitoring
                hours: 20 → 25
            1 change: 1 changed

            """)
        // Without the driver, git shows the text diff.
        let plain = try Self.git(["diff", "--no-ext-diff"], in: repo)
        #expect(plain.out.contains("-        hours: 20\n+        hours: 25\n"))
        // Nothing changed: git calls no driver and prints nothing.
        try Self.git(["checkout", "--", "roadmap.yaml"], in: repo)
        #expect(try Self.git(["-c", "diff.roadmap.command=\(binary) diff-driver", "diff"], in: repo).out == "")
    }

    @Test("the diff driver on a new file, and on a file that is not a valid roadmap")
    func diffDriverEdges() throws {
        let binary = try #require(CLI.binary)
        let repo = try Self.repository()
        try "*.yaml diff=roadmap\n".write(toFile: repo + "/.gitattributes", atomically: true, encoding: .utf8)
        try "id: other\ntitle: Other\nsections:\n  - id: s\n    title: S\n    topics:\n      - {id: t, title: T}\n"
            .write(toFile: repo + "/other.yaml", atomically: true, encoding: .utf8)
        try Self.git(["add", "-N", "other.yaml"], in: repo)
        let added = try Self.git(["-c", "diff.roadmap.command=\(binary) diff-driver", "diff", "--", "other.yaml"], in: repo)
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("roadmap diff a/other.yaml b/other.yaml\n"))
        // Broken YAML in the working copy: the driver says so; its help promises a text diff (`diff -u`).
        try "id: [unclosed\n".write(toFile: repo + "/roadmap.yaml", atomically: true, encoding: .utf8)
        let broken = try Self.git(["-c", "diff.roadmap.command=\(binary) diff-driver", "diff", "--", "roadmap.yaml"], in: repo)
        #expect(broken.status == 0, "\(broken.err)")
        #expect(broken.out.contains("not a valid roadmap"))
        #expect(broken.out.contains("+id: [unclosed"))
    }

    @Test("diff-driver called by hand with the wrong arguments is a usage error, 64")
    func diffDriverUsage() throws {
        let run = try CLI.run(["diff-driver", "only", "three", "arguments"])
        #expect(run.status == 64)
        #expect(run.err.contains("7 arguments"))
    }

    // MARK: - Merged curricula

    @Test("two merged curricula (merge --format yaml before and after editing data-science) diff to that edit")
    func curricula() throws {
        let folder = try CLI.temporaryFolder()
        var text = try String(contentsOfFile: CLI.packageRoot + "/Roadmaps/data-science.yaml", encoding: .utf8)
        try text.write(toFile: folder + "/data-science.yaml", atomically: true, encoding: .utf8)
        let arguments = ["merge", "data-science.yaml", "machine-learning", "data-engineering", "mlops", "--format", "yaml", "-o"]
        let before = try CLI.run(arguments + ["before.yaml"], in: folder)
        #expect(before.status == 0, "\(before.err)")
        // The edit: the resume topic's hours, and a new topic at the end (the extras section).
        let resume = try #require(text.range(of: "      - id: resume-writing\n"))
        let hours = try #require(text.range(of: "        hours: 4\n", range: resume.upperBound..<text.endIndex))
        text.replaceSubrange(hours, with: "        hours: 9\n")
        text += "      - id: data-storytelling\n        title: Data Storytelling\n        hours: 6\n"
        try text.write(toFile: folder + "/data-science.yaml", atomically: true, encoding: .utf8)
        let after = try CLI.run(arguments + ["after.yaml"], in: folder)
        #expect(after.status == 0, "\(after.err)")
        let run = try CLI.run(["diff", "before.yaml", "after.yaml", "--format", "brief", "--exit-code"], in: folder)
        #expect(run.status == 1, "\(run.err)")
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("changed topic ") && $0.contains("resume-writing") && $0.hasSuffix(": hours 4 -> 9") }, "\(run.out)")
        #expect(lines.contains { $0.hasPrefix("added topic ") && $0.contains("data-storytelling") }, "\(run.out)")
        #expect(lines.last == "2 changes: 1 added, 1 changed", "\(run.out)")
        let same = try CLI.run(["diff", "before.yaml", "before.yaml", "--exit-code"], in: folder)
        #expect(same.status == 0)
    }
}
