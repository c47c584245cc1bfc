import Foundation
import RoadmapYAML
import Testing
import RoadmapModel
import RoadmapLoading

@Suite("A valid file with every optional field")
struct ValidRoadmapTests {
    static let path = Fixtures.directory + "/valid/complete.yaml"

    func load() throws -> (LoadResult, Roadmap) {
        let result = RoadmapLoader().loadSynchronously([.file(path: Self.path)])
        #expect(result.diagnostics == [], "\(Fixtures.render(result, relativeTo: Fixtures.directory))")
        let roadmap = try #require(result.roadmaps.first)
        #expect(result.roadmaps.count == 1)
        return (result, roadmap)
    }

    func at(_ line: Int, _ column: Int, in roadmap: Roadmap) -> RoadmapModel.SourceLocation {
        RoadmapModel.SourceLocation(file: roadmap.location.file, mark: YAMLMark(line: line, column: column))
    }

    @Test("the roadmap's own fields decode to typed values")
    func roadmapFields() throws {
        let (result, roadmap) = try load()
        #expect(roadmap.id == "complete")
        #expect(roadmap.title == "A Complete Roadmap")
        #expect(roadmap.summary == "Every optional field, once.")
        #expect(roadmap.source == "https://example.com/roadmaps/complete")
        #expect(roadmap.authors == ["Ada Lovelace", "Alan Turing"])
        #expect(roadmap.published == "2024-02-29")
        #expect(roadmap.related == ["data-science", "mlops"])
        #expect(roadmap.extends == nil)
        #expect(roadmap.location == at(3, 5, in: roadmap))
        #expect(result.files.describe(roadmap.location) == Self.path + ":3:5")
        #expect(roadmap.sections.map(\.id) == ["foundations", "statistics-section"])
        #expect(roadmap.topicCount == 2)
        #expect(roadmap.resourceCount == 2)
        #expect(roadmap.extensions.map(\.key) == ["x-owner"])
        #expect(roadmap.extensions.first?.value == .scalar(YAMLScalar(value: "data-team", mark: YAMLMark(line: 10, column: 10))))
        #expect(roadmap.extensions.first?.location == at(10, 1, in: roadmap))
    }

    @Test("sections decode with their summary, extensions and locations")
    func sectionFields() throws {
        let (_, roadmap) = try load()
        let section = roadmap.sections[0]
        #expect(section.title == "Foundations")
        #expect(section.summary == "Where to start.")
        #expect(section.extensions.map(\.key) == ["x-color"])
        // A section and a topic are located at their `id` value.
        #expect(section.location == at(12, 9, in: roadmap))
        #expect(roadmap.sections[1].summary == nil)
        #expect(roadmap.sections[1].title == "Statistics")
    }

    @Test("topics decode every field, typed and located")
    func topicFields() throws {
        let (_, roadmap) = try load()
        let python = roadmap.sections[0].topics[0]
        #expect(python.id == "python")
        #expect(python.title == "Python")
        #expect(python.summary == Located("The language.", at: at(19, 18, in: roadmap)))
        #expect(python.aliases == ["python-3", "py"])
        #expect(python.sameAs.map(\.value) == [TopicReference(roadmap: "data-science", topic: "python"),
                                               TopicReference(roadmap: "mlops", topic: "python")])
        #expect(python.sameAs.map(\.location) == [at(21, 19, in: roadmap), at(21, 40, in: roadmap)])
        #expect(python.requires.isEmpty)
        #expect(python.tags == ["programming", "language"])
        #expect(python.level == Located(Level.beginner, at: at(23, 16, in: roadmap)))
        #expect(python.hours == 40)
        #expect(python.location == at(17, 13, in: roadmap))
        #expect(python.extensions.map(\.key) == ["x-notes"])
        #expect(python.extensions.first?.location == at(36, 9, in: roadmap))

        let probability = roadmap.sections[1].topics[0]
        #expect(probability.requires.map(\.value) == [TopicReference(roadmap: nil, topic: "py"),
                                                      TopicReference(roadmap: "data-science", topic: "statistics")])
        #expect(probability.requires.map(\.location) == [at(42, 20, in: roadmap), at(42, 24, in: roadmap)])
        #expect(probability.level?.value == .advanced)
        #expect(probability.hours == 2.5)
        #expect(probability.summary == nil)
        #expect(probability.aliases == [] && probability.tags == [] && probability.sameAs == [] && probability.resources == [])
    }

    @Test("resources decode every field")
    func resourceFields() throws {
        let (_, roadmap) = try load()
        let resources = roadmap.sections[0].topics[0].resources
        #expect(resources.count == 2)
        #expect(resources[0].title == "100 Days of Code: The Complete Python Pro Bootcamp")
        #expect(resources[0].url == "https://www.udemy.com/course/100-days-of-code/")
        #expect(resources[0].type == .course)
        #expect(resources[0].provider == "Udemy")
        #expect(resources[0].free == false)
        #expect(resources[0].extensions.map(\.key) == ["x-rating"])
        #expect(resources[0].location == at(26, 13, in: roadmap))
        #expect(resources[1].type == .docs)
        #expect(resources[1].provider == nil)
        #expect(resources[1].free == true)
    }

    @Test("a file decodes the same from disk, from text, and through the decoder alone")
    func sameFromEverySource() throws {
        let bytes = try Fixtures.bytes(Self.path)
        let (draft, diagnostics) = RoadmapDecoder.decode(bytes, file: SourceFileID(0))
        #expect(diagnostics == [])
        let decoded = try #require(draft)
        #expect(decoded.format?.value == 1)
        #expect(decoded.format?.location.mark == YAMLMark(line: 2, column: 9))
        #expect(decoded.hours(ofTopic: "probability") == 2.5)
        let (validated, problems) = RoadmapValidator.validate(decoded)
        #expect(problems == [])
        let fromText = RoadmapLoader().loadSynchronously([.text(String(decoding: bytes, as: UTF8.self), origin: .standardInput, displayName: "<stdin>")])
        #expect(fromText.diagnostics == [])
        #expect(fromText.roadmaps == [validated])
    }
}

extension RoadmapDraft {
    func hours(ofTopic id: String) -> Double? {
        for section in sections ?? [] {
            for topic in section.topics ?? [] where topic.id?.value == id { return topic.hours?.value }
        }
        return nil
    }
}
