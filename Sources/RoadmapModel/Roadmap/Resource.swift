/// Something to study a topic with: a course, a book, a video…
public struct Resource: Sendable, Equatable {
    /// Its title.
    public var title: String
    /// An absolute http(s) URL, if it has one.
    public var url: String?
    /// What kind of resource it is.
    public var type: ResourceType?
    /// Who offers it.
    public var provider: String?
    /// Whether it is free of charge, when known.
    public var free: Bool?
    /// `x-` keys, as written.
    public var extensions: [ExtensionField]
    /// Where it was written.
    public var location: SourceLocation

    /// Makes a resource.
    public init(title: String, url: String? = nil, type: ResourceType? = nil, provider: String? = nil,
                free: Bool? = nil, extensions: [ExtensionField] = [], location: SourceLocation = .unknown) {
        self.title = title
        self.url = url
        self.type = type
        self.provider = provider
        self.free = free
        self.extensions = extensions
        self.location = location
    }
}
