/// One subject to learn, as a valid (decoded, resolved and checked) roadmap holds it.
public struct Topic: Sendable, Equatable {
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
    public var edits: [SourceLocation] = []
    /// Where the topic's `id` is written (the start of its entry when it has no id).
    public var location: SourceLocation

    /// Makes a topic.
    public init(id: String, title: String, summary: Located<String>? = nil, aliases: [String] = [],
                sameAs: [Located<TopicReference>] = [], requires: [Located<TopicReference>] = [],
                tags: [String] = [], level: Located<Level>? = nil, hours: Double? = nil,
                resources: [Resource] = [], extensions: [ExtensionField] = [],
                location: SourceLocation = .unknown) {
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
        self.location = location
    }
}
