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

    /// The "Progress" row of a totals table.
    static func progressRow(_ progress: ProgressTotals) -> String {
        "| Progress | \(MarkdownText.inline(progress.line)) (\(MarkdownText.code(progress.file))) |\n"
    }

    /// A task list of topics, one item each, checked when done: `- [x] [Python](#topic-…) — done 2026-11-02`.
    static func taskList(_ topics: [(id: String, title: String, progress: TopicProgress?)]) -> String {
        var out = ""
        for topic in topics {
            let box = topic.progress?.status == .done ? "[x]" : "[ ]"
            var line = "- \(box) [\(MarkdownText.inline(topic.title))](#\(MarkdownText.anchor(topic.id)))"
            if let progress = topic.progress {
                line += " — " + progress.status.rawValue + (progress.date.map { " " + MarkdownText.inline($0) } ?? "")
                if let note = progress.note { line += ": " + MarkdownText.inline(note) }
            }
            out += line + "\n"
        }
        return out + "\n"
    }
}
