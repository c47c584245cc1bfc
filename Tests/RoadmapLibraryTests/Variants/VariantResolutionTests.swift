import Foundation
import Testing
import RoadmapLoading

/// Variants resolve as the format says: `remove`, overrides by id, `null` deletes, new entries
/// appended, chains base first, bases by id or by a path relative to the variant's file, and
/// every edited value remembers the variant's file.
@Suite("Variants: resolution")
struct VariantResolutionTests {
    static let base = """
        id: base
        title: Base
        summary: The base roadmap.
        sections:
          - id: intro
            title: Intro
            topics:
              - id: python
                title: Python
                summary: Learn Python.
                level: beginner
                hours: 40
              - id: sql
                title: SQL
                requires: [python]
          - id: extras
            title: Extras
            topics:
              - id: interviews
                title: Interviews
                requires: [sql]

        """

    static let variant = """
        id: lite
        title: Lite
        extends: base
        remove: [extras]
        sections:
          - id: intro
            topics:
              - id: python
                hours: 10
                summary: ~
              - id: git
                title: Git

        """

    static func load(_ texts: [(String, String)]) -> LoadResult {
        RoadmapLoader().loadSynchronously(texts.map { .text($0.1, origin: .standardInput, displayName: $0.0) })
    }

    @Test("remove, override, null and a new topic give the documented roadmap")
    func removeOverrideNullAndAdd() throws {
        let result = Self.load([("base.yaml", Self.base), ("lite.yaml", Self.variant)])
        #expect(result.diagnostics == [])
        let lite = try #require(result.roadmaps.first { $0.id == "lite" })
        #expect(lite.title == "Lite")
        #expect(lite.summary == "The base roadmap.")          // inherited
        #expect(lite.extends == "base")
        #expect(lite.sections.map(\.id) == ["intro"])          // `extras` removed
        #expect(lite.topics.map(\.id) == ["python", "sql", "git"])
        let python = lite.topics[0]
        #expect(python.hours == 10)                            // overridden
        #expect(python.summary == nil)                         // deleted by null
        #expect(python.level?.value == .beginner)              // kept from the base
        #expect(result.files.displayName(python.location.file) == "base.yaml")
        #expect(python.edits.map { result.files.displayName($0.file) } == ["lite.yaml"])
        #expect(python.edits.first?.line == 8)
        #expect(result.files.displayName(lite.topics[2].location.file) == "lite.yaml")   // new topic
        // The base is untouched by its variant.
        let base = try #require(result.roadmaps.first { $0.id == "base" })
        #expect(base.topics.map(\.id) == ["python", "sql", "interviews"])
        #expect(base.topics[0].hours == 40)
    }

    @Test("a chain resolves base first and keeps both variants' edits in order")
    func chain() throws {
        let third = """
            id: tiny
            title: Tiny
            extends: lite
            sections:
              - id: intro
                topics:
                  - id: python
                    hours: 5

            """
        let result = Self.load([("base.yaml", Self.base), ("lite.yaml", Self.variant), ("tiny.yaml", third)])
        #expect(result.diagnostics == [])
        let tiny = try #require(result.roadmaps.first { $0.id == "tiny" })
        #expect(tiny.extends == "lite")
        #expect(tiny.topics.map(\.id) == ["python", "sql", "git"])
        #expect(tiny.topics[0].hours == 5)
        #expect(tiny.topics[0].edits.map { result.files.displayName($0.file) } == ["lite.yaml", "tiny.yaml"])
    }

    @Test("a base named by a path is read relative to the variant's own file")
    func baseByRelativePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("variant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bases"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.base.write(to: folder.appendingPathComponent("bases/base.yaml"), atomically: true, encoding: .utf8)
        let variant = Self.variant.replacingOccurrences(of: "extends: base", with: "extends: bases/base.yaml")
        let path = folder.appendingPathComponent("lite.yaml").path
        try variant.write(toFile: path, atomically: true, encoding: .utf8)
        let result = RoadmapLoader().loadSynchronously([.file(path: path)])
        #expect(result.diagnostics == [])
        #expect(result.roadmaps.map(\.id) == ["lite"])
        #expect(result.roadmaps.first?.topics.map(\.id) == ["python", "sql", "git"])
    }

    @Test("the bundled mlops-lite drops three sections, shortens estimates and adds git")
    func bundledMLOpsLite() throws {
        let result = RoadmapLoader().loadSynchronously([.bundled(id: "mlops-lite")])
        #expect(result.diagnostics == [])
        let lite = try #require(result.roadmaps.first)
        #expect(lite.extends == "mlops")
        #expect(lite.sections.count == 7)
        #expect(!lite.sections.contains { ["database-management", "metadata", "interviews"].contains($0.id) })
        let topics = Dictionary(uniqueKeysWithValues: lite.topics.map { ($0.id, $0) })
        #expect(topics["python"]?.hours == 20)
        #expect(topics["git"]?.title == "Git and Version Control")
        #expect(topics["databases"] == nil)
        #expect(topics["experiment-tracking"]?.requires.map(\.value.description) == ["git", "machine-learning/ml-algorithms"])
    }
}
