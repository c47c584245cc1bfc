/// The `curriculum` document: several roadmaps merged, every subject once, in study order.
public struct CurriculumDocument: Sendable, Equatable, Codable {
    /// An input roadmap.
    public struct Input: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var source: String?
        public var file: String
        public var extends: String?
        /// Every roadmap it was made from, for a variant or a composition. Since 1.3.
        public var bases: [String]?
        public var topicCount: Int
        public var sharedTopicCount: Int

        enum CodingKeys: String, CodingKey {
            case id, title, source, file, extends, bases, topicCount = "topic-count", sharedTopicCount = "shared-topic-count"
        }

        /// Makes an input document.
        public init(id: String, title: String, source: String?, file: String, bases: [String], topicCount: Int, sharedTopicCount: Int) {
            self.id = id
            self.title = title
            self.source = source
            self.file = file
            self.extends = bases.count == 1 ? bases[0] : nil
            self.bases = bases.isEmpty ? nil : bases
            self.topicCount = topicCount
            self.sharedTopicCount = sharedTopicCount
        }
    }

    /// Where one merged topic was written.
    public struct Origin: Sendable, Equatable, Codable {
        /// `ROADMAP/SECTION/TOPIC`.
        public var path: String
        public var roadmap: String
        public var section: String
        public var location: DocumentLocation
        /// Where variants edited it, when it comes from a variant's base.
        public var editedAt: [DocumentLocation]?
        /// This roadmap's own summary of the topic, when it differs from the one the merged topic
        /// shows (the first given): nothing a roadmap says is lost in a merge. Since 1.1.
        public var summary: String?
        /// This roadmap's own level for the topic, when it differs from the merged topic's. Since 1.1.
        public var level: String?

        enum CodingKeys: String, CodingKey {
            case path, roadmap, section, location, editedAt = "edited-at", summary, level
        }

        /// Makes an origin.
        public init(path: String, roadmap: String, section: String, location: DocumentLocation, editedAt: [DocumentLocation]? = nil,
                    summary: String? = nil, level: String? = nil) {
            self.path = path
            self.roadmap = roadmap
            self.section = section
            self.location = location
            self.editedAt = editedAt
            self.summary = summary
            self.level = level
        }
    }

    /// A topic of the curriculum.
    public struct Topic: Sendable, Equatable, Codable {
        /// Canonical `ROADMAP/ID`.
        public var id: String
        public var title: String
        public var summary: String?
        /// Provenance: `ROADMAP/SECTION/TOPIC` of every merged topic.
        public var from: [String]
        /// Where each merged topic was written, in the order of `from`.
        public var origins: [Origin]
        public var aliases: [String]
        /// Canonical ids of prerequisites, in study order.
        public var requires: [String]
        /// Prerequisites outside the merged roadmaps (`ROADMAP/ID`).
        public var requiresOutside: [String]
        public var tags: [String]
        public var level: String?
        public var hours: Double?
        /// The number of its part: parts are consecutive runs of the study order (from 1).
        public var stage: Int
        /// The title of its part: the section its first roadmap puts it in. Since 1.1.
        public var part: String?
        public var resources: [ResourceDocument]
        public var extensions: [String: ExtensionValue]?
        /// The learner's progress on it, with `--progress FILE`. Since 1.2.
        public var progress: TopicProgress?

        enum CodingKeys: String, CodingKey {
            case id, title, summary, from, origins, aliases, requires, requiresOutside = "requires-outside", tags, level,
                 hours, stage, part, resources, extensions, progress
        }

        /// Makes a topic document.
        public init(id: String, title: String, summary: String?, from: [String], origins: [Origin], aliases: [String],
                    requires: [String], requiresOutside: [String], tags: [String], level: String?, hours: Double?,
                    stage: Int, part: String? = nil, resources: [ResourceDocument], extensions: [String: ExtensionValue]?) {
            self.id = id
            self.title = title
            self.summary = summary
            self.from = from
            self.origins = origins
            self.aliases = aliases
            self.requires = requires
            self.requiresOutside = requiresOutside
            self.tags = tags
            self.level = level
            self.hours = hours
            self.stage = stage
            self.part = part
            self.resources = resources
            self.extensions = extensions
        }

        /// Every name of the subject, each once: its id, `ROADMAP/ID` in each roadmap it comes
        /// from, then its aliases. A learner's progress is kept and matched under these (the
        /// page, `roadmap progress`), so that it follows the subject into other curricula.
        public var names: [String] {
            Self.names(id: id, origins: origins.map { ($0.roadmap, $0.path) }, aliases: aliases)
        }

        /// The names of a subject with this id, these origins (roadmap, `ROADMAP/SECTION/TOPIC`)
        /// and aliases: the one rule, for the composer's topics too.
        public static func names(id: String, origins: [(roadmap: String, path: String)], aliases: [String]) -> [String] {
            var names = [id]
            for origin in origins {
                if let last = origin.path.split(separator: "/").last { names.append(origin.roadmap + "/" + last) }
            }
            names += aliases
            var seen: Set<String> = []
            return names.filter { !$0.isEmpty && seen.insert($0).inserted }
        }

        /// The ids of the roadmaps it comes from, in order, each once.
        public var roadmaps: [String] {
            var seen: Set<String> = []
            return origins.map(\.roadmap).filter { seen.insert($0).inserted }
        }
    }

    /// Totals of the merge.
    public struct Totals: Sendable, Equatable, Codable {
        public var topicsBeforeMerge: Int
        public var topics: Int
        public var sharedTopics: Int
        public var hours: Double
        public var resourcesBeforeMerge: Int
        public var resources: Int
        public var stages: Int

        enum CodingKeys: String, CodingKey {
            case topicsBeforeMerge = "topics-before-merge", topics, sharedTopics = "shared-topics", hours,
                 resourcesBeforeMerge = "resources-before-merge", resources, stages
        }

        /// Makes totals.
        public init(topicsBeforeMerge: Int, topics: Int, sharedTopics: Int, hours: Double, resourcesBeforeMerge: Int,
                    resources: Int, stages: Int) {
            self.topicsBeforeMerge = topicsBeforeMerge
            self.topics = topics
            self.sharedTopics = sharedTopics
            self.hours = hours
            self.resourcesBeforeMerge = resourcesBeforeMerge
            self.resources = resources
            self.stages = stages
        }
    }

    public var apiVersion: [Int]
    public var kind: DocumentKind
    public var id: String
    public var title: String
    public var roadmaps: [Input]
    public var totals: Totals
    public var topics: [Topic]
    /// What a progress file says of it, with `--progress FILE`. Since 1.2.
    public var progress: ProgressTotals?

    enum CodingKeys: String, CodingKey {
        case apiVersion = "roadmap-api-version", kind, id, title, roadmaps, totals, topics, progress
    }

    /// Makes a curriculum document.
    public init(id: String, title: String, roadmaps: [Input], totals: Totals, topics: [Topic]) {
        self.apiVersion = PluginDocument.apiVersion
        self.kind = .curriculum
        self.id = id
        self.title = title
        self.roadmaps = roadmaps
        self.totals = totals
        self.topics = topics
    }

    /// The topics grouped by part (`stage`), in order, with each part's title (`Part N` for a
    /// document without titles).
    public var stages: [(stage: Int, title: String, topics: [Topic])] {
        var result: [(stage: Int, title: String, topics: [Topic])] = []
        for topic in topics {
            if result.last?.stage == topic.stage {
                result[result.count - 1].topics.append(topic)
            } else {
                result.append((topic.stage, topic.part ?? "Part \(topic.stage)", [topic]))
            }
        }
        return result
    }
}

extension CurriculumDocument {
    /// "Data Science" for "The Complete Data Science Study Roadmap": the words that tell the
    /// merged roadmaps apart, for "from …" lines.
    public static func shortTitle(_ title: String) -> String {
        var words = title.split(separator: " ").map(String.init)
        if words.first == "The" { words.removeFirst() }
        if words.first == "Complete" { words.removeFirst() }
        if words.count > 2, words.suffix(2) == ["Study", "Roadmap"] { words.removeLast(2) }
        return words.isEmpty ? title : words.joined(separator: " ")
    }
}
