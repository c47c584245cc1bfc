/// A YAML value to write: built by callers in the order the keys should appear.
public indirect enum YAMLOutput: Sendable, Equatable {
    /// A string, quoted only where a plain scalar would change meaning or type.
    case string(String)
    /// A number, boolean or null, written as given (`40`, `2.5`, `true`).
    case literal(String)
    /// A list; short lists of plain strings may be written in flow style (`[a, b]`).
    case list([YAMLOutput], flowIfShort: Bool = false)
    /// A mapping, keys in order.
    case mapping([(key: String, value: YAMLOutput)])

    public static func == (lhs: YAMLOutput, rhs: YAMLOutput) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)), (.literal(let a), .literal(let b)): a == b
        case (.list(let a, let fa), .list(let b, let fb)): a == b && fa == fb
        case (.mapping(let a), .mapping(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}

/// Writes ``YAMLOutput`` as block-style YAML with two-space indentation, lists of mappings as
/// `- key: value`, and short lists of strings in flow style when they fit on the line.
public struct YAMLWriter: Sendable {
    /// The widest line a flow list may make.
    public var maxFlowWidth: Int

    /// Makes a writer.
    public init(maxFlowWidth: Int = 100) {
        self.maxFlowWidth = maxFlowWidth
    }

    /// The text of a top-level mapping, ending with a newline.
    public func write(_ value: YAMLOutput) -> String {
        var out = ""
        switch value {
        case .mapping(let pairs): writeMapping(pairs, indent: 0, into: &out)
        default: out = inline(value) ?? ""
            out += "\n"
        }
        return out
    }

    private func writeMapping(_ pairs: [(key: String, value: YAMLOutput)], indent: Int, into out: inout String, firstLinePrefixed: Bool = false) {
        let pad = String(repeating: " ", count: indent)
        for (index, pair) in pairs.enumerated() {
            let lead = (index == 0 && firstLinePrefixed) ? "" : pad
            // A key is a scalar like any other: quoted where a plain one would read otherwise
            // (an `x-` key can hold ": ", "#", a newline); a very long one as an explicit key,
            // since YAML readers take at most 1,024 characters as a key without `?`.
            let key = YAMLQuoting.scalar(pair.key)
            if key.unicodeScalars.count > 1_000 {
                out += lead + "? " + key + "\n"
                writeValue(pair.value, head: pad + ":", indent: indent, into: &out)
            } else {
                writeValue(pair.value, head: lead + key + ":", indent: indent, into: &out)
            }
        }
    }

    private func writeValue(_ value: YAMLOutput, head: String, indent: Int, into out: inout String) {
        switch value {
        case .string, .literal:
            out += head + " " + inline(value)! + "\n"
        case .list(let items, let flowIfShort):
            if items.isEmpty {
                out += head + " []\n"
                return
            }
            if flowIfShort, let flow = flowList(items), head.count + 1 + flow.count <= maxFlowWidth {
                out += head + " " + flow + "\n"
                return
            }
            out += head + "\n"
            writeList(items, indent: indent + 2, into: &out)
        case .mapping(let pairs):
            if pairs.isEmpty {
                out += head + " {}\n"
                return
            }
            out += head + "\n"
            writeMapping(pairs, indent: indent + 2, into: &out)
        }
    }

    private func writeList(_ items: [YAMLOutput], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case .mapping(let pairs) where !pairs.isEmpty:
                out += pad + "- "
                writeMapping(pairs, indent: indent + 2, into: &out, firstLinePrefixed: true)
            case .list(let inner, _) where !inner.isEmpty:
                out += pad + "-\n"
                writeList(inner, indent: indent + 2, into: &out)
            default:
                out += pad + "- " + (inline(item) ?? "") + "\n"
            }
        }
    }

    private func inline(_ value: YAMLOutput) -> String? {
        switch value {
        case .string(let text): YAMLQuoting.scalar(text)
        case .literal(let text): text
        case .list(let items, _) where items.isEmpty: "[]"
        case .mapping(let pairs) where pairs.isEmpty: "{}"
        default: nil
        }
    }

    private func flowList(_ items: [YAMLOutput]) -> String? {
        var parts: [String] = []
        for item in items {
            switch item {
            case .string(let text):
                if YAMLQuoting.style(for: text, inFlow: true) == .doubleQuoted { return nil }
                parts.append(YAMLQuoting.scalar(text, inFlow: true))
            case .literal(let text): parts.append(text)
            default: return nil
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
