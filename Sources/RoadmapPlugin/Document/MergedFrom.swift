/// How `x-from` names a topic a merged topic was made from: `ROADMAP/SECTION/TOPIC`, the
/// `path` of a curriculum's origin (written by `merge -f yaml` and kept by compositions).
/// Read here only, so that progress, the page and a composition's names agree.
public enum MergedFrom {
    /// `ROADMAP/TOPIC` of such a path; `nil` for anything else (not three non-empty parts).
    public static func topicID(ofPath path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts.contains(where: \.isEmpty) else { return nil }
        return "\(parts[0])/\(parts[2])"
    }
}
