import RoadmapYAML

/// Where something is in a user's file: the file, and a 1-based line and column.
public struct SourceLocation: Hashable, Comparable, Sendable {
    /// The file.
    public var file: SourceFileID
    /// The 1-based line and column in it.
    public var mark: YAMLMark

    /// Makes a location.
    public init(file: SourceFileID, mark: YAMLMark) {
        self.file = file
        self.mark = mark
    }

    /// The 1-based line.
    public var line: Int { mark.line }
    /// The 1-based column.
    public var column: Int { mark.column }

    /// A location for values made in memory, which no file holds.
    public static let unknown = SourceLocation(file: .none, mark: .start)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.mark) < (rhs.file, rhs.mark)
    }
}
