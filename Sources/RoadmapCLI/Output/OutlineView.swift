import RoadmapCore

/// A plain-text outline of one roadmap for the terminal.
enum OutlineView {
    static func render(_ roadmap: Roadmap) -> String {
        var out = "\(roadmap.title) (\(roadmap.id))\n"
        if let summary = roadmap.summary { out += summary + "\n" }
        if let source = roadmap.source { out += "source: \(source)\n" }
        if let base = roadmap.extends { out += "variant of: \(base)\n" }
        out += "\(roadmap.sections.count) sections, \(roadmap.topicCount) topics, \(roadmap.resourceCount) resources\n"
        for (number, section) in roadmap.sections.enumerated() {
            out += "\n\(number + 1). \(section.title) [\(section.id)]\n"
            for topic in section.topics {
                var facts: [String] = []
                if let level = topic.level { facts.append(level.value.rawValue) }
                if let hours = topic.hours { facts.append("\(HoursFormat.string(hours)) h") }
                facts.append("\(topic.resources.count) resource\(topic.resources.count == 1 ? "" : "s")")
                out += "   - \(topic.title) [\(topic.id)]  \(facts.joined(separator: " · "))\n"
                if !topic.requires.isEmpty {
                    out += "       requires: \(topic.requires.map(\.value.description).joined(separator: ", "))\n"
                }
            }
        }
        return out
    }
}
