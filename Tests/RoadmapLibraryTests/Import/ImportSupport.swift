import Foundation
import Testing
import RoadmapPlugin
@testable import RoadmapModel
@testable import RoadmapLoading
@testable import RoadmapAuthoring

/// The Markdown fixtures of `roadmap import` and their goldens (`Fixtures/import/NAME.md` →
/// `NAME.yaml`, the roadmap, and `NAME.notes`, what the importer reported).
enum ImportFixtures {
    /// `Tests/RoadmapLibraryTests/Fixtures/import`.
    static let directory: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/import").path

    /// The package root.
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// `../shared/reference` beside the repository: the four KDnuggets outlines, when present.
    static let referenceDirectory: String = URL(fileURLWithPath: packageRoot).deletingLastPathComponent()
        .appendingPathComponent("shared/reference").standardizedFileURL.path

    /// True when the reference outlines are at hand.
    static var referencesPresent: Bool {
        FileManager.default.fileExists(atPath: referenceDirectory + "/mlops.md")
    }

    /// The fixture names (without `.md`), sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }()

    /// The text of a file.
    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Imports fixture `name` as `roadmap import` does (the file name gives the default title).
    static func importFixture(_ name: String) throws -> MarkdownImport {
        MarkdownImporter(fileName: name + ".md").importMarkdown(try text(directory + "/" + name + ".md"))
    }

    /// Notes as the golden `.notes` files hold them: `LINE: note: message`, one a line.
    static func render(_ notes: [Diagnostic]) -> String {
        notes.map { "\($0.location.map { String($0.line) } ?? "-"): note: \($0.message)\n" }.joined()
    }

    /// The diagnostics of loading `yaml` as a roadmap file, rendered; empty when it is valid.
    static func problems(_ yaml: String) -> String {
        let result = RoadmapLoader().loadSynchronously([.text(yaml, origin: .standardInput, displayName: "imported.yaml")])
        return result.diagnostics.map { "\($0)" }.joined(separator: "\n")
    }

    /// The roadmap `yaml` loads to, after checking it loads without any diagnostic.
    static func load(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Roadmap {
        let result = RoadmapLoader().loadSynchronously([.text(yaml, origin: .standardInput, displayName: "imported.yaml")])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)", sourceLocation: sourceLocation)
        return try #require(result.roadmaps.first, sourceLocation: sourceLocation)
    }

    /// Compares `actual` with the golden at `path`, or writes it when updating goldens (the fixtures' one check).
    static func assertGolden(_ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try Fixtures.assertGolden(actual, path: path, sourceLocation: sourceLocation)
    }
}

/// Shorthands for tests that import a string.
enum Importing {
    /// The import of `markdown`.
    static func run(_ markdown: String, id: String? = nil, title: String? = nil, fileName: String? = "notes.md") -> MarkdownImport {
        MarkdownImporter(id: id, title: title, fileName: fileName).importMarkdown(markdown)
    }

    /// The roadmap of `markdown`.
    static func roadmap(_ markdown: String, id: String? = nil, title: String? = nil, fileName: String? = "notes.md") -> RoadmapDocument {
        run(markdown, id: id, title: title, fileName: fileName).roadmap
    }

    /// The blocks of `markdown`.
    static func blocks(_ markdown: String) -> [MarkdownBlock] {
        MarkdownBlockParser.parse(markdown).blocks
    }

    /// The inline pieces of `text`, with `references`.
    static func inline(_ text: String, references: [String: String] = [:]) -> [MarkdownInline] {
        var parser = MarkdownInlineParser(references: references)
        return parser.parse(text)
    }
}
