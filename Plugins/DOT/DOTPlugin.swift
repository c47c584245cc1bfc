import RoadmapPlugin

/// `dot`: the prerequisite graph in Graphviz DOT, topics clustered by part or section; ids and
/// labels are quoted and escaped.
public struct DOTPlugin: OutputPlugin {
    public let name = "dot"
    public let summary = "The prerequisite graph in Graphviz DOT, clustered by part or section."
    public let kinds: [DocumentKind] = [.roadmap, .curriculum]
    public let fileExtension = "dot"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        let graph: GraphOutline
        let name: String
        switch document {
        case .curriculum(let curriculum):
            graph = GraphOutline(curriculum)
            name = curriculum.id
        case .roadmap(let roadmap):
            graph = GraphOutline(roadmap)
            name = roadmap.id
        case .diff: throw .unsupported(self, .diff)
        }
        var out = "digraph \(Self.quoted(name)) {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n"
        for (groupIndex, group) in graph.groups.enumerated() {
            out += "  subgraph \"cluster_\(groupIndex + 1)\" {\n    label=\(Self.quoted(group.title));\n"
            for node in group.nodes {
                out += "    \(Self.quoted(graph.ids[node])) [label=\(Self.quoted(graph.titles[node]))];\n"
            }
            out += "  }\n"
        }
        for edge in graph.edges {
            out += "  \(Self.quoted(graph.ids[edge.from])) -> \(Self.quoted(graph.ids[edge.to]));\n"
        }
        return out + "}\n"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in PlainText.singleLine(text) {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
