import Foundation
import Testing

/// A learner's session, run as a user would with the built binary: marking progress, the
/// progress in every output, a dated plan (and its .ics read by an independent parser), the
/// overlap table, and a merge without what is known.
@Suite("CLI: progress, plan and overlap")
struct LearnerCommandsTests {
    /// The progress file of the goldens: a subject of three roadmaps marked once, one doing, one skipped.
    static let progress = """
        # My progress
        roadmap-progress: 1
        topics:
          - ref: mlops/python          # Python of data-science, data-engineering and mlops
            status: done
            date: "2026-11-02"
          - ref: sql
            status: doing
            note: "the window functions chapter"
          - ref: data-science/resume-writing
            status: skipped

        """

    static func folder() throws -> String {
        let folder = try CLI.temporaryFolder()
        try progress.write(toFile: folder + "/progress.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    /// Compares `text` with the golden `Tests/PluginTests/Goldens/FOLDER/NAME` (ROADMAP_UPDATE_GOLDENS=1 writes it).
    static func expectGolden(_ text: String, _ name: String, folder: String = "learner",
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let path = CLI.packageRoot + "/Tests/PluginTests/Goldens/\(folder)/" + name
        if ProcessInfo.processInfo.environment["ROADMAP_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try #require(FileManager.default.contents(atPath: path), "missing golden \(name)", sourceLocation: sourceLocation)
        #expect(text == String(decoding: golden, as: UTF8.self), "golden \(name)", sourceLocation: sourceLocation)
    }

    static func json(_ run: CLIRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    }

    /// What `python3 -c script arguments…` prints in `folder`; the test fails (saying what to
    /// install) when Python or the packages it `needs` are missing.
    static func python(_ script: String, _ arguments: [String], in folder: String? = nil, needs: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with \(needs) is needed for this test (pip install …)", sourceLocation: sourceLocation)
        return String(decoding: data, as: UTF8.self)
    }

    static let planArguments = ["plan", "--hours-per-week", "10", "--start", "2026-12-07", "--days", "mon,wed,sat", "--progress", "progress.yaml"]

    @Test("every plugin shows the progress: goldens of merge, show, plan and overlap in each format")
    func goldens() throws {
        let folder = try Self.folder()
        let cases: [(arguments: [String], golden: String)] = [
            (["merge", "--progress", "progress.yaml", "-f", "terminal"], "merge-progress.txt"),
            (["merge", "--progress", "progress.yaml", "-f", "markdown"], "merge-progress.md"),
            (["merge", "--progress", "progress.yaml", "-f", "json"], "merge-progress.json"),
            (["merge", "--progress", "progress.yaml", "-f", "html"], "merge-progress.html"),
            (["merge", "--progress", "progress.yaml", "-f", "mermaid"], "merge-progress.mmd"),
            (["merge", "--progress", "progress.yaml", "-f", "dot"], "merge-progress.dot"),
            (["show", "mlops", "--progress", "progress.yaml", "-f", "terminal"], "show-mlops-progress.txt"),
            (["show", "mlops", "--progress", "progress.yaml", "-f", "markdown"], "show-mlops-progress.md"),
            (Self.planArguments + ["-f", "terminal"], "plan.txt"),
            (Self.planArguments + ["-f", "markdown"], "plan.md"),
            (Self.planArguments + ["-f", "json"], "plan.json"),
            (Self.planArguments + ["-f", "ics"], "plan.ics"),
            (["overlap", "-f", "terminal"], "overlap.txt"),
            (["overlap", "-f", "markdown"], "overlap.md"),
            (["overlap", "-f", "json"], "overlap.json"),
        ]
        for (arguments, golden) in cases {
            let run = try CLI.run(arguments, in: folder)
            #expect(run.status == 0, "\(arguments): \(run.err)")
            try Self.expectGolden(run.out, golden)
        }
        // The warnings of a run against one roadmap: a topic it lacks is a located warning.
        let show = try CLI.run(["show", "mlops", "--progress", "progress.yaml"], in: folder)
        #expect(show.err == "progress.yaml:10:10: warning: expected a topic of `mlops` (ROADMAP/ID, an id or an alias), found `data-science/resume-writing`, which names none [progress-unmatched]\n")
    }

    @Test("done once, done everywhere: Python marked as mlops/python is done in the merge and in each of its three roadmaps")
    func doneEverywhere() throws {
        let folder = try Self.folder()
        let merged = try Self.json(try CLI.run(["merge", "--progress", "progress.yaml", "-f", "json"], in: folder))
        let topics = try #require(merged["topics"] as? [[String: Any]])
        let done = topics.filter { ($0["progress"] as? [String: Any])?["status"] as? String == "done" }
        #expect(done.map { $0["id"] as? String } == ["data-science/python"])
        #expect((done.first?["from"] as? [String])?.count == 3)
        let totals = try #require(merged["progress"] as? [String: Any])
        #expect(totals["done"] as? Int == 1)
        #expect(totals["doing"] as? Int == 1)
        #expect(totals["skipped"] as? Int == 1)
        #expect(totals["left"] as? Int == 31)
        #expect(totals["hours-done"] as? Double == 60)
        for roadmap in ["data-science", "data-engineering", "mlops"] {
            let shown = try Self.json(try CLI.run(["show", roadmap, "--progress", "progress.yaml", "-f", "json"], in: folder))
            let sections = try #require(shown["sections"] as? [[String: Any]])
            let python = sections.flatMap { ($0["topics"] as? [[String: Any]]) ?? [] }.filter { $0["id"] as? String == "python" }
            #expect(python.count == 1, "\(roadmap)")
            #expect((python.first?["progress"] as? [String: Any])?["status"] as? String == "done", "\(roadmap)")
            #expect((python.first?["progress"] as? [String: Any])?["date"] as? String == "2026-11-02", "\(roadmap)")
        }
    }

    @Test("a topic renamed in a new version, its old id in aliases, keeps its progress; a ref that names nothing gets the closest topic")
    func renamedKeepsProgress() throws {
        let folder = try CLI.temporaryFolder()
        let version = { (id: String, aliases: String) in
            "id: course\ntitle: Course\nsections:\n  - id: basics\n    title: Basics\n    topics:\n      - id: \(id)\n        title: Statistics\n        hours: 10\n\(aliases)      - id: sql\n        title: SQL\n        hours: 5\n"
        }
        try version("stats", "").write(toFile: folder + "/v1.yaml", atomically: true, encoding: .utf8)
        try version("statistics", "        aliases: [stats]\n").write(toFile: folder + "/v2.yaml", atomically: true, encoding: .utf8)
        try "roadmap-progress: 1\ntopics:\n  - ref: course/stats\n    status: done\n  - ref: course/sqll\n    status: doing\n"
            .write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
        for file in ["v1.yaml", "v2.yaml"] {
            let run = try CLI.run(["show", file, "--progress", "p.yaml", "-f", "terminal"], in: folder)
            #expect(run.status == 0)
            #expect(run.out.contains("[x] Statistics ["), "\(file): \(run.out)")
            #expect(run.out.contains("progress (p.yaml): 1 done, 0 doing, 0 skipped, 1 left · 10 h done, 5 h left"), "\(file)")
            #expect(run.err == "p.yaml:5:10: warning: expected a topic of `course` (ROADMAP/ID, an id or an alias), found `course/sqll`, which names none; did you mean `course/sql`? [progress-unmatched]\n")
        }
        #expect(try CLI.run(["show", "v2.yaml", "--progress", "p.yaml", "--strict"], in: folder).status == 65)
    }

    @Test("marking: the file is created, edited in place with its comments, refs written canonically; undo; unknown refs refused")
    func marking() throws {
        let folder = try CLI.temporaryFolder()
        let created = try CLI.run(["progress", "me.yaml", "done", "python", "sql", "--date", "2026-11-02"], in: folder)
        #expect(created.status == 0)
        #expect(created.out == "done: data-science/python\ndone: data-engineering/sql\nwrote me.yaml\n")
        try ("# mine\n" + String(contentsOfFile: folder + "/me.yaml", encoding: .utf8)).write(toFile: folder + "/me.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["progress", "me.yaml", "doing", "data-science/statistics", "--date", "2026-11-05"], in: folder).status == 0)
        #expect(try CLI.run(["progress", "me.yaml", "skip", "mlops/sql", "--date", "2026-11-06"], in: folder).out
                == "skip: data-engineering/sql (was another status)\nwrote me.yaml\n")
        #expect(try CLI.run(["progress", "me.yaml", "undo", "mlops/python"], in: folder).out == "undone: data-science/python\nwrote me.yaml\n")
        let text = try String(contentsOfFile: folder + "/me.yaml", encoding: .utf8)
        #expect(text == """
            # mine
            # A learner's progress: `roadmap progress FILE done|doing|skip|undo REF…` edits it,
            # `roadmap progress FILE` shows it, `--progress FILE` puts it into merge, show and plan.
            roadmap-progress: 1
            topics:
              - ref: data-engineering/sql
                status: skipped
                date: '2026-11-06'
              - ref: data-science/statistics
                status: doing
                date: '2026-11-05'

            """)
        // A typo: an error with the closest name, the file untouched.
        let typo = try CLI.run(["progress", "me.yaml", "done", "statistcs"], in: folder)
        #expect(typo.status == 65)
        #expect(typo.err.hasPrefix("roadmap: error: expected a topic of `data-ml-curriculum` (ROADMAP/ID, an id or an alias), found `statistcs`, which names none (nothing is written; --allow-unknown writes it as typed); did you mean `statistics`? [progress-unmatched]"))
        #expect(try String(contentsOfFile: folder + "/me.yaml", encoding: .utf8) == text)
        let allowed = try CLI.run(["progress", "me.yaml", "done", "my-own-topic", "--allow-unknown", "--date", "2026-11-07"], in: folder)
        #expect(allowed.status == 0)
        #expect(try String(contentsOfFile: folder + "/me.yaml", encoding: .utf8).hasSuffix("  - ref: my-own-topic\n    status: done\n    date: '2026-11-07'\n"))
        // Usage errors and a broken file.
        #expect(try CLI.run(["progress", "me.yaml", "done"], in: folder).status == 64)
        #expect(try CLI.run(["progress", "me.yaml", "done", "sql", "--date", "2026-13-01"], in: folder).status == 64)
        try "roadmap-progress: 1\ntopics:\n  - ref: sql\n    status: finished\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let bad = try CLI.run(["progress", "bad.yaml", "done", "python"], in: folder)
        #expect(bad.status == 65)
        #expect(bad.err.hasPrefix("bad.yaml:4:13: error: expected a status (done, doing or skipped), found `finished`"))
    }

    @Test("the plan lays exactly the hours left onto study days only, in curriculum order, each session within its hours")
    func planArithmetic() throws {
        let folder = try Self.folder()
        let plan = try Self.json(try CLI.run(Self.planArguments + ["-f", "json"], in: folder))
        let merged = try Self.json(try CLI.run(["merge", "--progress", "progress.yaml", "-f", "json"], in: folder))
        let topics = try #require(merged["topics"] as? [[String: Any]])
        let left = topics.filter { topic in
            let status = (topic["progress"] as? [String: Any])?["status"] as? String
            return status != "done" && status != "skipped"
        }
        let hoursLeft = left.reduce(0.0) { $0 + (($1["hours"] as? Double) ?? 2) }
        let totals = try #require(plan["totals"] as? [String: Any])
        #expect(totals["hours"] as? Double == hoursLeft)
        #expect(totals["topics"] as? Int == left.count)
        let sessions = try #require(plan["sessions"] as? [[String: Any]])
        let pieces = sessions.flatMap { ($0["pieces"] as? [[String: Any]]) ?? [] }
        let pieceMinutes = pieces.reduce(0) { $0 + Int((($1["hours"] as? Double) ?? 0) * 60 + 0.5) }
        #expect(pieceMinutes == Int(hoursLeft * 60))
        // Topics in curriculum order, each piece numbered 1…n.
        var order: [String] = []
        for piece in pieces where order.last != piece["topic"] as? String { order.append(piece["topic"] as? String ?? "") }
        #expect(order == left.map { $0["id"] as? String ?? "" })
        let sessionHours = try #require(plan["session-hours"] as? Double)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        for session in sessions {
            #expect((session["hours"] as? Double ?? 99) <= sessionHours + 1e-9)
            let date = try #require(formatter.date(from: session["date"] as? String ?? ""))
            // Monday 2, Wednesday 4, Saturday 7 in Foundation's numbering.
            #expect([2, 4, 7].contains(calendar.component(.weekday, from: date)), "\(session["date"] ?? "")")
        }
        // --until: the hours a week it takes, and the plan ends by then.
        let until = try Self.json(try CLI.run(["plan", "--until", "2028-06-30", "--start", "2026-12-07", "--days", "mon,wed,sat",
                                               "--progress", "progress.yaml", "-f", "json"], in: folder))
        #expect((until["end"] as? String ?? "9999") <= "2028-06-30")
        #expect(until["hours-per-week"] as? Double == 13.5)
        let tooShort = try CLI.run(["plan", "--until", "2027-01-31", "--start", "2026-12-07", "--days", "sat"], in: folder)
        #expect(tooShort.status == 64)
        #expect(tooShort.err.contains("ends after midnight"))
        #expect(try CLI.run(["plan", "--start", "2026-12-07"], in: folder).status == 64)
        #expect(try CLI.run(["plan", "--start", "2026-12-07", "--hours-per-week", "5", "--days", "mon,fryday"], in: folder).err
                .contains("found `fryday`; did you mean `fri`?"))
    }

    @Test("the .ics, read by Python's icalendar: one event a piece, on the session dates, whose durations add up to the hours left")
    func icalendarParses() throws {
        let folder = try Self.folder()
        let ics = try CLI.run(Self.planArguments + ["-f", "ics", "-o", "plan.ics"], in: folder)
        #expect(ics.status == 0)
        let plan = try Self.json(try CLI.run(Self.planArguments + ["-f", "json"], in: folder))
        let script = """
            import sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            events = list(calendar.walk("VEVENT"))
            uids = [str(e["UID"]) for e in events]
            assert len(set(uids)) == len(uids), "UIDs repeat"
            minutes = sum(int(e.decoded("DURATION").total_seconds()) // 60 for e in events)
            dates = sorted({e.decoded("DTSTART").date().isoformat() for e in events})
            print(len(events), minutes, dates[0], dates[-1], len(dates))
            """
        let printed = try Self.python(script, [folder + "/plan.ics"], needs: "icalendar")
        let fields = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        let sessions = try #require(plan["sessions"] as? [[String: Any]])
        let pieces = sessions.flatMap { ($0["pieces"] as? [[String: Any]]) ?? [] }.filter { ($0["hours"] as? Double ?? 0) > 0 }
        let totals = try #require(plan["totals"] as? [String: Any])
        #expect(fields == ["\(pieces.count)", "\(Int((totals["hours"] as? Double ?? 0) * 60))",
                           sessions.first?["date"] as? String ?? "", plan["end"] as? String ?? "", "\(sessions.count)"])
        // Every line ends in CR LF and is at most 75 octets.
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/plan.ics"))
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
    }

    @Test("overlap: each share recomputed from the merge (topics of B that also come from A), for all 12 pairs")
    func overlapAgreesWithMerge() throws {
        let overlap = try Self.json(try CLI.run(["overlap", "-f", "json"]))
        let merged = try Self.json(try CLI.run(["merge", "-f", "json"]))
        let topics = try #require(merged["topics"] as? [[String: Any]])
        let inputs = try #require(merged["roadmaps"] as? [[String: Any]])
        let pairs = try #require(overlap["pairs"] as? [[String: Any]])
        #expect(pairs.count == 12)
        for pair in pairs {
            let from = pair["from"] as? String ?? "", to = pair["to"] as? String ?? ""
            let roadmapsOf = { (topic: [String: Any]) in Set(((topic["origins"] as? [[String: Any]]) ?? []).compactMap { $0["roadmap"] as? String }) }
            let shared = topics.filter { roadmapsOf($0).isSuperset(of: [from, to]) }
            let count = inputs.first { $0["id"] as? String == to }?["topic-count"] as? Int ?? 0
            #expect(pair["shared-topics"] as? Int == shared.count, "\(from) → \(to)")
            #expect(pair["share-of-topics"] as? Double == Double(shared.count) / Double(count), "\(from) → \(to)")
        }
        #expect(try CLI.run(["overlap", "mlops"]).status == 64)
        // One folder stands for the roadmaps in it.
        let folder = try CLI.temporaryFolder()
        for id in ["data-science", "mlops"] {
            try FileManager.default.copyItem(atPath: CLI.packageRoot + "/Roadmaps/\(id).yaml", toPath: folder + "/\(id).yaml")
        }
        let fromFolder = try Self.json(try CLI.run(["overlap", folder, "-f", "json"]))
        #expect((fromFolder["pairs"] as? [[String: Any]])?.count == 2)
    }

    @Test("merge --skip-known: what mlops adds to data science, every topic left out named in a note; or what a progress file marks done")
    func skipKnown() throws {
        let run = try CLI.run(["merge", "mlops", "--skip-known", "data-science", "-f", "json"])
        #expect(run.status == 0)
        let document = try Self.json(run)
        #expect(document["title"] as? String == "The Complete MLOps Study Roadmap, after The Complete Data Science Study Roadmap")
        #expect(document["id"] as? String == "mlops-after-data-science")
        let topics = try #require(document["topics"] as? [[String: Any]])
        #expect(topics.count == 10)
        #expect(topics.allSatisfy { ($0["from"] as? [String] ?? []).allSatisfy { $0.hasPrefix("mlops/") } })
        let notes = run.err.split(separator: "\n").filter { $0.hasSuffix("[skipped-known]") }
        #expect(notes.count == 4)
        #expect(notes.first == "<bundled>/mlops.yaml:20:13: note: left out `mlops/python` (Python): a learner of `data-science` knows it (`data-science/programming/python`) [skipped-known]")
        let folder = try Self.folder()
        let byProgress = try Self.json(try CLI.run(["merge", "--skip-known", "progress.yaml", "-f", "json"], in: folder))
        let left = try #require(byProgress["topics"] as? [[String: Any]])
        #expect(left.count == 31)
        #expect(!left.contains { $0["id"] as? String == "data-science/python" })
        #expect(left.contains { $0["id"] as? String == "data-engineering/sql" }, "a topic being studied stays")
    }

    @Test("what a review found: whole days only, no empty refs, a progress file behind a long comment, --skip-known by id, odd plan options")
    func reviewFindings() throws {
        let folder = try Self.folder()
        #expect(try CLI.run(["progress", "d.yaml", "doing", "python", "--date", "2026-12"], in: folder).status == 64)
        #expect(try CLI.run(["progress", "d.yaml", "done", "", "--allow-unknown"], in: folder).status == 64)
        #expect(try CLI.run(["progress", "done", "python"], in: folder).err.contains("the first argument is the progress file"))
        try "roadmap-progress: 1\ntopics:\n  - ref: ''\n    status: done\n  - ref: sql\n    status: done\n    date: \"2026-12\"\n"
            .write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let bad = try CLI.run(["progress", "bad.yaml"], in: folder)
        #expect(bad.status == 65)
        #expect(bad.err.contains("bad.yaml:3:10: error: expected a topic for `ref` (ROADMAP/ID, an id or an alias), found an empty text [empty-text]"))
        #expect(bad.err.contains("bad.yaml:7:11: error: expected a date as YYYY-MM-DD for `date`, found `2026-12` [invalid-date]"))
        // A progress file whose first key comes after 5 KB of comments is still one.
        try (String(repeating: "# a long header comment line that says nothing at all\n", count: 100) + Self.progress)
            .write(toFile: folder + "/commented.yaml", atomically: true, encoding: .utf8)
        let skipped = try CLI.run(["merge", "--skip-known", "commented.yaml", "-f", "json"], in: folder)
        #expect(skipped.status == 0, "\(skipped.err)")
        // --skip-known by file or twice; a roadmap both merged and known is a usage error.
        try FileManager.default.copyItem(atPath: CLI.packageRoot + "/Roadmaps/data-science.yaml", toPath: folder + "/ds.yaml")
        #expect(try CLI.run(["merge", "--skip-known", "./ds.yaml", "-f", "json"], in: folder).status == 0)
        #expect(try CLI.run(["merge", "--skip-known", "data-science", "--skip-known", "data-science", "-f", "json"], in: folder).status == 0)
        let both = try CLI.run(["merge", "data-science", "mlops", "--skip-known", "data-science"], in: folder)
        #expect(both.status == 64)
        #expect(both.err.contains("`data-science` is both merged and given to --skip-known; give it once"))
        // Plan options.
        let base = ["plan", "--start", "2026-12-07", "--hours-per-week", "5"]
        #expect(try CLI.run(base + ["--days", "mondays,thu"], in: folder).status == 0)
        #expect(try CLI.run(base + ["--at", "+9:30"], in: folder).status == 64)
        #expect(try CLI.run(["plan", "--start", "+999-01-01", "--hours-per-week", "5"], in: folder).status == 64)
        let tiny = try CLI.run(["plan", "--start", "2026-12-07", "--hours-per-week", "0.01"], in: folder)
        #expect(tiny.status == 64)
        #expect(tiny.err.contains("expected at least a minute a session, found 0.01 h a week over 7 study days"))
        #expect(try CLI.run(["progress", "me.yaml", "done", "python", "--in", "mlops", "--date", "2026-11-02"], in: folder).status == 0)
    }

    @Test("the published schemas accept what the tool writes: a progress file it edited, and the plan, overlap and progress documents")
    func schemasAgree() throws {
        let folder = try Self.folder()
        #expect(try CLI.run(["progress", "me.yaml", "done", "python", "--date", "2026-11-02"], in: folder).status == 0)
        try "roadmap-progress: 1\ntopics:\n  - ref: sql\n    status: finished\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        for (which, name) in [("progress", "progress.schema.json"), ("document", "document.schema.json")] {
            #expect(try CLI.run(["schema", which, "-o", name], in: folder).status == 0)
        }
        for (arguments, name) in [(Self.planArguments + ["-f", "json"], "plan.json"), (["overlap", "-f", "json"], "overlap.json"),
                                  (["merge", "--progress", "progress.yaml", "-f", "json"], "merge.json"),
                                  (["show", "mlops", "--progress", "progress.yaml", "-f", "json"], "show.json")] {
            #expect(try CLI.run(arguments + ["-o", name], in: folder).status == 0)
        }
        let script = """
            import json, sys, yaml, jsonschema
            def judge(schema, path, loader):
                checker = jsonschema.Draft202012Validator(json.load(open(schema)))
                print("valid" if checker.is_valid(loader(open(path, encoding="utf-8"))) else "invalid")
            for path in ["progress.yaml", "me.yaml", "bad.yaml"]:
                judge("progress.schema.json", path, lambda f: yaml.load(f, Loader=yaml.SafeLoader))
            for path in ["plan.json", "overlap.json", "merge.json", "show.json"]:
                judge("document.schema.json", path, json.load)
            """
        #expect(try Self.python(script, [], in: folder, needs: "jsonschema and PyYAML") == "valid\nvalid\ninvalid\nvalid\nvalid\nvalid\nvalid\n")
    }
}
