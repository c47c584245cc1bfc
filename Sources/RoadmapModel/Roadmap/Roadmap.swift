/// A valid roadmap: decoded, its variant edits applied, and checked against format 1.
public struct Roadmap: Sendable, Equatable {
    /// The slug that names it, and that `ROADMAP/ID` references use.
    public var id: String
    /// Its title.
    public var title: String
    /// A sentence or two, if given.
    public var summary: String?
    /// Where it comes from (an absolute http(s) URL), if given.
    public var source: String?
    /// Its authors.
    public var authors: [String]
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, if given.
    public var published: String?
    /// Ids of linked roadmaps.
    public var related: [String]
    /// The ids of the roadmaps it was made from (`extends`), in order: one for a variant,
    /// several for a composition (a variant of their merge), none for a plain roadmap.
    public var bases: [String]
    /// The one roadmap a variant was made from (`nil` for a plain roadmap and for a composition).
    public var extends: String? { bases.count == 1 ? bases[0] : nil }
    /// Its sections, in order of study.
    public var sections: [Section]
    /// `x-` keys, as written.
    public var extensions: [ExtensionField]
    /// Where the roadmap's `id` was written (the file that defines it).
    public var location: SourceLocation

    /// Makes a roadmap.
    public init(id: String, title: String, summary: String? = nil, source: String? = nil,
                authors: [String] = [], published: String? = nil, related: [String] = [],
                bases: [String] = [], sections: [Section] = [], extensions: [ExtensionField] = [],
                location: SourceLocation = .unknown) {
        self.id = id
        self.title = title
        self.summary = summary
        self.source = source
        self.authors = authors
        self.published = published
        self.related = related
        self.bases = bases
        self.sections = sections
        self.extensions = extensions
        self.location = location
    }

    /// Every topic, section by section, in order.
    public var topics: [Topic] { sections.flatMap(\.topics) }

    /// The number of topics.
    public var topicCount: Int { sections.reduce(0) { $0 + $1.topics.count } }

    /// The number of resources.
    public var resourceCount: Int {
        sections.reduce(0) { $0 + $1.topics.reduce(0) { $0 + $1.resources.count } }
    }
}
