/// The table of every source a run loaded, so that locations can stay small (a ``SourceFileID``)
/// and still print as `path:line:column`.
public struct SourceFiles: Sendable {
    private var files: [SourceFile] = []

    /// An empty table.
    public init() {}

    /// Adds a source and returns its handle.
    public mutating func add(_ file: SourceFile) -> SourceFileID {
        files.append(file)
        return SourceFileID(files.count - 1)
    }

    /// The source behind a handle, or `nil` for ``SourceFileID/none``.
    public subscript(id: SourceFileID) -> SourceFile? {
        let index = Int(id.index)
        return files.indices.contains(index) ? files[index] : nil
    }

    /// The name to print for a handle.
    public func displayName(_ id: SourceFileID) -> String {
        self[id]?.displayName ?? "<memory>"
    }

    /// `path:line:column` for a location.
    public func describe(_ location: SourceLocation) -> String {
        "\(displayName(location.file)):\(location.line):\(location.column)"
    }

    /// All handles, in the order they were added.
    public var ids: [SourceFileID] { files.indices.map(SourceFileID.init) }
}
