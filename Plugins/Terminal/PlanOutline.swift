import RoadmapPlugin

/// The terminal view of a study plan: what it covers and when it ends, then session by session.
enum PlanOutline {
    static func render(_ plan: PlanDocument, style: TerminalStyle) -> String {
        let clean = TerminalStyle.clean
        let totals = plan.totals
        var out = style.bold(clean(plan.title)) + ": a study plan\n"
        out += "\(Counted.string(totals.topics, "topic")) left, \(HoursFormat.string(totals.hours)) h"
        if totals.done + totals.skipped > 0 { out += " (\(totals.done) done and \(totals.skipped) skipped left out)" }
        out += "\n\(HoursFormat.string(plan.hoursPerWeek)) h a week on \(plan.days.joined(separator: ", ")) (\(HoursFormat.string(plan.sessionHours)) h a session)"
        out += ", from \(plan.start)"
        out += plan.end.map { " to \($0): \(Counted.string(totals.sessions, "session")) over \(Counted.string(totals.weeks, "week"))\n" } ?? ": nothing left to plan\n"
        if let until = plan.until { out += "to end by \(until), that takes \(HoursFormat.string(plan.hoursPerWeek)) h a week\n" }
        if totals.assumedTopics > 0 {
            out += "\(totals.assumedTopics) topic\(totals.assumedTopics == 1 ? " has" : "s have") no hours: \(HoursFormat.string(plan.defaultHours)) h each assumed (--default-hours)\n"
        }
        var week = 0
        for session in plan.sessions {
            if session.week != week {
                week = session.week
                out += "\n" + style.bold("Week \(week)") + "\n"
            }
            out += "  \(session.date) \(session.weekday)  " + style.dim("\(HoursFormat.string(session.hours)) h") + "\n"
            for piece in session.pieces {
                let count = piece.pieces > 1 ? " (\(piece.piece)/\(piece.pieces))" : ""
                out += "    \(piece.start)  \(clean(piece.title))\(count) [\(clean(piece.topic))]  " + style.dim("\(HoursFormat.string(piece.hours)) h") + "\n"
            }
        }
        return out
    }
}
