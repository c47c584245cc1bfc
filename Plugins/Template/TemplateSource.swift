/// The text of a template or partial, named as it is used: the main template by its path, a
/// partial by its file name without `.mustache` (`{{> topic}}` for `topic.mustache`).
public struct TemplateSource: Sendable, Equatable {
    /// The name.
    public var name: String
    /// The text.
    public var text: String

    /// Makes a source.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// What looking up a partial by name found.
public enum PartialLookup: Sendable, Equatable {
    /// The partial's text.
    case found(TemplateSource)
    /// No partial of that name: it renders as nothing (a warning).
    case missing
    /// A partial that is there but is not used, and why (a name outside the template's folder,
    /// a file that cannot be read or is too large): an error.
    case refused(String)
}

/// A problem with a template: which source (an index into the sources given), where (1-based
/// line and column), and what was expected and found.
public struct TemplateProblem: Sendable, Equatable {
    /// The index of the source: 0 the main template, then the partials in the order given.
    public var source: Int
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// True for an error (the template is not used); false for a warning.
    public var isError: Bool
}
