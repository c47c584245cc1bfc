/// A list inside a message, kept short: a cycle of 50,000 topics is not one 7 MB line.
public enum MessageList {
    /// The most items named before the rest are counted.
    public static let limit = 10

    /// `items` joined by `separator`; past ``limit`` items, the first ``limit``, an ellipsis,
    /// the last one, and how many were left out: `a → b → … → z (and 49,989 more)`.
    public static func joined(_ items: [String], separator: String) -> String {
        guard items.count > limit + 1 else { return items.joined(separator: separator) }
        let omitted = items.count - limit - 1
        return (items.prefix(limit) + ["…", items[items.count - 1]]).joined(separator: separator)
            + " (and \(omitted) more)"
    }
}
