import Foundation
import Testing
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// Small roadmaps written inline, loaded and merged the way `roadmap merge` does it.
enum MergeFixture {
    /// One merge: what loading gave, and what composing gave.
    struct Merge {
        var load: LoadResult
        var curriculum: Curriculum?
        var diagnostics: [Diagnostic]

        /// The merged topics by canonical id.
        func topic(_ id: String) -> CurriculumTopic? {
            curriculum?.topics.first { $0.id == id }
        }

        /// The canonical ids in study order.
        var ids: [String] { curriculum?.topics.map(\.id) ?? [] }

        /// The provenance of every merged topic, in study order.
        var groups: [[String]] { curriculum?.topics.map { $0.from.map(\.path) } ?? [] }

        /// `file:line:column` of a location.
        func describe(_ location: RoadmapModel.SourceLocation?) -> String {
            location.map { load.files.describe($0) } ?? "<none>"
        }

        /// Each diagnostic as `file:line:column: severity: message`, then its notes the same way.
        var rendered: [String] {
            diagnostics.flatMap { diagnostic in
                ["\(describe(diagnostic.location)): \(diagnostic.severity.rawValue): \(diagnostic.message)"]
                    + diagnostic.notes.map { "\(describe($0.location)): note: \($0.message)" }
            }
        }
    }

    /// Loads `files` (name and YAML text each, in the order given); records an issue when
    /// loading reports anything (the fixtures are meant to be valid).
    static func load(_ files: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> LoadResult {
        let result = RoadmapLoader().loadSynchronously(files.map { .text($0.1, origin: .standardInput, displayName: $0.0) })
        let problems = result.diagnostics.map { "\($0.location.map { result.files.describe($0) } ?? "-"): \($0.message)" }
        #expect(problems == [], "the fixture roadmaps should load cleanly", sourceLocation: sourceLocation)
        #expect(result.roadmaps.count == files.count, sourceLocation: sourceLocation)
        return result
    }

    /// Loads and composes `files`.
    static func merge(_ files: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Merge {
        let result = load(files, sourceLocation: sourceLocation)
        let (curriculum, diagnostics) = CurriculumComposer.compose(result.roadmaps, files: result.files)
        return Merge(load: result, curriculum: curriculum, diagnostics: diagnostics)
    }

    /// A roadmap file with one section `s` (title `S`) and the given topics, each written as
    /// the YAML lines of one list item (the first line without the `- `).
    static func roadmap(_ id: String, section: String = "s", _ topics: [String]) -> String {
        var text = "id: \(id)\ntitle: Roadmap \(id.uppercased())\nsections:\n  - id: \(section)\n    title: S\n    topics:\n"
        for topic in topics {
            let lines = topic.split(separator: "\n", omittingEmptySubsequences: false)
            text += "      - " + lines[0] + "\n"
            for line in lines.dropFirst() { text += "        " + line + "\n" }
        }
        return text
    }

    /// The 1-based line and column where the `occurrence`-th `needle` starts in `text`.
    static func position(of needle: String, in text: String, occurrence: Int = 1) -> String {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let range = rest.range(of: needle) {
                seen += 1
                if seen == occurrence {
                    return "\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1)"
                }
                rest = rest[range.upperBound...]
            }
        }
        return "not found"
    }

    /// `line:column` of the id value of topic `id` in `text` (where a topic is located).
    static func topicPosition(_ id: String, in text: String) -> String {
        let position = self.position(of: "id: \(id)", in: text).split(separator: ":")
        guard position.count == 2, let line = Int(position[0]), let column = Int(position[1]) else { return "not found" }
        return "\(line):\(column + 4)"
    }

    /// The package root, found from this file.
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}
