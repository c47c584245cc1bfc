import Foundation
import Testing
import RoadmapLoading
import RoadmapComposition

@Suite("Bundled roadmaps")
struct BundledRoadmapTests {
    static let folder = Fixtures.packageRoot + "/Roadmaps"

    static func roadmapFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test("the bundled roadmaps validate together with no diagnostics at all")
    func allValid() {
        let result = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously(BundledRoadmap.all.map { .bundled(id: $0.id) })
        #expect(result.diagnostics == [], "\(Fixtures.render(result, relativeTo: ""))")
        #expect(result.roadmaps.map(\.id) == BundledRoadmap.all.map(\.id))
        #expect(!result.missingInput)
    }

    @Test("each bundled roadmap validates alone", arguments: BundledRoadmap.all.map(\.id))
    func eachValid(_ id: String) {
        let result = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([.bundled(id: id)])
        #expect(result.diagnostics == [], "\(Fixtures.render(result, relativeTo: ""))")
        #expect(result.roadmaps.map(\.id) == [id])
    }

    @Test("the bundled set starts with the four KDnuggets roadmaps, in merge order")
    func bundledSet() {
        let kdnuggets = ["data-science", "machine-learning", "data-engineering", "mlops"]
        #expect(BundledRoadmap.defaultMergeOrder == kdnuggets)
        #expect(Array(BundledRoadmap.all.map(\.id).prefix(4)) == kdnuggets)
        #expect(Set(BundledRoadmap.all.map(\.id)).count == BundledRoadmap.all.count, "bundled ids are unique")
        // Compositions need the merge stage: the library of references composes them on demand.
        #expect(BundledLibrary.roadmaps.map(\.id) == BundledRoadmap.all.map(\.id).filter { $0 != "mlops-track" })
        let track = RoadmapLibrary(composer: CurriculumBaseComposer()).roadmaps(named: ["mlops-track"]).roadmaps
        #expect(track.map(\.bases) == [["data-science", "machine-learning", "data-engineering", "mlops"]])
        // Bundled variants resolve against their bundled base.
        for roadmap in BundledLibrary.roadmaps where roadmap.extends != nil {
            #expect(BundledRoadmap.named(roadmap.extends!) != nil, "\(roadmap.id) extends \(roadmap.extends!)")
        }
        #expect(BundledRoadmap.named("mlops")?.id == "mlops")
        #expect(BundledRoadmap.named("nope") == nil)
    }

    @Test("the published schemas are compiled in byte for byte")
    func embeddedSchemasMatchFiles() throws {
        let folder = Fixtures.packageRoot + "/schemas"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".schema.json") }.sorted()
        #expect(files == ["document-1.schema.json", "format-1.schema.json", "progress-1.schema.json"])
        #expect(Array(JSONSchemas.format.utf8) == (try Fixtures.bytes(folder + "/format-1.schema.json")))
        #expect(Array(JSONSchemas.document.utf8) == (try Fixtures.bytes(folder + "/document-1.schema.json")))
        #expect(Array(JSONSchemas.progress.utf8) == (try Fixtures.bytes(folder + "/progress-1.schema.json")))
    }

    @Test("the embedded texts match Roadmaps/*.yaml byte for byte")
    func embeddedTextsMatchFiles() throws {
        let files = try Self.roadmapFiles()
        let stale = "add the file to Roadmaps/BundledRoadmapFiles.swift and to the BundledRoadmapFiles target's resources in Package.swift"
        #expect(files.map { String($0.dropLast(5)) }.sorted() == BundledRoadmap.all.map(\.id).sorted(), "\(stale)")
        for file in files {
            let id = String(file.dropLast(5))
            let bytes = try Fixtures.bytes(Self.folder + "/" + file)
            let embedded = try #require(BundledRoadmap.named(id), "Roadmaps/\(file) is not embedded; \(stale)")
            #expect(Array(embedded.text.utf8) == bytes, "Roadmaps/\(file) differs from its embedded copy; \(stale)")
        }
    }

    @Test("the files in Roadmaps/ validate from disk as well")
    func filesOnDiskValid() throws {
        let inputs = try Self.roadmapFiles().map { RoadmapInput.file(path: Self.folder + "/" + $0) }
        let result = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously(inputs)
        #expect(result.diagnostics == [], "\(Fixtures.render(result, relativeTo: Fixtures.packageRoot))")
        #expect(result.roadmaps.count == inputs.count)
    }
}
