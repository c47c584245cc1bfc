import RoadmapPlugin

/// The pieces of a topic shared by the curriculum and roadmap views.
enum TopicMarkdown {
    /// One resource as a list item: the title as a link (when it has a URL), then its facts.
    static func resource(_ resource: ResourceDocument) -> String {
        var line = "- " + (resource.url.map { MarkdownText.link(resource.title, $0) } ?? MarkdownText.inline(resource.title))
        var facts: [String] = []
        if let type = resource.type { facts.append(MarkdownText.inline(type)) }
        if let provider = resource.provider { facts.append(MarkdownText.inline(provider)) }
        if resource.free == true { facts.append("free") }
        if !facts.isEmpty { line += " — " + facts.joined(separator: ", ") }
        return line + "\n"
    }

    /// A summary as a paragraph.
    static func paragraph(_ text: String) -> String {
        MarkdownText.inline(text) + "\n\n"
    }
}
