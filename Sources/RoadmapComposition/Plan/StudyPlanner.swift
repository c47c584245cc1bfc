import RoadmapPlugin

/// Lays the topics a learner has left onto dated study sessions: in curriculum order, each
/// study day a session of `hours per week / study days`, a topic longer than what is left of a
/// session continuing in the next. Work is counted in whole minutes, so the pieces of a topic
/// add up to its hours exactly.
public struct StudyPlanner: Sendable {
    /// What the plan is asked for.
    public struct Request: Sendable, Equatable {
        /// The first day that may hold a session.
        public var start: CalendarDate
        /// The study days, 0 Monday … 6 Sunday.
        public var days: [Int]
        /// Hours a week; `nil` with ``until``, which then decides them.
        public var hoursPerWeek: Double?
        /// The last day the plan may use: the hours a week are then what it takes to end by it.
        public var until: CalendarDate?
        /// The hours given to a topic without `hours`.
        public var defaultHours: Double
        /// When a session starts, in minutes after midnight.
        public var startMinute: Int

        /// Makes a request.
        public init(start: CalendarDate, days: [Int], hoursPerWeek: Double?, until: CalendarDate?, defaultHours: Double, startMinute: Int) {
            self.start = start
            self.days = days
            self.hoursPerWeek = hoursPerWeek
            self.until = until
            self.defaultHours = defaultHours
            self.startMinute = startMinute
        }
    }

    /// Why a plan cannot be made.
    public struct Failure: Error, Equatable, Sendable {
        public var message: String
    }

    /// The most sessions a plan may have (about 40 years of daily study): past it the hours a
    /// week are too few to be a plan.
    public static let maxSessions = 15_000

    /// The plan of `curriculum`'s topics that are neither done nor skipped (its progress, when
    /// it carries one).
    public static func plan(_ curriculum: CurriculumDocument, _ request: Request) -> Result<PlanDocument, Failure> {
        let days = Array(Set(request.days)).sorted()
        guard !days.isEmpty else { return .failure(Failure(message: "expected at least one study day, found none")) }
        let left = curriculum.topics.filter { $0.progress?.status != .done && $0.progress?.status != .skipped }
        let defaultMinutes = minutes(request.defaultHours)
        let topicMinutes = left.map { $0.hours.map(minutes) ?? defaultMinutes }
        let totalMinutes = topicMinutes.reduce(0, +)

        // The minutes of one session: from the hours a week, or what ending by `until` takes
        // (rounded up to a quarter of an hour, so that the plan ends by then).
        var sessionMinutes: Int
        if let until = request.until {
            guard until >= request.start else {
                return .failure(Failure(message: "expected --until on or after --start (\(request.start.text)), found \(until.text)"))
            }
            let available = studyDays(from: request.start, to: until, days: days)
            guard available > 0 else {
                return .failure(Failure(message: "expected a study day between \(request.start.text) and \(until.text), found none on the days given"))
            }
            sessionMinutes = max(15, (totalMinutes + available - 1) / available)
            sessionMinutes = (sessionMinutes + 14) / 15 * 15
        } else {
            let perWeek = request.hoursPerWeek ?? 0
            sessionMinutes = minutes(perWeek / Double(days.count))
            guard sessionMinutes > 0 else {
                return .failure(Failure(message: "expected at least a minute a session, found \(HoursFormat.string(perWeek)) h a week over \(days.count) study day\(days.count == 1 ? "" : "s")"))
            }
        }
        guard request.startMinute + sessionMinutes <= 24 * 60 else {
            let pace = request.until.map { "ending by \($0.text) takes \(HoursFormat.string(Double(sessionMinutes * days.count) / 60)) h a week, " } ?? ""
            return .failure(Failure(message: "expected a session that fits in a day: \(pace)\(HoursFormat.string(Double(sessionMinutes) / 60)) h a session, which from \(clock(request.startMinute)) ends after midnight; study on more days (--days), start earlier (--at) or end later"))
        }
        let sessionsNeeded = (totalMinutes + sessionMinutes - 1) / sessionMinutes
        guard sessionsNeeded <= maxSessions else {
            return .failure(Failure(message: "expected a plan of at most \(maxSessions) sessions, found \(sessionsNeeded) (\(HoursFormat.string(Double(totalMinutes) / 60)) h at \(HoursFormat.string(Double(sessionMinutes) / 60)) h a session); give more hours a week"))
        }

        // Lay the topics out, session by session.
        var sessions: [PlanDocument.Session] = []
        var pieceCount = [Int](repeating: 0, count: left.count)
        var date = request.start
        var topic = 0
        var remaining = topicMinutes.first ?? 0
        let lastDay = CalendarDate("9999-12-31")?.day ?? Int.max
        while topic < left.count {
            while !days.contains(date.weekday) { date = date.adding(days: 1) }
            guard date.day <= lastDay else {
                return .failure(Failure(message: "expected a plan that ends by 9999-12-31, found one that goes on after it; give more hours a week"))
            }
            var used = 0
            var pieces: [PlanDocument.Piece] = []
            while topic < left.count, used < sessionMinutes {
                if remaining == 0 {   // a topic of 0 hours: listed, takes no time
                    pieceCount[topic] += 1
                    pieces.append(piece(left[topic], index: topic, minutes: 0, at: request.startMinute + used, number: pieceCount[topic],
                                        topicMinutes: topicMinutes[topic]))
                } else {
                    let taken = min(remaining, sessionMinutes - used)
                    pieceCount[topic] += 1
                    pieces.append(piece(left[topic], index: topic, minutes: taken, at: request.startMinute + used, number: pieceCount[topic],
                                        topicMinutes: topicMinutes[topic]))
                    used += taken
                    remaining -= taken
                }
                if remaining == 0 {
                    topic += 1
                    remaining = topic < left.count ? topicMinutes[topic] : 0
                }
            }
            sessions.append(PlanDocument.Session(date: date.text, weekday: CalendarDate.weekdayNames[date.weekday], week: (date.day - request.start.day) / 7 + 1,
                                                 hours: Double(used) / 60, pieces: pieces))
            date = date.adding(days: 1)
        }
        // Each piece learns how many its topic has.
        let topicIndex = Dictionary(left.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for session in sessions.indices {
            for index in sessions[session].pieces.indices {
                sessions[session].pieces[index].pieces = topicIndex[sessions[session].pieces[index].topic].map { pieceCount[$0] } ?? 1
            }
        }
        let totals = PlanDocument.Totals(
            topics: left.count, hours: Double(totalMinutes) / 60, sessions: sessions.count, weeks: sessions.last?.week ?? 0,
            assumedTopics: left.filter { $0.hours == nil }.count,
            done: curriculum.topics.filter { $0.progress?.status == .done }.count,
            skipped: curriculum.topics.filter { $0.progress?.status == .skipped }.count)
        return .success(PlanDocument(
            id: curriculum.id, title: curriculum.title, start: request.start.text, end: sessions.last?.date, until: request.until?.text,
            hoursPerWeek: Double(sessionMinutes * days.count) / 60, days: days.map { CalendarDate.weekdayNames[$0] },
            sessionHours: Double(sessionMinutes) / 60, defaultHours: request.defaultHours, progressFile: curriculum.progress?.file,
            totals: totals, sessions: sessions))
    }

    static func piece(_ topic: CurriculumDocument.Topic, index: Int, minutes: Int, at minute: Int, number: Int, topicMinutes: Int) -> PlanDocument.Piece {
        PlanDocument.Piece(topic: topic.id, title: topic.title, part: topic.part, start: clock(minute), hours: Double(minutes) / 60,
                           piece: number, pieces: 0, topicHours: Double(topicMinutes) / 60, assumedHours: topic.hours == nil)
    }

    /// Hours as whole minutes (rounded).
    static func minutes(_ hours: Double) -> Int {
        guard hours.isFinite, hours > 0 else { return 0 }
        return Int((min(hours, 1e7) * 60).rounded())
    }

    /// `HH:MM` of a minute of the day.
    public static func clock(_ minute: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return two(minute / 60) + ":" + two(minute % 60)
    }

    /// How many study days lie from `start` to `end`, both included.
    static func studyDays(from start: CalendarDate, to end: CalendarDate, days: [Int]) -> Int {
        let span = end.day - start.day + 1
        let weeks = span / 7
        var count = weeks * days.count
        var date = start.adding(days: weeks * 7)
        while date <= end {
            if days.contains(date.weekday) { count += 1 }
            date = date.adding(days: 1)
        }
        return count
    }
}
