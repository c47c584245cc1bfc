/// The value of an `x-` key as plugins see it: strings as written, lists and mappings (in order).
public indirect enum ExtensionValue: Sendable, Equatable, Codable {
    case string(String)
    case null
    case list([ExtensionValue])
    case mapping([ExtensionEntry])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([ExtensionValue].self) {
            self = .list(items)
        } else {
            let object = try container.decode([String: ExtensionValue].self)
            self = .mapping(object.keys.sorted().map { ExtensionEntry(key: $0, value: object[$0]!) })
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .list(let items):
            var container = encoder.singleValueContainer()
            try container.encode(items)
        case .mapping(let entries):
            var container = encoder.container(keyedBy: DynamicKey.self)
            for entry in entries { try container.encode(entry.value, forKey: DynamicKey(entry.key)) }
        }
    }
}

/// One key and value of an extension mapping.
public struct ExtensionEntry: Sendable, Equatable {
    /// The key.
    public var key: String
    /// The value.
    public var value: ExtensionValue

    /// Makes an entry.
    public init(key: String, value: ExtensionValue) {
        self.key = key
        self.value = value
    }
}

/// A coding key made at run time.
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
