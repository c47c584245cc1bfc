import RoadmapPlugin

/// The prerequisite graph drawn as inline SVG by the page itself: topic boxes in layers that
/// follow the groups (parts or sections) left to right, each group as many columns as its
/// longest chain of `requires` inside it, boxes in a column ordered by a few barycentre sweeps
/// to reduce crossings; the reduced edges of ``GraphOutline``; one colour a roadmap, shared
/// topics with a thick border, prerequisites outside the document dashed in a column of their
/// own. Deterministic: ties keep the document's order.
struct GraphPicture {
    /// Past this many nodes a picture no longer helps: the page shows the parts instead.
    static let maxNodes = 600

    static let boxWidth = 176
    static let boxHeight = 46
    static let columnGap = 56
    static let rowGap = 14
    static let margin = 16
    static let groupLabelHeight = 34

    let graph: GraphOutline
    /// For each node, its column; columns in order, each with its nodes top to bottom.
    private(set) var column: [Int]
    private(set) var columns: [[Int]]
    /// The first and last column of each group.
    private(set) var groupColumns: [ClosedRange<Int>]

    init(_ graph: GraphOutline) {
        self.graph = graph
        let count = graph.ids.count
        var predecessors = [[Int]](repeating: [], count: count)
        var successors = [[Int]](repeating: [], count: count)
        for edge in graph.edges {
            predecessors[edge.to].append(edge.from)
            successors[edge.from].append(edge.to)
        }
        var groupOf = [Int](repeating: -1, count: count)
        for (index, group) in graph.groups.enumerated() { for node in group.nodes { groupOf[node] = index } }
        // Columns: the external prerequisites first (when there are any), then each group's own.
        column = [Int](repeating: 0, count: count)
        var next = graph.external.isEmpty ? 0 : 1
        groupColumns = []
        for (index, group) in graph.groups.enumerated() {
            // Each node's longest chain of prerequisites inside the group, in a topological order
            // of the group (Kahn): a section may list a topic before one it requires.
            var waiting: [Int: Int] = [:]
            for node in group.nodes { waiting[node] = predecessors[node].filter { groupOf[$0] == index }.count }
            var order = group.nodes.filter { waiting[$0] == 0 }
            var head = 0
            while head < order.count {
                for dependent in successors[order[head]] where groupOf[dependent] == index {
                    waiting[dependent, default: 0] -= 1
                    if waiting[dependent] == 0 { order.append(dependent) }
                }
                head += 1
            }
            if order.count < group.nodes.count {   // a cycle (validation forbids it): the rest as listed
                let placed = Set(order)
                order += group.nodes.filter { !placed.contains($0) }
            }
            var depth: [Int: Int] = [:]
            var deepest = 0
            for node in order {
                let inside = predecessors[node].compactMap { groupOf[$0] == index ? depth[$0] : nil }
                let level = (inside.max() ?? -1) + 1
                depth[node] = level
                deepest = max(deepest, level)
                column[node] = next + level
            }
            groupColumns.append(next...(next + (group.nodes.isEmpty ? 0 : deepest)))
            next += group.nodes.isEmpty ? 1 : deepest + 1
        }
        columns = [[Int]](repeating: [], count: max(next, 1))
        for node in 0..<count { columns[column[node]].append(node) }
        sweep(predecessors: predecessors, successors: successors)
    }

    /// Four barycentre sweeps, left to right by prerequisites and right to left by dependents.
    private mutating func sweep(predecessors: [[Int]], successors: [[Int]]) {
        var row = [Int](repeating: 0, count: column.count)
        func number() { for nodes in columns { for (position, node) in nodes.enumerated() { row[node] = position } } }
        number()
        for pass in 0..<4 {
            let leftToRight = pass % 2 == 0
            for index in (leftToRight ? Array(columns.indices) : columns.indices.reversed()) {
                let neighbours = leftToRight ? predecessors : successors
                let keyed = columns[index].map { node -> (key: Double, position: Int, node: Int) in
                    let placed = neighbours[node].filter { column[$0] != index }
                    let key = placed.isEmpty ? Double(row[node]) : Double(placed.map { row[$0] }.reduce(0, +)) / Double(placed.count)
                    return (key, row[node], node)
                }
                columns[index] = keyed.sorted { ($0.key, $0.position, $0.node) < ($1.key, $1.position, $1.node) }.map(\.node)
                for (position, node) in columns[index].enumerated() { row[node] = position }
            }
        }
    }

    var width: Int { Self.margin * 2 + columns.count * Self.boxWidth + max(0, columns.count - 1) * Self.columnGap }
    var height: Int {
        Self.margin * 2 + Self.groupLabelHeight + (columns.map(\.count).max() ?? 0) * (Self.boxHeight + Self.rowGap)
    }

    func x(_ node: Int) -> Int { Self.margin + column[node] * (Self.boxWidth + Self.columnGap) }
    func y(_ node: Int, row: Int) -> Int { Self.margin + Self.groupLabelHeight + row * (Self.boxHeight + Self.rowGap) }

    /// The SVG element. `anchor` gives a node's card link (nil: no card, as for external nodes).
    func svg(title: String, anchor: (Int) -> String?) -> String {
        var rowOf = [Int](repeating: 0, count: column.count)
        for nodes in columns { for (position, node) in nodes.enumerated() { rowOf[node] = position } }
        var out = "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"graph-title\">\n"
        out += "<title id=\"graph-title\">\(HTMLText.escaped(title))</title>\n"
        out += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>\n"
        // Group backgrounds, with their titles.
        out += "<g class=\"groups\">\n"
        for (index, group) in graph.groups.enumerated() {
            let range = groupColumns[index]
            let left = Self.margin + range.lowerBound * (Self.boxWidth + Self.columnGap) - Self.columnGap / 4
            let right = Self.margin + range.upperBound * (Self.boxWidth + Self.columnGap) + Self.boxWidth + Self.columnGap / 4
            out += "<rect class=\"group\" x=\"\(left)\" y=\"\(Self.margin / 2)\" width=\"\(right - left)\" height=\"\(height - Self.margin)\" rx=\"10\"/>"
            let label = PlainText.abbreviated(group.title, limit: max(12, (right - left) / 8))
            out += "<text class=\"group-label\" x=\"\(left + 10)\" y=\"\(Self.margin / 2 + 22)\">\(HTMLText.escaped(label))<title>\(HTMLText.escaped(group.title))</title></text>\n"
        }
        out += "</g>\n<g class=\"edges\">\n"
        for edge in graph.edges {
            let x1 = x(edge.from) + Self.boxWidth, y1 = y(edge.from, row: rowOf[edge.from]) + Self.boxHeight / 2
            let x2 = x(edge.to), y2 = y(edge.to, row: rowOf[edge.to]) + Self.boxHeight / 2
            let bend = max(24, (x2 - x1) / 2)
            out += "<path class=\"edge\" data-from=\"\(edge.from)\" data-to=\"\(edge.to)\" d=\"M \(x1) \(y1) C \(x1 + bend) \(y1), \(x2 - bend) \(y2), \(x2) \(y2)\" marker-end=\"url(#arrow)\"/>\n"
        }
        out += "</g>\n<g class=\"nodes\">\n"
        let external = Set(graph.external)
        for node in 0..<column.count {
            let left = x(node), top = y(node, row: rowOf[node])
            var classes = ["node"]
            if external.contains(node) {
                classes.append("external")
            } else if graph.roadmaps.count > 1, let first = graph.nodeRoadmaps[node].first {
                classes.append("r\(first % GraphOutline.roadmapColours.count)")
            } else {
                classes.append("r0")
            }
            if graph.isShared(node) { classes.append("shared") }
            let label = external.contains(node) ? graph.titles[node] + " (not merged)" : graph.titles[node]
            var box = "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(Self.boxWidth)\" height=\"\(Self.boxHeight)\" rx=\"6\"/>"
            let lines = Self.lines(label)
            let first = top + Self.boxHeight / 2 - (lines.count - 1) * 8 + 5
            box += "<text x=\"\(left + Self.boxWidth / 2)\" y=\"\(first)\">"
            for (index, line) in lines.enumerated() {
                box += "<tspan x=\"\(left + Self.boxWidth / 2)\" y=\"\(first + index * 16)\">\(HTMLText.escaped(line))</tspan>"
            }
            box += "</text><title>\(HTMLText.escaped(label))</title>"
            if let anchor = anchor(node) {
                out += "<a class=\"\(classes.joined(separator: " "))\" data-node=\"\(node)\" data-card=\"\(anchor)\" href=\"#\(anchor)\">\(box)</a>\n"
            } else {
                out += "<g class=\"\(classes.joined(separator: " "))\" data-node=\"\(node)\">\(box)</g>\n"
            }
        }
        return out + "</g>\n</svg>"
    }

    /// A title in at most two lines of about 24 characters, cut at words, "…" when cut.
    static func lines(_ title: String, width: Int = 24) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in PlainText.singleLine(title).split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
                if lines.count == 2 { break }
            }
        }
        if lines.count < 2, !current.isEmpty { lines.append(current) } else if lines.count == 2, !current.isEmpty {
            lines[1] = PlainText.abbreviated(lines[1] + " " + current, limit: width)
        }
        return lines.map { PlainText.abbreviated($0, limit: width + 2) }
    }
}
