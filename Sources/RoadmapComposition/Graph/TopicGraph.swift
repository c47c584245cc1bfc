import RoadmapModel
import RoadmapLoading
/// All topics of several roadmaps in one graph: which topics are the same subject (identity),
/// and which must be studied before which (prerequisites), both between merged topics.
///
/// Identity follows format 1: two topics of different roadmaps are one when one names the
/// other in `same-as`, when their ids are equal, or when an id or alias of one is an id or alias
/// of the other; transitively. Sections never merge; titles never make identity.
public struct TopicGraph: Sendable {
    /// The roadmaps, in the order given (which decides titles, ids and ties).
    public let roadmaps: [Roadmap]
    /// Every topic of every roadmap, roadmap by roadmap in written order.
    public let nodes: [TopicNode]
    /// The merged topics: each a list of node indices, first the one from the earliest roadmap
    /// (and earliest position). Groups are sorted by their first node.
    public let groups: [[Int]]
    /// The group of each node.
    public let groupOfNode: [Int]
    /// Prerequisite edges between groups: for each group, the groups it requires (sorted, no self).
    public let prerequisites: [[Int]]
    /// Every `requires` entry that makes a group-to-group edge, in node order, with where it is
    /// written; looked up only to report a cycle (``edgeLocation(from:to:)``).
    private let edgeEntries: [(group: Int, target: Int, location: SourceLocation)]
    /// Prerequisites that name a topic outside the merged roadmaps, by group, as written (`ROADMAP/ID`).
    public let externalPrerequisites: [[TopicReference]]
    /// Errors of identity: a `same-as`, id or alias that would make two topics of one roadmap
    /// one subject (the union is refused, so they stay apart).
    public let identityDiagnostics: [Diagnostic]

    /// The graph of `roadmaps` (all valid, with distinct ids), references resolved among them
    /// and the bundled roadmaps.
    public init(_ roadmaps: [Roadmap]) {
        self.init(RoadmapCatalogue(roadmaps))
    }

    /// The graph of a catalogue's inputs, its references as the catalogue resolved them.
    public init(_ catalogue: RoadmapCatalogue) {
        let roadmaps = catalogue.inputs
        self.roadmaps = roadmaps
        let nodes = catalogue.nodes
        self.nodes = nodes
        var identity = catalogue.identity()
        self.identityDiagnostics = identity.diagnostics
        var groupByRoot: [Int: Int] = [:]
        var groups: [[Int]] = []
        var groupOfNode = [Int](repeating: 0, count: nodes.count)
        for index in nodes.indices {
            let root = identity.sets.find(index)
            if let group = groupByRoot[root] {
                groups[group].append(index)
                groupOfNode[index] = group
            } else {
                groupByRoot[root] = groups.count
                groupOfNode[index] = groups.count
                groups.append([index])
            }
        }
        self.groups = groups
        self.groupOfNode = groupOfNode

        // Prerequisites between groups; a topic beyond the inputs stays an external prerequisite.
        var prerequisites = [[Int]](repeating: [], count: groups.count)
        var external = [[TopicReference]](repeating: [], count: groups.count)
        var entries: [(group: Int, target: Int, location: SourceLocation)] = []
        for (index, node) in nodes.enumerated() {
            let group = groupOfNode[index]
            for (reference, target) in zip(node.topic.requires, catalogue.requires[index]) {
                guard case .input(let targetNode)? = target else {
                    let name = if case .beyond(let name)? = target { name } else { reference.value.qualified(in: roadmaps[node.roadmap].id) }
                    if !external[group].contains(name) { external[group].append(name) }
                    continue
                }
                let targetGroup = groupOfNode[targetNode]
                if targetGroup == group { continue }
                prerequisites[group].append(targetGroup)
                entries.append((group, targetGroup, reference.location))
            }
        }
        // Sorted, each prerequisite once (a few per group: sorting beats a set per group).
        self.prerequisites = prerequisites.map { targets in
            var unique: [Int] = []
            for target in targets.sorted() where unique.last != target { unique.append(target) }
            return unique
        }
        self.externalPrerequisites = external
        self.edgeEntries = entries
    }

    /// Where the edge from `group` to the prerequisite group `target` is first written.
    public func edgeLocation(from group: Int, to target: Int) -> SourceLocation? {
        edgeEntries.first { $0.group == group && $0.target == target }?.location
    }

    /// The canonical id of a group: `ROADMAP/ID` of its first topic.
    public func canonicalID(ofGroup group: Int) -> String {
        let first = groups[group][0]
        return "\(roadmaps[nodes[first].roadmap].id)/\(nodes[first].topic.id)"
    }

    /// `ROADMAP/SECTION/TOPIC` of a node.
    public func provenance(ofNode index: Int) -> String {
        let (r, section) = (nodes[index].roadmap, nodes[index].section)
        return "\(roadmaps[r].id)/\(roadmaps[r].sections[section].id)/\(nodes[index].topic.id)"
    }

    /// One diagnostic per prerequisite cycle among the merged topics, naming every edge with
    /// where it was written. Cycles that no single roadmap has are closed by the merge itself.
    public func cycleDiagnostics() -> [Diagnostic] {
        let cycles = CycleFinder.cycles(nodeCount: groups.count) { prerequisites[$0] }
        guard !cycles.isEmpty else { return [] }
        let names = groups.indices.map { canonicalID(ofGroup: $0) }
        return cycles.map { cycle in
            let roadmapsInCycle = Set(cycle.flatMap { groups[$0].map { nodes[$0].roadmap } })
            let headline = roadmapsInCycle.count > 1 ? "merging closes a prerequisite cycle" : "prerequisites form a cycle"
            return ReferenceResolver.cycleDiagnostic(cycle, names: names, headline: headline) { edgeLocation(from: $0, to: $1) }
        }
    }
}

