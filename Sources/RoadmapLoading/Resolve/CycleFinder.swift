/// Finds the cycles of a directed graph without recursion, so a 50,000-topic chain cannot
/// overflow the stack: strongly connected components (Tarjan, iterative), then one cycle
/// through each component that has one.
public enum CycleFinder {
    /// One cycle per strongly connected component that contains a cycle, each as the list of
    /// nodes in order (the last leads back to the first), starting at the smallest node, and
    /// sorted by that node.
    public static func cycles(nodeCount: Int, successors: (Int) -> [Int]) -> [[Int]] {
        let components = stronglyConnectedComponents(nodeCount: nodeCount, successors: successors)
        var result: [[Int]] = []
        for component in components {
            let members = Set(component)
            let start = component.min()!
            if component.count == 1 && !successors(start).contains(start) { continue }
            result.append(cycle(from: start, within: members, successors: successors))
        }
        return result.sorted { $0[0] < $1[0] }
    }

    /// The shortest path from `start` back to itself inside `members` (breadth first).
    static func cycle(from start: Int, within members: Set<Int>, successors: (Int) -> [Int]) -> [Int] {
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors(node) where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let previous = parent[path[path.count - 1]] { path.append(previous) }
                    return path.reversed()
                }
                if parent[next] == nil && next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }

    /// Tarjan's algorithm with an explicit stack.
    static func stronglyConnectedComponents(nodeCount: Int, successors: (Int) -> [Int]) -> [[Int]] {
        var index = [Int](repeating: -1, count: nodeCount)
        var lowLink = [Int](repeating: 0, count: nodeCount)
        var onStack = [Bool](repeating: false, count: nodeCount)
        var stack: [Int] = []
        var components: [[Int]] = []
        var counter = 0
        var work: [(node: Int, successors: [Int], next: Int)] = []

        for root in 0..<nodeCount where index[root] < 0 {
            work.append((root, successors(root), 0))
            index[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while !work.isEmpty {
                let top = work.count - 1
                let node = work[top].node
                if work[top].next < work[top].successors.count {
                    let next = work[top].successors[work[top].next]
                    work[top].next += 1
                    if index[next] < 0 {
                        index[next] = counter; lowLink[next] = counter; counter += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, successors(next), 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component)
                }
            }
        }
        return components
    }
}
