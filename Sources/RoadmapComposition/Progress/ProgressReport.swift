import RoadmapLoading
import RoadmapModel
import RoadmapPlugin
import RoadmapYAML

/// A progress file set against a curriculum: each topic's status, the totals, and a located
/// warning (with the closest topic) for every entry that names no topic.
///
/// An entry names a topic when its `ref` is the topic's id, `ROADMAP/ID` of any roadmap it
/// comes from, a bare id of one of those, or one of its aliases: done once, done everywhere the
/// subject appears.
public struct ProgressReport: Sendable {
    /// Each topic's status (`nil`: not started), by the topic's position in the document.
    public var statuses: [ProgressFile.Status?]
    /// The date an entry gave, by position.
    public var dates: [String?]
    /// Located warnings: entries that matched nothing.
    public var diagnostics: [Diagnostic]

    /// How many topics have each status, and how many are left (neither done nor skipped).
    public func count(_ status: ProgressFile.Status) -> Int { statuses.filter { $0 == status }.count }
    public var left: Int { statuses.filter { $0 != .done && $0 != .skipped }.count }

    /// How many distinct unknown refs get a did-you-mean (each is a search of every topic id).
    public static let maxSpellingHints = 50

    public init(_ progress: ProgressFile, curriculum: CurriculumDocument) {
        var index: [String: Int] = [:]
        for (position, topic) in curriculum.topics.enumerated() {
            // Every name of the subject (the page's progress keys), then each as a bare id.
            let names = topic.names
            for name in names + names.compactMap({ $0.split(separator: "/").last.map(String.init) }) where index[name] == nil {
                index[name] = position
            }
        }
        statuses = Array(repeating: nil, count: curriculum.topics.count)
        dates = Array(repeating: nil, count: curriculum.topics.count)
        diagnostics = []
        var candidates: [String]?
        var hints: [String: String] = [:]
        var setBy: [Int: ProgressFile.Entry] = [:]
        for entry in progress.entries {
            if let position = index[entry.ref] {
                if let earlier = setBy[position], earlier.status != entry.status {
                    diagnostics.append(.warning(.progressConflict,
                        "expected one status for `\(curriculum.topics[position].id)`, found `\(entry.status.rawValue)` here and `\(earlier.status.rawValue)` at line \(earlier.location.line) (\(earlier.ref.abbreviatedForMessage)); the later one counts",
                        at: entry.location))
                }
                setBy[position] = entry
                statuses[position] = entry.status
                dates[position] = entry.date ?? dates[position]
            } else {
                // The closest topic for the first entries that match nothing (each search reads
                // every topic id: bounded, so that a file of unknown refs stays linear).
                var hint = hints[entry.ref] ?? ""
                if hints[entry.ref] == nil, hints.count < Self.maxSpellingHints {
                    if candidates == nil { candidates = curriculum.topics.map(\.id) }
                    hint = Spelling.closest(to: entry.ref, in: candidates ?? []).map { "; did you mean `\($0)`?" } ?? ""
                    hints[entry.ref] = hint
                }
                diagnostics.append(.warning(.progressUnmatched,
                    "expected a topic of `\(curriculum.id)` (ROADMAP/ID, an id or an alias), found `\(entry.ref.abbreviatedForMessage)`, which names none\(hint)",
                    at: entry.location))
            }
        }
    }
}
