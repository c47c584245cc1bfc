import RoadmapPlugin

/// The terminal outline of a curriculum: totals, then stage by stage.
enum CurriculumOutline {
    static func render(_ document: CurriculumDocument, style: TerminalStyle) -> String {
        let clean = TerminalStyle.clean
        let totals = document.totals
        var out = style.bold(clean(document.title)) + "\n"
        out += "\(Counted.string(totals.topics, "topic")) (\(totals.topicsBeforeMerge) before merging, \(totals.sharedTopics) shared), "
        out += "\(Counted.hours(totals.hours)), \(Counted.string(totals.resources, "resource")), \(Counted.string(totals.stages, "part"))\n"
        if let progress = document.progress { out += ProgressMarks.totals(progress, style: style) }
        for stage in document.stages {
            out += "\n" + style.bold("\(stage.stage). \(TerminalStyle.clean(stage.title))") + "\n"
            for topic in stage.topics {
                var facts: [String] = [topic.roadmaps.map(clean).joined(separator: " · ")]
                if let hours = topic.hours { facts.append("\(HoursFormat.string(hours)) h") }
                out += "   - " + ProgressMarks.mark(topic.progress, shown: document.progress != nil, style: style) + "\(clean(topic.title)) [\(clean(topic.id))]  " + style.dim(facts.joined(separator: " · ")) + "\n"
            }
        }
        return out
    }
}
