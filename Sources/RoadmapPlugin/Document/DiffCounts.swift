/// Counts of a diff's changes by kind, for summaries.
public enum DiffCounts {
    /// The kinds of change in the order they are reported.
    public static let order = ["added", "removed", "renamed", "moved", "changed", "reordered"]

    /// "3 changes: 1 added, 2 changed", or "No differences."
    public static func line(_ changes: [DiffDocument.Change]) -> String {
        if changes.isEmpty { return "No differences." }
        var counts: [String: Int] = [:]
        for change in changes { counts[change.change, default: 0] += 1 }
        let parts = order.compactMap { kind in counts[kind].map { "\($0) \(kind)" } }
        return "\(changes.count) change\(changes.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }
}
