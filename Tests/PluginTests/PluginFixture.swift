import BriefPlugin
import DOTPlugin
import HTMLPlugin
import Foundation
import JSONPlugin
import MarkdownPlugin
import MermaidPlugin
import RoadmapPlugin
import TerminalPlugin
import Testing
import YAMLPlugin
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// Documents and plugins for the plugin tests.
enum PluginFixture {
    /// Every bundled plugin (the list `roadmap plugins` shows).
    static let plugins: [any OutputPlugin] = [
        TerminalPlugin(), MarkdownPlugin(), JSONPlugin(), YAMLPlugin(), MermaidPlugin(), DOTPlugin(), BriefPlugin(), HTMLPlugin(),
    ]

    /// The formats the bundled merge has golden files for, with the file extension of each.
    static let curriculumFormats: [(format: String, plugin: any OutputPlugin)] = [
        ("markdown", MarkdownPlugin()), ("json", JSONPlugin()), ("yaml", YAMLPlugin()),
        ("mermaid", MermaidPlugin()), ("dot", DOTPlugin()), ("terminal", TerminalPlugin()), ("html", HTMLPlugin()),
    ]

    /// The id and title `roadmap merge` gives the merge of the bundled four (MergeCommand).
    static let bundledMergeID = "data-ml-curriculum"
    static let bundledMergeTitle = "Data Science, Machine Learning, Data Engineering and MLOps: One Curriculum"

    /// The package root, found from this file.
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// `Tests/PluginTests/Goldens`.
    static let goldenDirectory = packageRoot + "/Tests/PluginTests/Goldens"

    /// True when golden files are to be written instead of compared (scripts/update-goldens).
    static var updatingGoldens: Bool {
        ProcessInfo.processInfo.environment["ROADMAP_UPDATE_GOLDENS"] == "1"
    }

    /// Loads inputs, recording an issue for any error.
    static func load(_ inputs: [RoadmapInput], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> LoadResult {
        let result = RoadmapLoader().loadSynchronously(inputs)
        let errors = result.diagnostics.filter { $0.severity == .error }
            .map { "\($0.location.map { result.files.describe($0) } ?? "-"): \($0.message)" }
        #expect(errors == [], sourceLocation: sourceLocation)
        return result
    }

    /// Loads YAML texts (name, text).
    static func load(texts: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> LoadResult {
        load(texts.map { .text($0.1, origin: .standardInput, displayName: $0.0) }, sourceLocation: sourceLocation)
    }

    /// The curriculum document of `result`'s roadmaps, as `roadmap merge` builds it.
    static func curriculum(_ result: LoadResult, id: String? = nil, title: String? = nil,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CurriculumDocument {
        let (curriculum, diagnostics) = CurriculumComposer.compose(result.roadmaps, id: id, title: title, files: result.files)
        let value = try #require(curriculum, "compose failed: \(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return DocumentBuilder.document(for: value, files: result.files)
    }

    /// The document of `roadmap merge` without arguments, built afresh.
    static func bundledCurriculum() throws -> CurriculumDocument {
        let result = load(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        return try curriculum(result, id: bundledMergeID, title: bundledMergeTitle)
    }

    /// The `roadmap` documents of the bundled roadmaps.
    static func bundledRoadmaps() -> [RoadmapDocument] {
        let result = load(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        return result.roadmaps.map { DocumentBuilder.document(for: $0, files: result.files) }
    }

    /// A `diff` document with every kind of change: the bundled mlops roadmap against an edited copy.
    static func diff() async throws -> DiffDocument {
        let old = try #require(BundledRoadmap.named("mlops")?.text)
        var new = old.replacingOccurrences(of: "title: Python\n", with: "title: Python 3\n")
        new = new.replacingOccurrences(of: "hours: 60\n", with: "hours: 61\n")
        new += "      - id: added-topic\n        title: \"Added <b>topic</b> | `x` [y](javascript:z)\"\n"
        let result = await RoadmapLoader().load([
            .text(old, origin: .standardInput, displayName: "old.yaml"), .text(new, origin: .standardInput, displayName: "new.yaml"),
        ], independently: true)
        #expect(result.diagnostics.map(\.message) == [])
        try #require(result.roadmaps.count == 2)
        let diff = RoadmapDiffer.diff(result.roadmaps[0], result.roadmaps[1])
        return DocumentBuilder.document(for: diff, files: result.files)
    }

    /// Compares `actual` with the golden file `name`, or writes it when updating goldens.
    static func assertGolden(_ actual: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let path = goldenDirectory + "/" + name
        if updatingGoldens {
            try FileManager.default.createDirectory(atPath: goldenDirectory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("missing golden \(name): run scripts/update-goldens and review it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard Array(data) != Array(actual.utf8) else { return }
        Issue.record("\(name) differs from its golden: \(firstDifference(expected, actual)); if the change is intended, run scripts/update-goldens and review the diff",
                     sourceLocation: sourceLocation)
    }

    /// "line N: expected … found …" for the first line that differs.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? String(a[index]) : "<end>"
            let y = index < b.count ? String(b[index]) : "<end>"
            if x != y { return "line \(index + 1): expected \(x.debugDescription), found \(y.debugDescription)" }
        }
        return "same lines, different bytes"
    }

    /// Renders `document` with `plugin`, recording an issue when it throws.
    static func render(_ plugin: any OutputPlugin, _ document: PluginDocument, color: Bool = false,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        do {
            return try plugin.render(document, options: RenderOptions(color: color))
        } catch {
            Issue.record("\(plugin.name) cannot render a \(document.kind.rawValue): \(error.message)", sourceLocation: sourceLocation)
            return ""
        }
    }
}
