import RoadmapModel
/// A section entry exactly as decoded.
public struct SectionDraft: Sendable, Equatable {
    public var id: Located<String>?
    public var title: Located<String>?
    public var summary: Located<String>?
    public var topics: [TopicDraft]?
    public var extensions: [ExtensionField] = []
    /// Keys present with an explicit `null` (in a variant: delete the base's value), and where.
    public var nulled: [String: SourceLocation] = [:]
    /// Keys present with a value of the wrong type (already reported; not "missing").
    public var malformed: Set<String> = []
    /// Where the `topics` list is written.
    public var topicsLocation: SourceLocation?
    /// Where the entry starts.
    public var location: SourceLocation

    /// An empty entry at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
