/// The `overlap` document: for each ordered pair of roadmaps, how much of the second a learner
/// of the first already covers (`roadmap overlap`). Since 1.2.
public struct OverlapDocument: Sendable, Equatable, Codable {
    /// A roadmap compared.
    public struct Input: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var topics: Int
        public var hours: Double

        /// Makes an input.
        public init(id: String, title: String, topics: Int, hours: Double) {
            self.id = id
            self.title = title
            self.topics = topics
            self.hours = hours
        }
    }

    /// A subject two roadmaps share: its id in each.
    public struct Subject: Sendable, Equatable, Codable {
        /// Its title in the second roadmap (`to`).
        public var title: String
        /// `ROADMAP/ID` in the first and in the second roadmap.
        public var from: String
        public var to: String
        /// Its hours in the second roadmap (`nil` when it has none).
        public var hours: Double?

        /// Makes a shared subject.
        public init(title: String, from: String, to: String, hours: Double?) {
            self.title = title
            self.from = from
            self.to = to
            self.hours = hours
        }
    }

    /// What a learner of `from` already covers of `to`.
    public struct Pair: Sendable, Equatable, Codable {
        public var from: String
        public var to: String
        /// Topics of `to` that are a subject of `from` too, and their share of `to`'s topics.
        public var sharedTopics: Int
        public var shareOfTopics: Double
        /// Their hours, and the share of `to`'s hours.
        public var sharedHours: Double
        public var shareOfHours: Double
        /// The shared subjects, in `to`'s order.
        public var subjects: [Subject]

        enum CodingKeys: String, CodingKey {
            case from, to, sharedTopics = "shared-topics", shareOfTopics = "share-of-topics", sharedHours = "shared-hours",
                 shareOfHours = "share-of-hours", subjects
        }

        /// Makes a pair.
        public init(from: String, to: String, sharedTopics: Int, shareOfTopics: Double, sharedHours: Double, shareOfHours: Double,
                    subjects: [Subject]) {
            self.from = from
            self.to = to
            self.sharedTopics = sharedTopics
            self.shareOfTopics = shareOfTopics
            self.sharedHours = sharedHours
            self.shareOfHours = shareOfHours
            self.subjects = subjects
        }
    }

    public var apiVersion: [Int]
    public var kind: DocumentKind
    public var roadmaps: [Input]
    /// Every ordered pair of different roadmaps, row by row (`from` in input order, then `to`).
    public var pairs: [Pair]

    enum CodingKeys: String, CodingKey {
        case apiVersion = "roadmap-api-version", kind, roadmaps, pairs
    }

    /// Makes an overlap document.
    public init(roadmaps: [Input], pairs: [Pair]) {
        self.apiVersion = PluginDocument.apiVersion
        self.kind = .overlap
        self.roadmaps = roadmaps
        self.pairs = pairs
    }

    /// The pairs by `from`, then `to`, and the roadmaps by id: made once, so that a table of n
    /// roadmaps looks up its n² cells without reading every pair for each.
    public func index() -> (pairs: [String: [String: Pair]], roadmaps: [String: Input]) {
        var byRoadmaps: [String: [String: Pair]] = [:]
        for pair in pairs where byRoadmaps[pair.from]?[pair.to] == nil { byRoadmaps[pair.from, default: [:]][pair.to] = pair }
        return (byRoadmaps, Dictionary(roadmaps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }
}
