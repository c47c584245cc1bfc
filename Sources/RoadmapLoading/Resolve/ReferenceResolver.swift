import RoadmapModel

/// How one reference is resolved, and how a prerequisite cycle is reported: the pieces of
/// ``RoadmapCatalogue`` that the merge graph reuses for cycles closed by a merge.
package enum ReferenceResolver {
    /// The topic a reference names (its roadmap's index in `lookup` and its position there), or
    /// a diagnostic saying why it names none.
    static func resolve(
        _ reference: Located<TopicReference>, from roadmap: Int, key: String, lookup: RoadmapLookup
    ) -> Result<(roadmap: Int, position: Int), Diagnostic> {
        let target: Int
        if let name = reference.value.roadmap {
            guard let index = lookup.roadmapIndex(name) else {
                return .failure(.error(.unknownRoadmap, "unknown roadmap `\(name)` in `\(key): \(reference.value)`: it is not loaded, not in the roadmap folders and not bundled\(Spelling.hint(for: name, in: lookup.roadmapIDs + lookup.knownIDs()))",
                                       at: reference.location))
            }
            target = index
        } else {
            target = roadmap
        }
        if let position = lookup.topicPosition(in: target, named: reference.value.topic) {
            return .success((target, position))
        }
        let roadmapID = lookup.roadmaps[target].id
        if lookup.hasSection(in: target, named: reference.value.topic) {
            return .failure(.error(.sectionReference, "expected a topic in `\(key)`, found the section `\(reference.value.topic)` of `\(roadmapID)`; `\(key)` names topics",
                                   at: reference.location))
        }
        let hint = Spelling.hint(for: reference.value.topic, in: lookup.topicIDs(in: target))
        return .failure(.error(.unknownTopic, "unknown topic `\(reference.value.topic)` in `\(key)`: roadmap `\(roadmapID)` has no topic with that id or alias\(hint)",
                               at: reference.location))
    }

    /// One diagnostic per prerequisite cycle among the topics of the inputs (each roadmap's
    /// own, and those across roadmaps loaded together), before any merge.
    static func cycleDiagnostics(nodes: [TopicNode], inputs: [Roadmap], requires: [[ReferenceTarget?]]) -> [Diagnostic] {
        let successors: [[Int]] = requires.map { targets in
            targets.compactMap { if case .input(let node)? = $0 { node } else { nil } }
        }
        let cycles = CycleFinder.cycles(nodeCount: nodes.count) { successors[$0] }
        guard !cycles.isEmpty else { return [] }
        // Names and edge locations, only to report cycles (rare): worked out now.
        let names = nodes.map { "\(inputs[$0.roadmap].id)/\($0.topic.id)" }
        func location(from: Int, to: Int) -> SourceLocation? {
            zip(nodes[from].topic.requires, requires[from]).first { $0.1 == .input(node: to) }?.0.location
        }
        return cycles.map { cycleDiagnostic($0, names: names, location: location) }
    }

    /// The diagnostic for a prerequisite cycle: every edge with its location.
    package static func cycleDiagnostic(_ cycle: [Int], names: [String], headline: String = "prerequisites form a cycle",
                                        location: (Int, Int) -> SourceLocation?) -> Diagnostic {
        let path = MessageList.joined((cycle + [cycle[0]]).map { names[$0] }, separator: " → ")
        var notes: [Diagnostic.Note] = []
        for (offset, node) in cycle.enumerated() {
            let next = cycle[(offset + 1) % cycle.count]
            notes.append(.init("`\(names[node])` requires `\(names[next])` here", at: location(node, next)))
        }
        return .error(.prerequisiteCycle, "\(headline): \(path); a topic cannot be studied before itself, remove one of these `requires`",
                      at: location(cycle[0], cycle.count > 1 ? cycle[1] : cycle[0]), notes: notes)
    }
}
