import RoadmapPlugin

/// `mermaid`: the prerequisite graph as a Mermaid flowchart, topics grouped by stage (a
/// curriculum) or by section (a roadmap); every label escaped for Mermaid.
public struct MermaidPlugin: OutputPlugin {
    public let name = "mermaid"
    public let summary = "The prerequisite graph as a Mermaid flowchart, grouped by part or section."
    public let kinds: [DocumentKind] = [.roadmap, .curriculum]
    public let fileExtension = "mmd"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        let graph: GraphOutline
        switch document {
        case .curriculum(let curriculum): graph = GraphOutline(curriculum)
        case .roadmap(let roadmap): graph = GraphOutline(roadmap)
        case .diff: throw .unsupported(self, .diff)
        }
        var out = "flowchart LR\n"
        for (groupIndex, group) in graph.groups.enumerated() {
            out += "  subgraph g\(groupIndex + 1)[\"\(Self.label(group.title))\"]\n"
            for node in group.nodes {
                out += "    t\(node)[\"\(Self.label(graph.titles[node]))\"]\n"
            }
            out += "  end\n"
        }
        for edge in graph.edges {
            out += "  t\(edge.from) --> t\(edge.to)\n"
        }
        return out
    }

    /// Text for a quoted Mermaid label (``PlainText/mermaidLabel(_:)``).
    static func label(_ text: String) -> String { PlainText.mermaidLabel(text) }
}
