/// A position in a YAML text: 1-based line and 1-based column, counted in characters.
///
/// libyaml counts from 0; the reader converts once, at the boundary, so every
/// mark that leaves this module is 1-based.
public struct YAMLMark: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, in Unicode scalars (characters as an editor shows them).
    public var column: Int { Int(storedColumn) }

    private let storedLine: UInt32
    private let storedColumn: UInt32

    /// Makes a mark from 1-based line and column.
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: max(line, 1))
        storedColumn = UInt32(clamping: max(column, 1))
    }

    /// The top of the text, line 1, column 1.
    public static let start = YAMLMark(line: 1, column: 1)

    public static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    public var description: String { "\(line):\(column)" }
}
