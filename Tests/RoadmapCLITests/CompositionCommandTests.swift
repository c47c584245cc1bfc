import Foundation
import Testing
import RoadmapTestSupport

/// A composition (`extends: [A, B]`) is a roadmap like any other for every command: shown in
/// every format, written resolved, validated, formatted, merged, diffed, planned; and `new`
/// writes one that validates.
@Suite("CLI: compositions")
struct CompositionCommandTests {
    /// Every plugin that renders a roadmap document, and the extension of its golden.
    static let formats = [("terminal", "txt"), ("markdown", "md"), ("json", "json"), ("yaml", "yaml"), ("mermaid", "mmd"), ("dot", "dot"), ("html", "html")]

    @Test("`show mlops-track -f F` prints the golden of F, and nothing on stderr", arguments: formats)
    func showGoldens(_ format: String, _ fileExtension: String) throws {
        let run = try CLI.run(["show", "mlops-track", "-f", format])
        #expect(run.status == 0)
        #expect(run.err == "")
        try LearnerCommandsTests.expectGolden(run.out, "show-mlops-track.\(fileExtension)", folder: "composition")
    }

    @Test("`show -f yaml` writes the composition resolved: a plain roadmap (no extends) that validates, is formatted, and shows the same")
    func resolvedYAMLLoadsAgain() throws {
        let folder = try ScratchFolder.make("composition-yaml")
        let yaml = try CLI.run(["show", "mlops-track", "-f", "yaml", "-o", folder + "/mlops-track.yaml"])
        #expect(yaml.status == 0)
        let text = try String(contentsOfFile: folder + "/mlops-track.yaml", encoding: .utf8)
        #expect(!text.contains("extends:"))
        #expect(try CLI.run(["validate", "mlops-track.yaml"], in: folder).status == 0)
        #expect(try CLI.run(["fmt", "--check", "mlops-track.yaml"], in: folder).status == 0)
        let again = try CLI.run(["show", "mlops-track.yaml"], in: folder)
        let original = try CLI.run(["show", "mlops-track"])
        #expect(again.out == original.out.replacingOccurrences(of: "composed of: data-science + machine-learning + data-engineering + mlops\n", with: ""))
        // Against the composition itself: only `extends` is gone (every topic is the same).
        let diff = try CLI.run(["diff", "mlops-track", folder + "/mlops-track.yaml", "-f", "brief"])
        #expect(diff.out == "changed roadmap mlops-track: extends -[data-science, machine-learning, data-engineering, mlops]\n1 change: 1 changed\n")
    }

    @Test("list names a composition's bases; validate, merge with another roadmap, plan and --progress take it")
    func everyCommandTakesIt() throws {
        let list = try CLI.run(["list"])
        #expect(list.out.contains("mlops-track       7         29      bundled (composed of data-science + machine-learning + data-engineering + mlops)"))
        let validate = try CLI.run(["validate", "mlops-track"])
        #expect(validate.status == 0)
        #expect(validate.out == "ok  <bundled>/mlops-track.yaml  mlops-track: 7 sections, 29 topics, 123 resources\n1 roadmap valid\n")
        let merge = try CLI.run(["merge", "mlops-track", "mlops-lite", "-f", "json"])
        #expect(merge.status == 0)
        let folder = try ScratchFolder.make("composition-progress")
        // Progress kept against the bundled roadmaps (mlops/python) and against the track itself (git).
        try "roadmap-progress: 1\ntopics:\n  - ref: mlops/python\n    status: done\n  - ref: mlops-track/git\n    status: done\n"
            .write(toFile: folder + "/progress.yaml", atomically: true, encoding: .utf8)
        let show = try CLI.run(["show", "mlops-track", "--progress", folder + "/progress.yaml", "-f", "json"])
        #expect(show.status == 0, "\(show.err)")
        #expect(show.err == "")
        #expect(show.out.contains("\"done\" : 2"), "both entries matched")
        let plan = try CLI.run(["plan", "mlops-track", "--progress", folder + "/progress.yaml", "--hours-per-week", "10", "--start", "2027-01-04"])
        #expect(plan.status == 0, "\(plan.err)")
    }

    @Test("when a base changes, the composition follows, and diff of the two versions shows what the learner gained and lost")
    func baseChangeFlowsIn() throws {
        let folder = try ScratchFolder.make("composition-diff")
        for version in ["old", "new"] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(version)", withIntermediateDirectories: true)
            try """
                format: 1
                id: my-track
                title: My Track
                extends: [./a.yaml, data-science]
                remove: [data-science/interview-preparation]

                """.write(toFile: "\(folder)/\(version)/my-track.yaml", atomically: true, encoding: .utf8)
        }
        let a = "format: 1\nid: a\ntitle: A\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: git\n        title: Git\n        hours: 8\n"
        try a.write(toFile: "\(folder)/old/a.yaml", atomically: true, encoding: .utf8)
        try (a.replacingOccurrences(of: "hours: 8", with: "hours: 12") + "      - id: docker\n        title: Docker\n        requires: [git]\n")
            .write(toFile: "\(folder)/new/a.yaml", atomically: true, encoding: .utf8)
        let diff = try CLI.run(["diff", "old/my-track.yaml", "new/my-track.yaml", "-f", "brief", "--exit-code"], in: folder)
        #expect(diff.status == 1)
        #expect(diff.out.contains("added topic docker"), "\(diff.out)")
        #expect(diff.out.contains("changed topic git"), "\(diff.out)")
        // The composition against one of its bases: what the track adds to data science.
        let against = try CLI.run(["diff", "data-science", "new/my-track.yaml", "-f", "brief"], in: folder)
        #expect(against.status == 0)
        #expect(against.out.contains("removed topic interview-preparation"), "\(against.out)")
    }

    @Test("`new ID --extends A --extends B` writes a composition that validates and is formatted, its parts in the comments")
    func newComposition() throws {
        let folder = try ScratchFolder.make("composition-new")
        let run = try CLI.run(["new", "my-track", "--extends", "data-science", "--extends", "mlops"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        let text = try String(contentsOfFile: folder + "/my-track.yaml", encoding: .utf8)
        #expect(text.contains("extends: [data-science, mlops]\n"))
        #expect(text.contains("#   part-1  Python\n"))
        #expect(text.contains("#       - id: data-science/statistics\n"), "the example edit takes a topic of a part that keeps others")
        #expect(try CLI.run(["validate", "my-track.yaml"], in: folder).status == 0)
        #expect(try CLI.run(["fmt", "--check", "my-track.yaml"], in: folder).status == 0)
        // Uncommenting the example removals and edits gives a valid roadmap too.
        var uncommented = ""
        var on = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# remove:") { on = true }
            uncommented += (on && line.hasPrefix("# ") ? String(line.dropFirst(2)) : String(line)) + "\n"
        }
        try uncommented.write(toFile: folder + "/edited.yaml", atomically: true, encoding: .utf8)
        let edited = try CLI.run(["show", "edited.yaml"], in: folder)
        #expect(edited.status == 0, "\(edited.err)")
        #expect(edited.err == "", "the examples, uncommented, leave nothing to note")
        #expect(edited.out.contains("My Own Topics [my-own-topics]"))
    }

    @Test("a mistake in a composition is located in its file with a did-you-mean; exit 65")
    func locatedMistakes() throws {
        let folder = try ScratchFolder.make("composition-bad")
        try "format: 1\nid: t\ntitle: T\nextends: [data-science, mlops]\nremove: [data-science/pyhton]\n".write(toFile: folder + "/t.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", "t.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.err.hasPrefix("t.yaml:5:10: error: `remove: data-science/pyhton` names no section or topic of the merge of `data-science`, `mlops`; did you mean `data-science/python`? [unknown-edit]\n"))
    }

    @Test("diff says when only the order of the bases changed (another merge); import --with takes a composition")
    func reorderAndImport() throws {
        let folder = try ScratchFolder.make("composition-order")
        try "id: o\ntitle: O\nextends: [data-science, mlops]\n".write(toFile: folder + "/o1.yaml", atomically: true, encoding: .utf8)
        try "id: o\ntitle: O\nextends: [mlops, data-science]\n".write(toFile: folder + "/o2.yaml", atomically: true, encoding: .utf8)
        let diff = try CLI.run(["diff", "o1.yaml", "o2.yaml", "-f", "brief"], in: folder)
        #expect(diff.out.hasPrefix("changed roadmap o: extends [data-science, mlops] -> [mlops, data-science]\n"), "\(diff.out)")
        try "# My Notes\n\n## Basics\n\n- [Python](https://docs.python.org/3/tutorial/)\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        let run = try CLI.run(["import", "a.md", "--with", "mlops-track", "-o", "-"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("look-alikes in mlops-track:"), "\(run.err)")
    }
}
