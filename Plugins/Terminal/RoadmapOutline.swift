import RoadmapPlugin

/// The terminal outline of one roadmap.
enum RoadmapOutline {
    static func render(_ document: RoadmapDocument, style: TerminalStyle) -> String {
        let clean = TerminalStyle.clean
        var out = style.bold(clean(document.title)) + " (\(clean(document.id)))\n"
        if let summary = document.summary { out += clean(summary) + "\n" }
        if let source = document.source { out += "source: \(clean(source))\n" }
        if let base = document.extends {
            out += "variant of: \(clean(base))\n"
        } else if let bases = document.bases, bases.count > 1 {
            out += "composed of: \(bases.map(clean).joined(separator: " + "))\n"
        }
        let topics = document.topics
        if let progress = document.progress { out += ProgressMarks.totals(progress, style: style) }
        out += "\(Counted.string(document.sections.count, "section")), \(Counted.string(topics.count, "topic")), \(Counted.string(topics.reduce(0) { $0 + $1.resources.count }, "resource"))\n"
        for (number, section) in document.sections.enumerated() {
            out += "\n" + style.bold("\(number + 1). \(clean(section.title))") + " [\(clean(section.id))]\n"
            for topic in section.topics {
                var facts: [String] = []
                if let level = topic.level { facts.append(clean(level)) }
                if let hours = topic.hours { facts.append("\(HoursFormat.string(hours)) h") }
                facts.append("\(topic.resources.count) resource\(topic.resources.count == 1 ? "" : "s")")
                out += "   - " + ProgressMarks.mark(topic.progress, shown: document.progress != nil, style: style) + "\(clean(topic.title)) [\(clean(topic.id))]  " + style.dim(facts.joined(separator: " · ")) + "\n"
                if !topic.requires.isEmpty {
                    out += "       requires: \(topic.requires.map(clean).joined(separator: ", "))\n"
                }
            }
        }
        return out
    }
}
