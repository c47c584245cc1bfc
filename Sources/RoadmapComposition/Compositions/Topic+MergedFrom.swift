import RoadmapModel

extension Topic {
    /// For a topic merged from others (a composition's, or one `merge -f yaml` wrote):
    /// `ROADMAP/ID` of each topic its `x-from` names (`ROADMAP/SECTION/TOPIC`), first the
    /// canonical one.
    public var mergedFromIDs: [String] {
        guard let field = self.extensions.first(where: { $0.key == "x-from" }), case .sequence(let items, _) = field.value else { return [] }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item else { return nil }
            let parts = scalar.value.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == 3 ? "\(parts[0])/\(parts[2])" : nil
        }
    }
}
