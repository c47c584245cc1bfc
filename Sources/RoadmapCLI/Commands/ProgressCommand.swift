import ArgumentParser
import RoadmapAuthoring
import RoadmapComposition
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

#if canImport(Glibc)
import Glibc
#endif

/// `roadmap progress FILE [ROADMAPS…]`: what a progress file says of a curriculum;
/// `roadmap progress FILE done|doing|skip|undo REF…`: edits it.
struct ProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show a progress file against a curriculum (done, doing, skipped, left, hours), or mark topics in it.",
        usage: """
            roadmap progress <file> [<file|id> ...]
            roadmap progress <file> done|doing|skip|undo <ref> ... [--in <file|id>]... [--date <date>]
            """,
        discussion: """
            FILE is a progress file (`roadmap-progress: 1` and a list of topics with `ref`, \
            `status`, an optional `date` and `note`; `roadmap schema progress` is its JSON \
            Schema; the HTML page's "Export progress" writes one). An entry counts for a topic \
            when its `ref` names the topic by any of its names (ROADMAP/ID in any roadmap it \
            comes from, its id, an alias, a same-as): done once, done everywhere. An entry that \
            names no topic is a warning with the closest topic (roadmaps change).

            Showing: the curriculum is the merge of the roadmaps given (the bundled four when \
            none are), as `roadmap merge` makes it.

            Marking: `done`, `doing` and `skip` give each REF that status (dated today, or \
            --date), `undo` removes its entries. The file is created when missing and otherwise \
            rewritten atomically with its comments kept. REFs are checked against the merge of \
            --in (default: the bundled four) and written under the topic's canonical id; one that \
            names nothing is an error with the closest name, and nothing is written (with \
            --allow-unknown it is written as typed, with a warning).

            Exit status: 0 on success; 64 for a wrong command line; 65 when the progress file \
            or a roadmap has errors (or, with --strict, warnings); 66 when an input is missing; \
            73 when the file changed while it was edited, or cannot be replaced; 74 on a write error.
            """)

    /// What the second argument can ask for.
    enum Verb: String, CaseIterable {
        case done, doing, skip, undo

        var edit: ProgressEditor.Edit {
            switch self {
            case .done: .set(.done)
            case .doing: .set(.doing)
            case .skip: .set(.skipped)
            case .undo: .undo
            }
        }
    }

    @Argument(help: ArgumentHelp("The progress file.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Argument(help: ArgumentHelp(
        "Roadmap files, folders or ids to show the progress against (default: the bundled four); or done|doing|skip|undo and the topics to mark (ROADMAP/ID, an id or an alias).",
        valueName: "file|id|verb ref"), completion: .custom(Completions.roadmaps))
    var arguments: [String] = []

    @Option(name: .customLong("in"), help: ArgumentHelp(
        "When marking: a roadmap whose merge the refs are checked against (default: the bundled four); repeatable.", valueName: "file|id"), completion: .custom(Completions.roadmaps))
    var roadmaps: [String] = []

    @Option(help: ArgumentHelp("When marking: the date to record (YYYY-MM-DD; default: today).", valueName: "date"))
    var date: String?

    @Flag(name: .customLong("allow-unknown"), help: "When marking: write a REF that names no topic of the curriculum as typed (a warning), instead of refusing (an error).")
    var allowUnknown = false

    @Flag(help: "When marking: replace the file even when it is read-only or has other hard links.")
    var force = false

    @OptionGroup var loading: LoadingOptions

    /// The verb, when the command marks topics.
    var verb: Verb? { arguments.first.flatMap(Verb.init(rawValue:)) }

    func validate() throws {
        if let date, !FormatRules.isDay(date) {
            throw ValidationError("--date takes a day as YYYY-MM-DD, found `\(date)`")
        }
        if Verb(rawValue: file) != nil {
            throw ValidationError("the first argument is the progress file: roadmap progress FILE \(file) REF…")
        }
        if let verb {
            if arguments.count < 2 {
                throw ValidationError("`\(verb.rawValue)` needs the topics to mark: roadmap progress \(file) \(verb.rawValue) REF…")
            }
            if arguments.dropFirst().contains(where: { !$0.contains(where: { !$0.isWhitespace }) }) {
                throw ValidationError("a topic to mark is empty: give ROADMAP/ID, an id or an alias")
            }
        } else {
            if !roadmaps.isEmpty { throw ValidationError("--in is for marking topics (done|doing|skip|undo); to show, name the roadmaps after the file") }
            if date != nil { throw ValidationError("--date is for marking topics (done|doing|skip|undo)") }
        }
    }

    func run() async throws {
        if let verb {
            try await mark(verb, refs: Array(arguments.dropFirst()))
        } else {
            try await show()
        }
    }

    /// `roadmap progress FILE [ROADMAPS…]`.
    func show() async throws {
        var (curriculum, files) = try await LoadedRoadmaps.curriculum(arguments, options: loading)
        let progress = try ProgressInput.read(file, files: &files, maxBytes: loading.limits.maxFileBytes)
        let report = ProgressReport(progress, curriculum: curriculum)
        Report.shared.add(report.diagnostics, files: files)
        Terminal.write(Self.text(report.applied(to: curriculum, file: file)))
    }

    /// `roadmap progress FILE VERB REF…`.
    func mark(_ verb: Verb, refs: [String]) async throws {
        var (curriculum, files) = try await LoadedRoadmaps.curriculum(roadmaps, options: loading)
        // The existing file, checked as any progress file is (its errors stop the edit).
        let stamp = AtomicFile.Stamp(path: file)
        var existing: [UInt8]?
        if FileBytes.exists(file) {
            let bytes = try ProgressInput.bytes(file, maxBytes: loading.limits.maxFileBytes)
            _ = try ProgressInput.decode(bytes, path: file, files: &files)
            existing = bytes
        }
        // Refs are matched as a progress file's entries are (ProgressReport), to the canonical id.
        let index = ProgressReport.index(curriculum.topics.map(\.names))
        func subject(_ ref: String) -> String? {
            ProgressReport.position(of: ref, in: index).map { curriculum.topics[$0].id }
        }
        var unknown: [Diagnostic] = []
        let candidates = index.keys.sorted()
        let targets = refs.map { ref in
            let target = ProgressEditor.Target(written: ref, subject: subject(ref))
            if target.subject == nil {
                let hint = unknown.count < ProgressReport.maxSpellingHints ? Spelling.hint(for: ref, in: candidates) : ""
                unknown.append(Diagnostic(allowUnknown ? .warning : .error, .progressUnmatched,
                    "expected a topic of `\(curriculum.id)` (ROADMAP/ID, an id or an alias), found `\(ref.abbreviatedForMessage)`, which names none"
                        + (allowUnknown ? " (written as typed)" : " (nothing is written; --allow-unknown writes it as typed)") + hint,
                    at: nil))
            }
            return target
        }
        Report.shared.add(unknown, files: files)
        if (loading.strict || !allowUnknown), !unknown.isEmpty { throw Report.shared.fail(.invalidInput) }
        let edited: (text: String, outcomes: [ProgressEditor.Outcome])
        do {
            edited = try ProgressEditor.edit(existing, targets: targets, edit: verb.edit, date: verb == .undo ? nil : date ?? Self.today(),
                                             subject: subject)
        } catch {
            throw Report.shared.fail(.invalidInput, DiagnosticCode(error.kind), "\(file): \(error.message)")
        }
        do {
            try AtomicFile.write(edited.text, to: file, policy: .init(force: force, unchangedSince: stamp))
        } catch {
            throw error.reported()
        }
        var lines: [String] = []
        for (target, outcome) in zip(targets, edited.outcomes) {
            let name = PlainText.forTerminal(target.key)
            switch outcome {
            case .added: lines.append("\(verb.rawValue): \(name)")
            case .changed: lines.append("\(verb.rawValue): \(name) (was another status)")
            case .unchanged: lines.append("\(verb.rawValue): \(name) (already)")
            case .removed(let count): lines.append("undone: \(name)" + (count > 1 ? " (\(count) entries)" : ""))
            case .notThere: lines.append("undo: \(name) had no entry")
            }
        }
        Terminal.write(lines.joined(separator: "\n") + "\nwrote \(PlainText.forTerminal(file))\n")
    }

    /// Today's local date, YYYY-MM-DD.
    static func today() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }

    /// The report: totals, then done, doing and skipped topics, then the next five.
    static func text(_ curriculum: CurriculumDocument) -> String {
        let topics = curriculum.topics
        var out = "\(PlainText.forTerminal(curriculum.title)) (\(Counted.string(topics.count, "topic")))\n"
        if let totals = curriculum.progress {
            out += "done \(totals.done) · doing \(totals.doing) · skipped \(totals.skipped) · left \(totals.left)\n"
            out += "hours: \(HoursFormat.string(totals.hoursDone)) done, \(HoursFormat.string(totals.hoursLeft)) left\n"
        }
        for (heading, status) in [("Done", ProgressStatus.done), ("Doing", .doing), ("Skipped", .skipped)] {
            let lines = topics.filter { $0.progress?.status == status }
            guard !lines.isEmpty else { continue }
            out += "\n\(heading):\n"
            for topic in lines {
                out += "  \(PlainText.forTerminal(topic.title)) [\(topic.id)]" + (topic.progress?.date.map { "  \(PlainText.forTerminal($0))" } ?? "") + "\n"
            }
        }
        let next = topics.filter { $0.progress == nil }.prefix(5)
        if !next.isEmpty {
            out += "\nNext:\n"
            for topic in next {
                out += "  \(PlainText.forTerminal(topic.title)) [\(topic.id)]" + (topic.hours.map { "  \(HoursFormat.string($0)) h" } ?? "") + "\n"
            }
        }
        return out
    }
}
