import Foundation
import Testing

/// `roadmap progress FILE [ROADMAPS…]`, run as a user would: the built binary on files.
@Suite("CLI: progress")
struct ProgressCommandTests {
    static func write(_ text: String, named name: String = "progress.yaml") throws -> (folder: String, path: String) {
        let folder = try CLI.temporaryFolder()
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return (folder, name)
    }

    @Test("a subject is named by any of its names; the totals, the lists and the next topics are exact")
    func summary() throws {
        let (folder, file) = try Self.write("""
            roadmap-progress: 1
            topics:
              - ref: mlops/python        # the same subject as data-science/python
                status: done
                date: "2026-11-30"
              - ref: sql                 # a bare id
                status: doing
              - ref: data-engineering/databases
                status: skipped
            """)
        let run = try CLI.run(["progress", file], in: folder)
        #expect(run.status == 0)
        #expect(run.err == "")
        #expect(run.out == """
            Data Science, Machine Learning, Data Engineering and MLOps: One Curriculum (33 topics)
            done 1 · doing 1 · skipped 1 · left 31
            hours: 60 done, 1044 left

            Done:
              Python [data-science/python]  2026-11-30

            Doing:
              SQL [data-engineering/sql]

            Skipped:
              Database Management Systems [data-engineering/databases]

            Next:
              Python for Data Science and Machine Learning [data-science/python-for-data-science]  50 h
              Linear Algebra [machine-learning/linear-algebra]  30 h
              Servers [data-engineering/servers]  10 h
              Data Engineering Essentials with SQL, Python and PySpark [data-engineering/pyspark]  25 h
              Mathematics and Statistics [data-science/statistics]  40 h

            """)
    }

    @Test("an entry that names no topic is a located warning with the closest topic; exit 0")
    func unmatched() throws {
        let (folder, file) = try Self.write("roadmap-progress: 1\ntopics:\n  - ref: data-science/statistcs\n    status: done\n")
        let run = try CLI.run(["progress", file], in: folder)
        #expect(run.status == 0)
        #expect(run.err.hasPrefix("progress.yaml:3:10: warning: expected a topic of `data-ml-curriculum` (ROADMAP/ID, an id or an alias), found `data-science/statistcs`, which names none; did you mean `data-science/statistics`? [progress-unmatched]"))
        #expect(run.out.contains("done 0 · doing 0 · skipped 0 · left 33"))
        #expect(try CLI.run(["progress", file, "--strict"], in: folder).status == 65)
        try "roadmap-progress: 1\ntopics:\n  - ref: sql\n    status: done\n  - ref: data-engineering/sql\n    status: doing\n".write(toFile: folder + "/twice.yaml", atomically: true, encoding: .utf8)
        let twice = try CLI.run(["progress", "twice.yaml"], in: folder)
        #expect(twice.status == 0)
        #expect(twice.err.hasPrefix("twice.yaml:5:10: warning: expected one status for `data-engineering/sql`, found `doing` here and `done` at line 3 (sql); the later one counts [progress-conflict]"))
        #expect(twice.out.contains("done 0 · doing 1 · skipped 0 · left 33"))
    }

    @Test("a file that is not a progress file, or holds wrong entries: every problem located, exit 65; a missing one exit 66")
    func errors() throws {
        let (folder, _) = try Self.write("roadmap-progres: 1\n", named: "bad1.yaml")
        let first = try CLI.run(["progress", "bad1.yaml"], in: folder)
        #expect(first.status == 65)
        #expect(first.err.hasPrefix("bad1.yaml:1:1: error: expected a progress file, with `roadmap-progress: 1`, found a mapping without it; `roadmap-progres`: did you mean `roadmap-progress`? [not-a-progress-file]"))
        try "roadmap-progress: 1\ntopics:\n  - ref: x\n    status: finished\n    dat: 1\n  - 3\nextra: 1\n".write(toFile: folder + "/bad2.yaml", atomically: true, encoding: .utf8)
        let second = try CLI.run(["progress", "bad2.yaml"], in: folder)
        #expect(second.status == 65)
        let lines = second.err.split(separator: "\n").filter { $0.hasPrefix("bad2.yaml:") }
        #expect(lines == [
            "bad2.yaml:4:13: error: expected a status (done, doing or skipped), found `finished` [wrong-type]",
            "bad2.yaml:5:5: error: unknown key `dat` in a topic entry: expected ref, status, date or note; did you mean `date`? [unknown-key]",
            "bad2.yaml:6:5: error: expected a topic entry (a mapping with `ref` and `status`), found `3` [wrong-type]",
            "bad2.yaml:7:1: error: unknown key `extra` in a progress file: expected `roadmap-progress` or `topics` [unknown-key]",
        ])
        #expect(second.out == "")
        #expect(try CLI.run(["progress", "missing.yaml"], in: folder).status == 66)
        try "roadmap-progress: 1\ntopics: []\n---\nfoo: [\n".write(toFile: folder + "/bad3.yaml", atomically: true, encoding: .utf8)
        let third = try CLI.run(["progress", "bad3.yaml"], in: folder)
        #expect(third.status == 65, "a second document is not ignored")
        try "roadmap-progress: 1\ntopics:\n  - ref: sql\n    status: done\n    date: yesterday\n  - ref: sql\n    status: doing\n".write(toFile: folder + "/bad4.yaml", atomically: true, encoding: .utf8)
        let fourth = try CLI.run(["progress", "bad4.yaml"], in: folder)
        #expect(fourth.status == 65)
        #expect(fourth.err.contains("bad4.yaml:5:11: error: expected a date as YYYY-MM-DD for `date`, found `yesterday` [invalid-date]"))
    }

    @Test("the page's export is read: the file the HTML page writes, as it writes it")
    func pageExport() throws {
        let (folder, file) = try Self.write("""
            # Progress exported from the page "Data Science, Machine Learning, Data Engineering and MLOps: One Curriculum" on 2026-12-01.
            # `roadmap progress FILE` reads it.
            roadmap-progress: 1
            topics:
              - ref: "data-science/python"
                status: done
                date: "2026-12-01"

            """)
        let run = try CLI.run(["progress", file], in: folder)
        #expect(run.status == 0 && run.err == "")
        #expect(run.out.contains("done 1 · doing 0 · skipped 0 · left 32\n"))
        let empty = try Self.write("roadmap-progress: 1\ntopics: []\n")
        #expect(try CLI.run(["progress", empty.path], in: empty.folder).out.contains("done 0 · doing 0 · skipped 0 · left 33"))
    }
}
