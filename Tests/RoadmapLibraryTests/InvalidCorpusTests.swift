import Foundation
import Testing
import RoadmapLoading

/// The corpus of bad inputs: one small file per problem class in `Fixtures/invalid/`, each with
/// the exact diagnostics it gives in `NAME.expected` (regenerated only by scripts/update-goldens).
@Suite("Bad-input corpus")
struct InvalidCorpusTests {
    @Test("each bad file gives exactly its golden diagnostics", arguments: Fixtures.invalidNames())
    func golden(_ name: String) throws {
        let path = Fixtures.invalidDirectory + "/" + name
        let result = RoadmapLoader().loadSynchronously([.file(path: path)])
        let rendered = Fixtures.render(result, relativeTo: Fixtures.directory)
        let golden = Fixtures.invalidDirectory + "/" + name.dropLast(".yaml".count) + ".expected"
        try Fixtures.assertGolden(rendered, path: golden)
        #expect(result.hasErrors, "every file of the bad corpus must have at least one error")
        #expect(!result.missingInput)
        // Every diagnostic is located in a file, and every location is 1-based.
        for diagnostic in result.diagnostics {
            let location = try #require(diagnostic.location, "unlocated: \(diagnostic.message)")
            #expect(location.line >= 1 && location.column >= 1)
            #expect(!diagnostic.message.hasSuffix("."), "messages have no trailing period: \(diagnostic.message)")
        }
    }

    @Test("the corpus is complete: every file has a golden and every golden a file")
    func corpusIsPaired() throws {
        let all = try FileManager.default.contentsOfDirectory(atPath: Fixtures.invalidDirectory)
        let inputs = Set(all.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        let goldens = Set(all.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(9)) })
        #expect(inputs.count >= 40)
        if !Fixtures.updatingGoldens {
            #expect(inputs.subtracting(goldens).sorted() == [], "fixtures without a golden file: run scripts/update-goldens")
        }
        #expect(goldens.subtracting(inputs).sorted() == [], "golden files without a fixture: delete them")
        #expect(all.allSatisfy { $0.hasSuffix(".yaml") || $0.hasSuffix(".expected") }, "unexpected files in Fixtures/invalid")
    }

    @Test("a load that keeps only references (validate) reports the same problems, roadmaps and counts, and keeps no content")
    func referencesOnlyMatchesEverything() async throws {
        var inputs = Fixtures.invalidNames().map { RoadmapInput.file(path: Fixtures.invalidDirectory + "/" + $0) }
        inputs += ["data-science", "machine-learning", "data-engineering", "mlops", "mlops-lite"].map { RoadmapInput.bundled(id: $0) }
        let everything = await RoadmapLoader().load(inputs)
        let references = await RoadmapLoader(retention: .references).load(inputs)
        #expect(Fixtures.render(references, relativeTo: Fixtures.directory) == Fixtures.render(everything, relativeTo: Fixtures.directory))
        #expect(references.roadmaps.map(\.id) == everything.roadmaps.map(\.id))
        #expect(references.counts == everything.roadmaps.map(RoadmapCounts.init))
        #expect(references.counts == everything.counts)
        #expect(references.roadmaps.map(\.topicCount) == everything.roadmaps.map(\.topicCount))
        #expect(references.roadmaps.contains { $0.id == "mlops-lite" && $0.extends == "mlops" })
        let topics = references.roadmaps.flatMap(\.topics)
        #expect(topics.count > 60 && topics.allSatisfy { $0.resources.isEmpty && $0.summary == nil && $0.tags.isEmpty })
        #expect(topics.contains { !$0.requires.isEmpty } && topics.contains { !$0.aliases.isEmpty } && topics.contains { !$0.sameAs.isEmpty })
        #expect(everything.roadmaps.flatMap(\.topics).contains { !$0.resources.isEmpty })
    }

    @Test("loading the whole corpus at once, in parallel, gives the same diagnostics as one by one, in the same order")
    func parallelMatchesSequential() async throws {
        let inputs = Fixtures.invalidNames().map { RoadmapInput.file(path: Fixtures.invalidDirectory + "/" + $0) }
        let sequential = RoadmapLoader().loadSynchronously(inputs)
        let parallel = await RoadmapLoader().load(inputs)
        #expect(Fixtures.render(parallel, relativeTo: Fixtures.directory) == Fixtures.render(sequential, relativeTo: Fixtures.directory))
        #expect(parallel.roadmaps.map(\.id) == sequential.roadmaps.map(\.id))
        let again = await RoadmapLoader().load(inputs)
        #expect(Fixtures.render(again, relativeTo: Fixtures.directory) == Fixtures.render(parallel, relativeTo: Fixtures.directory))
    }
}
