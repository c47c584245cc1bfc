/// The ids a curriculum's topics and parts take when it is written as one roadmap (`merge -f
/// yaml`) or becomes the base of a composition (`extends: [A, B]`): written once, so that a
/// composition's `part-2` and `python` are the ids `merge -f yaml` writes.
///
/// - a topic's id is the last part of its canonical id (`data-science/python` → `python`); a
///   second topic with that id gets `python-2`, then `python-3`, … in study order;
/// - part N is the section `part-N` (`part-N-section` should a topic already have that id).
public struct CurriculumFileIDs: Sendable {
    /// Each canonical id to its local id.
    public private(set) var topicIDs: [String: String] = [:]
    private var used: Set<String> = []

    /// The local ids of `canonicalIDs`, given in study order.
    public init(canonicalIDs: [String]) {
        for canonical in canonicalIDs {
            let base = Self.ownID(canonical)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            topicIDs[canonical] = candidate
        }
    }

    /// The id of part `stage` (from 1).
    public func sectionID(stage: Int) -> String {
        var id = "part-\(stage)"
        while used.contains(id) { id += "-section" }
        return id
    }

    /// The topic's id in its own roadmap: what follows the last `/` of a canonical id.
    public static func ownID(_ canonical: String) -> String {
        canonical.split(separator: "/").last.map(String.init) ?? canonical
    }
}
