import RoadmapYAML
import Testing

/// Every event of `text` up to and including `.documentEnd`.
func readEvents(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> [YAMLEvent] {
    try readEvents(bytes: Array(text.utf8), limits: limits)
}

/// Every event of `bytes` up to and including `.documentEnd`.
func readEvents(bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> [YAMLEvent] {
    let reader = try YAMLEventReader(bytes: bytes, limits: limits)
    var events: [YAMLEvent] = []
    while true {
        let event = try reader.next()
        events.append(event)
        if case .documentEnd = event { return events }
        // A runaway reader must fail the test, not hang it.
        if events.count > 1_000_000 { throw YAMLError(.syntax, "test: too many events", at: .start) }
    }
}

/// The error that reading `bytes` to the end stops with, or `nil` when it reads cleanly.
func readError(bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try readEvents(bytes: bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// The error that reading `text` to the end stops with, or `nil` when it reads cleanly.
func readError(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
    readError(bytes: Array(text.utf8), limits: limits)
}

/// The scalars of `text`, in order.
func scalars(_ text: String) throws -> [YAMLScalar] {
    try readEvents(text).compactMap { event in
        if case .scalar(let scalar) = event { return scalar }
        return nil
    }
}

/// The scalar whose value is `value` (the first one).
func scalar(_ value: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> YAMLScalar {
    let found = try scalars(text).first { $0.value == value }
    return try #require(found, "no scalar `\(value)` in the text", sourceLocation: sourceLocation)
}

/// Shorthand for a 1-based mark.
func mark(_ line: Int, _ column: Int) -> YAMLMark {
    YAMLMark(line: line, column: column)
}
