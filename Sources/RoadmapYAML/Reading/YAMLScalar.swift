/// A scalar as written: its text, never coerced, its style, and an explicit core-schema tag if any.
public struct YAMLScalar: Sendable, Equatable {
    /// How the scalar was written.
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// An explicit tag of YAML's core schema (`!!str`, `!!int`, …). Other tags are refused by the reader.
    public enum CoreTag: String, Sendable, Equatable {
        case string = "str", integer = "int", float = "float", boolean = "bool", null = "null"
        case mapping = "map", sequence = "seq"
        /// The non-specific tag `!`: the scalar is a string.
        case nonSpecific = "!"
    }

    /// The text exactly as libyaml delivers it (quotes and escapes resolved, nothing coerced).
    public var value: String
    /// Where the scalar starts.
    public var mark: YAMLMark
    /// How it was written.
    public var style: Style
    /// Its explicit tag, if it has one.
    public var tag: CoreTag?

    /// Makes a scalar.
    public init(value: String, mark: YAMLMark, style: Style = .plain, tag: CoreTag? = nil) {
        self.value = value
        self.mark = mark
        self.style = style
        self.tag = tag
    }

    /// True when the core schema would read this scalar as null: a plain `~`, `null` or nothing,
    /// or any scalar tagged `!!null`.
    public var isNull: Bool {
        if tag == .null { return true }
        guard style == .plain, tag == nil else { return false }
        switch value.utf8.count {   // by length first: nearly every value is longer than four bytes
        case 0: return true
        case 1: return value == "~"
        case 4: return value == "null" || value == "Null" || value == "NULL"
        default: return false
        }
    }

    /// True when the scalar may be read as something other than a string: plain and untagged,
    /// or tagged with a non-string core tag.
    public var isUntypedOrTyped: Bool {
        switch tag {
        case nil: return style == .plain
        case .string, .nonSpecific: return false
        default: return true
        }
    }
}
