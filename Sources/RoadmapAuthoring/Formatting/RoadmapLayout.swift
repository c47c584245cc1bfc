import RoadmapYAML
import RoadmapLoading

/// The canonical arrangement of a roadmap file's tree: keys of the roadmap, its sections, topics
/// and resources in ``FormatKeys`` order (`x-` keys after them, in their written order; the
/// contents of `x-` values untouched), and each value marked with how it is to be written.
enum RoadmapLayout {
    /// The kinds of entry whose keys are put in order.
    enum Entry {
        case roadmap, section, topic, resource

        var keys: [String] {
            switch self {
            case .roadmap: FormatKeys.roadmap
            case .section: FormatKeys.section
            case .topic: FormatKeys.topic
            case .resource: FormatKeys.resource
            }
        }
    }

    /// Keys whose value is a list of strings.
    static let stringLists: Set<String> = ["authors", "related", "remove", "aliases", "same-as", "requires", "tags"]
    /// Keys whose value is a number or a boolean, kept as the literal it was written as.
    static let typed: Set<String> = ["format", "hours", "free"]

    /// The document arranged for writing.
    static func arrange(_ document: YAMLCommentedDocument) -> YAMLCommentedDocument {
        var document = document
        document.root = arrange(document.root, as: .roadmap)
        return document
    }

    /// A mapping of the given kind with its keys in order and its values marked; anything else
    /// (a wrong type, which the loader has refused already) as it is.
    static func arrange(_ node: YAMLCommentedNode, as entry: Entry) -> YAMLCommentedNode {
        guard let entries = node.entries else { return node }
        let order = entry.keys
        let ranked = entries.enumerated().map { index, item in
            (rank: order.firstIndex(of: item.key.value) ?? order.count, index: index, entry: item)
        }
        var node = node
        node.entries = ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { ranked in
            var item = ranked.entry
            guard ranked.rank < order.count else { return item }
            let key = item.key.value
            switch key {
            case "sections": item.value = arrangeItems(item.value, as: .section)
            case "topics": item.value = arrangeItems(item.value, as: .topic)
            case "resources": item.value = arrangeItems(item.value, as: .resource)
            case _ where typed.contains(key): break
            case _ where stringLists.contains(key):
                if var items = item.value.items {
                    for index in items.indices where items[index].value.scalar != nil { items[index].value.role = .text }
                    item.value.items = items
                }
            default:
                if item.value.scalar != nil { item.value.role = .text }
            }
            return item
        }
        return node
    }

    private static func arrangeItems(_ node: YAMLCommentedNode, as entry: Entry) -> YAMLCommentedNode {
        guard var items = node.items else { return node }
        for index in items.indices { items[index].value = arrange(items[index].value, as: entry) }
        var node = node
        node.items = items
        return node
    }
}
