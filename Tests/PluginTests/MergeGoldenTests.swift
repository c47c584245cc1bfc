import RoadmapPlugin
import Testing
import RoadmapLoading

/// The merge of the bundled four in every format, byte for byte against the golden files in
/// `Tests/PluginTests/Goldens/` (regenerated only by `scripts/update-goldens`).
@Suite("Plugins: bundled merge goldens")
struct MergeGoldenTests {
    static let formats = PluginFixture.curriculumFormats.map(\.format)

    @Test("the bundled merge matches its golden file", arguments: formats)
    func golden(format: String) throws {
        let plugin = try #require(PluginFixture.curriculumFormats.first { $0.format == format }?.plugin)
        let text = PluginFixture.render(plugin, .curriculum(try PluginFixture.bundledCurriculum()))
        #expect(!text.isEmpty)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n\n"), "one final newline")
        try PluginFixture.assertGolden(text, name: "bundled-merge.\(plugin.fileExtension)")
    }

    @Test("the goldens agree with the document: counts, order and every topic once")
    func goldensAgreeWithDocument() throws {
        let document = try PluginFixture.bundledCurriculum()
        let topics = document.topics
        #expect(document.roadmaps.map(\.id) == BundledRoadmap.defaultMergeOrder)
        #expect(document.totals.topics == topics.count)
        #expect(document.totals.topicsBeforeMerge == document.roadmaps.map(\.topicCount).reduce(0, +))
        #expect(document.totals.sharedTopics == topics.filter { $0.roadmaps.count > 1 }.count)
        #expect(document.totals.resources == topics.map(\.resources.count).reduce(0, +))
        #expect(document.totals.hours == topics.compactMap(\.hours).reduce(0, +))
        #expect(document.totals.stages == topics.map(\.stage).max())
        #expect(Set(topics.map(\.id)).count == topics.count, "every subject once")
        for input in document.roadmaps {
            let shared = topics.filter { $0.roadmaps.count > 1 }.flatMap(\.origins).filter { $0.roadmap == input.id }.count
            #expect(input.sharedTopicCount == shared, "\(input.id)")
        }
        // The Markdown golden shows each topic once, as a heading of its own, under its part.
        let markdown = PluginFixture.render(PluginFixture.curriculumFormats[0].plugin, .curriculum(document))
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings.count == topics.count)
        #expect(markdown.split(separator: "\n").filter { $0.wholeMatch(of: #/## \d+\. .*/#) != nil }.count == document.totals.stages)
        #expect(markdown.contains("| Topics | \(topics.count) (\(document.totals.topicsBeforeMerge) before merging; \(document.totals.sharedTopics) subjects shared) |"))
        // Mermaid and DOT: one node per topic, one edge per prerequisite no other path implies.
        let edges = topics.map(\.requires.count).reduce(0, +)
        let outline = GraphOutline(document)
        #expect(outline.edges.count + outline.impliedEdges == edges)
        #expect(outline.impliedEdges > 0, "the bundled merge has implied edges to leave out")
        let mermaid = PluginFixture.render(PluginFixture.curriculumFormats[3].plugin, .curriculum(document))
        #expect(mermaid.split(separator: "\n").filter { $0.hasPrefix("    t") }.count == topics.count)
        #expect(mermaid.split(separator: "\n").filter { $0.contains(" --> ") }.count == outline.edges.count)
        #expect(mermaid.contains("  subgraph legend[\"Roadmaps\"]\n    l0[\"data-science\"]:::r0\n"))
        let dot = PluginFixture.render(PluginFixture.curriculumFormats[4].plugin, .curriculum(document))
        #expect(dot.split(separator: "\n").filter { $0.hasPrefix("    \"") && $0.contains(" [label=") && !$0.contains("legend:") }.count == topics.count)
        #expect(dot.split(separator: "\n").filter { $0.contains("\" -> \"") && !$0.contains("invis") }.count == outline.edges.count)
    }
}
