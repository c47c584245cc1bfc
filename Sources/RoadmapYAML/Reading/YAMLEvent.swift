/// One step of a YAML document as the reader delivers it: only node events, already checked
/// against the reading policy (no anchors, aliases, foreign tags or merge keys).
public enum YAMLEvent: Sendable, Equatable {
    case scalar(YAMLScalar)
    case sequenceStart(YAMLMark)
    case sequenceEnd(YAMLMark)
    case mappingStart(YAMLMark)
    case mappingEnd(YAMLMark)
    /// The single document ended, and nothing follows it.
    case documentEnd(YAMLMark)

    /// Where the event starts.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequenceStart(let mark), .sequenceEnd(let mark), .mappingStart(let mark),
             .mappingEnd(let mark), .documentEnd(let mark):
            mark
        }
    }

    /// A short name of what the event starts, for messages: "a string", "a list", "a mapping".
    public var noun: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "null" : "`\(scalar.value.abbreviatedForMessage)`"
        case .sequenceStart: "a list"
        case .mappingStart: "a mapping"
        case .sequenceEnd: "the end of a list"
        case .mappingEnd: "the end of a mapping"
        case .documentEnd: "the end of the document"
        }
    }
}

extension String {
    /// The string cut to 40 characters with an ellipsis, one line, for quoting in a message.
    public var abbreviatedForMessage: String {
        let oneLine = self.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        if oneLine.count <= 40 && oneLine.count == count { return oneLine }
        return String(oneLine.prefix(40)) + "…"
    }
}
