import RoadmapModel
/// Finds roadmaps by id and their topics by id or alias, for resolving references.
public struct RoadmapLookup: Sendable {
    /// The roadmaps, in the order given.
    public let roadmaps: [Roadmap]
    private var roadmapByID: [String: Int] = [:]
    private var topicByName: [[String: Int]] = []
    private var sectionIDs: [Set<String>] = []
    /// Roadmap ids known elsewhere (folder file names, bundled ids), for spelling hints only:
    /// worked out when a hint is needed (listing folders costs), not before.
    public let knownIDs: @Sendable () -> [String]

    /// Indexes `roadmaps`; for a repeated roadmap id, the first wins.
    public init(_ roadmaps: [Roadmap], knownIDs: @escaping @Sendable () -> [String] = { [] }) {
        self.roadmaps = roadmaps
        self.knownIDs = knownIDs
        for (index, roadmap) in roadmaps.enumerated() {
            if roadmapByID[roadmap.id] == nil { roadmapByID[roadmap.id] = index }
            // Ids first, then aliases: an id always wins over another topic's alias.
            var names: [String: Int] = [:]
            names.reserveCapacity(roadmap.topicCount)
            var position = 0
            for section in roadmap.sections {
                for topic in section.topics {
                    if names[topic.id] == nil { names[topic.id] = position }
                    position += 1
                }
            }
            position = 0
            for section in roadmap.sections {
                for topic in section.topics {
                    for alias in topic.aliases where names[alias] == nil { names[alias] = position }
                    position += 1
                }
            }
            topicByName.append(names)
            sectionIDs.append(Set(roadmap.sections.map(\.id)))
        }
    }

    public func roadmapIndex(_ id: String) -> Int? { roadmapByID[id] }

    /// The position (in the flattened topic list) of the topic with this id or alias.
    public func topicPosition(in roadmap: Int, named name: String) -> Int? { topicByName[roadmap][name] }

    /// True when the roadmap has a section with this id.
    public func hasSection(in roadmap: Int, named name: String) -> Bool { sectionIDs[roadmap].contains(name) }

    /// The topic ids of a roadmap, in order, for suggestions.
    public func topicIDs(in roadmap: Int) -> [String] { roadmaps[roadmap].sections.flatMap { $0.topics.map(\.id) } }

    /// The id of the topic at a position (in the flattened topic list) of a roadmap.
    public func topicID(in roadmap: Int, at position: Int) -> String {
        var rest = position
        for section in roadmaps[roadmap].sections {
            if rest < section.topics.count { return section.topics[rest].id }
            rest -= section.topics.count
        }
        return ""
    }

    /// Every roadmap id, in order.
    public var roadmapIDs: [String] { roadmaps.map(\.id) }
}
