/// A YAML document as a tree that keeps its comments and blank lines, for rewriting a file
/// without losing what libyaml drops: read with ``YAMLCommentReader``, rearranged by the
/// caller (key order, how scalars are to be written), written with ``YAMLCommentedWriter``.
///
/// Comments belong to the entries (mapping keys) and items (list entries) of the tree:
/// whole-line comments and blank lines are *leading* lines of the entry or item that follows
/// them, a comment at the end of a line is *trailing* on the entry or item of that line.
/// Comments before the first key are the document's ``header``; comments after the last one
/// are its ``footer``.
public struct YAMLCommentedDocument: Sendable, Equatable {
    /// Comment and blank lines before the first key (for example a `# yaml-language-server:` line).
    public var header: [YAMLCommentLine]
    /// The document's value.
    public var root: YAMLCommentedNode
    /// Comment and blank lines after the last value.
    public var footer: [YAMLCommentLine]

    /// Makes a document.
    public init(header: [YAMLCommentLine] = [], root: YAMLCommentedNode, footer: [YAMLCommentLine] = []) {
        self.header = header
        self.root = root
        self.footer = footer
    }
}

extension YAMLCommentedDocument {
    /// Every comment of the document (header, entries and items, footer), in document order:
    /// what `roadmap fmt` checks it kept.
    public var comments: [String] {
        var out: [String] = []
        func lines(_ lines: [YAMLCommentLine]) {
            for case .comment(let text) in lines { out.append(text) }
        }
        func visit(_ value: YAMLCommentedNode) {
            switch value.content {
            case .scalar: break
            case .sequence(let items):
                for item in items {
                    lines(item.leading)
                    out += item.trailing
                    visit(item.value)
                }
            case .mapping(let entries):
                for entry in entries {
                    lines(entry.leading)
                    out += entry.trailing
                    visit(entry.value)
                }
            }
        }
        lines(header)
        visit(root)
        lines(footer)
        return out
    }
}

/// A line kept around the values of a document: a blank line, or a whole-line comment.
public enum YAMLCommentLine: Sendable, Equatable {
    /// One or more blank lines (written as one).
    case blank
    /// A comment, from its `#` to the end of the line, trailing white space removed.
    case comment(String)
}

extension YAMLCommentLine {
    /// `lines` with every run of blank lines written as one.
    static func collapsingBlanks(_ lines: [YAMLCommentLine]) -> [YAMLCommentLine] {
        var out: [YAMLCommentLine] = []
        for line in lines where !(line == .blank && out.last == .blank) { out.append(line) }
        return out
    }
}

/// A value of a ``YAMLCommentedDocument``.
public struct YAMLCommentedNode: Sendable, Equatable {
    /// What the value is.
    public enum Content: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLCommentedItem])
        case mapping([YAMLCommentedEntry])
    }

    /// How a scalar is to be written.
    public enum Role: Sendable, Equatable {
        /// Kept as written where it can be: a plain scalar stays plain with the same text (so a
        /// number, a boolean or `yes` keeps its type and spelling), an explicit non-string tag
        /// stays; quoted and block strings get the string layout of ``text``. The default.
        case asWritten
        /// The value is a string, whatever it looks like: quoted only where a plain scalar would
        /// change its meaning or type, folded when long, a literal block when it has line breaks.
        /// A null stays the null it was written as.
        case text
    }

    /// What the value is.
    public var content: Content
    /// How its scalar is written (ignored for collections).
    public var role: Role

    /// Makes a node.
    public init(_ content: Content, role: Role = .asWritten) {
        self.content = content
        self.role = role
    }

    /// The entries, when the value is a mapping.
    public var entries: [YAMLCommentedEntry]? {
        get { if case .mapping(let entries) = content { entries } else { nil } }
        set { if let newValue { content = .mapping(newValue) } }
    }

    /// The items, when the value is a sequence.
    public var items: [YAMLCommentedItem]? {
        get { if case .sequence(let items) = content { items } else { nil } }
        set { if let newValue { content = .sequence(newValue) } }
    }

    /// The scalar, when the value is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { scalar } else { nil }
    }
}

/// A key of a mapping with its value and comments.
public struct YAMLCommentedEntry: Sendable, Equatable {
    /// The key as written.
    public var key: YAMLScalar
    /// The value.
    public var value: YAMLCommentedNode
    /// Blank and comment lines above the key.
    public var leading: [YAMLCommentLine]
    /// Comments at the end of the key's line (more than one when the value spanned lines).
    public var trailing: [String]

    /// Makes an entry.
    public init(key: YAMLScalar, value: YAMLCommentedNode, leading: [YAMLCommentLine] = [], trailing: [String] = []) {
        self.key = key
        self.value = value
        self.leading = leading
        self.trailing = trailing
    }
}

/// An item of a sequence with its comments.
public struct YAMLCommentedItem: Sendable, Equatable {
    /// The value.
    public var value: YAMLCommentedNode
    /// Blank and comment lines above the item.
    public var leading: [YAMLCommentLine]
    /// Comments at the end of the item's line.
    public var trailing: [String]

    /// Makes an item.
    public init(value: YAMLCommentedNode, leading: [YAMLCommentLine] = [], trailing: [String] = []) {
        self.value = value
        self.leading = leading
        self.trailing = trailing
    }
}
