/// Checks what roadmaps say about each other: every `requires` and `same-as` names a real topic
/// (in the same roadmap, among the roadmaps loaded, or among the bundled ones), and the
/// prerequisites of the loaded roadmaps form no cycle.
public enum ReferenceChecker {
    /// Diagnostics for the references of `roadmaps`, looking up other roadmaps first among
    /// `roadmaps`, then in `library` (the bundled ones), which is only asked for when some
    /// reference names a roadmap that is not among `roadmaps`.
    public static func check(_ roadmaps: [Roadmap], library: () -> [Roadmap] = { [] }) -> [Diagnostic] {
        let loadedIDs = Set(roadmaps.map(\.id))
        let needsLibrary = roadmaps.contains { roadmap in
            roadmap.sections.contains { section in
                section.topics.contains { topic in
                    let outside = { (reference: Located<TopicReference>) in reference.value.roadmap.map { !loadedIDs.contains($0) } ?? false }
                    return topic.requires.contains(where: outside) || topic.sameAs.contains(where: outside)
                }
            }
        }
        let extra = needsLibrary ? library().filter { !loadedIDs.contains($0.id) } : []
        let known = roadmaps + extra
        let lookup = RoadmapLookup(known)
        var diagnostics: [Diagnostic] = []
        var offsets: [Int] = []
        var total = 0
        for roadmap in roadmaps {
            offsets.append(total)
            total += roadmap.topicCount
        }
        var successors = [[Int]](repeating: [], count: total)

        for (index, roadmap) in roadmaps.enumerated() {
            var node = offsets[index]
            for section in roadmap.sections {
                for topic in section.topics {
                    defer { node += 1 }
                    for reference in topic.requires {
                        switch resolve(reference, from: index, key: "requires", lookup: lookup) {
                        case .success(let target):
                            if target.roadmap < roadmaps.count { successors[node].append(offsets[target.roadmap] + target.position) }
                        case .failure(let diagnostic):
                            diagnostics.append(diagnostic)
                        }
                    }
                    for reference in topic.sameAs {
                        if reference.value.roadmap == roadmap.id {
                            diagnostics.append(.error("expected `same-as` to name a topic of another roadmap, found `\(reference.value)` in this one; use `aliases` for other names of this topic", at: reference.location))
                            continue
                        }
                        if case .failure(let diagnostic) = resolve(reference, from: index, key: "same-as", lookup: lookup) {
                            diagnostics.append(diagnostic)
                        }
                    }
                }
            }
        }

        let cycles = CycleFinder.cycles(nodeCount: total, successors: { successors[$0] })
        guard !cycles.isEmpty else { return diagnostics }
        // Names and edge locations, only to report cycles (rare): worked out now.
        var names: [String] = []
        var requires: [[Located<TopicReference>]] = []
        var roadmapOfNode: [Int] = []
        for (index, roadmap) in roadmaps.enumerated() {
            for section in roadmap.sections {
                for topic in section.topics {
                    names.append("\(roadmap.id)/\(topic.id)")
                    requires.append(topic.requires)
                    roadmapOfNode.append(index)
                }
            }
        }
        /// Where `from` first requires `to`.
        func location(from: Int, to: Int) -> SourceLocation? {
            requires[from].first { reference in
                guard case .success(let target) = resolve(reference, from: roadmapOfNode[from], key: "requires", lookup: lookup) else { return false }
                return target.roadmap < roadmaps.count && offsets[target.roadmap] + target.position == to
            }?.location
        }
        for cycle in cycles {
            diagnostics.append(cycleDiagnostic(cycle, names: names, location: location))
        }
        return diagnostics
    }

    /// The diagnostic for a prerequisite cycle: every edge with its location.
    static func cycleDiagnostic(_ cycle: [Int], names: [String], headline: String = "prerequisites form a cycle",
                                location: (Int, Int) -> SourceLocation?) -> Diagnostic {
        let path = MessageList.joined((cycle + [cycle[0]]).map { names[$0] }, separator: " → ")
        var notes: [Diagnostic.Note] = []
        for (offset, node) in cycle.enumerated() {
            let next = cycle[(offset + 1) % cycle.count]
            notes.append(.init("`\(names[node])` requires `\(names[next])` here", at: location(node, next)))
        }
        return .error("\(headline): \(path); a topic cannot be studied before itself, remove one of these `requires`",
                      at: location(cycle[0], cycle.count > 1 ? cycle[1] : cycle[0]), notes: notes)
    }

    /// The topic a reference names, or a diagnostic saying why it names none.
    static func resolve(
        _ reference: Located<TopicReference>, from roadmap: Int, key: String, lookup: RoadmapLookup
    ) -> Result<(roadmap: Int, position: Int), Diagnostic> {
        let target: Int
        if let name = reference.value.roadmap {
            guard let index = lookup.roadmapIndex(name) else {
                return .failure(.error("unknown roadmap `\(name)` in `\(key): \(reference.value)`: it is neither loaded nor bundled\(Spelling.hint(for: name, in: lookup.roadmapIDs))",
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
            return .failure(.error("expected a topic in `\(key)`, found the section `\(reference.value.topic)` of `\(roadmapID)`; `\(key)` names topics",
                                   at: reference.location))
        }
        let hint = Spelling.hint(for: reference.value.topic, in: lookup.topicIDs(in: target))
        return .failure(.error("unknown topic `\(reference.value.topic)` in `\(key)`: roadmap `\(roadmapID)` has no topic with that id or alias\(hint)",
                               at: reference.location))
    }
}
