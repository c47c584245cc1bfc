import RoadmapModel
/// A resource entry exactly as decoded: every field optional, every value located.
public struct ResourceDraft: Sendable, Equatable {
    public var title: Located<String>?
    public var url: Located<String>?
    public var type: Located<String>?
    public var provider: Located<String>?
    public var free: Located<Bool>?
    public var extensions: [ExtensionField] = []
    /// Keys present with an explicit `null` (in a variant: delete the base's value), and where.
    public var nulled: [String: SourceLocation] = [:]
    /// Keys present with a value of the wrong type (already reported; not "missing").
    public var malformed: Set<String> = []
    /// Where the entry starts.
    public var location: SourceLocation

    /// An empty entry at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
