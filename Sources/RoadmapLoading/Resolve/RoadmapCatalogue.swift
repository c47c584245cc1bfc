import RoadmapModel

/// The resolve stage's one result: the roadmaps loaded together (the inputs), the roadmaps
/// their references reach beyond them (``RoadmapLibrary``: the roadmap folders, then the
/// bundled ones), one index of ids and aliases over all of them, and every `requires` and
/// `same-as` of the inputs resolved once, to a topic or to a located error.
///
/// `validate` reports its ``diagnostics``; the merge graph, identity, the diff and the
/// suggestions read references from ``requires`` and ``sameAs`` and nothing else, so that every
/// command agrees on every input.
public struct RoadmapCatalogue: Sendable {
    /// The roadmaps loaded together, in the order given (which decides titles, ids and ties).
    public let inputs: [Roadmap]
    /// Roadmaps beyond the inputs that some reference names, in the order first needed.
    public let beyond: [Roadmap]
    /// Ids and aliases of ``inputs`` then ``beyond`` (an index `i` below `inputs.count` is an input).
    public let lookup: RoadmapLookup
    /// Every topic of every input, roadmap by roadmap in written order.
    public let nodes: [TopicNode]
    /// The index in ``nodes`` of each input's first topic.
    public let offsets: [Int]
    /// For each node, its `requires` entries in written order, each resolved (`nil`: an error in ``diagnostics``).
    public let requires: [[ReferenceTarget?]]
    /// For each node, its `same-as` entries in written order, each resolved (`nil`: an error in ``diagnostics``).
    public let sameAs: [[ReferenceTarget?]]
    /// References that name nothing, `same-as` entries that name the topic's own roadmap, and
    /// prerequisite cycles within the inputs (before any merge), each located.
    public let diagnostics: [Diagnostic]

    /// Resolves the references of `inputs` (valid roadmaps with distinct ids), looking other
    /// roadmaps up first among `inputs`, then in `library`, which is only asked for ids the
    /// inputs do not have.
    public init(_ inputs: [Roadmap], library: RoadmapLibrary = .init()) {
        self.inputs = inputs
        var nodes: [TopicNode] = []
        var offsets: [Int] = []
        nodes.reserveCapacity(inputs.reduce(0) { $0 + $1.topicCount })
        for (r, roadmap) in inputs.enumerated() {
            offsets.append(nodes.count)
            var position = 0
            for (s, section) in roadmap.sections.enumerated() {
                for topic in section.topics {
                    nodes.append(TopicNode(roadmap: r, section: s, position: position, topic: topic))
                    position += 1
                }
            }
        }
        self.nodes = nodes
        self.offsets = offsets

        // Roadmaps beyond the inputs: only the ids some reference names, asked for once each.
        let inputIDs = Set(inputs.map(\.id))
        var wanted: [String] = []
        var seen: Set<String> = []
        func want(_ reference: Located<TopicReference>) {
            if let id = reference.value.roadmap, !inputIDs.contains(id), seen.insert(id).inserted { wanted.append(id) }
        }
        for node in nodes {
            node.topic.requires.forEach(want)
            node.topic.sameAs.forEach(want)
        }
        let found = library.roadmaps(named: wanted)
        let beyond = found.roadmaps
        self.beyond = beyond
        let lookup = RoadmapLookup(inputs + beyond, knownIDs: { library.knownIDs })
        self.lookup = lookup

        var diagnostics: [Diagnostic] = []
        var requires: [[ReferenceTarget?]] = []
        var sameAs: [[ReferenceTarget?]] = []
        requires.reserveCapacity(nodes.count)
        sameAs.reserveCapacity(nodes.count)
        func target(_ found: (roadmap: Int, position: Int)) -> ReferenceTarget {
            if found.roadmap < offsets.count { return .input(node: offsets[found.roadmap] + found.position) }
            let roadmap = lookup.roadmaps[found.roadmap]
            return .beyond(TopicReference(roadmap: roadmap.id, topic: lookup.topicID(in: found.roadmap, at: found.position)))
        }
        for node in nodes {
            requires.append(node.topic.requires.map { reference in
                switch ReferenceResolver.resolve(reference, from: node.roadmap, key: "requires", lookup: lookup) {
                case .success(let found): return target(found)
                case .failure(let diagnostic):
                    diagnostics.append(Self.explained(diagnostic, reference, found.passedOver))
                    return nil
                }
            })
            let roadmapID = inputs[node.roadmap].id
            sameAs.append(node.topic.sameAs.map { reference in
                if reference.value.roadmap == roadmapID {
                    diagnostics.append(.error(.sameAsOwnRoadmap, "expected `same-as` to name a topic of another roadmap, found `\(reference.value)` in this one; use `aliases` for other names of this topic", at: reference.location))
                    return nil
                }
                switch ReferenceResolver.resolve(reference, from: node.roadmap, key: "same-as", lookup: lookup) {
                case .success(let found): return target(found)
                case .failure(let diagnostic):
                    diagnostics.append(Self.explained(diagnostic, reference, found.passedOver))
                    return nil
                }
            })
        }
        self.requires = requires
        self.sameAs = sameAs
        // A folder file with a bundled roadmap's id that could not be taken: the bundled one is used, and that is said.
        for id in wanted where found.bundledInstead[id] != nil {
            diagnostics.append(.warning(.roadmapPassedOver, "`\(id)` is the bundled roadmap: \(found.bundledInstead[id]!)", at: nil))
        }
        self.diagnostics = diagnostics + ReferenceResolver.cycleDiagnostics(nodes: nodes, inputs: inputs, requires: requires)
    }

    /// An unknown roadmap's error with a note on the folder file of that name that was passed over.
    private static func explained(_ diagnostic: Diagnostic, _ reference: Located<TopicReference>,
                                  _ passedOver: [String: String]) -> Diagnostic {
        guard diagnostic.code == .unknownRoadmap, let id = reference.value.roadmap, let why = passedOver[id] else { return diagnostic }
        var diagnostic = diagnostic
        diagnostic.notes.append(.init(why))
        return diagnostic
    }

    /// The topic ids of every input, `ROADMAP/ID`, in node order (for messages).
    public func qualifiedID(ofNode index: Int) -> String {
        "\(inputs[nodes[index].roadmap].id)/\(nodes[index].topic.id)"
    }

    /// The prerequisites of a node as `ROADMAP/ID` names (aliases resolved to ids), in written
    /// order; an unresolved entry as written.
    public func requiredNames(ofNode index: Int) -> [TopicReference] {
        zip(nodes[index].topic.requires, requires[index]).map { reference, target in
            switch target {
            case .input(let node)?: TopicReference(roadmap: inputs[nodes[node].roadmap].id, topic: nodes[node].topic.id)
            case .beyond(let name)?: name
            case nil: reference.value.qualified(in: inputs[nodes[index].roadmap].id)
            }
        }
    }

    /// The identity of the inputs' topics (which are one subject), with its errors.
    public func identity() -> TopicIdentity { TopicIdentity(self) }
}
