import RoadmapYAML

/// YAML scalars for text the CLI writes itself.
enum YAMLText {
    /// `text` quoted only where a plain scalar would change meaning or type.
    static func scalar(_ text: String) -> String { YAMLQuoting.scalar(text) }
}
