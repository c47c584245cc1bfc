/// Where something was written, as plugins see it: the file as named in messages, and 1-based line and column.
public struct DocumentLocation: Sendable, Equatable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    /// Makes a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
