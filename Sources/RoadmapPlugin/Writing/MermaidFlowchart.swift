/// The Mermaid flowchart of a ``GraphOutline``, for every plugin that draws one (`mermaid`, and
/// the graph in `markdown`): topics grouped in subgraphs by part or section and kept left to
/// right in their order, the reduced `requires` edges, each roadmap's topics in its colour with
/// a legend, shared ones with a thick border, prerequisites outside the document dashed; every
/// label escaped (``PlainText/mermaidLabel(_:)``).
public enum MermaidFlowchart {
    /// The flowchart's text, starting `flowchart LR`, each line ending in a line break.
    public static func render(_ graph: GraphOutline) -> String {
        let several = graph.roadmaps.count > 1
        var out = "flowchart LR\n"
        for (groupIndex, group) in graph.groups.enumerated() {
            let title = PlainText.abbreviated(group.title, limit: groupTitleLimit)
            out += "  subgraph g\(groupIndex + 1)[\"\(PlainText.mermaidLabel(title))\"]\n"
            for node in group.nodes {
                out += "    t\(node)[\"\(PlainText.mermaidLabel(graph.label(node)))\"]\n"
            }
            out += "  end\n"
        }
        // Mermaid places subgraphs by their edges alone; invisible links keep the parts (or
        // sections) left to right in their order.
        if graph.groups.count > 1 {
            out += "  " + graph.groups.indices.map { "g\($0 + 1)" }.joined(separator: " ~~~ ") + "\n"
        }
        for node in graph.external {
            out += "  t\(node)[\"\(PlainText.mermaidLabel(graph.titles[node] + " (not merged)"))\"]:::external\n"
        }
        for edge in graph.edges {
            out += "  t\(edge.from) --> t\(edge.to)\n"
        }
        if several {
            out += "  subgraph legend[\"Roadmaps\"]\n"
            for (index, roadmap) in graph.roadmaps.enumerated() {
                out += "    l\(index)[\"\(PlainText.mermaidLabel(roadmap))\"]:::r\(index % GraphOutline.roadmapColours.count)\n"
            }
            out += "    lshared[\"shared by several\"]:::shared\n  end\n"
            for index in GraphOutline.roadmapColours.indices { out += "  classDef r\(index) fill:\(GraphOutline.roadmapColours[index])\n" }
            // Each topic in its first roadmap's colour; shared ones with a thick border.
            var byClass: [String: [Int]] = [:]
            let external = Set(graph.external)
            for node in 0..<graph.ids.count where !external.contains(node) {
                if let first = graph.nodeRoadmaps[node].first { byClass["r\(first % GraphOutline.roadmapColours.count)", default: []].append(node) }
            }
            for (name, nodes) in byClass.sorted(by: { $0.key < $1.key }) {
                out += "  class \(nodes.map { "t\($0)" }.joined(separator: ",")) \(name)\n"
            }
            let shared = (0..<graph.ids.count).filter(graph.isShared)
            if !shared.isEmpty { out += "  class \(shared.map { "t\($0)" }.joined(separator: ",")) shared\n" }
            out += "  classDef shared stroke-width:3px\n"
        }
        if !graph.external.isEmpty { out += "  classDef external stroke-dasharray:5 5,color:#555\n" }
        return out
    }

    /// Mermaid's default limits (its `maxTextSize` and `maxEdges`), which GitHub keeps: a
    /// flowchart past either is not drawn there.
    public static let defaultMaxTextSize = 50_000
    public static let defaultMaxEdges = 500

    /// True when Mermaid with its default limits draws `text`, a flowchart of `graph`.
    public static func fitsDefaultLimits(_ text: String, _ graph: GraphOutline) -> Bool {
        text.utf8.count <= defaultMaxTextSize && graph.edges.count + graph.groups.count <= defaultMaxEdges
    }

    /// Subgraph titles longer than this are cut at a word: Mermaid wraps a long title over the
    /// nodes below it (the full title is in the Markdown heading).
    static let groupTitleLimit = 24
}
