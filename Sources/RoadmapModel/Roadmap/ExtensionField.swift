import RoadmapYAML

/// A key starting with `x-` and its value, kept as written and passed to plugins untouched.
public struct ExtensionField: Sendable, Equatable {
    /// The key, `x-…`.
    public var key: String
    /// The value as written.
    public var value: YAMLNode
    /// Where the key was written.
    public var location: SourceLocation

    /// Makes an extension field.
    public init(key: String, value: YAMLNode, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }
}
