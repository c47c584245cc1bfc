/// Disjoint sets over `0..<count` with path halving and union by smaller root index, so that
/// each set's representative is its smallest member (which keeps results independent of the
/// order unions happen in).
///
/// Each member belongs to a roadmap, and no set may hold two members of one roadmap (two
/// topics of one roadmap are never one subject): a union that would is refused, and says
/// which two members clash. Each set keeps its members by roadmap; a union walks the smaller
/// of the two, so building all sets takes O(n log n).
package struct UnionFind {
    private var parent: [Int]
    private let roadmapOfMember: [Int]
    /// For each root: its members, by roadmap.
    private var membersByRoadmap: [Int: [Int: Int]] = [:]

    /// Sets of one member each; `roadmapOfMember[i]` is the roadmap of member `i`.
    package init(roadmapOfMember: [Int]) {
        parent = Array(roadmapOfMember.indices)
        self.roadmapOfMember = roadmapOfMember
    }

    package mutating func find(_ node: Int) -> Int {
        var node = node
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Joins the sets of `a` and `b`, unless that would put two members of one roadmap in one
    /// set: then nothing changes, and the two members that clash are returned.
    @discardableResult
    package mutating func union(_ a: Int, _ b: Int) -> (Int, Int)? {
        let rootA = find(a)
        let rootB = find(b)
        if rootA == rootB { return nil }
        let sizeA = membersByRoadmap[rootA]?.count ?? 1, sizeB = membersByRoadmap[rootB]?.count ?? 1
        let (smallRoot, largeRoot) = sizeA <= sizeB ? (rootA, rootB) : (rootB, rootA)
        let small = membersByRoadmap[smallRoot] ?? [roadmapOfMember[smallRoot]: smallRoot]
        do {
            let large = membersByRoadmap[largeRoot]
            for (roadmap, member) in small {
                let other = large?[roadmap] ?? (roadmapOfMember[largeRoot] == roadmap && large == nil ? largeRoot : nil)
                if let other { return (min(member, other), max(member, other)) }
            }
        }
        // Taken out of the table before it grows, so that only the smaller side is copied.
        var joined = membersByRoadmap.removeValue(forKey: largeRoot) ?? [roadmapOfMember[largeRoot]: largeRoot]
        membersByRoadmap[smallRoot] = nil
        for (roadmap, member) in small { joined[roadmap] = member }
        let (root, child) = rootA < rootB ? (rootA, rootB) : (rootB, rootA)
        parent[child] = root
        membersByRoadmap[root] = joined
        return nil
    }
}
