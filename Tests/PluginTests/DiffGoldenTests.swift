import BriefPlugin
import Foundation
import JSONPlugin
import MarkdownPlugin
import RoadmapPlugin
import TerminalPlugin
import Testing
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// Every crafted diff pair (`Tests/RoadmapLibraryTests/Fixtures/diff/NAME/{old,new}.yaml`) in every
/// diff format, byte for byte against `Tests/PluginTests/Goldens/diff/NAME.FORMAT` (regenerated
/// only by `scripts/update-goldens`). What each pair must report is spelled out change by change
/// in `DiffChangeKindTests` (RoadmapLibraryTests); these goldens pin how each format shows it.
@Suite("Plugins: diff goldens")
struct DiffGoldenTests {
    /// The crafted pairs (the folders of `Fixtures/diff`).
    static let pairs = [
        "topic-added-removed", "insert-at-top", "reordered", "rename-aliases", "rename-old-aliases",
        "rename-same-as", "rename-evidence", "moved", "changed-fields", "sections", "roadmap-fields", "identical",
    ]

    /// Each diff format with its golden file suffix.
    static let formats: [(name: String, plugin: any OutputPlugin, suffix: String)] = [
        ("terminal", TerminalPlugin(), "terminal.txt"), ("brief", BriefPlugin(), "brief.txt"),
        ("markdown", MarkdownPlugin(), "md"), ("json", JSONPlugin(), "json"),
    ]

    static let fixtures = PluginFixture.packageRoot + "/Tests/RoadmapLibraryTests/Fixtures/diff"

    /// The diff document of a pair, loaded as `roadmap diff` loads it (each side on its own),
    /// the files named `PAIR/old.yaml` and `PAIR/new.yaml`.
    static func document(_ pair: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> DiffDocument {
        let inputs: [RoadmapInput] = try ["old", "new"].map { side in
            let text = try String(contentsOfFile: "\(fixtures)/\(pair)/\(side).yaml", encoding: .utf8)
            return .text(text, origin: .standardInput, displayName: "\(pair)/\(side).yaml")
        }
        let result = await RoadmapLoader().load(inputs, independently: true)
        #expect(result.diagnostics.map(\.message) == [], sourceLocation: sourceLocation)
        try #require(result.roadmaps.count == 2, sourceLocation: sourceLocation)
        return DocumentBuilder.document(for: RoadmapDiffer.diff(result.roadmaps[0], result.roadmaps[1]), files: result.files)
    }

    @Test("each crafted pair matches its golden file in each format", arguments: pairs, formats.map(\.name))
    func golden(pair: String, format: String) async throws {
        let entry = try #require(Self.formats.first { $0.name == format })
        let document = try await Self.document(pair)
        let text = PluginFixture.render(entry.plugin, .diff(document))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "one final newline")
        #expect(!text.contains("\u{1B}"), "no colour unless asked")
        if PluginFixture.updatingGoldens {
            try FileManager.default.createDirectory(atPath: PluginFixture.goldenDirectory + "/diff", withIntermediateDirectories: true)
        }
        try PluginFixture.assertGolden(text, name: "diff/\(pair).\(entry.suffix)")
    }

    @Test("every pair folder has goldens, and every golden a pair")
    func goldensAreComplete() throws {
        guard !PluginFixture.updatingGoldens else { return }  // the goldens are being written meanwhile
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.pairs))
        let goldens = try FileManager.default.contentsOfDirectory(atPath: PluginFixture.goldenDirectory + "/diff").filter { !$0.hasPrefix(".") }
        #expect(Set(goldens) == Set(Self.pairs.flatMap { pair in Self.formats.map { "\(pair).\($0.suffix)" } }))
    }

    @Test("every format shows every change: one line or row a change, and the same counts line", arguments: pairs)
    func formatsAgree(pair: String) async throws {
        let document = try await Self.document(pair)
        let brief = PluginFixture.render(BriefPlugin(), .diff(document))
        let terminal = PluginFixture.render(TerminalPlugin(), .diff(document))
        let markdown = PluginFixture.render(MarkdownPlugin(), .diff(document))
        let counts = DiffCounts.line(document.changes)
        let briefLines = brief.split(separator: "\n").map(String.init)
        #expect(briefLines.count == document.changes.count + 1)
        #expect(briefLines.last == counts)
        #expect(terminal.hasSuffix(counts + "\n"))
        #expect(markdown.hasSuffix(counts + "\n"))
        for (change, line) in zip(document.changes, briefLines) {
            #expect(line.hasPrefix("\(change.change) \(change.subject) "), "\(line)")
            #expect(terminal.contains(" \(change.change) \(change.subject) \(change.topic)"), "terminal lacks \(line)")
            #expect(markdown.contains("| \(change.change) | \(change.subject) `\(change.topic)` |"), "markdown lacks \(line)")
        }
        // JSON is the document itself.
        let json = PluginFixture.render(JSONPlugin(), .diff(document))
        let decoded = try JSONDecoder().decode(DiffDocument.self, from: Data(json.utf8))
        #expect(decoded == document)
    }

    @Test("in colour, the terminal view is the same text with ANSI styles around it", arguments: pairs)
    func colour(pair: String) async throws {
        let document = try await Self.document(pair)
        let plain = PluginFixture.render(TerminalPlugin(), .diff(document))
        let coloured = PluginFixture.render(TerminalPlugin(), .diff(document), color: true)
        #expect(coloured.contains("\u{1B}["))
        let stripped = coloured.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == plain)
    }

    @Test("a list field shows what was removed and what was added, not a `before → after` that reads as the whole list")
    func listFieldsRead() async throws {
        let document = try await Self.document("changed-fields")
        let terminal = PluginFixture.render(TerminalPlugin(), .diff(document))
        let brief = PluginFixture.render(BriefPlugin(), .diff(document))
        let markdown = PluginFixture.render(MarkdownPlugin(), .diff(document))
        // `regression` went from requires [python, sql] to [python]: only `sql` was removed.
        #expect(terminal.contains("requires: removed [sql]"))
        #expect(!terminal.contains("requires: [sql] → (none)"))
        #expect(brief.contains("requires -[sql]"))
        #expect(!brief.contains("requires [sql] -> -"))
        #expect(markdown.contains("requires: removed sql"))
        #expect(!markdown.contains("requires: sql → —"))
    }

    @Test("the golden comparison fails for output that differs from the golden")
    func goldenCanFail() throws {
        guard !PluginFixture.updatingGoldens else { return }
        withKnownIssue("deliberately wrong output") {
            try PluginFixture.assertGolden("not the golden\n", name: "diff/identical.brief.txt")
        }
    }
}
