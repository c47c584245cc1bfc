/// The keys that format 1 allows on each kind of entry, in canonical order (the order `fmt` writes).
public enum FormatKeys {
    /// Top-level keys of a roadmap file.
    public static let roadmap = ["format", "id", "title", "summary", "source", "authors", "published",
                                 "related", "extends", "remove", "sections"]
    /// Keys of a section entry.
    public static let section = ["id", "title", "summary", "topics"]
    /// Keys of a topic entry (`section` only in a variant's topic edit: the section to move it to).
    public static let topic = ["id", "title", "summary", "aliases", "same-as", "requires", "tags", "level",
                               "hours", "section", "resources"]
    /// Keys of a resource entry.
    public static let resource = ["title", "url", "type", "provider", "free"]

    /// True for keys that are kept untouched for plugins: those starting with `x-`.
    public static func isExtension(_ key: String) -> Bool { key.hasPrefix("x-") }
}
