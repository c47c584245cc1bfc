/// What a plugin document describes.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// One roadmap, loaded and resolved.
    case roadmap
    /// Several roadmaps merged into one curriculum.
    case curriculum
    /// What changed between two roadmaps.
    case diff
}
