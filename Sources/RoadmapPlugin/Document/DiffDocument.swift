/// The `diff` document: what changed between two roadmaps (or two versions of one).
public struct DiffDocument: Sendable, Equatable, Codable {
    /// One side of the comparison.
    public struct Side: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var file: String

        /// Makes a side.
        public init(id: String, title: String, file: String) {
            self.id = id
            self.title = title
            self.file = file
        }
    }

    /// A field's value before and after. For list fields (aliases, same-as, requires, tags,
    /// resources, authors, related), `before` holds only what was removed and `after` only what
    /// was added (null when nothing was).
    public struct FieldChange: Sendable, Equatable, Codable {
        public var field: String
        public var before: ExtensionValue
        public var after: ExtensionValue

        /// True for a list field, whose before/after are what was removed and added.
        public var isListChange: Bool {
            if case .list = before { return true }
            if case .list = after { return true }
            return false
        }

        /// Makes a field change.
        public init(field: String, before: ExtensionValue, after: ExtensionValue) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    /// One change.
    public struct Change: Sendable, Equatable, Codable {
        /// `added`, `removed`, `renamed`, `moved`, `changed`, `reordered`.
        public var change: String
        /// What changed: `topic`, `section` or `roadmap`.
        public var subject: String
        /// The id (the new one for a rename).
        public var topic: String
        /// The old id, for a rename.
        public var oldTopic: String?
        /// The section it is in (the new one for a move).
        public var section: String?
        /// The old section, for a move.
        public var oldSection: String?
        /// For `changed`: each field with before and after.
        public var fields: [FieldChange]?
        /// For an evidence-based rename: why the two were paired.
        public var evidence: [String]?
        /// Where the change is in the new file (or the old one, for a removal).
        public var location: DocumentLocation?

        enum CodingKeys: String, CodingKey {
            case change, subject, topic, oldTopic = "old-topic", section, oldSection = "old-section", fields, evidence, location
        }

        /// Makes a change.
        public init(change: String, subject: String, topic: String, oldTopic: String? = nil, section: String? = nil,
                    oldSection: String? = nil, fields: [FieldChange]? = nil, evidence: [String]? = nil,
                    location: DocumentLocation? = nil) {
            self.change = change
            self.subject = subject
            self.topic = topic
            self.oldTopic = oldTopic
            self.section = section
            self.oldSection = oldSection
            self.fields = fields
            self.evidence = evidence
            self.location = location
        }
    }

    public var apiVersion: [Int]
    public var kind: DocumentKind
    public var old: Side
    public var new: Side
    public var changes: [Change]

    enum CodingKeys: String, CodingKey {
        case apiVersion = "roadmap-api-version", kind, old, new, changes
    }

    /// Makes a diff document.
    public init(old: Side, new: Side, changes: [Change]) {
        self.apiVersion = PluginDocument.apiVersion
        self.kind = .diff
        self.old = old
        self.new = new
        self.changes = changes
    }
}
