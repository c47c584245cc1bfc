/// A part of a roadmap: topics studied together, in the roadmap's own order.
public struct Section: Sendable, Equatable {
    /// The slug, unique in its roadmap (sections and topics share one namespace).
    public var id: String
    /// Its title.
    public var title: String
    /// A sentence or two, if given.
    public var summary: String?
    /// Its topics, in order.
    public var topics: [Topic]
    /// `x-` keys, as written.
    public var extensions: [ExtensionField]
    /// Where the section's `id` is written (the start of its entry when it has no id).
    public var location: SourceLocation

    /// Makes a section.
    public init(id: String, title: String, summary: String? = nil, topics: [Topic] = [],
                extensions: [ExtensionField] = [], location: SourceLocation = .unknown) {
        self.id = id
        self.title = title
        self.summary = summary
        self.topics = topics
        self.extensions = extensions
        self.location = location
    }
}
