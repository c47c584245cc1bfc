import RoadmapPlugin

/// `markdown`: GitHub-flavoured Markdown. A curriculum comes with totals first, then its graph
/// (the topics by part, or past ``maxTopicsForGraph`` the parts), then part by part every topic once with where it comes from, its prerequisites,
/// hours and resources as links; a roadmap comes section by section. All user text is escaped.
public struct MarkdownPlugin: OutputPlugin {
    public let name = "markdown"
    public let summary = "GitHub-flavoured Markdown: parts or sections as headings, resources as links."
    public let kinds = DocumentKind.allCases
    public let fileExtension = "md"

    /// The largest curriculum whose Markdown shows the topic graph; a larger one (or one past
    /// Mermaid's default limits) shows the parts and the links between them, and says so.
    public static let maxTopicsForGraph = 150

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        switch document {
        case .curriculum(let curriculum): CurriculumMarkdown.render(curriculum, maxTopicsForGraph: Self.maxTopicsForGraph)
        case .roadmap(let roadmap): RoadmapMarkdown.render(roadmap)
        case .diff(let diff): DiffMarkdown.render(diff)
        case .plan(let plan): PlanMarkdown.render(plan)
        case .overlap(let overlap): OverlapMarkdown.render(overlap)
        }
    }
}
