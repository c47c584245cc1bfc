import RoadmapPlugin

/// `dot`: the prerequisite graph in Graphviz DOT, topics clustered by part or section, only the
/// edges no other path implies, each roadmap's topics in its colour (with a legend), shared
/// topics with a thick border, prerequisites outside the document dashed; ids and labels are
/// quoted and escaped.
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
        case .diff, .plan, .overlap: throw .unsupported(self, document.kind)
        }
        let several = graph.roadmaps.count > 1
        var out = "digraph \(Self.quoted(name)) {\n  rankdir=LR;\n  newrank=true;\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n"
        out += "  edge [color=\"#666666\"];\n"
        let ordered = graph.groups.count > 1
        for (groupIndex, group) in graph.groups.enumerated() {
            out += "  subgraph \"cluster_\(groupIndex + 1)\" {\n    label=\(Self.quoted(group.title));\n    style=rounded;\n    color=\"#bbbbbb\";\n"
            if ordered { out += "    \"part:\(groupIndex + 1)\" [shape=point, style=invis, width=0, label=\"\"];\n" }
            for node in group.nodes {
                out += "    \(Self.quoted(graph.ids[node])) [\(Self.attributes(node, graph, several: several))];\n"
            }
            out += "  }\n"
        }
        for node in graph.external {
            out += "  \(Self.quoted(graph.ids[node])) [label=\(Self.quoted(graph.titles[node] + " (not merged)")), style=\"rounded,dashed\", color=\"#888888\", fontcolor=\"#555555\"];\n"
        }
        for edge in graph.edges {
            out += "  \(Self.quoted(graph.ids[edge.from])) -> \(Self.quoted(graph.ids[edge.to]));\n"
        }
        // Parts (or sections) left to right in their order: each has an invisible head before
        // all its topics, and each head comes after the one before, so that a part's box starts
        // right of the previous one's and holds every topic of its own.
        if ordered {
            for (groupIndex, group) in graph.groups.enumerated() {
                let head = Self.quoted("part:\(groupIndex + 1)")
                if groupIndex > 0 { out += "  \(Self.quoted("part:\(groupIndex)")) -> \(head) [style=invis, weight=10];\n" }
                for node in group.nodes { out += "  \(head) -> \(Self.quoted(graph.ids[node])) [style=invis];\n" }
            }
        }
        if several {
            // The legend: one box a roadmap in its colour, and what a shared topic looks like.
            out += "  subgraph \"cluster_legend\" {\n    label=\"Roadmaps\";\n    style=rounded;\n    color=\"#bbbbbb\";\n"
            for (index, roadmap) in graph.roadmaps.enumerated() {
                out += "    \(Self.quoted("legend:" + roadmap)) [label=\(Self.quoted(roadmap)), fillcolor=\"\(GraphOutline.roadmapColours[index % GraphOutline.roadmapColours.count])\"];\n"
            }
            out += "    \"legend:shared\" [label=\"shared by several\", penwidth=3];\n  }\n"
        }
        return out + "}\n"
    }

    /// A topic node's label and look: its first roadmap's colour, a thick border when shared.
    static func attributes(_ node: Int, _ graph: GraphOutline, several: Bool) -> String {
        var parts = ["label=\(quoted(graph.label(node)))"]
        if several, let first = graph.nodeRoadmaps[node].first { parts.append("fillcolor=\"\(GraphOutline.roadmapColours[first % GraphOutline.roadmapColours.count])\"") }
        if graph.isShared(node) { parts.append("penwidth=3") }
        return parts.joined(separator: ", ")
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
