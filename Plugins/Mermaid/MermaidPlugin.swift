import RoadmapPlugin

/// `mermaid`: the prerequisite graph as a Mermaid flowchart (``MermaidFlowchart``), topics
/// grouped by part (a curriculum) or by section (a roadmap), only the edges no other path
/// implies, each roadmap's topics in its colour with a legend, shared ones with a thick border,
/// prerequisites outside the document dashed; every label escaped for Mermaid.
public struct MermaidPlugin: OutputPlugin {
    public let name = "mermaid"
    public let summary = "The prerequisite graph as a Mermaid flowchart, grouped by part or section."
    public let kinds: [DocumentKind] = [.roadmap, .curriculum]
    public let fileExtension = "mmd"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        switch document {
        case .curriculum(let curriculum): MermaidFlowchart.render(GraphOutline(curriculum))
        case .roadmap(let roadmap): MermaidFlowchart.render(GraphOutline(roadmap))
        case .diff, .plan, .overlap: throw .unsupported(self, document.kind)
        }
    }
}
