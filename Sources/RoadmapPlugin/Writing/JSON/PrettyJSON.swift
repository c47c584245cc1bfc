import Foundation

/// A JSON text written straight from values, in the layout `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indents, `"key" : value`,
/// an empty list or object as an opening line, a blank line and a closing line, numbers as
/// Swift prints them without a trailing `.0`, and keys in the order of their UTF-8 bytes.
///
/// It builds the text in one pass, with no tree of values in between (the encoder builds one,
/// then copies its output twice): bytes go to a small buffer, moved into the text every 64 KiB,
/// or handed to a drain (standard output, a file) so that the whole text is never in memory.
///
/// Objects write their fields in the order given: the document writers call `field` in
/// ascending key order (the tests compare every document kind with `JSONEncoder`'s bytes), and
/// keys known only at run time go through ``sortedKeys(_:)``.
public struct PrettyJSON {
    /// The text up to the last move of the buffer.
    private var written = ""
    /// The UTF-8 bytes written since.
    private var bytes: [UInt8] = []
    /// When the buffer is moved into the text.
    private static let bufferSize = 1 << 16
    /// Where full buffers go; `nil` keeps them all, for ``finished()``.
    private let drain: ((String) -> Void)?
    /// False for a writer of list elements for another writer: it keeps all its bytes.
    private var movesBuffer = true
    /// For each open list or object: whether it has no element yet.
    private var openIsEmpty: [Bool] = []

    /// Starts an empty text. With a `drain`, the text goes there in pieces as it is written,
    /// the last one at ``finish()``; without, ``finished()`` returns it whole.
    public init(drain: ((String) -> Void)? = nil) {
        self.drain = drain
        bytes.reserveCapacity(Self.bufferSize + 1024)
    }

    /// The text so far (without a drain).
    public var text: String { written + String(decoding: bytes, as: UTF8.self) }

    /// Ends the text with a line break and moves what is left to the drain.
    public consuming func finish() {
        bytes.append(UInt8(ascii: "\n"))
        moveBuffer()
    }

    /// The finished text, ending with a line break.
    public consuming func finished() -> String {
        bytes.append(UInt8(ascii: "\n"))
        moveBuffer()
        return written
    }

    // MARK: - Containers

    /// Writes an object whose fields `body` writes.
    public mutating func object(_ body: (inout PrettyJSON) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    /// Writes a list of `elements`, each written by `element`.
    public mutating func list<Elements: Sequence>(_ elements: Elements, _ element: (inout PrettyJSON, Elements.Element) -> Void) {
        open("[")
        for item in elements {
            startElement()
            element(&self, item)
        }
        close("]")
    }

    /// Writes a list of `elements` as ``list(_:_:)`` does, the same bytes, but writes chunks of
    /// `chunkSize` elements on every core, a few chunks at a time (so that only those are in
    /// memory besides the text), and puts them together in order.
    public mutating func list<Element: Sendable>(_ elements: [Element], chunksOf chunkSize: Int,
                                                 _ element: @escaping @Sendable (inout PrettyJSON, Element) -> Void) {
        open("[")
        let depth = openIsEmpty.count
        let wave = max(1, chunkSize) * ProcessInfo.processInfo.activeProcessorCount
        for start in stride(from: 0, to: elements.count, by: wave) {
            let end = min(start + wave, elements.count)
            let pieces = ChunkedWork.map(count: end - start, chunkSize: chunkSize) { range in
                var part = PrettyJSON(insideOpenContainers: depth)
                for index in range {
                    part.startElement()
                    element(&part, elements[start + index])
                }
                return part.bytes
            }
            for piece in pieces { appendElements(piece) }
        }
        close("]")
    }

    /// A writer for elements of a list open `depth` containers deep in another writer, that
    /// already has elements: each element it writes starts with `,`, a new line and the indent.
    private init(insideOpenContainers depth: Int) {
        drain = nil
        movesBuffer = false
        openIsEmpty = Array(repeating: false, count: depth)
    }

    /// Appends elements another writer wrote for the open list (``init(insideOpenContainers:)``);
    /// the list's first element has no comma before it.
    private mutating func appendElements(_ piece: [UInt8]) {
        guard let last = openIsEmpty.indices.last, !piece.isEmpty else { return }
        bytes += openIsEmpty[last] ? piece.dropFirst() : piece[...]
        openIsEmpty[last] = false
        if bytes.count >= Self.bufferSize { moveBuffer() }
    }

    /// Writes the key of the next field of the open object; its value must follow.
    public mutating func key(_ key: String) {
        startElement()
        string(key)
        append(" : ")
    }

    // MARK: - Values

    /// Writes a string, escaping what JSON requires (quotes, backslashes, control characters:
    /// all ASCII, so the bytes of other characters are copied as they are).
    public mutating func string(_ value: String) {
        append("\"")
        var value = value
        value.withUTF8 { text in
            if !text.contains(where: Self.needsEscape) {
                bytes.append(contentsOf: text)
                return
            }
            for byte in text {
                if Self.needsEscape(byte) { bytes += Self.escape(byte) } else { bytes.append(byte) }
            }
        }
        append("\"")
    }

    /// Writes a whole number.
    public mutating func number(_ value: Int) {
        bytes += String(value).utf8
    }

    /// Writes a number as `JSONEncoder` does: `2.5`, `40` (never `40.0`), `1e-07`.
    public mutating func number(_ value: Double) {
        let shown = value.description
        bytes += shown.hasSuffix(".0") ? shown.utf8.dropLast(2) : shown.utf8[...]
    }

    /// Writes `true` or `false`.
    public mutating func boolean(_ value: Bool) {
        append(value ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() {
        append("null")
    }

    // MARK: - Fields

    /// A string field.
    public mutating func field(_ key: String, _ value: String) {
        self.key(key)
        string(value)
    }

    /// A string field, left out when `nil`.
    public mutating func field(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }

    /// A whole-number field.
    public mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        number(value)
    }

    /// A number field, left out when `nil`.
    public mutating func field(_ key: String, _ value: Double?) {
        guard let value else { return }
        self.key(key)
        number(value)
    }

    /// A boolean field, left out when `nil`.
    public mutating func field(_ key: String, _ value: Bool?) {
        guard let value else { return }
        self.key(key)
        boolean(value)
    }

    /// A list of strings, left out when `nil`.
    public mutating func field(_ key: String, _ values: [String]?) {
        guard let values else { return }
        self.key(key)
        list(values) { $0.string($1) }
    }

    /// A list of whole numbers.
    public mutating func field(_ key: String, _ values: [Int]) {
        self.key(key)
        list(values) { $0.number($1) }
    }

    /// A list of values that write themselves, left out when `nil`.
    public mutating func field<Value: PrettyJSONWritable>(_ key: String, _ values: [Value]?) {
        guard let values else { return }
        self.key(key)
        list(values) { json, value in value.write(to: &json) }
    }

    /// A value that writes itself, left out when `nil`.
    public mutating func field<Value: PrettyJSONWritable>(_ key: String, _ value: Value?) {
        guard let value else { return }
        self.key(key)
        value.write(to: &self)
    }

    /// An object of run-time keys (`x-` extensions), written in key order; left out when `nil`.
    public mutating func field<Value: PrettyJSONWritable>(_ key: String, _ values: [String: Value]?) {
        guard let values else { return }
        self.key(key)
        object { json in
            for entry in Self.sortedKeys(values.map { ($0.key, $0.value) }) {
                json.key(entry.key)
                entry.value.write(to: &json)
            }
        }
    }

    /// `entries` in the order `JSONEncoder` sorts keys: by their UTF-8 bytes; equal keys keep their order.
    public static func sortedKeys<Value>(_ entries: [(key: String, value: Value)]) -> [(key: String, value: Value)] {
        entries.enumerated().sorted { a, b in
            if a.element.key == b.element.key { return a.offset < b.offset }
            return a.element.key.utf8.lexicographicallyPrecedes(b.element.key.utf8)
        }.map(\.element)
    }

    // MARK: - Layout

    private mutating func open(_ bracket: StaticString) {
        append(bracket)
        openIsEmpty.append(true)
    }

    private mutating func close(_ bracket: StaticString) {
        let wasEmpty = openIsEmpty.popLast() ?? true
        append(wasEmpty ? "\n\n" : "\n")
        indent()
        append(bracket)
    }

    /// The separator before an element of the open list or object: a comma after the first,
    /// then a new line and the indent.
    private mutating func startElement() {
        if movesBuffer, bytes.count >= Self.bufferSize { moveBuffer() }
        guard let last = openIsEmpty.indices.last else { return }
        append(openIsEmpty[last] ? "\n" : ",\n")
        openIsEmpty[last] = false
        indent()
    }

    private mutating func indent() {
        for _ in 0..<(2 * openIsEmpty.count) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func moveBuffer() {
        let piece = String(decoding: bytes, as: UTF8.self)
        if let drain { drain(piece) } else { written += piece }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends a literal (`"`, `,\n`, ` : `…): byte by byte, cheaper than a bulk copy for so few.
    private mutating func append(_ literal: StaticString) {
        for index in 0..<literal.utf8CodeUnitCount { bytes.append(literal.utf8Start[index]) }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// How `JSONEncoder` writes a byte that needs escaping.
    private static func escape(_ byte: UInt8) -> String.UTF8View {
        let escaped: String
        switch byte {
        case UInt8(ascii: "\""): escaped = "\\\""
        case UInt8(ascii: "\\"): escaped = "\\\\"
        case 0x08: escaped = "\\b"
        case 0x09: escaped = "\\t"
        case 0x0A: escaped = "\\n"
        case 0x0C: escaped = "\\f"
        case 0x0D: escaped = "\\r"
        default:
            let hex = String(byte, radix: 16)
            escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        return escaped.utf8
    }
}

/// A value that writes itself as JSON (the plugin documents and their parts).
public protocol PrettyJSONWritable {
    /// Writes the value at the current position of `json`.
    func write(to json: inout PrettyJSON)
}
