import HeapModule
import RoadmapLoading
import RoadmapModel

/// The order a merged curriculum is studied in (format 1's order rule):
///
/// - every `requires` holds (a prerequisite comes before the topic that needs it);
/// - each roadmap's written order (sections in order, topics in order) holds for every two
///   topics next to each other in it, unless a `requires`, or the order of a roadmap given
///   earlier, says otherwise: then that one wins, and the pair is named in an explanation
///   (`merge --explain`). A topic several roadmaps share therefore comes after what each of
///   them puts before it: shared foundations early, shared endings (projects, interviews) last;
/// - where all that leaves a choice, the topic of the roadmap given first (and the earlier in
///   it) comes first.
///
/// The written orders are "soft" edges between merged topics, each with the rank of its
/// roadmap; `requires` are "hard" edges. Topics are taken in a topological order of both;
/// when every topic left waits on some soft edge (two roadmaps disagree, or a roadmap's order
/// disagrees with a `requires`), the topic free of hard edges whose waiting comes only from
/// the latest roadmaps is taken, and the soft edges it waited on are dropped and explained.
/// O((topics + edges) log topics); the same input gives the same order.
struct StudyOrder {
    /// The groups of the graph in study order.
    var order: [Int]
    /// Pairs of a roadmap's written order that the curriculum does not keep, and why.
    var explanations: [Diagnostic]

    /// A soft edge: roadmap `rank` lists `from` just before `to`.
    private struct Soft {
        var from: Int
        var to: Int
        var rank: Int
        var location: SourceLocation
    }

    init(_ graph: TopicGraph) {
        let count = graph.groups.count
        var hardWaiting = [Int](repeating: 0, count: count)
        var dependents = [[Int]](repeating: [], count: count)
        for (group, prerequisites) in graph.prerequisites.enumerated() {
            hardWaiting[group] = prerequisites.count
            for prerequisite in prerequisites { dependents[prerequisite].append(group) }
        }
        // Each roadmap's written order as soft edges between consecutive merged topics.
        var soft: [Soft] = []
        var softOut = [[Int]](repeating: [], count: count)
        var softIn = [[Int]](repeating: [], count: count)
        var previous: Int?
        var previousRoadmap = -1
        for (index, node) in graph.nodes.enumerated() {
            let group = graph.groupOfNode[index]
            if node.roadmap != previousRoadmap { previous = nil }
            previousRoadmap = node.roadmap
            if let before = previous, before != group {
                softOut[before].append(soft.count)
                softIn[group].append(soft.count)
                soft.append(Soft(from: before, to: group, rank: node.roadmap, location: node.topic.location))
            }
            previous = group
        }
        var softPending = softIn.map(\.count)
        var softDone = [Bool](repeating: false, count: soft.count)
        // The ranks each group waits on, lowest first (`rank << 32 | edge`; an edge done is
        // dropped when it comes to the top), so that asking costs O(log) however many
        // roadmaps share a topic.
        var waitingRanks = softIn.map { edges in Heap(edges.map { soft[$0].rank << 32 | $0 }) }

        /// The lowest rank among the soft edges `group` still waits on.
        func lowestWaitingRank(_ group: Int) -> Int {
            while let top = waitingRanks[group].min, softDone[top & 0xFFFF_FFFF] { _ = waitingRanks[group].popMin() }
            return waitingRanks[group].min.map { $0 >> 32 } ?? Int.max
        }

        // Ready: nothing to wait for; the smallest group (the earliest roadmap, then position) first.
        var ready = Heap<Int>()
        // Free of hard edges but waiting on soft ones: taken only when nothing is ready, the one
        // whose waiting comes from the latest roadmaps first (entries are checked when taken).
        var blocked = Heap<Blocked>()
        for group in 0..<count where hardWaiting[group] == 0 {
            if softPending[group] == 0 { ready.insert(group) } else { blocked.insert(Blocked(rank: lowestWaitingRank(group), group: group)) }
        }
        var done = [Bool](repeating: false, count: count)
        var order: [Int] = []
        order.reserveCapacity(count)
        var explanations: [Diagnostic] = []
        // How many nodes the searches for reasons may visit in all (they are bounded: a reason
        // not found in time is given in general words).
        var reasonBudget = 200_000

        while order.count < count {
            let group: Int
            if let next = ready.popMin() {
                group = next
            } else if let candidate = blocked.popMax() {
                guard !done[candidate.group], hardWaiting[candidate.group] == 0, softPending[candidate.group] > 0,
                      lowestWaitingRank(candidate.group) == candidate.rank else { continue }
                group = candidate.group
                // Drop what it waits on, and say so.
                for edge in softIn[group] where !softDone[edge] {
                    softDone[edge] = true
                    let (before, after) = (soft[edge].from, soft[edge].to)
                    let reason = Self.reason(from: after, to: before, outranking: soft[edge].rank, graph: graph,
                                             dependents: dependents, soft: soft, softOut: softOut, budget: &reasonBudget)
                    explanations.append(Diagnostic(
                        .note, .orderChanged,
                        "`\(graph.canonicalID(ofGroup: after))` comes before `\(graph.canonicalID(ofGroup: before))`, although `\(graph.roadmaps[soft[edge].rank].id)` lists it after; \(reason)",
                        at: soft[edge].location))
                }
                softPending[group] = 0
            } else {
                break   // a cycle of `requires`: refused before an order is asked for
            }
            guard !done[group] else { continue }
            done[group] = true
            order.append(group)
            for dependent in dependents[group] {
                hardWaiting[dependent] -= 1
                if hardWaiting[dependent] == 0 {
                    if softPending[dependent] == 0 { ready.insert(dependent) } else { blocked.insert(Blocked(rank: lowestWaitingRank(dependent), group: dependent)) }
                }
            }
            for edge in softOut[group] where !softDone[edge] {
                softDone[edge] = true
                let next = soft[edge].to
                softPending[next] -= 1
                guard !done[next], hardWaiting[next] == 0 else { continue }
                if softPending[next] == 0 { ready.insert(next) } else { blocked.insert(Blocked(rank: lowestWaitingRank(next), group: next)) }
            }
        }
        self.order = order
        self.explanations = explanations
    }

    /// Why `from` must come before `to`: a path of `requires` and of orders of roadmaps given
    /// before `rank` from one to the other, as words; found by a breadth-first search of at most
    /// 2,000 topics (and `budget` in all), else the rule in general words.
    private static func reason(from: Int, to: Int, outranking rank: Int, graph: TopicGraph, dependents: [[Int]],
                               soft: [Soft], softOut: [[Int]], budget: inout Int) -> String {
        let general = "a `requires` or the order of a roadmap given earlier puts it first"
        var cameFrom: [Int: (previous: Int, how: String)] = [from: (from, "")]
        var queue = [from]
        var head = 0
        while head < queue.count, head < 2_000, budget > 0 {
            let node = queue[head]
            head += 1
            budget -= 1
            var steps: [(next: Int, how: String)] = dependents[node].map { ($0, "requires it") }
            for edge in softOut[node] where soft[edge].rank < rank {
                steps.append((soft[edge].to, "`\(graph.roadmaps[soft[edge].rank].id)` lists it next"))
            }
            for (next, how) in steps where cameFrom[next] == nil {
                cameFrom[next] = (node, how)
                if next == to {
                    var path: [String] = []
                    var at = to
                    while at != from, let step = cameFrom[at] {
                        path.append(" → `\(graph.canonicalID(ofGroup: at))` (\(step.how))")
                        at = step.previous
                    }
                    // A long path is shown by its ends (a reader follows a few steps, not thousands).
                    var steps = Array(path.reversed())
                    if steps.count > 6 { steps = steps.prefix(3) + [" → … (\(steps.count - 5) more)"] + steps.suffix(2) }
                    return "the path `\(graph.canonicalID(ofGroup: from))`" + steps.joined() + " puts it first"
                }
                queue.append(next)
            }
        }
        return general
    }

    /// A topic waiting on soft edges only: the higher the lowest rank it waits on (the later
    /// the roadmaps holding it back), the sooner it is taken; then the smaller group.
    private struct Blocked: Comparable {
        var rank: Int
        var group: Int
        static func < (a: Blocked, b: Blocked) -> Bool { (a.rank, -a.group) < (b.rank, -b.group) }
    }
}
