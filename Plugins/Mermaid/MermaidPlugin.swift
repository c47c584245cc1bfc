import RoadmapPlugin

/// `mermaid`: the prerequisite graph as a Mermaid flowchart, topics grouped by part (a
/// curriculum) or by section (a roadmap), only the edges no other path implies, each roadmap's
/// topics in its colour with a legend, shared ones with a thick border, prerequisites outside
/// the document dashed; every label escaped for Mermaid.
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
        let several = graph.roadmaps.count > 1
        var out = "flowchart LR\n"
        for (groupIndex, group) in graph.groups.enumerated() {
            out += "  subgraph g\(groupIndex + 1)[\"\(Self.label(group.title))\"]\n"
            for node in group.nodes {
                out += "    t\(node)[\"\(Self.label(graph.titles[node]))\"]\n"
            }
            out += "  end\n"
        }
        for node in graph.external {
            out += "  t\(node)[\"\(Self.label(graph.titles[node] + " (not merged)"))\"]:::external\n"
        }
        for edge in graph.edges {
            out += "  t\(edge.from) --> t\(edge.to)\n"
        }
        if several {
            out += "  subgraph legend[\"Roadmaps\"]\n"
            for (index, roadmap) in graph.roadmaps.enumerated() {
                out += "    l\(index)[\"\(Self.label(roadmap))\"]:::r\(index % Self.palette.count)\n"
            }
            out += "    lshared[\"shared by several\"]:::shared\n  end\n"
            for index in Self.palette.indices { out += "  classDef r\(index) fill:\(Self.palette[index])\n" }
            // Each topic in its first roadmap's colour; shared ones with a thick border.
            var byClass: [String: [Int]] = [:]
            let external = Set(graph.external)
            for node in 0..<graph.ids.count where !external.contains(node) {
                if let first = graph.nodeRoadmaps[node].first { byClass["r\(first % Self.palette.count)", default: []].append(node) }
            }
            for name in byClass.keys.sorted() {
                out += "  class \(byClass[name]!.map { "t\($0)" }.joined(separator: ",")) \(name)\n"
            }
            let shared = (0..<graph.ids.count).filter(graph.isShared)
            if !shared.isEmpty { out += "  class \(shared.map { "t\($0)" }.joined(separator: ",")) shared\n" }
            out += "  classDef shared stroke-width:3px\n"
        }
        if !graph.external.isEmpty { out += "  classDef external stroke-dasharray:5 5,color:#555\n" }
        return out
    }

    /// Fill colours, one a roadmap in the order given (the DOT plugin's).
    static let palette = ["#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#ede9fe", "#ccfbf1", "#fee2e2", "#e5e7eb"]

    /// Text for a quoted Mermaid label (``PlainText/mermaidLabel(_:)``).
    static func label(_ text: String) -> String { PlainText.mermaidLabel(text) }
}
