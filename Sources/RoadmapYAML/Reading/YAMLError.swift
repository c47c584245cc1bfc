/// A problem that stops reading a YAML text: a syntax error, or input the reading policy refuses.
///
/// The message says what was expected and what was found; the mark says where.
public struct YAMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of problem, for callers that react to some of them.
    public enum Kind: String, Sendable {
        case syntax
        case encoding
        case empty
        case multipleDocuments
        case anchor
        case alias
        case mergeKey
        case tag
        case complexKey
        case tooDeep
        case tooLarge
    }

    /// What kind of problem this is.
    public var kind: Kind
    /// What went wrong, in a sentence without a trailing period.
    public var message: String
    /// Where it went wrong.
    public var mark: YAMLMark

    /// Makes an error.
    public init(_ kind: Kind, _ message: String, at mark: YAMLMark) {
        self.kind = kind
        self.message = message
        self.mark = mark
    }

    public var description: String { "\(mark): \(message)" }
}
