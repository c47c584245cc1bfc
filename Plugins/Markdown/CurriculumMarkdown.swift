import RoadmapPlugin

/// The Markdown view of a curriculum.
enum CurriculumMarkdown {
    static func render(_ document: CurriculumDocument, maxTopicsForGraph: Int) -> String {
        var out = "# \(MarkdownText.inline(document.title))\n\n"
        let titles = Dictionary(document.roadmaps.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let topicTitles = Dictionary(document.topics.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let totals = document.totals
        out += "Merged from \(document.roadmaps.count) roadmap\(document.roadmaps.count == 1 ? "" : "s"), in this order:\n\n"
        for (index, input) in document.roadmaps.enumerated() {
            let title = input.source.map { MarkdownText.link(input.title, $0) } ?? MarkdownText.inline(input.title)
            out += "\(index + 1). \(title) (\(MarkdownText.code(input.id))): \(Counted.string(input.topicCount, "topic")), \(input.sharedTopicCount) shared with the others\n"
        }
        out += "\n| Totals | |\n| --- | --- |\n"
        out += "| Topics | \(totals.topics) (\(totals.topicsBeforeMerge) before merging; \(totals.sharedTopics) subjects shared) |\n"
        out += "| Study hours | \(HoursFormat.string(totals.hours)) |\n"
        out += "| Resources | \(totals.resources) (\(totals.resourcesBeforeMerge) before dropping duplicates) |\n"
        out += "| Parts | \(totals.stages) |\n"
        if let progress = document.progress { out += TopicMarkdown.progressRow(progress) }
        out += "\n"

        let stages = document.stages
        if stages.count > 1 { out += graph(document, stages: stages, maxTopics: maxTopicsForGraph) }

        for stage in stages {
            out += "## \(stage.stage). \(MarkdownText.inline(stage.title))\n\n"
            if document.progress != nil { out += TopicMarkdown.taskList(stage.topics.map { ($0.id, $0.title, $0.progress) }) }
            for topic in stage.topics {
                out += "### <a id=\"\(MarkdownText.anchor(topic.id))\"></a>\(MarkdownText.inline(topic.title))\n\n"
                let from = topic.roadmaps.map { MarkdownText.inline(titles[$0].map(CurriculumDocument.shortTitle) ?? $0) }.joined(separator: " · ")
                out += "From \(from) (" + topic.from.map(MarkdownText.code).joined(separator: ", ") + ")\n\n"
                var facts: [String] = []
                if let level = topic.level { facts.append("Level: \(MarkdownText.inline(level))") }
                if let hours = topic.hours { facts.append("Hours: \(HoursFormat.string(hours))") }
                if !topic.requires.isEmpty {
                    facts.append("Requires: " + topic.requires.map { id in
                        "[\(MarkdownText.inline(topicTitles[id] ?? id))](#\(MarkdownText.anchor(id)))"
                    }.joined(separator: ", "))
                }
                if !topic.requiresOutside.isEmpty {
                    facts.append("Requires (outside this curriculum): " + topic.requiresOutside.map(MarkdownText.code).joined(separator: ", "))
                }
                if !facts.isEmpty { out += facts.joined(separator: " · ") + "\n\n" }
                if let summary = topic.summary { out += TopicMarkdown.paragraph(summary) }
                if !topic.resources.isEmpty {
                    for resource in topic.resources { out += TopicMarkdown.resource(resource) }
                    out += "\n"
                }
            }
        }
        return out
    }

    /// The "Parts" section: the topic graph (``MermaidFlowchart``) up to `maxTopics` topics and
    /// within Mermaid's default limits (GitHub's); past them, the parts and the links between
    /// them, saying so.
    static func graph(_ document: CurriculumDocument, stages: [(stage: Int, title: String, topics: [CurriculumDocument.Topic])],
                      maxTopics: Int) -> String {
        let outline = GraphOutline(document)
        if document.topics.count <= maxTopics {
            let flowchart = MermaidFlowchart.render(outline)
            if MermaidFlowchart.fitsDefaultLimits(flowchart, outline) {
                return "## Parts\n\n```mermaid\n" + flowchart + "```\n\n"
            }
        }
        var out = "## Parts\n\nThe topic graph is too large to draw here (\(outline.ids.count) topics, \(outline.edges.count) links; "
        out += "`--format mermaid` or `--format dot` draws it); the parts and what links them:\n\n```mermaid\nflowchart LR\n"
        for stage in stages {
            out += "  S\(stage.stage)[\"\(stage.stage). \(PlainText.mermaidLabel(stage.title)): \(stage.topics.count) topic\(stage.topics.count == 1 ? "" : "s")\"]\n"
        }
        // A link between two parts wherever the graph has an edge from one to the other.
        var partOf = [Int](repeating: 0, count: outline.ids.count)
        for (index, group) in outline.groups.enumerated() { for node in group.nodes { partOf[node] = stages[index].stage } }
        let external = Set(outline.external)
        let links = Set(outline.edges.filter { !external.contains($0.from) }.map { [partOf[$0.from], partOf[$0.to]] }.filter { $0[0] != $0[1] })
        for link in links.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            out += "  S\(link[0]) --> S\(link[1])\n"
        }
        return out + "```\n\n"
    }
}

