import RoadmapModel
/// A topic entry exactly as decoded: every field optional, every value located, so that
/// variant edits can be applied before the required fields are checked.
public struct TopicDraft: Sendable, Equatable {
    public var id: Located<String>?
    public var title: Located<String>?
    public var summary: Located<String>?
    public var aliases: [Located<String>]?
    public var sameAs: [Located<String>]?
    public var requires: [Located<String>]?
    public var tags: [Located<String>]?
    public var level: Located<String>?
    public var hours: Located<Double>?
    /// In a variant's topic edit: the id of the section (of the base, or one the variant adds)
    /// to move the topic into. Nothing else may have it.
    public var section: Located<String>?
    public var resources: [ResourceDraft]?
    public var extensions: [ExtensionField] = []
    /// Keys present with an explicit `null` (in a variant: delete the base's value), and where.
    public var nulled: [String: SourceLocation] = [:]
    /// Keys present with a value of the wrong type (already reported; not "missing").
    public var malformed: Set<String> = []
    /// Where variants edited this topic, base first (empty for a topic no variant touched).
    public var edits: [SourceLocation] = []
    /// Where the entry starts.
    public var location: SourceLocation

    /// An empty entry at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
