import RoadmapPlugin

/// `markdown`: GitHub-flavoured Markdown. A curriculum comes with totals first, then a stage
/// graph, then stage by stage every topic once with where it comes from, its prerequisites,
/// hours and resources as links; a roadmap comes section by section. All user text is escaped.
public struct MarkdownPlugin: OutputPlugin {
    public let name = "markdown"
    public let summary = "GitHub-flavoured Markdown: parts or sections as headings, resources as links."
    public let kinds = DocumentKind.allCases
    public let fileExtension = "md"

    /// The largest curriculum that gets a Mermaid stage graph (beyond it the graph does not help).
    public static let maxTopicsForGraph = 80

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        switch document {
        case .curriculum(let curriculum): CurriculumMarkdown.render(curriculum, withGraph: curriculum.topics.count <= Self.maxTopicsForGraph)
        case .roadmap(let roadmap): RoadmapMarkdown.render(roadmap)
        case .diff(let diff): DiffMarkdown.render(diff)
        }
    }
}
