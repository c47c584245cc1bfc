/// One subject to learn, as a valid (decoded, resolved and checked) roadmap holds it.
///
/// Its fields live in one shared, copy-on-write box: the graph, the lookups and the composer
/// copy topics around, and a copy is then one reference count instead of one per field.
public struct Topic: Sendable, Equatable {
    /// The slug, unique in its roadmap.
    public var id: String {
        get { storage.fields.id }
        _modify { makeUnique(); yield &storage.fields.id }
    }
    /// Its title.
    public var title: String {
        get { storage.fields.title }
        _modify { makeUnique(); yield &storage.fields.title }
    }
    /// A sentence or two, if given.
    public var summary: Located<String>? {
        get { storage.fields.summary }
        _modify { makeUnique(); yield &storage.fields.summary }
    }
    /// Other ids or titles that mean this topic.
    public var aliases: [String] {
        get { storage.fields.aliases }
        _modify { makeUnique(); yield &storage.fields.aliases }
    }
    /// Explicit identities with topics of other roadmaps.
    public var sameAs: [Located<TopicReference>] {
        get { storage.fields.sameAs }
        _modify { makeUnique(); yield &storage.fields.sameAs }
    }
    /// Prerequisites: topics of this roadmap or `ROADMAP/ID`.
    public var requires: [Located<TopicReference>] {
        get { storage.fields.requires }
        _modify { makeUnique(); yield &storage.fields.requires }
    }
    /// Free-form tags.
    public var tags: [String] {
        get { storage.fields.tags }
        _modify { makeUnique(); yield &storage.fields.tags }
    }
    /// How advanced it is.
    public var level: Located<Level>? {
        get { storage.fields.level }
        _modify { makeUnique(); yield &storage.fields.level }
    }
    /// Estimated study hours.
    public var hours: Double? {
        get { storage.fields.hours }
        _modify { makeUnique(); yield &storage.fields.hours }
    }
    /// What to study it with, in order.
    public var resources: [Resource] {
        get { storage.fields.resources }
        _modify { makeUnique(); yield &storage.fields.resources }
    }
    /// `x-` keys, as written.
    public var extensions: [ExtensionField] {
        get { storage.fields.extensions }
        _modify { makeUnique(); yield &storage.fields.extensions }
    }
    /// Where variants edited it (their entries for this topic), when it comes from a base roadmap.
    public var edits: [SourceLocation] {
        get { storage.fields.edits }
        _modify { makeUnique(); yield &storage.fields.edits }
    }
    /// Where the topic's `id` is written (the start of its entry when it has no id).
    public var location: SourceLocation {
        get { storage.fields.location }
        _modify { makeUnique(); yield &storage.fields.location }
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

    private var storage: Storage

    /// Copies the box before a change when another topic shares it.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    /// The box. Changed only through ``makeUnique()``, so a box that is shared is never written
    /// to: that is what makes it safe to send.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    /// The fields, as one value.
    private struct Fields: Equatable {
        var id: String
        var title: String
        var summary: Located<String>?
        var aliases: [String]
        var sameAs: [Located<TopicReference>]
        var requires: [Located<TopicReference>]
        var tags: [String]
        var level: Located<Level>?
        var hours: Double?
        var resources: [Resource]
        var extensions: [ExtensionField]
        var edits: [SourceLocation]
        var location: SourceLocation
    }
}
