/// A small handle naming one loaded source file in a ``SourceFiles`` table.
public struct SourceFileID: Hashable, Comparable, Sendable {
    /// The index in the table.
    public let index: UInt32

    /// Makes a handle from a table index.
    public init(_ index: Int) { self.index = UInt32(index) }

    /// A handle for values that come from no file (built in memory).
    public static let none = SourceFileID(Int(UInt32.max))

    public static func < (lhs: SourceFileID, rhs: SourceFileID) -> Bool { lhs.index < rhs.index }
}
