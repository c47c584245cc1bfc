/// Building a tree to write, for callers that make YAML from values rather than read it:
/// what they build is written by ``YAMLCommentedWriter``, the one writer, so it comes out in
/// the same layout as `roadmap fmt` gives a file.
extension YAMLCommentedNode {
    /// A string, written as text: quoted only where a plain scalar would change its meaning or
    /// type, folded when long, a literal block when it has line breaks.
    /// (Marked as quoted, so that `~` or an empty string stays a string, never a null.)
    public static func text(_ value: String) -> YAMLCommentedNode {
        YAMLCommentedNode(.scalar(YAMLScalar(value: value, mark: .start, style: .singleQuoted)), role: .text)
    }

    /// A number, boolean or null, written as given (`40`, `2.5`, `true`, `null`).
    public static func literal(_ value: String) -> YAMLCommentedNode {
        YAMLCommentedNode(.scalar(YAMLScalar(value: value, mark: .start)))
    }

    /// A list of values.
    public static func list(_ items: [YAMLCommentedNode]) -> YAMLCommentedNode {
        YAMLCommentedNode(.sequence(items.map { YAMLCommentedItem(value: $0) }))
    }

    /// A mapping, keys in the order given; each key is text (quoted only where a plain key
    /// would read otherwise: `"yes"`, `"1"`, `"a: b"`).
    public static func mapping(_ pairs: [(key: String, value: YAMLCommentedNode)]) -> YAMLCommentedNode {
        YAMLCommentedNode(.mapping(pairs.map {
            YAMLCommentedEntry(key: YAMLScalar(value: $0.key, mark: .start, style: .singleQuoted), value: $0.value)
        }))
    }
}
