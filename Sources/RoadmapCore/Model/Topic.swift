/// One subject to learn, as a valid (decoded, resolved and checked) roadmap holds it.
///
/// Its fields live in one shared, copy-on-write box: the graph, the lookups and the composer
/// copy topics around, and a copy is then one reference count instead of one per field.
public struct Topic: Sendable, Equatable {
    /// The slug, unique in its roadmap.
    public var id: String {
        get { storage.id }
        _modify { makeUnique(); yield &storage.id }
    }
    /// Its title.
    public var title: String {
        get { storage.title }
        _modify { makeUnique(); yield &storage.title }
    }
    /// A sentence or two, if given.
    public var summary: Located<String>? {
        get { storage.summary }
        _modify { makeUnique(); yield &storage.summary }
    }
    /// Other ids or titles that mean this topic.
    public var aliases: [String] {
        get { storage.aliases }
        _modify { makeUnique(); yield &storage.aliases }
    }
    /// Explicit identities with topics of other roadmaps.
    public var sameAs: [Located<TopicReference>] {
        get { storage.sameAs }
        _modify { makeUnique(); yield &storage.sameAs }
    }
    /// Prerequisites: topics of this roadmap or `ROADMAP/ID`.
    public var requires: [Located<TopicReference>] {
        get { storage.requires }
        _modify { makeUnique(); yield &storage.requires }
    }
    /// Free-form tags.
    public var tags: [String] {
        get { storage.tags }
        _modify { makeUnique(); yield &storage.tags }
    }
    /// How advanced it is.
    public var level: Located<Level>? {
        get { storage.level }
        _modify { makeUnique(); yield &storage.level }
    }
    /// Estimated study hours.
    public var hours: Double? {
        get { storage.hours }
        _modify { makeUnique(); yield &storage.hours }
    }
    /// What to study it with, in order.
    public var resources: [Resource] {
        get { storage.resources }
        _modify { makeUnique(); yield &storage.resources }
    }
    /// `x-` keys, as written.
    public var extensions: [ExtensionField] {
        get { storage.extensions }
        _modify { makeUnique(); yield &storage.extensions }
    }
    /// Where variants edited it (their entries for this topic), when it comes from a base roadmap.
    public var edits: [SourceLocation] {
        get { storage.edits }
        _modify { makeUnique(); yield &storage.edits }
    }
    /// Where the topic's `id` is written (the start of its entry when it has no id).
    public var location: SourceLocation {
        get { storage.location }
        _modify { makeUnique(); yield &storage.location }
    }

    /// Makes a topic.
    public init(id: String, title: String, summary: Located<String>? = nil, aliases: [String] = [],
                sameAs: [Located<TopicReference>] = [], requires: [Located<TopicReference>] = [],
                tags: [String] = [], level: Located<Level>? = nil, hours: Double? = nil,
                resources: [Resource] = [], extensions: [ExtensionField] = [],
                location: SourceLocation = .unknown) {
        storage = Storage(id: id, title: title, summary: summary, aliases: aliases, sameAs: sameAs, requires: requires,
                          tags: tags, level: level, hours: hours, resources: resources, extensions: extensions,
                          edits: [], location: location)
    }

    public static func == (a: Topic, b: Topic) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    private var storage: Storage

    /// Copies the box before a change when another topic shares it.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// The fields. Changed only through ``makeUnique()``, so a box that is shared is never
    /// written to: that is what makes it safe to send.
    private final class Storage: @unchecked Sendable {
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

        init(id: String, title: String, summary: Located<String>?, aliases: [String], sameAs: [Located<TopicReference>], requires: [Located<TopicReference>], tags: [String], level: Located<Level>?, hours: Double?, resources: [Resource], extensions: [ExtensionField], edits: [SourceLocation], location: SourceLocation) {
            self.id = id
            self.title = title
            self.summary = summary
            self.aliases = aliases
            self.sameAs = sameAs
            self.requires = requires
            self.tags = tags
            self.level = level
            self.hours = hours
            self.resources = resources
            self.extensions = extensions
            self.edits = edits
            self.location = location
        }

        func copy() -> Storage {
            Storage(id: id, title: title, summary: summary, aliases: aliases, sameAs: sameAs, requires: requires, tags: tags, level: level, hours: hours, resources: resources, extensions: extensions, edits: edits, location: location)
        }

        /// Every field, for comparing.
        var fields: Fields {
            Fields(id: id, title: title, summary: summary, aliases: aliases, sameAs: sameAs, requires: requires, tags: tags, level: level, hours: hours, resources: resources, extensions: extensions, edits: edits, location: location)
        }
    }

    /// The fields as one comparable value.
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
