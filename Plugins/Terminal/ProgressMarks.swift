import RoadmapPlugin

/// A learner's progress in the outlines: a line of totals, and a mark before each topic
/// (`[x]` done, `[~]` doing, `[-]` skipped, `[ ]` not started), only when a progress file was given.
enum ProgressMarks {
    /// "progress (FILE): 12 done, …" as a line.
    static func totals(_ progress: ProgressTotals, style: TerminalStyle) -> String {
        "progress (\(TerminalStyle.clean(progress.file))): \(progress.line)\n"
    }

    /// The mark and a space, or nothing when the document carries no progress.
    static func mark(_ progress: TopicProgress?, shown: Bool, style: TerminalStyle) -> String {
        guard shown else { return "" }
        guard let progress else { return "[ ] " }
        let mark = "[\(progress.mark)]"
        switch progress.status {
        case .done: return style.green(mark) + " "
        case .doing: return style.yellow(mark) + " "
        case .skipped: return style.dim(mark) + " "
        }
    }
}
