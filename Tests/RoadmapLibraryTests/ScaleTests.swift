import Testing
import RoadmapModel
import RoadmapLoading

@Suite("Large inputs")
struct ScaleTests {
    static let topicCount = 50_000

    /// A roadmap of `topicCount` topics in one section, each requiring the one before it;
    /// with `closed`, the first requires the last, closing one cycle through all of them.
    static func chain(closed: Bool) -> String {
        var text = "id: chain\ntitle: Chain\nsections:\n  - id: all\n    title: All\n    topics:\n"
        text.reserveCapacity(topicCount * 50)
        text += closed ? "      - {id: t0, title: T0, requires: [t\(topicCount - 1)]}\n" : "      - {id: t0, title: T0}\n"
        for index in 1..<topicCount {
            text += "      - {id: t\(index), title: T\(index), requires: [t\(index - 1)]}\n"
        }
        return text
    }

    static func load(_ text: String) -> LoadResult {
        RoadmapLoader().loadSynchronously([.text(text, origin: .standardInput, displayName: "chain.yaml")])
    }

    @Test("a 50,000-topic chain of requires validates without overflowing the stack")
    func longChain() throws {
        let result = Self.load(Self.chain(closed: false))
        #expect(result.diagnostics == [])
        let roadmap = try #require(result.roadmaps.first)
        #expect(roadmap.topicCount == Self.topicCount)
        #expect(roadmap.topics.last?.requires.map(\.value.topic) == ["t\(Self.topicCount - 2)"])
    }

    @Test("a 50,000-topic cycle is reported once, with every edge located")
    func longCycle() throws {
        let result = Self.load(Self.chain(closed: true))
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("prerequisites form a cycle: chain/t0 → chain/t49999 → chain/t49998 → "))
        // The cycle is named by its first ten topics and the last, not 50,000 names on one line.
        #expect(diagnostic.message.hasSuffix(" → chain/t49991 → … → chain/t0 (and 49990 more); a topic cannot be studied before itself, remove one of these `requires`"), "\(diagnostic.message)")
        #expect(diagnostic.message.count < 400)
        // Printed, it shows ten notes and counts the rest.
        let printed = DiagnosticRenderer().render([diagnostic], files: result.files) { _, _ in nil }
        #expect(printed.split(separator: "\n").count == 1 + DiagnosticRenderer.maxNotes + 1)
        #expect(printed.hasSuffix("roadmap: note: … and \(Self.topicCount - DiagnosticRenderer.maxNotes) more notes\n"))
        #expect(diagnostic.notes.count == Self.topicCount)
        #expect(diagnostic.notes.allSatisfy { $0.location != nil })
        // The error points at the requires of t0 (line 7), each note at the requires of its topic.
        #expect(diagnostic.location.map(result.files.describe) == "chain.yaml:7:40")
        #expect(diagnostic.notes.first?.message == "`chain/t0` requires `chain/t49999` here")
        #expect(diagnostic.notes.first?.location.map(result.files.describe) == "chain.yaml:7:40")
        #expect(diagnostic.notes.last?.message == "`chain/t1` requires `chain/t0` here")
        #expect(diagnostic.notes.last?.location.map(result.files.describe) == "chain.yaml:8:40")
    }
}
