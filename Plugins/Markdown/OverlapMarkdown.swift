import RoadmapPlugin

/// The Markdown view of an overlap: the table of shares, then the subjects of each pair.
enum OverlapMarkdown {
    static func render(_ document: OverlapDocument) -> String {
        let index = document.index()
        var out = "# How much of each roadmap a learner of another already covers\n\n"
        out += "Row: the roadmap learned; column: the roadmap taken next. Each cell: the share of the column's topics that are subjects of the row (and of its hours).\n\n"
        out += "| Learned ↓ / next → | " + document.roadmaps.map { MarkdownText.code($0.id) }.joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " --: |", count: document.roadmaps.count) + "\n"
        for row in document.roadmaps {
            let cells = document.roadmaps.map { column in
                index.pairs[row.id]?[column.id].map { "\(PercentFormat.string($0.shareOfTopics)) (\(PercentFormat.string($0.shareOfHours)))" } ?? "—"
            }
            out += "| \(MarkdownText.code(row.id)) | " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n"
        for pair in document.pairs where pair.sharedTopics > 0 {
            let to = index.roadmaps[pair.to]
            out += "## \(MarkdownText.code(pair.from)) → \(MarkdownText.code(pair.to))\n\n"
            out += "\(pair.sharedTopics) of \(Counted.string(to?.topics ?? 0, "topic")), \(HoursFormat.string(pair.sharedHours)) of \(Counted.hours(to?.hours ?? 0)): "
            out += pair.subjects.map { MarkdownText.inline($0.title) }.joined(separator: ", ") + "\n\n"
        }
        return out
    }

}
