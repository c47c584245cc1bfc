/// A resource entry exactly as decoded: every field optional, every value located.
public struct ResourceDraft: Sendable, Equatable {
    public var title: Located<String>?
    public var url: Located<String>?
    public var type: Located<String>?
    public var provider: Located<String>?
    public var free: Located<Bool>?
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
