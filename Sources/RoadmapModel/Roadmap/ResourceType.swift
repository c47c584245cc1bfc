/// What kind of thing a resource is.
public enum ResourceType: String, CaseIterable, Sendable {
    case course, book, video, article, docs, tool, dataset, project, community, other
}
