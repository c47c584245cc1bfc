/// A resource as plugins see it.
public struct ResourceDocument: Sendable, Equatable, Codable {
    public var title: String
    public var url: String?
    public var type: String?
    public var provider: String?
    public var free: Bool?
    public var extensions: [String: ExtensionValue]?

    /// Makes a resource document.
    public init(title: String, url: String? = nil, type: String? = nil, provider: String? = nil, free: Bool? = nil,
                extensions: [String: ExtensionValue]? = nil) {
        self.title = title
        self.url = url
        self.type = type
        self.provider = provider
        self.free = free
        self.extensions = extensions
    }
}
