import RoadmapPlugin
import Testing
import RoadmapLoading

/// Same input, same bytes; and a merged curriculum written as YAML merges back to itself.
@Suite("Plugins: determinism and the YAML round trip")
struct DeterminismAndRoundTripTests {
    @Test("two merges of the same input give identical bytes in every format", arguments: PluginFixture.curriculumFormats.map(\.format))
    func deterministic(format: String) throws {
        let plugin = try #require(PluginFixture.curriculumFormats.first { $0.format == format }?.plugin)
        // Two independent loads and merges (fresh loader, fresh files table), bundled and hostile.
        for _ in 0..<2 {
            let first = PluginFixture.render(plugin, .curriculum(try PluginFixture.bundledCurriculum()))
            let second = PluginFixture.render(plugin, .curriculum(try PluginFixture.bundledCurriculum()))
            #expect(Array(first.utf8) == Array(second.utf8))
        }
        let hostileA = try PluginFixture.curriculum(PluginFixture.load(texts: InjectionTests.files))
        let hostileB = try PluginFixture.curriculum(PluginFixture.load(texts: InjectionTests.files))
        #expect(Array(PluginFixture.render(plugin, .curriculum(hostileA)).utf8) == Array(PluginFixture.render(plugin, .curriculum(hostileB)).utf8))
    }

    @Test("loading with the parallel loader gives the same bytes as the synchronous one")
    func parallelLoad() async throws {
        let inputs: [RoadmapInput] = BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) }
        let parallel = await RoadmapLoader().load(inputs)
        let document = try PluginFixture.curriculum(parallel, id: PluginFixture.bundledMergeID, title: PluginFixture.bundledMergeTitle)
        #expect(document == (try PluginFixture.bundledCurriculum()))
    }

    @Test("merge (bundled) → yaml → load → validates → merge alone: same local ids, titles, hours, resources, requires and stages")
    func yamlRoundTrip() throws {
        let first = try PluginFixture.bundledCurriculum()
        let yaml = PluginFixture.render(PluginFixture.plugins.first { $0.name == "yaml" }!, .curriculum(first))
        let reloaded = PluginFixture.load(texts: [("curriculum.yaml", yaml)])
        #expect(reloaded.diagnostics.map(\.message) == [], "the YAML output validates with no problems at all")
        let roadmap = try #require(reloaded.roadmaps.first)
        #expect(roadmap.id == first.id)
        #expect(roadmap.title == first.title)

        let second = try PluginFixture.curriculum(reloaded)
        func local(_ id: String) -> String { String(id.split(separator: "/").last!) }
        #expect(second.topics.map { local($0.id) } == first.topics.map { local($0.id) })
        #expect(second.topics.map(\.id) == first.topics.map { "\(first.id)/\(local($0.id))" })
        #expect(second.topics.map(\.title) == first.topics.map(\.title))
        #expect(second.topics.map(\.summary) == first.topics.map(\.summary))
        #expect(second.topics.map(\.hours) == first.topics.map(\.hours))
        #expect(second.topics.map(\.level) == first.topics.map(\.level))
        #expect(second.topics.map(\.tags) == first.topics.map(\.tags))
        #expect(second.topics.map(\.stage) == first.topics.map(\.stage))
        #expect(second.topics.map { $0.requires.map(local) } == first.topics.map { $0.requires.map(local) })
        #expect(second.topics.map(\.resources) == first.topics.map(\.resources))
        #expect(Set(second.topics.flatMap(\.aliases)).isSuperset(of: Set(first.topics.flatMap(\.aliases))))
        #expect(second.totals.topics == first.totals.topics)
        #expect(second.totals.hours == first.totals.hours)
        #expect(second.totals.resources == first.totals.resources)
        #expect(second.totals.stages == first.totals.stages)
        // The provenance is kept in x-from.
        #expect(second.topics.map { $0.extensions?["x-from"] } == first.topics.map { Optional(ExtensionValue.list($0.from.map { .string($0) })) })
    }

    @Test("a curriculum merged from a merged curriculum is written as a valid YAML file again")
    func secondGenerationYAML() throws {
        let yamlPlugin = PluginFixture.plugins.first { $0.name == "yaml" }!
        let first = PluginFixture.render(yamlPlugin, .curriculum(try PluginFixture.bundledCurriculum()))
        let second = PluginFixture.render(yamlPlugin, .curriculum(try PluginFixture.curriculum(PluginFixture.load(texts: [("one.yaml", first)]))))
        let third = RoadmapLoader().loadSynchronously([.text(second, origin: .standardInput, displayName: "two.yaml")])
        #expect(third.diagnostics.map(\.message) == [])
    }
}
