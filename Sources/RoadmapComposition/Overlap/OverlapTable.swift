import RoadmapModel
import RoadmapPlugin

/// How much of each roadmap a learner of another already covers: for every ordered pair of
/// input roadmaps (A, B), the topics of B that are one subject with a topic of A (the merge's
/// identity: ids, aliases, `same-as`), their share of B's topics and of B's hours.
public enum OverlapTable {
    /// The overlap document of the graph's roadmaps, in input order.
    public static func document(_ graph: TopicGraph) -> OverlapDocument {
        let roadmaps = graph.roadmaps
        // For each roadmap, its nodes in written order; for each group, the first node of each roadmap.
        var nodesOf = [[Int]](repeating: [], count: roadmaps.count)
        for (index, node) in graph.nodes.enumerated() { nodesOf[node.roadmap].append(index) }
        var firstInGroup: [[Int: Int]] = Array(repeating: [:], count: roadmaps.count)   // roadmap → group → node
        for (index, node) in graph.nodes.enumerated() where firstInGroup[node.roadmap][graph.groupOfNode[index]] == nil {
            firstInGroup[node.roadmap][graph.groupOfNode[index]] = index
        }
        let inputs = roadmaps.enumerated().map { index, roadmap in
            OverlapDocument.Input(id: roadmap.id, title: roadmap.title, topics: nodesOf[index].count,
                                  hours: nodesOf[index].compactMap { graph.nodes[$0].topic.hours }.reduce(0, +))
        }
        var pairs: [OverlapDocument.Pair] = []
        for a in roadmaps.indices {
            for b in roadmaps.indices where a != b {
                var subjects: [OverlapDocument.Subject] = []
                var hours = 0.0
                var seenGroups: Set<Int> = []
                for node in nodesOf[b] {
                    let group = graph.groupOfNode[node]
                    guard let other = firstInGroup[a][group] else { continue }
                    let topic = graph.nodes[node].topic
                    // Two topics of B that are one subject count once (a roadmap may list it twice, merged).
                    guard seenGroups.insert(group).inserted else { continue }
                    subjects.append(OverlapDocument.Subject(
                        title: topic.title, from: roadmaps[a].id + "/" + graph.nodes[other].topic.id,
                        to: roadmaps[b].id + "/" + topic.id, hours: topic.hours))
                    hours += topic.hours ?? 0
                }
                let count = inputs[b].topics
                pairs.append(OverlapDocument.Pair(
                    from: roadmaps[a].id, to: roadmaps[b].id, sharedTopics: subjects.count,
                    shareOfTopics: count == 0 ? 0 : Double(subjects.count) / Double(count),
                    sharedHours: hours, shareOfHours: inputs[b].hours == 0 ? 0 : hours / inputs[b].hours, subjects: subjects))
            }
        }
        return OverlapDocument(roadmaps: inputs, pairs: pairs)
    }
}
