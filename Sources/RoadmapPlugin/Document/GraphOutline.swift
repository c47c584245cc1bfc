/// The prerequisite graph of a document, ready for graph formats (Mermaid, DOT): numbered
/// nodes grouped by part or section, edges from prerequisite to dependent, all in a stable order.
public struct GraphOutline: Sendable {
    /// A group of nodes: a part of a curriculum or a section.
    public struct Group: Sendable {
        public var title: String
        public var nodes: [Int]
    }

    /// One prerequisite edge: `from` must be studied before `to`.
    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int
    }

    /// The groups, in order.
    public var groups: [Group]
    /// Each node's id (canonical for a curriculum, `ID` for a roadmap).
    public var ids: [String]
    /// Each node's title.
    public var titles: [String]
    /// The edges, sorted.
    public var edges: [Edge]

    /// The graph of a curriculum, grouped by part.
    public init(_ document: CurriculumDocument) {
        ids = document.topics.map(\.id)
        titles = document.topics.map(\.title)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var position = 0
        groups = document.stages.map { stage in
            defer { position += stage.topics.count }
            return Group(title: "\(stage.stage). \(stage.title)", nodes: Array(position..<(position + stage.topics.count)))
        }
        var edges: [Edge] = []
        for (to, topic) in document.topics.enumerated() {
            for requirement in topic.requires {
                if let from = index[requirement] { edges.append(Edge(from: from, to: to)) }
            }
        }
        self.edges = edges.sorted { ($0.to, $0.from) < ($1.to, $1.from) }
    }

    /// The graph of one roadmap, grouped by section; prerequisites in other roadmaps are left out.
    public init(_ document: RoadmapDocument) {
        let topics = document.topics
        ids = topics.map(\.id)
        titles = topics.map(\.title)
        var index: [String: Int] = [:]
        for (position, topic) in topics.enumerated() {
            if index[topic.id] == nil { index[topic.id] = position }
            for alias in topic.aliases where index[alias] == nil { index[alias] = position }
        }
        var position = 0
        groups = document.sections.map { section in
            defer { position += section.topics.count }
            return Group(title: section.title, nodes: Array(position..<(position + section.topics.count)))
        }
        var edges: Set<Edge> = []
        for (to, topic) in topics.enumerated() {
            for requirement in topic.requires {
                let local = requirement.hasPrefix(document.id + "/") ? String(requirement.dropFirst(document.id.count + 1)) : requirement
                if let from = index[local] { edges.insert(Edge(from: from, to: to)) }
            }
        }
        self.edges = edges.sorted { ($0.to, $0.from) < ($1.to, $1.from) }
    }
}
