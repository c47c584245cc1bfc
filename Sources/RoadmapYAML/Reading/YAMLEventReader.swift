import CYAML

/// Reads one YAML document with libyaml's event parser and hands out node events with
/// 1-based marks, enforcing the reading policy on the way:
///
/// - one document per text; an empty or comment-only text is an error;
/// - no anchors, aliases or merge keys (`<<`), so nothing can expand;
/// - only core-schema tags; anything else (`!include`, `!!python/object`) is refused, never acted on;
/// - collections nested no deeper than ``YAMLLimits/maxDepth``, scalars no longer than
///   ``YAMLLimits/maxScalarBytes``, texts no larger than ``YAMLLimits/maxFileBytes``;
/// - UTF-8 only (a UTF-8 byte-order mark is dropped); UTF-16 and invalid bytes are errors.
///
/// A reader owns its libyaml parser and a copy of the input, and is confined to one parse.
public final class YAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableRawBufferPointer
    private let inputLength: Int
    private let limits: YAMLLimits
    /// One entry per open collection: true for a mapping that expects a key next. Touched for
    /// every event, by this reader alone (it is confined to one parse), so without the
    /// run-time exclusivity check that costs more than the update itself.
    @exclusivity(unchecked) private var openCollections: [Frame] = []
    private var state: State = .beforeDocument
    private var lineStartsForOffsets: [Int]?
    /// Where the stream ended, once it has.
    private var ended: YAMLMark?
    /// Where the event last returned by ``next()`` ends, as libyaml marks it: after a scalar's
    /// text (its closing quote, or the end of a block scalar's lines), after the `[`/`{` or `]`/`}`
    /// of a flow collection. What ``YAMLCommentReader`` needs to place comments.
    public private(set) var lastEnd = YAMLMark.start
    /// Whether the collection start last returned is written in flow style (`[…]`, `{…}`).
    public private(set) var lastIsFlow = false

    private struct Frame {
        var isMapping: Bool
        var expectsKey: Bool
    }

    private enum State {
        case beforeDocument, inDocument, finished
    }

    /// Prepares to read `bytes`. Throws when the bytes are too many or not UTF-8 at first sight.
    public init(bytes: some Collection<UInt8>, limits: YAMLLimits = .default) throws(YAMLError) {
        self.limits = limits
        var body = Array(bytes)
        if body.count > limits.maxFileBytes {
            throw YAMLError(.tooLarge, "the file is \(body.count) bytes; the limit is \(limits.maxFileBytes) bytes", at: .start)
        }
        try Self.checkEncoding(body)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: max(body.count, 1), alignment: 1)
        input.copyBytes(from: body)
        inputLength = body.count
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            input.deallocate()
            throw YAMLError(.syntax, "libyaml could not start a parser (out of memory)", at: .start)
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(
            parser, input.baseAddress!.assumingMemoryBound(to: UInt8.self), body.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// How deep the reader is now: the number of collections open.
    public var depth: Int { openCollections.count }

    /// The next node event of the document, or `.documentEnd` once the document is complete
    /// (after checking that no second document follows).
    public func next() throws(YAMLError) -> YAMLEvent {
        if let ended { return .documentEnd(ended) }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) != 0 else { throw parserError() }
            defer { yaml_event_delete(&event) }
            let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            lastEnd = YAMLMark(line: Int(event.end_mark.line) + 1, column: Int(event.end_mark.column) + 1)
            lastIsFlow = false
            switch event.type {
            case YAML_STREAM_START_EVENT:
                continue
            case YAML_DOCUMENT_START_EVENT:
                if state == .inDocument || state == .finished {
                    throw YAMLError(.multipleDocuments, "expected one YAML document, found a second one; a roadmap file holds one document", at: mark)
                }
                state = .inDocument
                continue
            case YAML_DOCUMENT_END_EVENT:
                state = .finished
                continue
            case YAML_STREAM_END_EVENT:
                if state == .beforeDocument {
                    throw YAMLError(.empty, "expected a roadmap, found an empty file (nothing but blank lines or comments)", at: .start)
                }
                ended = mark
                return .documentEnd(mark)
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                throw YAMLError(.alias, "expected a value, found the alias `*\(name)`; roadmap files do not use anchors or aliases, write the value out", at: mark)
            case YAML_SCALAR_EVENT:
                return .scalar(try scalar(from: &event, at: mark))
            case YAML_SEQUENCE_START_EVENT:
                try checkNodeProperties(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: mark, allowed: Self.sequenceTags)
                try open(isMapping: false, at: mark)
                lastIsFlow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                return .sequenceStart(mark)
            case YAML_MAPPING_START_EVENT:
                try checkNodeProperties(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: mark, allowed: Self.mappingTags)
                try open(isMapping: true, at: mark)
                lastIsFlow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                return .mappingStart(mark)
            case YAML_SEQUENCE_END_EVENT:
                close()
                return .sequenceEnd(mark)
            case YAML_MAPPING_END_EVENT:
                close()
                return .mappingEnd(mark)
            case YAML_NO_EVENT:
                // libyaml has nothing more to give (after an error, or past the end).
                throw YAMLError(.syntax, "YAML syntax error: unexpected end of input", at: mark)
            default:
                continue
            }
        }
    }

    /// Reads past the rest of a value whose first event was `first`: nothing for a scalar,
    /// everything up to the matching end for a collection.
    public func skipValue(startingWith first: YAMLEvent) throws(YAMLError) {
        switch first {
        case .sequenceStart, .mappingStart:
            let target = depth - 1
            while depth > target { _ = try next() }
        default:
            return
        }
    }

    // MARK: - Policy

    private func open(isMapping: Bool, at mark: YAMLMark) throws(YAMLError) {
        try noteNode(isCollection: true, scalar: nil, at: mark)
        if openCollections.count >= limits.maxDepth {
            throw YAMLError(.tooDeep, "expected at most \(limits.maxDepth) nested lists and mappings, found deeper nesting", at: mark)
        }
        openCollections.append(Frame(isMapping: isMapping, expectsKey: true))
    }

    private func close() {
        _ = openCollections.popLast()
    }

    /// Flips key/value position in the enclosing mapping and refuses keys that are not plain scalars.
    private func noteNode(isCollection: Bool, scalar: YAMLScalar?, at mark: YAMLMark) throws(YAMLError) {
        guard let last = openCollections.indices.last, openCollections[last].isMapping else { return }
        let isKey = openCollections[last].expectsKey
        openCollections[last].expectsKey.toggle()
        guard isKey else { return }
        if isCollection {
            throw YAMLError(.complexKey, "expected a plain key, found a list or mapping used as a key", at: mark)
        }
        if let scalar, scalar.style == .plain, scalar.value == "<<" {
            throw YAMLError(.mergeKey, "expected a key, found the merge key `<<`; roadmap files do not use merge keys, write the values out", at: mark)
        }
    }

    private func scalar(from event: inout yaml_event_t, at mark: YAMLMark) throws(YAMLError) -> YAMLScalar {
        let data = event.data.scalar
        let tag = try checkNodeProperties(anchor: data.anchor, tag: data.tag, at: mark, allowed: Self.scalarTags)
        if data.length > limits.maxScalarBytes {
            throw YAMLError(.tooLarge, "expected a value of at most \(limits.maxScalarBytes) bytes, found one of \(data.length) bytes", at: mark)
        }
        let value = String(decoding: UnsafeRawBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        let style: YAMLScalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let result = YAMLScalar(value: value, mark: mark, style: style, tag: tag)
        try noteNode(isCollection: false, scalar: result, at: mark)
        return result
    }

    /// The core tags each kind of node may carry (built once: most nodes have no tag at all).
    private static let scalarTags: Set<YAMLScalar.CoreTag> = [.string, .integer, .float, .boolean, .null, .nonSpecific]
    private static let sequenceTags: Set<YAMLScalar.CoreTag> = [.sequence, .nonSpecific]
    private static let mappingTags: Set<YAMLScalar.CoreTag> = [.mapping, .nonSpecific]

    @discardableResult
    private func checkNodeProperties(
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
        at mark: YAMLMark, allowed: Set<YAMLScalar.CoreTag>
    ) throws(YAMLError) -> YAMLScalar.CoreTag? {
        if let anchor {
            let name = String(cString: anchor)
            throw YAMLError(.anchor, "expected a value, found the anchor `&\(name)`; roadmap files do not use anchors or aliases", at: mark)
        }
        guard let tag else { return nil }
        let text = String(cString: tag)
        let prefix = "tag:yaml.org,2002:"
        let core: YAMLScalar.CoreTag?
        if text == "!" {
            core = .nonSpecific
        } else if text.hasPrefix(prefix) {
            core = YAMLScalar.CoreTag(rawValue: String(text.dropFirst(prefix.count)))
        } else {
            core = nil
        }
        guard let core, allowed.contains(core) else {
            let shown = text.hasPrefix(prefix) ? "!!" + text.dropFirst(prefix.count) : text
            throw YAMLError(.tag, "expected a plain value, found the tag `\(shown)`; roadmap files allow only the core schema's tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`) and never act on a tag", at: mark)
        }
        return core
    }

    // MARK: - Errors from libyaml

    private func parserError() -> YAMLError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.pointee.context.map { String(cString: $0) }
        switch parser.pointee.error {
        case YAML_READER_ERROR:
            let offset = Int(parser.pointee.problem_offset)
            let value = parser.pointee.problem_value
            if let bad = firstInvalidUTF8Offset() {
                let byte = inputBytes[bad]
                return YAMLError(.encoding, "expected UTF-8 text, found the invalid byte 0x\(String(byte, radix: 16, uppercase: true)); save the file as UTF-8", at: markForOffset(bad))
            }
            let mark = markForOffset(offset)
            if problem.contains("control characters") {
                return YAMLError(.encoding, "expected printable text, found the control character U+\(Self.hex4(value)); is the file binary or UTF-16?", at: mark)
            }
            return YAMLError(.encoding, "expected UTF-8 text: \(problem)", at: mark)
        default:
            let mark = YAMLMark(line: Int(parser.pointee.problem_mark.line) + 1, column: Int(parser.pointee.problem_mark.column) + 1)
            var what = problem.hasPrefix("did not find expected ") ? "expected " + problem.dropFirst(22) : Substring(problem)
            if problem == "found character that cannot start any token", isTab(atLine: Int(parser.pointee.problem_mark.line), column: Int(parser.pointee.problem_mark.column)) {
                what = "found a tab; YAML indents with spaces only"
            }
            if let context {
                let start = parser.pointee.context_mark
                what += " \(context) that starts at line \(start.line + 1), column \(start.column + 1)"
            }
            return YAMLError(.syntax, "YAML syntax error: \(what)", at: mark)
        }
    }

    /// True when the character at a 0-based line and column is a tab.
    private func isTab(atLine line: Int, column: Int) -> Bool {
        let bytes = inputBytes
        var currentLine = 0
        var index = 0
        while index < bytes.count, currentLine < line {
            if bytes[index] == 0x0A { currentLine += 1 }
            index += 1
        }
        var currentColumn = 0
        while index < bytes.count, currentColumn < column, bytes[index] != 0x0A {
            if bytes[index] & 0xC0 != 0x80 { currentColumn += 1 }
            index += 1
        }
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index < bytes.count && bytes[index] == 0x09
    }

    /// The input as handed to libyaml (without a UTF-8 byte-order mark).
    private var inputBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: input[0..<inputLength])
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    private func firstInvalidUTF8Offset() -> Int? {
        let bytes = inputBytes
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            if length == 3 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }

    /// Line and column of a byte offset in the (BOM-less) input, counting UTF-8 characters.
    private func markForOffset(_ offset: Int) -> YAMLMark {
        let bytes = inputBytes
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return YAMLMark(line: line, column: column)
    }

    /// A code point as four (or more) upper-case hex digits: `0000`, `001B`.
    static func hex4(_ value: Int32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func checkEncoding(_ bytes: [UInt8]) throws(YAMLError) {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw YAMLError(.encoding, "expected UTF-8 text, found a UTF-16 byte-order mark; save the file as UTF-8", at: .start)
        }
        if bytes.prefix(4).contains(0) {
            throw YAMLError(.encoding, "expected UTF-8 text, found NUL bytes at the start (UTF-16 or UTF-32 without a byte-order mark?); save the file as UTF-8", at: .start)
        }
    }
}
