import RoadmapModel

extension Topic {
    /// For a topic merged from others: the `ROADMAP/SECTION/TOPIC` of each topic its `x-from`
    /// names, first the canonical one.
    public var mergedFromPaths: [String] { self.extensions.mergedFromPaths }

    /// `ROADMAP/ID` of each topic ``mergedFromPaths`` names.
    public var mergedFromIDs: [String] { self.extensions.mergedFromIDs }
}
