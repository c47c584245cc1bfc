/// Finds the entries whose order really changed: those outside a longest run kept in the same
/// relative order (a longest increasing subsequence), so an insertion or removal that shifts
/// everything after it reports nothing, and one entry moved up reports that entry only.
enum OrderChanges {
    /// Indices (into `positions`) of entries that moved, given each entry's new position listed in old order.
    static func moved(_ positions: [Int]) -> Set<Int> {
        guard positions.count > 1 else { return [] }
        // Patience sorting with predecessor links, O(n log n).
        var tails: [Int] = []
        var tailIndex: [Int] = []
        var previous = [Int](repeating: -1, count: positions.count)
        for (index, value) in positions.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if tails[middle] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tailIndex[low - 1] }
            if low == tails.count {
                tails.append(value)
                tailIndex.append(index)
            } else {
                tails[low] = value
                tailIndex[low] = index
            }
        }
        var kept: Set<Int> = []
        var cursor = tailIndex.last ?? -1
        while cursor >= 0 {
            kept.insert(cursor)
            cursor = previous[cursor]
        }
        return Set(positions.indices).subtracting(kept)
    }
}
