/// One subject to learn, as a valid (decoded, resolved and checked) roadmap holds it.
///
/// Its fields live in one shared, copy-on-write box: the graph, the lookups and the composer
/// copy topics around, and a copy is then one reference count instead of one per field.
@dynamicMemberLookup
public struct Topic: Sendable, Equatable {
    /// The fields of a topic. A topic reads and writes them by name (`topic.title`), through
    /// one accessor that copies the box first when it is shared.
    public struct Fields: Sendable, Equatable {
        /// The slug, unique in its roadmap.
        public var id: String
        /// Its title.
        public var title: String
        /// A sentence or two, if given.
        public var summary: Located<String>?
        /// Other ids or titles that mean this topic.
        public var aliases: [String]
        /// Explicit identities with topics of other roadmaps.
        public var sameAs: [Located<TopicReference>]
        /// Prerequisites: topics of this roadmap or `ROADMAP/ID`.
        public var requires: [Located<TopicReference>]
        /// Free-form tags.
        public var tags: [String]
        /// How advanced it is.
        public var level: Located<Level>?
        /// Estimated study hours.
        public var hours: Double?
        /// What to study it with, in order.
        public var resources: [Resource]
        /// `x-` keys, as written.
        public var extensions: [ExtensionField]
        /// Where variants edited it (their entries for this topic), when it comes from a base roadmap.
        public var edits: [SourceLocation]
        /// Where the topic's `id` is written (the start of its entry when it has no id).
        public var location: SourceLocation
    }

    /// A field, by name. (Inlinable, so that a read in another module is a plain field access.)
    @inlinable
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        _modify {
            makeUnique()
            yield &storage.fields[keyPath: field]
        }
    }

    /// Makes a topic.
    public init(id: String, title: String, summary: Located<String>? = nil, aliases: [String] = [],
                sameAs: [Located<TopicReference>] = [], requires: [Located<TopicReference>] = [],
                tags: [String] = [], level: Located<Level>? = nil, hours: Double? = nil,
                resources: [Resource] = [], extensions: [ExtensionField] = [],
                location: SourceLocation = .unknown) {
        storage = Storage(Fields(
            id: id, title: title, summary: summary, aliases: aliases, sameAs: sameAs, requires: requires, tags: tags,
            level: level, hours: hours, resources: resources, extensions: extensions, edits: [], location: location))
    }

    public static func == (a: Topic, b: Topic) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    @usableFromInline var storage: Storage

    /// Copies the box before a change when another topic shares it.
    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    /// The box. Changed only through ``makeUnique()``, so a box that is shared is never written
    /// to: that is what makes it safe to send.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields

        @inlinable
        init(_ fields: Fields) {
            self.fields = fields
        }
    }
}
