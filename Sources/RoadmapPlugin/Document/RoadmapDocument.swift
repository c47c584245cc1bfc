/// The `roadmap` document: one roadmap as loaded and resolved (variants applied).
public struct RoadmapDocument: Sendable, Equatable, Codable {
    /// A topic of the roadmap.
    public struct Topic: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var summary: String?
        public var aliases: [String]
        public var sameAs: [String]
        public var requires: [String]
        public var tags: [String]
        public var level: String?
        public var hours: Double?
        public var resources: [ResourceDocument]
        public var extensions: [String: ExtensionValue]?
        /// Where the topic is written: for a variant, the file that added it, or the base's file.
        public var location: DocumentLocation?
        /// Where variants edited a topic of their base, in order (absent when none did).
        public var editedAt: [DocumentLocation]?
        /// The learner's progress on it, with `--progress FILE`. Since 1.2.
        public var progress: TopicProgress?

        enum CodingKeys: String, CodingKey {
            case id, title, summary, aliases, sameAs = "same-as", requires, tags, level, hours, resources, extensions, location,
                 editedAt = "edited-at", progress
        }

        /// Makes a topic document.
        public init(id: String, title: String, summary: String? = nil, aliases: [String] = [], sameAs: [String] = [],
                    requires: [String] = [], tags: [String] = [], level: String? = nil, hours: Double? = nil,
                    resources: [ResourceDocument] = [], extensions: [String: ExtensionValue]? = nil,
                    location: DocumentLocation? = nil, editedAt: [DocumentLocation]? = nil) {
            self.id = id
            self.title = title
            self.summary = summary
            self.aliases = aliases
            self.sameAs = sameAs
            self.requires = requires
            self.tags = tags
            self.level = level
            self.hours = hours
            self.resources = resources
            self.extensions = extensions
            self.location = location
            self.editedAt = editedAt
        }

        /// For a topic merged from others (a composition's, or one `merge -f yaml` wrote): the
        /// `ROADMAP/SECTION/TOPIC` of each topic it was merged from, as its `x-from` lists them.
        public var mergedFrom: [String] {
            guard case .list(let items)? = extensions?["x-from"] else { return [] }
            return items.compactMap { item in
                if case .string(let path) = item, MergedFrom.topicID(ofPath: path) != nil { path } else { nil }
            }
        }
    }

    /// A section of the roadmap.
    public struct Section: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var summary: String?
        public var topics: [Topic]
        public var extensions: [String: ExtensionValue]?

        /// Makes a section document.
        public init(id: String, title: String, summary: String? = nil, topics: [Topic], extensions: [String: ExtensionValue]? = nil) {
            self.id = id
            self.title = title
            self.summary = summary
            self.topics = topics
            self.extensions = extensions
        }
    }

    public var apiVersion: [Int]
    public var kind: DocumentKind
    public var id: String
    public var title: String
    public var summary: String?
    public var source: String?
    public var authors: [String]
    public var published: String?
    public var related: [String]
    /// The roadmap it was made from, for a variant of one roadmap.
    public var extends: String?
    /// Every roadmap it was made from, in order: one for a variant, several for a composition
    /// (a variant of their merge); `nil` for a plain roadmap. Since 1.3.
    public var bases: [String]?
    /// The file it was loaded from.
    public var file: String
    public var sections: [Section]
    public var extensions: [String: ExtensionValue]?
    /// What a progress file says of it, with `--progress FILE`. Since 1.2.
    public var progress: ProgressTotals?

    enum CodingKeys: String, CodingKey {
        case apiVersion = "roadmap-api-version", kind, id, title, summary, source, authors, published, related, extends,
             bases, file, sections, extensions, progress
    }

    /// Makes a roadmap document.
    public init(id: String, title: String, summary: String? = nil, source: String? = nil, authors: [String] = [],
                published: String? = nil, related: [String] = [], bases: [String] = [], file: String,
                sections: [Section], extensions: [String: ExtensionValue]? = nil) {
        self.apiVersion = PluginDocument.apiVersion
        self.kind = .roadmap
        self.id = id
        self.title = title
        self.summary = summary
        self.source = source
        self.authors = authors
        self.published = published
        self.related = related
        self.extends = bases.count == 1 ? bases[0] : nil
        self.bases = bases.isEmpty ? nil : bases
        self.file = file
        self.sections = sections
        self.extensions = extensions
    }

    /// Every topic, section by section.
    public var topics: [Topic] { sections.flatMap(\.topics) }

    /// Every name of a topic of this roadmap, each once: its id, `ROADMAP/ID`, its aliases, what
    /// it is the same as, and for a topic merged from others (a composition's, or one `merge -f
    /// yaml` wrote) `ROADMAP/ID` of each topic its `x-from` names. A learner's progress is
    /// matched under these, so progress kept against the merged roadmaps carries over.
    public func names(of topic: Topic) -> [String] {
        var seen: Set<String> = []
        let origins = topic.mergedFrom.compactMap(MergedFrom.topicID(ofPath:))
        return ([topic.id, id + "/" + topic.id] + topic.aliases + topic.sameAs + origins).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Each name a topic of this roadmap goes by (its id, its aliases), to its position in
    /// ``topics``; the first topic keeps a name two share.
    public func topicPositions() -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, topic) in topics.enumerated() {
            if index[topic.id] == nil { index[topic.id] = position }
            for alias in topic.aliases where index[alias] == nil { index[alias] = position }
        }
        return index
    }

    /// The position of the topic of this roadmap a `requires` entry names (an id, an alias, or
    /// either as `ROADMAP/ID` of this roadmap), or `nil` when it names a topic elsewhere.
    public func position(ofRequirement requirement: String, in index: [String: Int]) -> Int? {
        let local = requirement.hasPrefix(id + "/") ? String(requirement.dropFirst(id.count + 1)) : requirement
        return index[local]
    }
}
