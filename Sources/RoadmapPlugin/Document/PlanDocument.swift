/// The `plan` document: the topics a learner has left, in curriculum order, laid onto dated
/// study sessions (`roadmap plan`). Since 1.2.
public struct PlanDocument: Sendable, Equatable, Codable {
    /// A topic's share of one session: a topic longer than a session spreads over several.
    public struct Piece: Sendable, Equatable, Codable {
        /// The topic's canonical id.
        public var topic: String
        public var title: String
        /// The title of its part in the curriculum.
        public var part: String?
        /// When this piece starts, `HH:MM` local time on the session's day.
        public var start: String
        /// The hours of this piece.
        public var hours: Double
        /// Which of the topic's pieces this is (from 1), and how many it has.
        public var piece: Int
        public var pieces: Int
        /// The topic's hours in all (its own, or the default when it has none).
        public var topicHours: Double
        /// True when the topic has no `hours` and was given the default.
        public var assumedHours: Bool

        enum CodingKeys: String, CodingKey {
            case topic, title, part, start, hours, piece, pieces, topicHours = "topic-hours", assumedHours = "assumed-hours"
        }

        /// Makes a piece.
        public init(topic: String, title: String, part: String?, start: String, hours: Double, piece: Int, pieces: Int,
                    topicHours: Double, assumedHours: Bool) {
            self.topic = topic
            self.title = title
            self.part = part
            self.start = start
            self.hours = hours
            self.piece = piece
            self.pieces = pieces
            self.topicHours = topicHours
            self.assumedHours = assumedHours
        }
    }

    /// One study session: a day, and what is studied in it.
    public struct Session: Sendable, Equatable, Codable {
        /// `YYYY-MM-DD`.
        public var date: String
        /// `mon` … `sun`.
        public var weekday: String
        /// Its week of the plan (from 1; the week of the start date is 1).
        public var week: Int
        public var hours: Double
        public var pieces: [Piece]

        /// Makes a session.
        public init(date: String, weekday: String, week: Int, hours: Double, pieces: [Piece]) {
            self.date = date
            self.weekday = weekday
            self.week = week
            self.hours = hours
            self.pieces = pieces
        }
    }

    /// Totals of the plan.
    public struct Totals: Sendable, Equatable, Codable {
        /// Topics planned (those left), and their hours.
        public var topics: Int
        public var hours: Double
        public var sessions: Int
        public var weeks: Int
        /// Planned topics that had no `hours` and were given ``PlanDocument/defaultHours``.
        public var assumedTopics: Int
        /// Topics of the curriculum left out because the progress file marks them done or skipped.
        public var done: Int
        public var skipped: Int

        enum CodingKeys: String, CodingKey {
            case topics, hours, sessions, weeks, assumedTopics = "assumed-topics", done, skipped
        }

        /// Makes totals.
        public init(topics: Int, hours: Double, sessions: Int, weeks: Int, assumedTopics: Int, done: Int, skipped: Int) {
            self.topics = topics
            self.hours = hours
            self.sessions = sessions
            self.weeks = weeks
            self.assumedTopics = assumedTopics
            self.done = done
            self.skipped = skipped
        }
    }

    public var apiVersion: [Int]
    public var kind: DocumentKind
    /// The curriculum's id and title.
    public var id: String
    public var title: String
    /// The first day that may hold a session, the day of the last session (`nil`: nothing left).
    public var start: String
    public var end: String?
    /// `--until`: the date the plan must end by (it then says how many hours a week that takes).
    public var until: String?
    public var hoursPerWeek: Double
    /// The study days (`mon` … `sun`), in week order.
    public var days: [String]
    public var sessionHours: Double
    /// The hours given to a topic without `hours`.
    public var defaultHours: Double
    /// The progress file, when one was given.
    public var progressFile: String?
    public var totals: Totals
    public var sessions: [Session]

    enum CodingKeys: String, CodingKey {
        case apiVersion = "roadmap-api-version", kind, id, title, start, end, until, hoursPerWeek = "hours-per-week", days,
             sessionHours = "session-hours", defaultHours = "default-hours", progressFile = "progress-file", totals, sessions
    }

    /// Makes a plan document.
    public init(id: String, title: String, start: String, end: String?, until: String?, hoursPerWeek: Double, days: [String],
                sessionHours: Double, defaultHours: Double, progressFile: String?, totals: Totals, sessions: [Session]) {
        self.apiVersion = PluginDocument.apiVersion
        self.kind = .plan
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.until = until
        self.hoursPerWeek = hoursPerWeek
        self.days = days
        self.sessionHours = sessionHours
        self.defaultHours = defaultHours
        self.progressFile = progressFile
        self.totals = totals
        self.sessions = sessions
    }
}
