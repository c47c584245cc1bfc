import RoadmapYAML
import RoadmapModel

/// A roadmap made from a Markdown outline by ``MarkdownImporter``: plain values, ready to be
/// written as a format-1 file (``yaml``) and validated by loading that file.
public struct ImportedRoadmap: Sendable, Equatable {
    /// A resource of a topic.
    public struct Resource: Sendable, Equatable {
        public var title: String
        public var url: String?
        public var type: ResourceType?
        public var provider: String?
        public var free: Bool?

        public init(title: String, url: String? = nil, type: ResourceType? = nil, provider: String? = nil, free: Bool? = nil) {
            self.title = title
            self.url = url
            self.type = type
            self.provider = provider
            self.free = free
        }
    }

    /// A topic of a section.
    public struct Topic: Sendable, Equatable {
        public var id: String
        public var title: String
        public var summary: String?
        public var resources: [Resource]

        public init(id: String, title: String, summary: String? = nil, resources: [Resource] = []) {
            self.id = id
            self.title = title
            self.summary = summary
            self.resources = resources
        }
    }

    /// A section of the roadmap.
    public struct Section: Sendable, Equatable {
        public var id: String
        public var title: String
        public var summary: String?
        public var topics: [Topic]

        public init(id: String, title: String, summary: String? = nil, topics: [Topic]) {
            self.id = id
            self.title = title
            self.summary = summary
            self.topics = topics
        }
    }

    public var id: String
    public var title: String
    public var summary: String?
    public var source: String?
    public var authors: [String]
    public var published: String?
    public var sections: [Section]

    public init(id: String, title: String, summary: String? = nil, source: String? = nil, authors: [String] = [],
                published: String? = nil, sections: [Section]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.source = source
        self.authors = authors
        self.published = published
        self.sections = sections
    }

    /// The roadmap as a format-1 file: keys in the order of FORMAT.md, two-space block style,
    /// quotes only where needed (the layout `roadmap show --format yaml` writes).
    public var yaml: String {
        var pairs: [(key: String, value: YAMLOutput)] = [("format", .literal("1")), ("id", .string(id)), ("title", .string(title))]
        if let summary { pairs.append(("summary", .string(summary))) }
        if let source { pairs.append(("source", .string(source))) }
        if !authors.isEmpty { pairs.append(("authors", .list(authors.map { .string($0) }, flowIfShort: true))) }
        if let published { pairs.append(("published", .string(published))) }
        pairs.append(("sections", .list(sections.map { section in
            var entry: [(key: String, value: YAMLOutput)] = [("id", .string(section.id)), ("title", .string(section.title))]
            if let summary = section.summary { entry.append(("summary", .string(summary))) }
            entry.append(("topics", .list(section.topics.map { topic in
                var fields: [(key: String, value: YAMLOutput)] = [("id", .string(topic.id)), ("title", .string(topic.title))]
                if let summary = topic.summary { fields.append(("summary", .string(summary))) }
                if !topic.resources.isEmpty {
                    fields.append(("resources", .list(topic.resources.map { resource in
                        var keys: [(key: String, value: YAMLOutput)] = [("title", .string(resource.title))]
                        if let url = resource.url { keys.append(("url", .string(url))) }
                        if let type = resource.type { keys.append(("type", .string(type.rawValue))) }
                        if let provider = resource.provider { keys.append(("provider", .string(provider))) }
                        if let free = resource.free { keys.append(("free", .literal(free ? "true" : "false"))) }
                        return .mapping(keys)
                    })))
                }
                return .mapping(fields)
            })))
            return .mapping(entry)
        })))
        return YAMLWriter().write(.mapping(pairs))
    }

    /// The number of topics, all sections together.
    public var topicCount: Int { sections.reduce(0) { $0 + $1.topics.count } }

    /// The number of resources, all topics together.
    public var resourceCount: Int { sections.reduce(0) { $0 + $1.topics.reduce(0) { $0 + $1.resources.count } } }
}
