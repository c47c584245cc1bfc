import RoadmapModel
/// Two merged topics that look like the same subject but did not merge: a hint for the user,
/// who confirms it with `same-as` or `aliases`. Never applied silently.
public struct MergeSuggestion: Sendable, Equatable {
    /// The canonical ids of the two topics, in curriculum order.
    public var topics: [String]
    /// Why they look the same: "same title `…`", "similar titles …", "shared resource URL …".
    public var reasons: [String]
    /// Where each is written.
    public var locations: [SourceLocation]
    /// A `same-as` line to add to the second topic to confirm it.
    public var confirmation: String
}
