import RoadmapLoading
import RoadmapModel
/// Compares two roadmaps: matches sections and topics (by id, then by a rename the new side
/// declares in `aliases`/`same-as`, then by evidence above ``RenameEvidence/threshold``), and
/// reports what was added, removed, renamed, moved, changed or reordered.
///
/// List fields (aliases, same-as, requires, tags, resources) are compared as sets: `before`
/// holds what was removed and `after` what was added; order inside a list is not a change.
/// Prerequisites are compared after mapping renamed topics, so renaming a topic does not also
/// change every topic that requires it.
public enum RoadmapDiffer {
    /// The changes from `old` to `new`, each resolved on its own against the bundled roadmaps.
    public static func diff(_ old: Roadmap, _ new: Roadmap) -> RoadmapDiff {
        diff(RoadmapCatalogue([old]), RoadmapCatalogue([new]))
    }

    /// The changes from the one input of `oldSide` to the one input of `newSide`, prerequisites
    /// as each catalogue resolved them (a load with `independently: true` gives one per side).
    public static func diff(_ oldSide: RoadmapCatalogue, _ newSide: RoadmapCatalogue) -> RoadmapDiff {
        let (old, new) = (oldSide.inputs[0], newSide.inputs[0])
        var matcher = DiffMatcher(old: oldSide, new: newSide)
        matcher.matchTopics()
        matcher.matchSections()
        var changes = roadmapChanges(old, new)
        changes += matcher.sectionChanges()
        changes += matcher.topicChanges()
        return RoadmapDiff(old: old, new: new, changes: changes)
    }

    static func roadmapChanges(_ old: Roadmap, _ new: Roadmap) -> [RoadmapDiff.Change] {
        var fields: [RoadmapDiff.FieldChange] = []
        FieldComparison.text("id", old.id, new.id, into: &fields)
        FieldComparison.text("title", old.title, new.title, into: &fields)
        FieldComparison.text("summary", old.summary, new.summary, into: &fields)
        FieldComparison.text("source", old.source, new.source, into: &fields)
        FieldComparison.list("authors", old.authors, new.authors, into: &fields)
        FieldComparison.text("published", old.published, new.published, into: &fields)
        FieldComparison.list("related", old.related, new.related, into: &fields)
        if old.bases != new.bases, Set(old.bases) == Set(new.bases) {
            // The same bases in another order: another merge (the first one leads the parts).
            FieldComparison.text("extends", "[" + old.bases.joined(separator: ", ") + "]", "[" + new.bases.joined(separator: ", ") + "]", into: &fields)
        } else if old.bases.count > 1 || new.bases.count > 1 {
            FieldComparison.list("extends", old.bases, new.bases, into: &fields)
        } else {
            FieldComparison.text("extends", old.bases.first, new.bases.first, into: &fields)
        }
        guard !fields.isEmpty else { return [] }
        return [RoadmapDiff.Change(kind: .changed, subject: .roadmap, id: new.id, fields: fields, evidence: [], location: new.location)]
    }
}

/// Field-by-field comparison helpers.
enum FieldComparison {
    static func text(_ field: String, _ before: String?, _ after: String?, into fields: inout [RoadmapDiff.FieldChange]) {
        guard before != after else { return }
        fields.append(.init(field: field, before: before.map { .text($0) } ?? .none, after: after.map { .text($0) } ?? .none))
    }

    /// Compares as sets: `before` lists what was removed, `after` what was added.
    static func list(_ field: String, _ before: [String], _ after: [String], into fields: inout [RoadmapDiff.FieldChange]) {
        let (beforeSet, afterSet) = (Set(before), Set(after))
        let removed = before.filter { !afterSet.contains($0) }
        let added = after.filter { !beforeSet.contains($0) }
        guard !removed.isEmpty || !added.isEmpty else { return }
        fields.append(.init(field: field, before: removed.isEmpty ? .none : .list(removed), after: added.isEmpty ? .none : .list(added)))
    }
}
