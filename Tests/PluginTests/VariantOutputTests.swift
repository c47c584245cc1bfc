import RoadmapPlugin
import Testing
import YAMLPlugin
import RoadmapLoading
import RoadmapComposition

/// A variant comes out of `show --format yaml` as a plain roadmap, and a merge's provenance
/// names the variant file that edited a topic.
@Suite("Plugins: variants")
struct VariantOutputTests {
    @Test("the resolved mlops-lite as YAML has no extends, and loads again to the same topics")
    func resolvedVariantAsPlainFile() throws {
        let result = RoadmapLoader().loadSynchronously([.bundled(id: "mlops-lite")])
        let lite = try #require(result.roadmaps.first)
        let text = try YAMLPlugin().render(.roadmap(DocumentBuilder.document(for: lite, files: result.files)), options: RenderOptions())
        #expect(!text.contains("extends:"))
        #expect(!text.contains("remove:"))
        let again = RoadmapLoader().loadSynchronously([.text(text, origin: .standardInput, displayName: "lite.yaml")])
        #expect(again.diagnostics == [])
        let reloaded = try #require(again.roadmaps.first)
        #expect(reloaded.topics.map(\.id) == lite.topics.map(\.id))
        #expect(reloaded.topics.map(\.hours) == lite.topics.map(\.hours))
        #expect(reloaded.topics.map(\.title) == lite.topics.map(\.title))
    }

    @Test("merge provenance names the variant file that edited a topic")
    func mergeProvenanceOfVariantEdits() throws {
        let result = RoadmapLoader().loadSynchronously([.bundled(id: "mlops-lite"), .bundled(id: "data-science")])
        let (curriculum, _) = CurriculumComposer.compose(result.roadmaps, files: result.files)
        let document = DocumentBuilder.document(for: try #require(curriculum), files: result.files)
        let python = try #require(document.topics.first { $0.id == "mlops-lite/python" })
        let origin = try #require(python.origins.first { $0.roadmap == "mlops-lite" })
        #expect(origin.location.file == "<bundled>/mlops.yaml")
        #expect(origin.editedAt?.map(\.file) == ["<bundled>/mlops-lite.yaml"])
    }
}
