/// A section entry exactly as decoded.
public struct SectionDraft: Sendable, Equatable {
    public var id: Located<String>?
    public var title: Located<String>?
    public var summary: Located<String>?
    public var topics: [TopicDraft]?
    public var extensions: [ExtensionField] = []
    /// Keys present with an explicit `null`.
    public var nulled: Set<String> = []
    /// Where the entry starts.
    public var location: SourceLocation

    /// An empty entry at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
