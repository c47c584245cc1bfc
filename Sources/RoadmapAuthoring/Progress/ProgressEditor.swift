import RoadmapPlugin
import RoadmapYAML

/// Edits a progress file as `roadmap progress FILE done|doing|skip|undo REF…` asks, keeping its
/// comments, blank lines and the order of its entries; writes a new file when there is none.
///
/// Entries are matched by subject, not by spelling: the caller gives each entry's topic (its
/// canonical id in the curriculum, or the `ref` itself when it names none), so that marking
/// `python` done updates the entry written as `data-science/python`.
public enum ProgressEditor {
    /// What to do with the topics named.
    public enum Edit: Sendable, Equatable {
        /// Give them this status (and the date).
        case set(ProgressStatus)
        /// Remove their entries.
        case undo
    }

    /// A topic named on the command line.
    public struct Target: Sendable, Equatable {
        /// As typed.
        public var written: String
        /// The subject it names (the canonical id), or `nil` when it names no topic.
        public var subject: String?

        /// Makes a target.
        public init(written: String, subject: String?) {
            self.written = written
            self.subject = subject
        }

        /// What it is matched and written under: the subject, else as typed.
        public var key: String { subject ?? written }
    }

    /// What an edit did, per target, for the command to say.
    public enum Outcome: Sendable, Equatable {
        case added, changed, unchanged, removed(Int), notThere
    }

    /// The comment a new file starts with.
    static let header: [YAMLCommentLine] = [
        .comment("# A learner's progress: `roadmap progress FILE done|doing|skip|undo REF…` edits it,"),
        .comment("# `roadmap progress FILE` shows it, `--progress FILE` puts it into merge, show and plan."),
    ]

    /// The new text of the file, and what happened to each target. `existing` is the file's
    /// bytes (`nil`: a new file); `subject` maps an entry's `ref` to its subject (the same
    /// function that gave the targets theirs). The existing text must be a valid progress file.
    public static func edit(_ existing: [UInt8]?, targets: [Target], edit: Edit, date: String?,
                            subject: (String) -> String?) throws(YAMLError) -> (text: String, outcomes: [Outcome]) {
        var document = YAMLCommentedDocument(header: header, root: .mapping([
            (key: "roadmap-progress", value: .literal("1")), (key: "topics", value: .list([])),
        ]))
        if let existing { document = try YAMLCommentReader.read(existing) }
        var entries = document.root.entries ?? []
        let topicsIndex: Int
        if let found = entries.firstIndex(where: { $0.key.value == "topics" }) {
            topicsIndex = found
        } else {
            entries.append(YAMLCommentedEntry(key: YAMLScalar(value: "topics", mark: .start), value: .list([])))
            topicsIndex = entries.count - 1
        }
        var items = entries[topicsIndex].value.items ?? []
        // Each entry's subject, once, and the entries of each subject: linear in entries and targets.
        var entriesOf: [String: [Int]] = [:]
        for (index, item) in items.enumerated() {
            guard let ref = field("ref", of: item) else { continue }
            entriesOf[subject(ref) ?? ref, default: []].append(index)
        }
        var removed = Set<Int>()
        var outcomes: [Outcome] = []
        for target in targets {
            let matches = (entriesOf[target.key] ?? []).filter { !removed.contains($0) }
            switch edit {
            case .undo:
                guard !matches.isEmpty else {
                    outcomes.append(.notThere)
                    continue
                }
                removed.formUnion(matches)
                outcomes.append(.removed(matches.count))
            case .set(let status):
                if let first = matches.first {
                    let changed = field("status", of: items[first]) != status.rawValue
                    set("status", .literal(status.rawValue), in: &items[first])
                    if changed, let date { set("date", .text(date), in: &items[first]) }
                    outcomes.append(changed ? .changed : .unchanged)
                } else {
                    var pairs: [(key: String, value: YAMLCommentedNode)] = [(key: "ref", value: .text(target.key)),
                                                                           (key: "status", value: .literal(status.rawValue))]
                    if let date { pairs.append((key: "date", value: .text(date))) }
                    items.append(YAMLCommentedItem(value: .mapping(pairs)))
                    entriesOf[target.key, default: []].append(items.count - 1)
                    outcomes.append(.added)
                }
            }
        }
        // The comments of removed entries stay: on the next entry kept, else at the end.
        var kept: [YAMLCommentedItem] = []
        var carried: [YAMLCommentLine] = []
        for (index, item) in items.enumerated() {
            if removed.contains(index) {
                carried += item.leading
            } else {
                var item = item
                item.leading = carried + item.leading
                carried = []
                kept.append(item)
            }
        }
        entries[topicsIndex].value = YAMLCommentedNode(.sequence(kept))
        document.root = YAMLCommentedNode(.mapping(entries))
        document.footer = carried + document.footer
        return (YAMLCommentedWriter().write(document), outcomes)
    }

    /// The text of `key` in an entry (a mapping).
    static func field(_ key: String, of item: YAMLCommentedItem) -> String? {
        item.value.entries?.first { $0.key.value == key }?.value.scalar?.value
    }

    /// Sets `key` of an entry, keeping its place (and comments) when it is there, else adding it.
    static func set(_ key: String, _ value: YAMLCommentedNode, in item: inout YAMLCommentedItem) {
        var entries = item.value.entries ?? []
        if let index = entries.firstIndex(where: { $0.key.value == key }) {
            entries[index].value = value
        } else {
            entries.append(YAMLCommentedEntry(key: YAMLScalar(value: key, mark: .start, style: .singleQuoted), value: value))
        }
        item.value = YAMLCommentedNode(.mapping(entries))
    }
}
