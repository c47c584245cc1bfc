/// A whole YAML value with its marks: the light tree used where the format holds free-form data
/// (`x-` keys), kept and handed to plugins untouched.
public indirect enum YAMLNode: Sendable, Equatable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], mark: YAMLMark)
    case mapping([(key: YAMLScalar, value: YAMLNode)], mark: YAMLMark)

    /// Where the value starts.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)): a == b
        case (.sequence(let a, let ma), .sequence(let b, let mb)): ma == mb && a == b
        case (.mapping(let a, let ma), .mapping(let b, let mb)):
            ma == mb && a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}

extension YAMLEventReader {
    /// Reads a whole value whose first event is `first` into a ``YAMLNode``.
    /// Duplicate keys inside it are reported through `duplicateKey` and the later value kept out.
    public func readNode(
        startingWith first: YAMLEvent,
        duplicateKey: (_ key: YAMLScalar, _ first: YAMLMark) -> Void = { _, _ in }
    ) throws(YAMLError) -> YAMLNode {
        switch first {
        case .scalar(let scalar):
            return .scalar(scalar)
        case .sequenceStart(let mark):
            var items: [YAMLNode] = []
            while true {
                let event = try next()
                if case .sequenceEnd = event { break }
                items.append(try readNode(startingWith: event, duplicateKey: duplicateKey))
            }
            return .sequence(items, mark: mark)
        case .mappingStart(let mark):
            var pairs: [(key: YAMLScalar, value: YAMLNode)] = []
            var seen: [String: YAMLMark] = [:]
            while true {
                let event = try next()
                guard case .scalar(let key) = event else { break }
                let value = try readNode(startingWith: try next(), duplicateKey: duplicateKey)
                if let earlier = seen[key.value] {
                    duplicateKey(key, earlier)
                } else {
                    seen[key.value] = key.mark
                    pairs.append((key, value))
                }
            }
            return .mapping(pairs, mark: mark)
        case .sequenceEnd(let mark), .mappingEnd(let mark), .documentEnd(let mark):
            throw YAMLError(.syntax, "expected a value, found the end of a collection", at: mark)
        }
    }
}
