import Foundation
import RoadmapYAML
import Testing
@testable import RoadmapModel
@testable import RoadmapLoading
@testable import RoadmapAuthoring

/// Helpers for the `roadmap fmt` tests: format a text, and check what every format must give.
enum FormattingSupport {
    /// `Fixtures/fmt`.
    static let directory = Fixtures.directory + "/fmt"

    /// The source fixtures of `Fixtures/fmt` (not the `.formatted.yaml` goldens), sorted.
    static func fixtureNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".formatted.yaml") }.sorted()
    }

    /// The bundled roadmap files (`Roadmaps/*.yaml`), sorted.
    static func bundledPaths() -> [String] {
        let folder = Fixtures.packageRoot + "/Roadmaps"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    /// The text of a file.
    static func text(_ path: String) throws -> String {
        String(decoding: try Fixtures.bytes(path), as: UTF8.self)
    }

    /// `text` formatted, checked on the way: formatting it again changes nothing, and it decodes
    /// to the same values as `text`.
    static func format(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let output = try RoadmapFormatter.format(Array(text.utf8))
        let again = try RoadmapFormatter.format(Array(output.utf8))
        #expect(again == output, "formatting twice changed the text:\n\(output)\n---\n\(again)", sourceLocation: sourceLocation)
        #expect(sameValues(text, output), "the formatted text holds different values", sourceLocation: sourceLocation)
        return output
    }

    /// The draft of a text; fails the test when it does not decode cleanly.
    static func draft(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RoadmapDraft {
        let (draft, diagnostics) = RoadmapDecoder.decode(Array(text.utf8), file: .none)
        #expect(!diagnostics.containsErrors, "\(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return try #require(draft, sourceLocation: sourceLocation)
    }

    /// True when both texts decode to the same values, locations aside.
    static func sameValues(_ a: String, _ b: String) -> Bool {
        let (first, firstProblems) = RoadmapDecoder.decode(Array(a.utf8), file: .none)
        let (second, secondProblems) = RoadmapDecoder.decode(Array(b.utf8), file: .none)
        guard let first, let second, !firstProblems.containsErrors, !secondProblems.containsErrors else { return false }
        return DraftComparison.sameValues(first, second)
    }

    /// A roadmap with one section and one topic `t`, the lines of `topic` added to the topic
    /// (indented to its keys) and `top` (whole lines) before `sections`.
    static func roadmap(topic: String = "", top: String = "") -> String {
        let body = topic.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
        return "id: sample\ntitle: Sample\n" + top
            + "sections:\n  - id: s\n    title: S\n    topics:\n      - id: t\n        title: T\n"
            + (topic.isEmpty ? "" : body + "\n")
    }

    /// How many times `needle` occurs in `text`.
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
