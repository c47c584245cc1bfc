/// Reads a YAML text into a ``YAMLCommentedDocument``: the values from libyaml's events, and the
/// comments and blank lines, which libyaml drops, recovered from the text itself.
///
/// A `#` starts a comment when it is at the start of a line (after spaces) or follows a space or
/// a tab, and lies outside every scalar: the start and end marks of each scalar exclude a `#` in
/// a quoted string, and every line of a block scalar (`|`, `>`) is content, never a comment.
///
/// Where comments go:
/// - A whole-line comment (or a blank line) belongs to the entry or item that starts next, and is
///   written above it at its indentation. Before the first key it is part of the header; after
///   the last value, of the footer.
/// - A comment after something on its line trails the last entry or item that started before it
///   on that line, or whose value ends on that line; after the closing `]` or `}` of a flow
///   collection it trails the key or item that holds the collection.
///
/// Positions that cannot be kept exactly (the comment is kept, but moves):
/// - a comment inside a multi-line flow collection (`[a, # note` …) belongs to the item or key
///   after it, so the collection is then written as a block list; one just before the closing
///   bracket goes above the key that holds the collection;
/// - a comment between a key and its scalar value written on a later line goes above the key;
/// - a trailing comment on a line that holds only a `-`, a `[` or `---` goes above the next item;
/// - a blank line inside a flow collection, or between a key and its scalar value, is dropped.
///
/// The values come from ``YAMLEventReader``, the one reader of YAML, so the text is held to the
/// same reading policy (one document, no anchors, aliases or foreign tags, the limits) with the
/// same errors as when a roadmap is loaded.
public enum YAMLCommentReader {
    /// Reads `bytes` (UTF-8, an optional byte-order mark is dropped).
    public static func read(_ bytes: some Collection<UInt8>, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLCommentedDocument {
        var body = Array(bytes)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        let builder = CommentedTreeBuilder(lines: SourceLines.split(body), reader: try YAMLEventReader(bytes: body, limits: limits))
        let root = try builder.parse()
        return builder.document(root: root)
    }
}

/// A 0-based position, as libyaml counts: line, and column in Unicode scalars.
struct SourcePosition: Comparable, Sendable {
    var line: Int
    var column: Int

    static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of a 1-based mark.
    init(_ mark: YAMLMark) {
        line = mark.line - 1
        column = mark.column - 1
    }
}

/// The lines of a text as libyaml counts them: a line ends at LF, CR LF, CR, NEL, LS or PS.
enum SourceLines {
    static func split(_ bytes: [UInt8]) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousWasCR = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\n":
                if previousWasCR {
                    previousWasCR = false
                    continue
                }
                lines.append([])
            case "\r":
                lines.append([])
                previousWasCR = true
                continue
            case "\u{85}", "\u{2028}", "\u{2029}":
                lines.append([])
            default:
                lines[lines.count - 1].append(scalar)
            }
            previousWasCR = false
        }
        return lines
    }
}

/// One parse: the events, the tree as it is built, and every place a comment may attach.
final class CommentedTreeBuilder {
    /// A value as parsed, before comments are attached.
    indirect enum Raw {
        case scalar(YAMLScalar)
        case sequence([(slot: Int, value: Raw)])
        case mapping([(slot: Int, key: YAMLScalar, value: Raw)])
    }

    /// An entry or item: where it starts, where its content ends, what holds it.
    struct Slot {
        var start: SourcePosition
        var end: SourcePosition
        var parent: Int?
        /// The innermost flow collection it is written in.
        var flow: Int?
    }

    /// A flow collection (`[…]`, `{…}`): where it ends, and the slot whose value it is.
    struct Flow {
        var end: SourcePosition
        var owner: Int?
    }

    /// One event of the reader, with where it ends and whether it opens a flow collection.
    struct Event {
        var event: YAMLEvent
        var start: SourcePosition
        var end: SourcePosition
        var isFlow: Bool
        var scalar: YAMLScalar? { if case .scalar(let scalar) = event { scalar } else { nil } }
    }

    let lines: [[Unicode.Scalar]]
    private var slots: [Slot] = []
    private var flows: [Flow] = []
    /// Column ranges of each line that lie inside a scalar.
    private var excluded: [Int: [Range<Int>]] = [:]
    private let reader: YAMLEventReader

    init(lines: [[Unicode.Scalar]], reader: YAMLEventReader) {
        self.lines = lines
        self.reader = reader
    }

    // MARK: - Parsing

    /// The document's value (the reader refuses an empty text and a second document).
    func parse() throws(YAMLError) -> Raw {
        let root = try node(try next(), parent: nil, flow: nil).raw
        guard case .documentEnd = try reader.next() else {
            throw YAMLError(.multipleDocuments, "expected the end of the document", at: reader.lastEnd)
        }
        return root
    }

    private func next() throws(YAMLError) -> Event {
        let event = try reader.next()
        return Event(event: event, start: SourcePosition(event.mark), end: SourcePosition(reader.lastEnd), isFlow: reader.lastIsFlow)
    }

    static func mark(_ position: SourcePosition) -> YAMLMark {
        YAMLMark(line: position.line + 1, column: position.column + 1)
    }

    /// Reads the value whose first event is `event`; returns it and where its content ends.
    private func node(_ event: Event, parent: Int?, flow: Int?) throws(YAMLError) -> (raw: Raw, end: SourcePosition) {
        switch event.event {
        case .scalar(let scalar):
            return (.scalar(scalar), scalarEnd(scalar, event))
        case .sequenceStart:
            let inner = openFlow(event, owner: parent) ?? flow
            var items: [(slot: Int, value: Raw)] = []
            var end = event.end
            while true {
                let item = try next()
                if case .sequenceEnd = item.event {
                    if event.isFlow {
                        end = item.end
                        flows[inner!].end = item.end
                    }
                    return (.sequence(items), end)
                }
                let slot = slots.count
                slots.append(Slot(start: item.start, end: item.start, parent: parent, flow: inner))
                let (value, valueEnd) = try node(item, parent: slot, flow: inner)
                slots[slot].end = valueEnd
                items.append((slot, value))
                if !event.isFlow { end = valueEnd }
            }
        case .mappingStart:
            let inner = openFlow(event, owner: parent) ?? flow
            var pairs: [(slot: Int, key: YAMLScalar, value: Raw)] = []
            var end = event.end
            while true {
                let keyEvent = try next()
                if case .mappingEnd = keyEvent.event {
                    if event.isFlow {
                        end = keyEvent.end
                        flows[inner!].end = keyEvent.end
                    }
                    return (.mapping(pairs), end)
                }
                guard let key = keyEvent.scalar else {
                    throw YAMLError(.complexKey, "expected a plain key, found a list or mapping used as a key", at: Self.mark(keyEvent.start))
                }
                _ = scalarEnd(key, keyEvent)
                let slot = slots.count
                slots.append(Slot(start: keyEvent.start, end: keyEvent.end, parent: parent, flow: inner))
                let (value, valueEnd) = try node(try next(), parent: slot, flow: inner)
                slots[slot].end = valueEnd
                pairs.append((slot, key, value))
                if !event.isFlow { end = valueEnd }
            }
        default:
            throw YAMLError(.syntax, "expected a value, found the end of a collection", at: Self.mark(event.start))
        }
    }

    private func openFlow(_ event: Event, owner: Int?) -> Int? {
        guard event.isFlow else { return nil }
        flows.append(Flow(end: event.end, owner: owner))
        return flows.count - 1
    }

    /// Records the scalar's text as off limits for comments and returns where its content ends.
    /// A block scalar's content is the lines after its header, up to its last non-blank line
    /// (with `+`, up to libyaml's end: trailing blank lines are content then).
    private func scalarEnd(_ scalar: YAMLScalar, _ event: Event) -> SourcePosition {
        switch scalar.style {
        case .literal, .folded:
            let header = event.start.line
            guard event.end.line > header else { return event.end }
            if headerKeepsTrailingLines(line: header, from: event.start.column) {
                exclude(from: SourcePosition(line: header + 1, column: 0), to: event.end)
                return event.end
            }
            var last: Int?
            for line in (header + 1)...min(event.end.line, lines.count - 1) {
                let text = lines[line]
                let limit = line == event.end.line ? min(event.end.column, text.count) : text.count
                if text[0..<limit].contains(where: { $0 != " " && $0 != "\t" }) { last = line }
            }
            guard let last else { return SourcePosition(line: header, column: lines[header].count) }
            let end = SourcePosition(line: last, column: lines[last].count)
            exclude(from: SourcePosition(line: header + 1, column: 0), to: end)
            return end
        default:
            exclude(from: event.start, to: event.end)
            return event.end
        }
    }

    /// True when the block scalar header that starts at `column` of `line` has the `+` indicator.
    private func headerKeepsTrailingLines(line: Int, from column: Int) -> Bool {
        guard line < lines.count else { return false }
        let text = lines[line]
        var index = column
        // Skip a tag before the indicator (`!!str |+`).
        while index < text.count, text[index] != "|", text[index] != ">" { index += 1 }
        index += 1
        while index < text.count, text[index] == "+" || text[index] == "-" || ("0"..."9").contains(text[index]) {
            if text[index] == "+" { return true }
            index += 1
        }
        return false
    }

    private func exclude(from start: SourcePosition, to end: SourcePosition) {
        guard start < end else { return }
        for line in start.line...end.line {
            let from = line == start.line ? start.column : 0
            let to = line == end.line ? end.column : Int.max
            if from < to { excluded[line, default: []].append(from..<to) }
        }
    }

    // MARK: - Comments

    private enum Target {
        case header, footer, dropped
        case slot(Int)
    }

    /// The document, with every comment and blank line of the text attached.
    func document(root: Raw) -> YAMLCommentedDocument {
        var header: [YAMLCommentLine] = []
        var footer: [YAMLCommentLine] = []
        var leading = [[YAMLCommentLine]](repeating: [], count: slots.count)
        var trailing = [[String]](repeating: [], count: slots.count)
        func add(_ line: YAMLCommentLine, to target: Target) {
            switch target {
            case .header: header.append(line)
            case .footer: footer.append(line)
            case .dropped: break
            case .slot(let slot): leading[slot].append(line)
            }
        }
        for (number, text) in lines.enumerated() {
            let ranges = excluded[number] ?? []
            if let column = commentColumn(in: text, excluding: ranges) {
                var comment = String(String.UnicodeScalarView(text[column...]))
                while let last = comment.unicodeScalars.last, last == " " || last == "\t" { comment.unicodeScalars.removeLast() }
                let position = SourcePosition(line: number, column: column)
                let wholeLine = text[0..<column].allSatisfy { $0 == " " || $0 == "\t" }
                if !wholeLine, let slot = trailingSlot(for: position) {
                    trailing[slot].append(comment)
                } else {
                    add(.comment(comment), to: leadingTarget(for: position, isBlank: false))
                }
            } else if ranges.isEmpty, text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                add(.blank, to: leadingTarget(for: SourcePosition(line: number, column: 0), isBlank: true))
            }
        }
        func build(_ raw: Raw) -> YAMLCommentedNode {
            switch raw {
            case .scalar(let scalar):
                return YAMLCommentedNode(.scalar(scalar))
            case .sequence(let items):
                return YAMLCommentedNode(.sequence(items.map {
                    YAMLCommentedItem(value: build($0.value), leading: YAMLCommentLine.collapsingBlanks(leading[$0.slot]), trailing: trailing[$0.slot])
                }))
            case .mapping(let pairs):
                return YAMLCommentedNode(.mapping(pairs.map {
                    YAMLCommentedEntry(key: $0.key, value: build($0.value), leading: YAMLCommentLine.collapsingBlanks(leading[$0.slot]), trailing: trailing[$0.slot])
                }))
            }
        }
        var head = YAMLCommentLine.collapsingBlanks(header)
        while head.first == .blank { head.removeFirst() }
        var foot = YAMLCommentLine.collapsingBlanks(footer)
        while foot.last == .blank { foot.removeLast() }
        return YAMLCommentedDocument(header: head, root: build(root), footer: foot)
    }

    /// The column of the `#` that starts a comment on this line, if one does.
    private func commentColumn(in text: [Unicode.Scalar], excluding ranges: [Range<Int>]) -> Int? {
        guard let first = text.firstIndex(of: "#") else { return nil }
        for column in first..<text.count where text[column] == "#" {
            if ranges.contains(where: { $0.contains(column) }) { continue }
            if column == 0 || text[column - 1] == " " || text[column - 1] == "\t" { return column }
        }
        return nil
    }

    /// Where a whole-line comment or blank line at `position` goes: above the entry or item that
    /// starts next, unless it sits inside an entry whose value comes later (then above that entry).
    private func leadingTarget(for position: SourcePosition, isBlank: Bool) -> Target {
        let next = firstSlot(after: position)
        let container = innermostSlot(containing: position)
        if let container, next == nil || !isDescendant(next!, of: container) {
            return isBlank ? .dropped : .slot(container)
        }
        guard let next else { return .footer }
        if next == 0 && container == nil { return .header }
        if isBlank && slots[next].flow != nil { return .dropped }
        return .slot(next)
    }

    /// The entry or item that a comment after content on its line trails, if any.
    private func trailingSlot(for position: SourcePosition) -> Int? {
        guard var slot = lastSlot(before: position) else { return nil }
        while let flow = slots[slot].flow, flows[flow].end <= position {
            guard let owner = flows[flow].owner else { return nil }
            slot = owner
        }
        // The slot starts on this line (`key: value # c`, `key: # c`), or its value ends on it
        // (a multi-line quoted string or flow collection); a slot that merely spans this line
        // (`sections:` above a line `- # c`) does not own the comment.
        let owned = slots[slot].start.line == position.line || slots[slot].end.line == position.line
        return owned ? slot : nil
    }

    /// The last slot that starts before `position` (slots are in order of their starts).
    private func lastSlot(before position: SourcePosition) -> Int? {
        var low = 0, high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[middle].start < position { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// The first slot that starts after `position`.
    private func firstSlot(after position: SourcePosition) -> Int? {
        var low = 0, high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[middle].start <= position { low = middle + 1 } else { high = middle }
        }
        return low == slots.count ? nil : low
    }

    /// The innermost slot whose content spans `position`.
    private func innermostSlot(containing position: SourcePosition) -> Int? {
        var candidate = lastSlot(before: position)
        while let slot = candidate {
            if position < slots[slot].end { return slot }
            candidate = slots[slot].parent
        }
        return nil
    }

    private func isDescendant(_ slot: Int, of ancestor: Int) -> Bool {
        var current = slots[slot].parent
        while let parent = current {
            if parent == ancestor { return true }
            current = slots[parent].parent
        }
        return false
    }
}
