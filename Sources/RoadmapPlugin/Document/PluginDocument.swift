/// The versioned document every output plugin receives: the public contract of the tool.
///
/// In JSON it carries `"roadmap-api-version": [MAJOR, MINOR]` and a `kind`. Adding fields is
/// a new minor version; renaming or dropping one is a new major version.
public enum PluginDocument: Sendable, Equatable {
    case roadmap(RoadmapDocument)
    case curriculum(CurriculumDocument)
    case diff(DiffDocument)
    case plan(PlanDocument)
    case overlap(OverlapDocument)

    /// The version of the document format this build writes.
    public static let apiVersion = [1, 3]

    /// The `roadmap-api-version` it carries (``apiVersion`` for a document this build made).
    public var documentVersion: [Int] {
        switch self {
        case .roadmap(let document): document.apiVersion
        case .curriculum(let document): document.apiVersion
        case .diff(let document): document.apiVersion
        case .plan(let document): document.apiVersion
        case .overlap(let document): document.apiVersion
        }
    }

    /// Its kind.
    public var kind: DocumentKind {
        switch self {
        case .roadmap: .roadmap
        case .curriculum: .curriculum
        case .diff: .diff
        case .plan: .plan
        case .overlap: .overlap
        }
    }
}
