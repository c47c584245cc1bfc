/// Which template uses which partial: a partial that includes itself, through others or not,
/// renders without end (an error naming the first cycle found, at the use that closes it), and the nesting
/// of sections through partials must stay within ``TemplateScan/maxDepth`` (each use adds the
/// depth of the partial to the depth it is used at). Linear in the uses.
struct PartialGraph {
    let sources: [TemplateSource]
    let scans: [TemplateScan]
    let indexOfName: [String: Int]

    func problems() -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        // 0 unvisited, 1 on the path, 2 done; the depth of each finished source.
        var state = [Int](repeating: 0, count: sources.count)
        var depth = [Int](repeating: 0, count: sources.count)
        var path: [Int] = []
        var reportedDepth = false
        var reportedCycle = false

        /// Adds the depth of `partial`, finished, to that of `user` at `use`; past the limit, an error at the use.
        func account(_ use: TemplateScan.PartialUse, in user: Int, of partial: Int) {
            depth[user] = max(depth[user], use.depth + depth[partial])
            guard depth[user] > TemplateScan.maxDepth, !reportedDepth else { return }
            reportedDepth = true
            problems.append(TemplateProblem(source: user, line: use.place.line, column: use.place.column,
                                            message: "expected sections nested at most \(TemplateScan.maxDepth) deep, counting those of the partials used inside them, found deeper ones through `\(use.name)`",
                                            isError: true))
        }

        // Iterative depth-first search (a chain of a thousand partials must not recurse).
        var stack: [(source: Int, use: Int)] = [(0, 0)]
        state[0] = 1
        path.append(0)
        while let (source, useIndex) = stack.last {
            let uses = scans[source].partials
            guard useIndex < uses.count else {
                stack.removeLast()
                path.removeLast()
                state[source] = 2
                depth[source] = max(depth[source], scans[source].maxDepth)
                if let (parent, parentUse) = stack.last {
                    account(scans[parent].partials[parentUse - 1], in: parent, of: source)
                }
                continue
            }
            stack[stack.count - 1].use += 1
            let use = uses[useIndex]
            guard let target = indexOfName[use.name] else { continue }
            switch state[target] {
            case 0:
                state[target] = 1
                path.append(target)
                stack.append((target, 0))
            case 1:
                // One cycle is enough to refuse the template (and reporting each would copy the
                // path once a use).
                guard !reportedCycle else { continue }
                reportedCycle = true
                let cycle = path[(path.firstIndex(of: target) ?? 0)...].map { sources[$0].name } + [use.name]
                problems.append(TemplateProblem(source: source, line: use.place.line, column: use.place.column,
                                                message: "expected partials that end, found `\(use.name)` including itself (\(cycle.joined(separator: " → "))): it would render without end",
                                                isError: true))
            default:
                account(use, in: source, of: target)
            }
        }
        return problems
    }
}
