/// What a learner says of a topic in a progress file.
public enum ProgressStatus: String, Sendable, Equatable, Codable, CaseIterable {
    /// Studied.
    case done
    /// Being studied.
    case doing
    /// Left out on purpose (already known, not wanted): not counted as left.
    case skipped
}

/// A learner's progress on one topic, from a progress file (`--progress FILE`). Since 1.2.
public struct TopicProgress: Sendable, Equatable, Codable {
    public var status: ProgressStatus
    /// The date the entry gives (`YYYY-MM-DD`).
    public var date: String?
    /// The learner's note.
    public var note: String?

    /// Makes a topic's progress.
    public init(status: ProgressStatus, date: String? = nil, note: String? = nil) {
        self.status = status
        self.date = date
        self.note = note
    }
}

/// What a progress file says of a whole document (`--progress FILE`). Since 1.2.
public struct ProgressTotals: Sendable, Equatable, Codable {
    /// The progress file, as named on the command line.
    public var file: String
    public var done: Int
    public var doing: Int
    public var skipped: Int
    /// Topics neither done nor skipped (those being studied count as left).
    public var left: Int
    /// Hours of the done topics, and of those left (topics without hours count 0).
    public var hoursDone: Double
    public var hoursLeft: Double
    /// Entries of the file that name no topic of the document (each a warning).
    public var unmatched: Int

    enum CodingKeys: String, CodingKey {
        case file, done, doing, skipped, left, hoursDone = "hours-done", hoursLeft = "hours-left", unmatched
    }

    /// Makes totals.
    public init(file: String, done: Int, doing: Int, skipped: Int, left: Int, hoursDone: Double, hoursLeft: Double, unmatched: Int) {
        self.file = file
        self.done = done
        self.doing = doing
        self.skipped = skipped
        self.left = left
        self.hoursDone = hoursDone
        self.hoursLeft = hoursLeft
        self.unmatched = unmatched
    }
}

extension ProgressTotals {
    /// "12 done, 2 doing, 3 skipped, 80 left · 40 h done, 300 h left": one line for any view.
    public var line: String {
        "\(done) done, \(doing) doing, \(skipped) skipped, \(left) left · \(HoursFormat.string(hoursDone)) h done, \(HoursFormat.string(hoursLeft)) h left"
    }
}

extension TopicProgress {
    /// A task-list mark: `x` done, `~` doing, `-` skipped.
    public var mark: String {
        switch status {
        case .done: "x"
        case .doing: "~"
        case .skipped: "-"
        }
    }
}
