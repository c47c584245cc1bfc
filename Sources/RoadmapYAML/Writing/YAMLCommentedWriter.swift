/// Writes a ``YAMLCommentedDocument`` in one canonical layout, with its comments:
///
/// - two-space indentation, block-style mappings (`key: value`), sequences indented under their
///   key, mappings in sequences as `- key: value`;
/// - a sequence of plain scalars in flow style (`[a, b]`) when it fits in ``maxWidth`` columns
///   and none of its items has a comment; otherwise a block list;
/// - scalars by their ``YAMLCommentedNode/Role``: as written (plain text kept, so numbers and
///   booleans stay the literals they were), or as text: quoted only where a plain scalar would
///   change meaning or type (``YAMLQuoting``), folded (`>-`) at about ``foldWidth`` columns when
///   the line would pass ``maxWidth`` and folding is lossless (one line, single spaces, no tabs,
///   no space at either end; a word is never broken), a literal block (`|`, `|-`) for text with
///   line breaks when that is lossless (no trailing spaces on a line, no control characters,
///   no leading space on the first line, at most one final line break), else double-quoted with
///   escapes; Unicode is written as is;
/// - whole-line comments and blank lines above their entry or item at its indentation (several
///   blank lines as one), trailing comments one space after the line's content; comments above
///   the first key of a mapping in a sequence go above its `- ` line, and a trailing comment of
///   such an item joins that line;
/// - a key longer than 1,000 characters as an explicit key (`? key` and `: value` lines), since
///   YAML readers take at most 1,024 characters as a key without `?`.
public struct YAMLCommentedWriter: Sendable {
    /// The widest a line may be before text is folded, and the widest a flow list may make a line.
    public var maxWidth: Int
    /// The width folded text is wrapped at.
    public var foldWidth: Int

    /// Makes a writer.
    public init(maxWidth: Int = 100, foldWidth: Int = 80) {
        self.maxWidth = maxWidth
        self.foldWidth = foldWidth
    }

    /// The document's text, ending with one line break.
    public func write(_ document: YAMLCommentedDocument) -> String {
        var out: [String] = []
        emit(document.header, indent: 0, into: &out)
        switch document.root.content {
        case .mapping(let entries) where !entries.isEmpty:
            writeEntries(entries, indent: 0, firstHead: nil, extraTrailing: [], into: &out)
        case .sequence(let items) where !items.isEmpty:
            writeItems(items, indent: 0, into: &out)
        case .mapping:
            out.append("{}")
        case .sequence:
            out.append("[]")
        case .scalar(let scalar):
            switch render(scalar, role: document.root.role, prefixWidth: 0, contentIndent: 2) {
            case .inline(let text): out.append(text)
            case .block(let header, let lines): out.append(header)
                out += lines
            }
        }
        emit(document.footer, indent: 0, into: &out)
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Collections

    private func emit(_ lines: [YAMLCommentLine], indent: Int, into out: inout [String]) {
        for line in lines {
            switch line {
            case .blank:
                if let last = out.last, !last.isEmpty { out.append("") }
            case .comment(let text):
                out.append(String(repeating: " ", count: indent) + text)
            }
        }
    }

    private func trailingText(_ comments: [String]) -> String {
        comments.isEmpty ? "" : " " + comments.joined(separator: " ")
    }

    /// Writes entries at `indent`; the first one after `firstHead` (`- ` of a list item) when given,
    /// its leading lines already written by the caller.
    private func writeEntries(_ entries: [YAMLCommentedEntry], indent: Int, firstHead: String?, extraTrailing: [String],
                              into out: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for (index, entry) in entries.enumerated() {
            if index == 0, let firstHead {
                writeEntry(entry, head: firstHead, indent: indent, extraTrailing: extraTrailing, into: &out)
            } else {
                emit(entry.leading, indent: indent, into: &out)
                writeEntry(entry, head: pad, indent: indent, extraTrailing: [], into: &out)
            }
        }
    }

    private func writeEntry(_ entry: YAMLCommentedEntry, head: String, indent: Int, extraTrailing: [String], into out: inout [String]) {
        let key = keyText(entry.key)
        let prefix: String
        if key.unicodeScalars.count > 1_000 {
            // libyaml reads a key without `?` only if it is at most 1024 characters long.
            out.append(head + "? " + key)
            prefix = String(repeating: " ", count: indent) + ":"
        } else {
            prefix = head + key + ":"
        }
        let comment = trailingText(extraTrailing + entry.trailing)
        switch entry.value.content {
        case .scalar(let scalar):
            switch render(scalar, role: entry.value.role, prefixWidth: prefix.count + 1, contentIndent: indent + 2) {
            case .inline(let text):
                out.append((text.isEmpty ? prefix : prefix + " " + text) + comment)
            case .block(let header, let lines):
                out.append(prefix + " " + header + comment)
                out += lines
            }
        case .sequence(let items):
            if items.isEmpty {
                out.append(prefix + " []" + comment)
            } else if let flow = flowText(items), prefix.count + 1 + flow.count <= maxWidth {
                out.append(prefix + " " + flow + comment)
            } else {
                out.append(prefix + comment)
                writeItems(items, indent: indent + 2, into: &out)
            }
        case .mapping(let entries):
            if entries.isEmpty {
                out.append(prefix + " {}" + comment)
            } else {
                out.append(prefix + comment)
                writeEntries(entries, indent: indent + 2, firstHead: nil, extraTrailing: [], into: &out)
            }
        }
    }

    private func writeItems(_ items: [YAMLCommentedItem], indent: Int, into out: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            let comment = trailingText(item.trailing)
            switch item.value.content {
            case .mapping(let entries) where !entries.isEmpty:
                emit(YAMLCommentLine.collapsingBlanks(item.leading + entries[0].leading), indent: indent, into: &out)
                writeEntries(entries, indent: indent + 2, firstHead: pad + "- ", extraTrailing: item.trailing, into: &out)
            case .mapping:
                emit(item.leading, indent: indent, into: &out)
                out.append(pad + "- {}" + comment)
            case .sequence(let inner):
                emit(item.leading, indent: indent, into: &out)
                if inner.isEmpty {
                    out.append(pad + "- []" + comment)
                } else if let flow = flowText(inner), indent + 2 + flow.count <= maxWidth {
                    out.append(pad + "- " + flow + comment)
                } else {
                    out.append(pad + "-" + comment)
                    writeItems(inner, indent: indent + 2, into: &out)
                }
            case .scalar(let scalar):
                emit(item.leading, indent: indent, into: &out)
                switch render(scalar, role: item.value.role, prefixWidth: indent + 2, contentIndent: indent + 2) {
                case .inline(let text):
                    out.append((text.isEmpty ? pad + "-" : pad + "- " + text) + comment)
                case .block(let header, let lines):
                    out.append(pad + "- " + header + comment)
                    out += lines
                }
            }
        }
    }
    /// `[a, b]` when every item is a scalar that can be written plain in a flow collection and
    /// no item has a comment.
    func flowText(_ items: [YAMLCommentedItem]) -> String? {
        var parts: [String] = []
        for item in items {
            guard item.trailing.isEmpty, !item.leading.contains(where: { $0 != .blank }),
                  let scalar = item.value.scalar else { return nil }
            if scalar.isNull {
                let text = Self.nullText(scalar)
                guard !text.isEmpty else { return nil }
                parts.append(text)
                continue
            }
            if item.value.role == .asWritten, let text = Self.asWrittenInline(scalar, inFlow: true) {
                parts.append(text)
                continue
            }
            guard scalar.tag != .integer, scalar.tag != .float, scalar.tag != .boolean,
                  YAMLQuoting.style(for: scalar.value, inFlow: true) == .plain,
                  Self.isPlainSyntaxSafe(scalar.value, inFlow: true) else { return nil }
            parts.append(scalar.value)
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    // MARK: - Scalars

    /// A scalar as written on its line, or as a block scalar: a header (`|-`, `>-`) and its lines,
    /// already indented.
    enum Rendered: Equatable {
        case inline(String)
        case block(header: String, lines: [String])
    }

    /// `scalar` written after `prefixWidth` columns of its line; block lines are indented by `contentIndent`.
    func render(_ scalar: YAMLScalar, role: YAMLCommentedNode.Role, prefixWidth: Int, contentIndent: Int) -> Rendered {
        if scalar.isNull { return .inline(Self.nullText(scalar)) }
        if role == .asWritten, let text = Self.asWrittenInline(scalar, inFlow: false) { return .inline(text) }
        return string(scalar.value, prefixWidth: prefixWidth, contentIndent: contentIndent)
    }

    /// A null as it was written: `~`, `null`, nothing at all, or `!!null`.
    static func nullText(_ scalar: YAMLScalar) -> String {
        guard scalar.tag == .null else { return scalar.value }
        if scalar.value.isEmpty { return "!!null" }
        return "!!null " + (isPlainSyntaxSafe(scalar.value, inFlow: false) ? scalar.value : YAMLQuoting.doubleQuoted(scalar.value))
    }

    /// A plain scalar's own text, or a non-string tag with its text; `nil` for strings that take
    /// the string layout.
    static func asWrittenInline(_ scalar: YAMLScalar, inFlow: Bool) -> String? {
        switch scalar.tag {
        case nil:
            guard scalar.style == .plain, isPlainSyntaxSafe(scalar.value, inFlow: inFlow) else { return nil }
            return scalar.value
        case .integer?, .float?, .boolean?:
            let body = scalar.style == .plain && isPlainSyntaxSafe(scalar.value, inFlow: inFlow) ? scalar.value : YAMLQuoting.doubleQuoted(scalar.value)
            return "!!\(scalar.tag!.rawValue) \(body)"
        default:
            return nil
        }
    }

    /// A string: plain or quoted on one line, folded when long, a literal block when multi-line.
    func string(_ text: String, prefixWidth: Int, contentIndent: Int) -> Rendered {
        let scalars = text.unicodeScalars
        if scalars.contains(where: { Self.isLineBreak($0) }) {
            if let lines = literalLines(text, indent: contentIndent) {
                return .block(header: text.hasSuffix("\n") ? "|" : "|-", lines: lines)
            }
            return .inline(YAMLQuoting.doubleQuoted(text))
        }
        if scalars.contains(where: YAMLQuoting.needsEscape) { return .inline(YAMLQuoting.doubleQuoted(text)) }
        let written = YAMLQuoting.scalar(text)
        if prefixWidth + written.count > maxWidth, let lines = foldedLines(text, indent: contentIndent) {
            return .block(header: ">-", lines: lines)
        }
        return .inline(written)
    }

    /// The lines of a literal block for `text`, or `nil` when a literal block would not read back
    /// as exactly `text`.
    func literalLines(_ text: String, indent: Int) -> [String]? {
        var body = Substring(text)
        if body.hasSuffix("\n") { body = body.dropLast() }
        guard !body.isEmpty, !body.hasSuffix("\n") else { return nil }
        for scalar in body.unicodeScalars where scalar != "\n" && YAMLQuoting.needsEscape(scalar) {
            return nil
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first(where: { !$0.isEmpty }), !first.hasPrefix(" "),
              !lines.contains(where: { $0.hasSuffix(" ") }) else { return nil }
        let pad = String(repeating: " ", count: indent)
        return lines.map { $0.isEmpty ? "" : pad + $0 }
    }

    /// The lines of a folded block for `text`, wrapped at ``foldWidth``, or `nil` when folding
    /// would not read back as exactly `text` or would not split it.
    func foldedLines(_ text: String, indent: Int) -> [String]? {
        guard !text.hasPrefix(" "), !text.hasSuffix(" "), !text.contains("  "),
              !text.unicodeScalars.contains(where: { YAMLQuoting.needsEscape($0) }) else { return nil }
        let width = max(foldWidth - indent, 30)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        guard lines.count > 1 else { return nil }
        let pad = String(repeating: " ", count: indent)
        return lines.map { pad + $0 }
    }

    /// A key: plain when it was plain and still reads the same, else quoted.
    func keyText(_ key: YAMLScalar) -> String {
        if key.isNull { return Self.nullText(key) }
        if let text = Self.asWrittenInline(key, inFlow: false) { return text }
        return YAMLQuoting.scalar(key.value)
    }

    // MARK: - Characters

    /// Line breaks as libyaml reads them: LF, CR, NEL, LS, PS.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// True when `text` written plain is read back as `text`, by syntax alone: what a plain scalar
    /// may not start with, end with or hold. (Whether it reads as a string is not asked here.)
    public static func isPlainSyntaxSafe(_ text: String, inFlow: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if scalars.contains(where: { YAMLQuoting.needsEscape($0) }) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if ",[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if "-?:".unicodeScalars.contains(first) {
            guard scalars.count > 1, scalars[1] != " " else { return false }
            if inFlow, ",[]{}".unicodeScalars.contains(scalars[1]) { return false }
        }
        if YAMLQuoting.hasCommentOrMappingMark(text) { return false }
        if inFlow, scalars.contains(where: { ",[]{}:".unicodeScalars.contains($0) }) { return false }
        return true
    }
}
