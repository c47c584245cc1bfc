import RoadmapPlugin
import RoadmapYAML

extension Array where Element == ExtensionField {
    /// For a topic merged from others (a composition's, or one `merge -f yaml` wrote): the
    /// `ROADMAP/SECTION/TOPIC` of each topic its `x-from` names, first the canonical one.
    public var mergedFromPaths: [String] {
        guard let field = first(where: { $0.key == "x-from" }), case .sequence(let items, _) = field.value else { return [] }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item, MergedFrom.topicID(ofPath: scalar.value) != nil else { return nil }
            return scalar.value
        }
    }

    /// `ROADMAP/ID` of each topic ``mergedFromPaths`` names.
    public var mergedFromIDs: [String] { mergedFromPaths.compactMap(MergedFrom.topicID(ofPath:)) }
}
