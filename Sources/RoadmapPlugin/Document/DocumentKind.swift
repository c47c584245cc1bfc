/// What a plugin document describes.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// One roadmap, loaded and resolved.
    case roadmap
    /// Several roadmaps merged into one curriculum.
    case curriculum
    /// What changed between two roadmaps.
    case diff
    /// The topics left of a curriculum on dated study sessions. Since 1.2.
    case plan
    /// How much of each roadmap a learner of another already covers. Since 1.2.
    case overlap
}
