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

    @Test("a graph past 150 topics is not embedded in Markdown: the parts instead, saying so")
    func markdownGraphPastMermaidLimits() throws {
        // Two sections, each topic requiring the one before: every edge one no other path implies.
        func roadmap(_ count: Int, padding: Int = 0) -> String {
            var text = "format: 1\nid: chain\ntitle: Chain\nsections:\n"
            for section in 0..<2 {
                text += "  - id: s\(section)\n    title: Section \(section)\n    topics:\n"
                for index in (section * count / 2)..<((section + 1) * count / 2) {
                    text += "      - id: t\(index)\n        title: Topic \(index)\(String(repeating: " x", count: padding))\n"
                    if index > 0 { text += "        requires: [t\(index - 1)]\n" }
                }
            }
            return text
        }
        let markdown = PluginFixture.curriculumFormats[0].plugin
        let large = try PluginFixture.curriculum(PluginFixture.load(texts: [("chain.yaml", roadmap(600))]))
        let text = PluginFixture.render(markdown, .curriculum(large))
        #expect(text.contains("## Parts\n\nThe topic graph is too large to draw here (600 topics, 599 links; `--format mermaid` or `--format dot` draws it); the parts and what links them:\n\n```mermaid\nflowchart LR\n  S1[\"1. Section 0: 300 topics\"]\n  S2[\"2. Section 1: 300 topics\"]\n  S1 --> S2\n```\n"))
        let small = try PluginFixture.curriculum(PluginFixture.load(texts: [("chain.yaml", roadmap(40))]))
        let smallText = PluginFixture.render(markdown, .curriculum(small))
        #expect(smallText.contains("## Parts\n\n```mermaid\nflowchart LR\n  subgraph g1[\"1. Section 0\"]\n    t0[\"Topic 0\"]\n"))
        #expect(smallText.contains("  t38 --> t39\n"))
        // 100 topics, but titles long enough to pass Mermaid's 50,000 characters.
        let wordy = try PluginFixture.curriculum(PluginFixture.load(texts: [("chain.yaml", roadmap(100, padding: 300))]))
        #expect(PluginFixture.render(markdown, .curriculum(wordy)).contains("The topic graph is too large to draw here (100 topics, 99 links;"))
    }
}
