import RoadmapModel
/// What changed between two roadmaps (or two versions of one).
public struct RoadmapDiff: Sendable, Equatable {
    /// What a change is about.
    public enum Subject: String, Sendable, Comparable {
        case roadmap, section, topic

        public static func < (lhs: Subject, rhs: Subject) -> Bool {
            [Subject.roadmap, .section, .topic].firstIndex(of: lhs)! < [Subject.roadmap, .section, .topic].firstIndex(of: rhs)!
        }
    }

    /// The kind of a change.
    public enum Kind: String, Sendable {
        case added, removed, renamed, moved, changed, reordered
    }

    /// A value of a field, before or after.
    public enum Value: Sendable, Equatable {
        case none
        case text(String)
        case list([String])
    }

    /// One field's change.
    public struct FieldChange: Sendable, Equatable {
        /// The field: `title`, `hours`, `resources`, …
        public var field: String
        public var before: Value
        public var after: Value
    }

    /// One change.
    public struct Change: Sendable, Equatable {
        public var kind: Kind
        public var subject: Subject
        /// The id (the new id for a rename; the old one for a removal).
        public var id: String
        /// The old id of a rename.
        public var oldID: String?
        /// The section it is in (the new one).
        public var section: String?
        /// The section it was in, when it moved.
        public var oldSection: String?
        /// Field changes (for `changed`, and for renames and moves that also changed fields).
        public var fields: [FieldChange]
        /// Why an evidence-based rename was paired.
        public var evidence: [String]
        /// Where it is: in the new file, or in the old one for a removal.
        public var location: SourceLocation
    }

    /// The roadmap compared from.
    public var old: Roadmap
    /// The roadmap compared to.
    public var new: Roadmap
    /// The changes: the roadmap's own first, then sections, then topics, each in file order.
    public var changes: [Change]

    /// True when nothing changed.
    public var isEmpty: Bool { changes.isEmpty }
}
