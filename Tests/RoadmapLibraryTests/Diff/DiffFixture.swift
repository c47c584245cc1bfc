import Foundation
import Testing
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// The crafted diff pairs (`Fixtures/diff/NAME/old.yaml` and `new.yaml`) and helpers that load
/// two roadmaps independently (as `roadmap diff` does) and describe a diff in one line a change.
enum DiffFixture {
    /// `Fixtures/diff`.
    static let directory = Fixtures.directory + "/diff"

    /// Every crafted pair, by folder name. `DiffGoldenTests` (PluginTests) has goldens for each.
    static let pairs = [
        "topic-added-removed", "insert-at-top", "reordered", "rename-aliases", "rename-old-aliases",
        "rename-same-as", "rename-evidence", "moved", "changed-fields", "sections", "roadmap-fields", "identical",
    ]

    /// The text of one side of a pair.
    static func text(_ pair: String, _ side: String) throws -> String {
        try String(contentsOfFile: "\(directory)/\(pair)/\(side).yaml", encoding: .utf8)
    }

    /// Loads `old` and `new` (YAML texts) independently, requiring both to be valid, and diffs them.
    static func diff(_ old: String, _ new: String, names: (String, String) = ("old.yaml", "new.yaml"),
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> RoadmapDiff {
        let (a, b, _) = try await load(old, new, names: names, sourceLocation: sourceLocation)
        return RoadmapDiffer.diff(a, b)
    }

    /// Both roadmaps of `old` and `new` (YAML texts), loaded independently, and their files.
    static func load(_ old: String, _ new: String, names: (String, String) = ("old.yaml", "new.yaml"),
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> (Roadmap, Roadmap, LoadResult) {
        try await load([.text(old, origin: .standardInput, displayName: names.0),
                        .text(new, origin: .standardInput, displayName: names.1)], sourceLocation: sourceLocation)
    }

    /// Both roadmaps of two inputs, loaded independently.
    static func load(_ inputs: [RoadmapInput], sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> (Roadmap, Roadmap, LoadResult) {
        let result = await RoadmapLoader(composer: CurriculumBaseComposer()).load(inputs, independently: true)
        let errors = result.diagnostics.filter { $0.severity == .error }
            .map { "\($0.location.map { result.files.describe($0) } ?? "-"): \($0.message)" }
        #expect(errors == [], sourceLocation: sourceLocation)
        try #require(result.roadmaps.count == 2, sourceLocation: sourceLocation)
        return (result.roadmaps[0], result.roadmaps[1], result)
    }

    /// The diff of a crafted pair.
    static func pair(_ name: String, reversed: Bool = false,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> RoadmapDiff {
        let old = try text(name, "old"), new = try text(name, "new")
        return reversed ? try await diff(new, old, sourceLocation: sourceLocation) : try await diff(old, new, sourceLocation: sourceLocation)
    }

    /// `renamed topic python-programming was python in basics {title: Python -> Py; aliases: - -> [python]} [why]`
    static func describe(_ change: RoadmapDiff.Change) -> String {
        var line = "\(change.kind.rawValue) \(change.subject.rawValue) \(change.id)"
        if let old = change.oldID { line += " was \(old)" }
        if let from = change.oldSection { line += " from \(from)" }
        if let section = change.section { line += " in \(section)" }
        if !change.fields.isEmpty {
            line += " {" + change.fields.map { "\($0.field): \(value($0.before)) -> \(value($0.after))" }.joined(separator: "; ") + "}"
        }
        if !change.evidence.isEmpty { line += " [" + change.evidence.joined(separator: ", ") + "]" }
        return line
    }

    /// Every change of `diff`, described.
    static func describe(_ diff: RoadmapDiff) -> [String] { diff.changes.map(describe) }

    static func value(_ value: RoadmapDiff.Value) -> String {
        switch value {
        case .none: "-"
        case .text(let text): text
        case .list(let items): "[" + items.joined(separator: ", ") + "]"
        }
    }

    /// How many changes of each kind (`added`, …) about `subject` (all subjects when nil).
    static func counts(_ diff: RoadmapDiff, subject: RoadmapDiff.Subject? = nil) -> [String: Int] {
        var counts: [String: Int] = [:]
        for change in diff.changes where subject == nil || change.subject == subject {
            counts[change.kind.rawValue, default: 0] += 1
        }
        return counts
    }

    /// Records an issue for every topic or section that a rename or move accounts for but that
    /// also shows up as added or removed, and for any id reported twice with the same kind.
    static func expectNoDoubleReport(_ diff: RoadmapDiff, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for subject in [RoadmapDiff.Subject.section, .topic] {
            let changes = diff.changes.filter { $0.subject == subject }
            let added = Set(changes.filter { $0.kind == .added }.map(\.id))
            let removed = Set(changes.filter { $0.kind == .removed }.map(\.id))
            for change in changes where change.kind == .renamed || change.kind == .moved {
                #expect(!added.contains(change.id) && !removed.contains(change.oldID ?? change.id),
                        "\(describe(change)) is also reported as added or removed", sourceLocation: sourceLocation)
            }
            let keys = changes.map { "\($0.kind.rawValue) \($0.id)" }
            #expect(Set(keys).count == keys.count, "an id reported twice with one kind: \(keys)", sourceLocation: sourceLocation)
            let matched = changes.filter { $0.kind == .renamed || $0.kind == .moved || $0.kind == .changed }.map(\.id)
            #expect(Set(matched).count == matched.count, "one \(subject) reported as more than one of renamed/moved/changed",
                    sourceLocation: sourceLocation)
        }
    }

    /// Records an issue for each way `back` (the diff of new → old) fails to mirror `forth`:
    /// added ↔ removed, renamed old ↔ new, moved from ↔ to, every field's before ↔ after, and
    /// the same number of changes of each kind.
    static func expectMirror(_ forth: RoadmapDiff, _ back: RoadmapDiff, _ label: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let a = counts(forth), b = counts(back)
        let swapped = ["added": b["removed"], "removed": b["added"], "renamed": b["renamed"], "moved": b["moved"],
                       "changed": b["changed"], "reordered": b["reordered"]].compactMapValues { $0 }
        #expect(a == swapped, "\(label): counts by kind do not mirror", sourceLocation: sourceLocation)
        func key(_ change: RoadmapDiff.Change) -> String { "\(change.subject.rawValue) \(change.id)" }
        func set(_ diff: RoadmapDiff, _ kind: RoadmapDiff.Kind) -> Set<String> {
            Set(diff.changes.filter { $0.kind == kind }.map(key))
        }
        #expect(set(forth, .added) == set(back, .removed), "\(label): added ↔ removed", sourceLocation: sourceLocation)
        #expect(set(forth, .removed) == set(back, .added), "\(label): removed ↔ added", sourceLocation: sourceLocation)
        // Matched changes: the reverse of a rename is the rename the other way; of anything else,
        // the change of the same id; each swaps the sections of a move and every field's sides.
        for change in forth.changes where change.kind != .added && change.kind != .removed && change.kind != .reordered {
            let reverse: RoadmapDiff.Change?
            switch (change.subject, change.kind) {
            case (.roadmap, _):
                reverse = back.changes.first { $0.subject == .roadmap }
            case (_, .renamed):
                reverse = back.changes.first { $0.kind == .renamed && $0.subject == change.subject && $0.id == change.oldID && $0.oldID == change.id }
            default:
                reverse = back.changes.first { [.moved, .changed, .renamed].contains($0.kind) && $0.subject == change.subject && $0.id == change.id }
            }
            guard let reverse else {
                Issue.record("\(label): no mirror of \(describe(change))", sourceLocation: sourceLocation)
                continue
            }
            #expect(reverse.kind == change.kind, "\(label): \(describe(change)) mirrored as \(describe(reverse))", sourceLocation: sourceLocation)
            if let from = change.oldSection {
                #expect(reverse.oldSection == change.section && reverse.section == from,
                        "\(label): \(describe(change)) mirrored as \(describe(reverse))", sourceLocation: sourceLocation)
            }
            let mirrored = change.fields.map { "\($0.field): \(value($0.after)) -> \(value($0.before))" }.sorted()
            #expect(sorted(reverse.fields) == mirrored, "\(label): fields of \(describe(change)) vs \(describe(reverse))",
                    sourceLocation: sourceLocation)
        }
    }

    static func sorted(_ fields: [RoadmapDiff.FieldChange]) -> [String] {
        fields.map { "\($0.field): \(value($0.before)) -> \(value($0.after))" }.sorted()
    }
}
