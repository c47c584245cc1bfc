/// A reference to a topic as written in `requires` or `same-as`: `ID` (in the same roadmap) or
/// `ROADMAP/ID`.
public struct TopicReference: Hashable, Sendable, CustomStringConvertible {
    /// The roadmap named, or `nil` for the roadmap that holds the reference.
    public var roadmap: String?
    /// The topic id (or alias) named.
    public var topic: String

    /// Makes a reference.
    public init(roadmap: String?, topic: String) {
        self.roadmap = roadmap
        self.topic = topic
    }

    /// Parses `ID` or `ROADMAP/ID`; `nil` when the text has more than one `/` or an empty part.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1 where !parts[0].isEmpty:
            self.init(roadmap: nil, topic: String(parts[0]))
        case 2 where !parts[0].isEmpty && !parts[1].isEmpty:
            self.init(roadmap: String(parts[0]), topic: String(parts[1]))
        default:
            return nil
        }
    }

    /// `ID` or `ROADMAP/ID`.
    public var description: String { roadmap.map { "\($0)/\(topic)" } ?? topic }

    /// The reference with the roadmap filled in.
    public func qualified(in roadmap: String) -> TopicReference {
        TopicReference(roadmap: self.roadmap ?? roadmap, topic: topic)
    }
}
