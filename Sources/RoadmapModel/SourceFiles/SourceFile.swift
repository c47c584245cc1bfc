/// One loaded source: what to call it in messages, where it came from, and, for sources that
/// cannot be read again (bundled, standard input, git), their text.
public struct SourceFile: Sendable, Equatable {
    /// Where a source came from.
    public enum Origin: Sendable, Equatable {
        /// A file on disk, at this path.
        case file(path: String)
        /// A roadmap compiled into the tool, by id.
        case bundled(id: String)
        /// Standard input.
        case standardInput
        /// A file at a git revision: `REV:PATH`.
        case git(revision: String, path: String)
    }

    /// The name printed in diagnostics: the path as the user gave it, `<bundled>/ID.yaml`,
    /// `<stdin>` or `REV:PATH`.
    public var displayName: String
    /// Where it came from.
    public var origin: Origin
    /// The text, kept for sources that cannot be read again; `nil` for files on disk.
    public var retainedText: String?

    /// Makes a source description.
    public init(displayName: String, origin: Origin, retainedText: String? = nil) {
        self.displayName = displayName
        self.origin = origin
        self.retainedText = retainedText
    }
}
