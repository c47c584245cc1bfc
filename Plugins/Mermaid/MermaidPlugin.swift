import RoadmapPlugin

/// `mermaid`: the prerequisite graph as a Mermaid flowchart, topics grouped by stage (a
/// curriculum) or by section (a roadmap); every label escaped for Mermaid.
public struct MermaidPlugin: OutputPlugin {
    public let name = "mermaid"
    public let summary = "The prerequisite graph as a Mermaid flowchart, grouped by stage or section."
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

    /// Text for a quoted Mermaid label: quotes, angle brackets, `&`, `#` and backticks as
    /// Mermaid entity codes, line breaks as spaces.
    static func label(_ text: String) -> String {
        var out = ""
        for character in PlainText.singleLine(text) {
            switch character {
            case "%": out += "#37;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "#": out += "#35;"
            case "`": out += "#96;"
            case "\n", "\r\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
