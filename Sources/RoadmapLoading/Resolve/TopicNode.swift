import RoadmapModel
/// One topic of one input roadmap, as a node of the merged graph.
public struct TopicNode: Sendable {
    /// Index of its roadmap in the input order.
    public var roadmap: Int
    /// Index of its section in that roadmap.
    public var section: Int
    /// Position among all topics of that roadmap, in written order.
    public var position: Int
    /// The topic itself.
    public var topic: Topic
}
