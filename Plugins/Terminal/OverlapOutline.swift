import RoadmapPlugin

/// The terminal view of an overlap: a table of shares (row: what a learner knows; column: the
/// roadmap they take next), then the shared subjects of each pair.
enum OverlapOutline {
    static func render(_ document: OverlapDocument, style: TerminalStyle) -> String {
        let index = document.index()
        let clean = TerminalStyle.clean
        var out = style.bold("How much of each roadmap (column) a learner of another (row) already covers") + "\n"
        out += "share of the column's topics (and of its hours)\n\n"
        let ids = document.roadmaps.map { clean($0.id) }
        let width = max(ids.map(\.count).max() ?? 0, 12)
        func pad(_ text: String, _ count: Int) -> String { text + String(repeating: " ", count: max(0, count - text.count)) }
        out += pad("", width) + "  " + ids.map { pad($0, width) }.joined(separator: "  ") + "\n"
        for row in document.roadmaps {
            var cells: [String] = []
            for column in document.roadmaps {
                guard let pair = index.pairs[row.id]?[column.id] else { cells.append(pad("—", width)); continue }
                cells.append(pad("\(PercentFormat.string(pair.shareOfTopics)) (\(PercentFormat.string(pair.shareOfHours)))", width))
            }
            out += pad(clean(row.id), width) + "  " + cells.joined(separator: "  ") + "\n"
        }
        for pair in document.pairs where pair.sharedTopics > 0 {
            let to = index.roadmaps[pair.to]
            out += "\n" + style.bold("\(clean(pair.from)) → \(clean(pair.to))") + ": \(pair.sharedTopics) of \(Counted.string(to?.topics ?? 0, "topic")), "
            out += "\(HoursFormat.string(pair.sharedHours)) of \(HoursFormat.string(to?.hours ?? 0)) h\n"
            out += "  " + pair.subjects.map { clean($0.title) }.joined(separator: ", ") + "\n"
        }
        return out
    }

}
