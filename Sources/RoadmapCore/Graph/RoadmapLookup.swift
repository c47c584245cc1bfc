/// Finds roadmaps by id and their topics by id or alias, for resolving references.
public struct RoadmapLookup: Sendable {
    /// The roadmaps, in the order given.
    public let roadmaps: [Roadmap]
    private var roadmapByID: [String: Int] = [:]
    private var topicByName: [[String: Int]] = []
    private var sectionIDs: [Set<String>] = []
    /// Every roadmap's topics flattened in order, for index-based access.
    public let topics: [[Topic]]

    /// Indexes `roadmaps`; for a repeated roadmap id, the first wins.
    public init(_ roadmaps: [Roadmap]) {
        self.roadmaps = roadmaps
        self.topics = roadmaps.map(\.topics)
        for (index, roadmap) in roadmaps.enumerated() {
            if roadmapByID[roadmap.id] == nil { roadmapByID[roadmap.id] = index }
            var names: [String: Int] = [:]
            for (position, topic) in topics[index].enumerated() where names[topic.id] == nil {
                names[topic.id] = position
            }
            for (position, topic) in topics[index].enumerated() {
                for alias in topic.aliases where names[alias] == nil { names[alias] = position }
            }
            topicByName.append(names)
            sectionIDs.append(Set(roadmap.sections.map(\.id)))
        }
    }

    /// The index of the roadmap with this id.
    public func roadmapIndex(_ id: String) -> Int? { roadmapByID[id] }

    /// The position (in the flattened topic list) of the topic with this id or alias.
    public func topicPosition(in roadmap: Int, named name: String) -> Int? { topicByName[roadmap][name] }

    /// True when the roadmap has a section with this id.
    public func hasSection(in roadmap: Int, named name: String) -> Bool { sectionIDs[roadmap].contains(name) }

    /// The topic ids of a roadmap, in order, for suggestions.
    public func topicIDs(in roadmap: Int) -> [String] { topics[roadmap].map(\.id) }

    /// Every roadmap id, in order.
    public var roadmapIDs: [String] { roadmaps.map(\.id) }
}
