import RoadmapPlugin

/// The Markdown view of a study plan: its facts, then a table by week.
enum PlanMarkdown {
    static func render(_ plan: PlanDocument) -> String {
        let totals = plan.totals
        var out = "# \(MarkdownText.inline(plan.title)): a study plan\n\n"
        out += "| Plan | |\n| --- | --- |\n"
        out += "| Topics left | \(totals.topics) (\(HoursFormat.string(totals.hours)) h)"
        if totals.done + totals.skipped > 0 { out += "; \(totals.done) done and \(totals.skipped) skipped left out" }
        out += " |\n"
        out += "| Pace | \(HoursFormat.string(plan.hoursPerWeek)) h a week on \(plan.days.joined(separator: ", ")) (\(HoursFormat.string(plan.sessionHours)) h a session) |\n"
        out += "| Dates | \(plan.start) to \(plan.end ?? plan.start): \(Counted.string(totals.sessions, "session")) over \(Counted.string(totals.weeks, "week")) |\n"
        if let until = plan.until { out += "| To end by | \(until) |\n" }
        if totals.assumedTopics > 0 { out += "| Without hours | \(Counted.string(totals.assumedTopics, "topic")), \(HoursFormat.string(plan.defaultHours)) h each assumed |\n" }
        if let file = plan.progressFile { out += "| Progress | \(MarkdownText.code(file)) |\n" }
        out += "\n| Week | Dates | Hours | Topics |\n| --: | --- | --: | --- |\n"
        var byWeek: [(week: Int, sessions: [PlanDocument.Session])] = []
        for session in plan.sessions {
            if byWeek.last?.week == session.week { byWeek[byWeek.count - 1].sessions.append(session) } else { byWeek.append((session.week, [session])) }
        }
        for (week, sessions) in byWeek {
            let hours = sessions.map(\.hours).reduce(0, +)
            var topics: [String] = []
            for session in sessions {
                for piece in session.pieces {
                    let count = piece.pieces > 1 ? " (\(piece.piece)/\(piece.pieces))" : ""
                    topics.append("\(session.weekday) \(MarkdownText.inline(piece.title))\(count)")
                }
            }
            let dates = sessions.first.map(\.date) == sessions.last.map(\.date) ? sessions[0].date : "\(sessions[0].date) – \(sessions[sessions.count - 1].date)"
            out += "| \(week) | \(dates) | \(HoursFormat.string(hours)) | \(topics.joined(separator: "; ")) |\n"
        }
        return out
    }
}
