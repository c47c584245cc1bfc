import RoadmapLoading
import RoadmapModel
import RoadmapPlugin
import RoadmapYAML

/// A progress file set against a curriculum or a roadmap: each topic's progress, the totals,
/// and a located warning (with the closest topic) for every entry that names no topic.
///
/// An entry names a topic when its `ref` is one of the topic's names (its id, `ROADMAP/ID` of
/// any roadmap it comes from, an alias, what it is the same as), or when the `ref` is
/// `ROADMAP/ID` and `ID` is one of those names without its roadmap: topics with one id are one
/// subject (the merge rule), so done once is done everywhere the subject appears, and a topic
/// renamed with its old id in `aliases` keeps its progress.
public struct ProgressReport: Sendable {
    /// Each topic's progress (`nil`: not started), by the topic's position in the document.
    public var progress: [TopicProgress?]
    /// Located warnings: entries that matched nothing, topics given two statuses.
    public var diagnostics: [Diagnostic]
    /// How many entries named no topic.
    public var unmatched: Int

    /// Each topic's status, by position.
    public var statuses: [ProgressFile.Status?] { progress.map { $0?.status } }

    /// How many topics have `status`.
    public func count(_ status: ProgressFile.Status) -> Int { progress.filter { $0?.status == status }.count }
    /// How many are left: neither done nor skipped.
    public var left: Int { progress.filter { $0?.status != .done && $0?.status != .skipped }.count }

    /// How many distinct unknown refs get a did-you-mean (each is a search of every topic name).
    public static let maxSpellingHints = 50

    /// Sets `file` against topics given by their names (each topic's own id first) and hours.
    /// `scope` names the curriculum or roadmap in messages.
    /// Each name of each topic, and each name without its roadmap, to the topic's position
    /// (the first topic keeps a name two share): how refs are matched, in one place.
    public static func index(_ names: [[String]]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, topicNames) in names.enumerated() {
            for name in topicNames + topicNames.compactMap(Self.bareID) where index[name] == nil {
                index[name] = position
            }
        }
        return index
    }

    /// The position of the topic `ref` names in `index`: by the name itself, else (`ROADMAP/ID`)
    /// by its `ID`.
    public static func position(of ref: String, in index: [String: Int]) -> Int? {
        index[ref] ?? bareID(ref).flatMap { $0.isEmpty ? nil : index[$0] }
    }

    public init(_ file: ProgressFile, names: [[String]], scope: String) {
        let index = Self.index(names)
        progress = Array(repeating: nil, count: names.count)
        diagnostics = []
        unmatched = 0
        var candidates: [String]?
        var hints: [String: String] = [:]
        var setBy: [Int: ProgressFile.Entry] = [:]
        for entry in file.entries {
            if let position = Self.position(of: entry.ref, in: index) {
                if let earlier = setBy[position], earlier.status != entry.status {
                    diagnostics.append(.warning(.progressConflict,
                        "expected one status for `\(names[position].first ?? entry.ref)`, found `\(entry.status.rawValue)` here and `\(earlier.status.rawValue)` at line \(earlier.location.line) (\(earlier.ref.abbreviatedForMessage)); the later one counts",
                        at: entry.location))
                }
                setBy[position] = entry
                progress[position] = TopicProgress(status: entry.status, date: entry.date ?? progress[position]?.date,
                                                   note: entry.note ?? progress[position]?.note)
            } else {
                unmatched += 1
                // The closest topic for the first entries that match nothing (each search reads
                // every topic id: bounded, so that a file of unknown refs stays linear).
                var hint = hints[entry.ref] ?? ""
                if hints[entry.ref] == nil, hints.count < Self.maxSpellingHints {
                    if candidates == nil { candidates = index.keys.sorted() }
                    hint = Spelling.hint(for: entry.ref, in: candidates ?? [])
                    hints[entry.ref] = hint
                }
                diagnostics.append(.warning(.progressUnmatched,
                    "expected a topic of `\(scope)` (ROADMAP/ID, an id or an alias), found `\(entry.ref.abbreviatedForMessage)`, which names none\(hint)",
                    at: entry.location))
            }
        }
    }

    /// Sets `file` against a curriculum: topics are matched under ``CurriculumDocument/Topic/names``.
    public init(_ file: ProgressFile, curriculum: CurriculumDocument) {
        self.init(file, names: curriculum.topics.map(\.names), scope: curriculum.id)
    }

    /// Sets `file` against one roadmap: topics are matched under ``RoadmapDocument/names(of:)``.
    public init(_ file: ProgressFile, roadmap: RoadmapDocument) {
        self.init(file, names: roadmap.topics.map(roadmap.names(of:)), scope: roadmap.id)
    }

    /// `python` for `data-science/python`; `nil` for a name without a roadmap.
    static func bareID(_ name: String) -> String? {
        guard let slash = name.lastIndex(of: "/") else { return nil }
        return String(name[name.index(after: slash)...])
    }

    /// The totals, given each topic's hours by position; `file` is the progress file's name.
    public func totals(file: String, hours: [Double?]) -> ProgressTotals {
        var hoursDone = 0.0, hoursLeft = 0.0
        for (entry, topicHours) in zip(progress, hours) {
            switch entry?.status {
            case .done: hoursDone += topicHours ?? 0
            case .skipped: break
            case .doing, nil: hoursLeft += topicHours ?? 0
            }
        }
        return ProgressTotals(file: file, done: count(.done), doing: count(.doing), skipped: count(.skipped), left: left,
                              hoursDone: hoursDone, hoursLeft: hoursLeft, unmatched: unmatched)
    }

    /// The curriculum with every topic's progress and the totals.
    public func applied(to curriculum: CurriculumDocument, file: String) -> CurriculumDocument {
        var curriculum = curriculum
        for index in curriculum.topics.indices where index < progress.count { curriculum.topics[index].progress = progress[index] }
        curriculum.progress = totals(file: file, hours: curriculum.topics.map(\.hours))
        return curriculum
    }

    /// The roadmap with every topic's progress and the totals.
    public func applied(to roadmap: RoadmapDocument, file: String) -> RoadmapDocument {
        var roadmap = roadmap
        var position = 0
        for section in roadmap.sections.indices {
            for topic in roadmap.sections[section].topics.indices {
                if position < progress.count { roadmap.sections[section].topics[topic].progress = progress[position] }
                position += 1
            }
        }
        roadmap.progress = totals(file: file, hours: roadmap.topics.map(\.hours))
        return roadmap
    }
}
