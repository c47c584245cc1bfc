import RoadmapPlugin

/// The Markdown view of one roadmap: its facts, then section by section its topics.
enum RoadmapMarkdown {
    static func render(_ document: RoadmapDocument) -> String {
        var out = "# \(MarkdownText.inline(document.title))\n\n"
        if let summary = document.summary { out += TopicMarkdown.paragraph(summary) }
        var facts: [String] = ["Id: \(MarkdownText.code(document.id))"]
        if let base = document.extends {
            facts.append("Variant of \(MarkdownText.code(base))")
        } else if let bases = document.bases, bases.count > 1 {
            facts.append("Composed of " + bases.map(MarkdownText.code).joined(separator: " + "))
        }
        if !document.authors.isEmpty { facts.append("By " + document.authors.map(MarkdownText.inline).joined(separator: ", ")) }
        if let published = document.published { facts.append("Published \(MarkdownText.inline(published))") }
        if let source = document.source { facts.append(MarkdownText.link("Source", source)) }
        out += facts.joined(separator: " · ") + "\n\n"
        let topics = document.topics
        let hours = topics.compactMap(\.hours).reduce(0, +)
        out += "\(Counted.string(document.sections.count, "section")), \(Counted.string(topics.count, "topic")), \(Counted.string(topics.reduce(0) { $0 + $1.resources.count }, "resource")), \(Counted.hours(hours))\n\n"
        if let progress = document.progress {
            out += "Progress (\(MarkdownText.code(progress.file))): \(MarkdownText.inline(progress.line))\n\n"
        }
        let titles = Dictionary(topics.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for (number, section) in document.sections.enumerated() {
            out += "## \(number + 1). \(MarkdownText.inline(section.title))\n\n"
            if let summary = section.summary { out += TopicMarkdown.paragraph(summary) }
            if document.progress != nil { out += TopicMarkdown.taskList(section.topics.map { ($0.id, $0.title, $0.progress) }) }
            for topic in section.topics {
                out += "### <a id=\"\(MarkdownText.anchor(topic.id))\"></a>\(MarkdownText.inline(topic.title))\n\n"
                var facts: [String] = []
                if let level = topic.level { facts.append("Level: \(MarkdownText.inline(level))") }
                if let hours = topic.hours { facts.append("Hours: \(HoursFormat.string(hours))") }
                if !topic.requires.isEmpty {
                    facts.append("Requires: " + topic.requires.map { id in
                        titles[id].map { "[\(MarkdownText.inline($0))](#\(MarkdownText.anchor(id)))" } ?? MarkdownText.code(id)
                    }.joined(separator: ", "))
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
}
