import RoadmapModel

/// Which topics of several roadmaps are one subject (format 1's identity rule): two topics of
/// different roadmaps are one when one names the other in `same-as`, when their ids are equal,
/// or when an id or alias of one is an id or alias of the other; transitively. A name held
/// only within one roadmap joins nothing.
///
/// Two topics of one roadmap are never one subject: a union that would make them one is
/// refused and reported, located at the `same-as` entry, or at the topic whose id or alias
/// would join them. Names are taken in sorted order and `same-as` entries in input order, so
/// the result is the same on every run; which pair a clash names can depend on the order the
/// roadmaps are given in (the error itself does not).
public struct TopicIdentity: Sendable {
    /// The sets of nodes (``RoadmapCatalogue/nodes``) that are one subject.
    package var sets: UnionFind
    /// The refused unions, as errors.
    public private(set) var diagnostics: [Diagnostic] = []

    /// The identity of the catalogue's input topics, `same-as` entries as the catalogue resolved them.
    init(_ catalogue: RoadmapCatalogue) {
        let (nodes, roadmaps) = (catalogue.nodes, catalogue.inputs)
        sets = UnionFind(roadmapOfMember: nodes.map(\.roadmap))
        var problems: [Diagnostic] = []
        /// A union refused because it would make two topics of one roadmap one subject.
        func clash(_ pair: (Int, Int), because reason: String, at location: SourceLocation) {
            let (a, b) = (nodes[pair.0], nodes[pair.1])
            let roadmap = roadmaps[a.roadmap].id
            problems.append(.error(.identityClash,
                "\(reason) would make `\(roadmap)/\(a.topic.id)` and `\(roadmap)/\(b.topic.id)` one subject, but two topics of one roadmap are never one; name one of them only",
                at: location,
                notes: [.init("`\(roadmap)/\(a.topic.id)` is here", at: a.topic.location),
                        .init("`\(roadmap)/\(b.topic.id)` is here", at: b.topic.location)]))
        }
        if roadmaps.count > 1 {
            var holders: [String: [Int]] = [:]
            for (index, node) in nodes.enumerated() {
                holders[node.topic.id, default: []].append(index)
                for (offset, alias) in node.topic.aliases.enumerated()
                where alias != node.topic.id && !node.topic.aliases[..<offset].contains(alias) {
                    holders[alias, default: []].append(index)
                }
            }
            for (name, indices) in holders.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
                let first = indices[0]
                guard indices.contains(where: { nodes[$0].roadmap != nodes[first].roadmap }) else { continue }
                for other in indices.dropFirst() {
                    if let pair = sets.union(first, other) {
                        clash(pair, because: "the name `\(name)` of `\(roadmaps[nodes[other].roadmap].id)/\(nodes[other].topic.id)`", at: nodes[other].topic.location)
                    }
                }
            }
        }
        for (index, node) in nodes.enumerated() {
            for (reference, target) in zip(node.topic.sameAs, catalogue.sameAs[index]) {
                guard case .input(let target)? = target else { continue }
                if nodes[target].roadmap == node.roadmap, target != index {
                    clash((min(index, target), max(index, target)), because: "`same-as: \(reference.value)`", at: reference.location)
                } else if let pair = sets.union(index, target) {
                    clash(pair, because: "`same-as: \(reference.value)`", at: reference.location)
                }
            }
        }
        diagnostics = problems
    }
}
