/// Disjoint sets over `0..<count` with path halving and union by smaller root index, so that
/// each set's representative is its smallest member (which keeps results independent of the
/// order unions happen in).
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ node: Int) -> Int {
        var node = node
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        if rootA == rootB { return }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
}
