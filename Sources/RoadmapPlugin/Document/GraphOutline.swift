/// The prerequisite graph of a document, ready for graph formats (Mermaid, DOT): numbered
/// nodes grouped by part or section, edges from prerequisite to dependent, all in a stable order.
///
/// Only the edges a reader needs are kept (the transitive reduction: `a → c` is left out when
/// `a → b → c` says it already), each node knows the roadmaps it comes from (the first decides
/// its colour; a node of several is shared), and prerequisites outside the document (in roadmaps
/// not merged, or a variant's base elsewhere) are nodes of their own, marked external.
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
    /// For each node, the roadmaps it comes from (indices into ``roadmaps``), first the one that colours it.
    public var nodeRoadmaps: [[Int]]
    /// The roadmaps of the document, in order (one for a roadmap document).
    public var roadmaps: [String]
    /// The nodes that stand for prerequisites outside the document (after the grouped ones).
    public var external: [Int] = []
    /// Edges left out because others imply them.
    public private(set) var impliedEdges = 0
    /// Each grouped node's progress, when the document carries a progress file (`--progress`).
    public var progress: [TopicProgress?] = []

    /// A node's label for a static picture: its title, after a mark when the document carries
    /// progress (`✓` done, `…` doing, `–` skipped).
    public func label(_ node: Int) -> String {
        guard node < progress.count, let status = progress[node]?.status else { return titles[node] }
        switch status {
        case .done: return "✓ " + titles[node]
        case .doing: return "… " + titles[node]
        case .skipped: return "– " + titles[node]
        }
    }

    /// Fill colours for the roadmaps of a picture, one a roadmap in the order given (then again
    /// from the first): light enough for dark text, told apart from each other.
    public static let roadmapColours = ["#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#ede9fe", "#ccfbf1", "#fee2e2", "#e5e7eb"]

    /// True when a node comes from more than one roadmap.
    public func isShared(_ node: Int) -> Bool { nodeRoadmaps[node].count > 1 }

    /// The most nodes whose edges are reduced (the reduction keeps a set of nodes per node);
    /// a larger graph keeps every edge.
    public static let maxReducedNodes = 4096

    /// The graph of a curriculum, grouped by part.
    public init(_ document: CurriculumDocument) {
        ids = document.topics.map(\.id)
        titles = document.topics.map(\.title)
        if document.progress != nil { progress = document.topics.map(\.progress) }
        roadmaps = document.roadmaps.map(\.id)
        let roadmapIndex = Dictionary(roadmaps.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        nodeRoadmaps = document.topics.map { $0.roadmaps.compactMap { roadmapIndex[$0] } }
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var position = 0
        groups = document.stages.map { stage in
            defer { position += stage.topics.count }
            return Group(title: "\(stage.stage). \(stage.title)", nodes: Array(position..<(position + stage.topics.count)))
        }
        self.edges = []
        var edges: Set<Edge> = []
        var outside: [String: Int] = [:]
        for (to, topic) in document.topics.enumerated() {
            for requirement in topic.requires {
                if let from = index[requirement] { edges.insert(Edge(from: from, to: to)) }
            }
            for requirement in topic.requiresOutside {
                edges.insert(Edge(from: externalNode(requirement, &outside), to: to))
            }
        }
        self.edges = Array(edges)
        reduce()
    }

    /// The node of a prerequisite outside the document, made once.
    private mutating func externalNode(_ id: String, _ made: inout [String: Int]) -> Int {
        if let node = made[id] { return node }
        let node = ids.count
        ids.append(id)
        titles.append(id)
        nodeRoadmaps.append([])
        external.append(node)
        made[id] = node
        return node
    }

    /// Keeps the edges no other path implies (the graph is acyclic: validated before), sorted.
    private mutating func reduce() {
        edges.sort { ($0.to, $0.from) < ($1.to, $1.from) }
        let count = ids.count
        guard count <= Self.maxReducedNodes else { return }
        var successors = [[Int]](repeating: [], count: count)
        var waiting = [Int](repeating: 0, count: count)
        for edge in edges {
            successors[edge.from].append(edge.to)
            waiting[edge.to] += 1
        }
        // A topological order (Kahn), then what each node reaches, the last nodes first.
        var order = (0..<count).filter { waiting[$0] == 0 }
        var head = 0
        while head < order.count {
            for next in successors[order[head]] {
                waiting[next] -= 1
                if waiting[next] == 0 { order.append(next) }
            }
            head += 1
        }
        guard order.count == count else { return }
        var rank = [Int](repeating: 0, count: count)
        for (position, node) in order.enumerated() { rank[node] = position }
        let words = (count + 63) / 64
        var reach = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: count)
        var kept: [Edge] = []
        for node in order.reversed() {
            var covered = [UInt64](repeating: 0, count: words)
            for next in successors[node].sorted(by: { rank[$0] < rank[$1] }) {
                if covered[next / 64] & (1 << UInt64(next % 64)) != 0 {
                    impliedEdges += 1
                    continue
                }
                kept.append(Edge(from: node, to: next))
                covered[next / 64] |= 1 << UInt64(next % 64)
                for word in 0..<words { covered[word] |= reach[next][word] }
            }
            reach[node] = covered
        }
        edges = kept.sorted { ($0.to, $0.from) < ($1.to, $1.from) }
    }

    /// The graph of one roadmap, grouped by section; prerequisites in other roadmaps are
    /// external nodes.
    public init(_ document: RoadmapDocument) {
        let topics = document.topics
        ids = topics.map(\.id)
        titles = topics.map(\.title)
        if document.progress != nil { progress = topics.map(\.progress) }
        roadmaps = [document.id]
        nodeRoadmaps = topics.map { _ in [0] }
        let index = document.topicPositions()
        var position = 0
        groups = document.sections.map { section in
            defer { position += section.topics.count }
            return Group(title: section.title, nodes: Array(position..<(position + section.topics.count)))
        }
        self.edges = []
        var edges: Set<Edge> = []
        var outside: [String: Int] = [:]
        for (to, topic) in topics.enumerated() {
            for requirement in topic.requires {
                if let from = document.position(ofRequirement: requirement, in: index) {
                    edges.insert(Edge(from: from, to: to))
                } else {
                    edges.insert(Edge(from: externalNode(requirement, &outside), to: to))
                }
            }
        }
        self.edges = Array(edges)
        reduce()
    }
}
