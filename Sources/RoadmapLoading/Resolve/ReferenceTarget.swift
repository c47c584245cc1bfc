import RoadmapModel

/// What a `requires` or `same-as` entry names, once resolved by ``RoadmapCatalogue``.
public enum ReferenceTarget: Sendable, Hashable {
    /// A topic of a roadmap loaded together with the one that names it: the index of its
    /// ``TopicNode`` in ``RoadmapCatalogue/nodes``.
    case input(node: Int)
    /// A topic of a roadmap beyond the inputs (from a roadmap folder or bundled), by the
    /// roadmap's id and the topic's id (an alias resolved to the id).
    case beyond(TopicReference)
}
