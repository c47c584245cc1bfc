/// A list item as written: its first paragraph (raw inline Markdown), any further paragraphs,
/// and its nested items.
struct MarkdownListItem: Equatable, Sendable {
    var text: String
    var line: Int
    var paragraphs: [String] = []
    var children: [MarkdownListItem] = []
}

/// A block of a Markdown document, as far as an outline needs: headings, paragraphs, lists.
/// Code, front matter, comments, thematic breaks and link reference definitions are gone.
enum MarkdownBlock: Equatable, Sendable {
    case heading(level: Int, text: String, line: Int)
    case paragraph(text: String, line: Int)
    case list([MarkdownListItem])
    /// A GFM table: its header cells and its rows (raw inline Markdown), at its header's line.
    case table(header: [String], rows: [MarkdownTableRow], line: Int)
}

/// A row of a table: its cells as written, and its line.
struct MarkdownTableRow: Equatable, Sendable {
    var cells: [String]
    var line: Int
}

/// A Markdown document split into blocks, with its link reference definitions.
struct MarkdownBlocks: Sendable {
    var blocks: [MarkdownBlock]
    /// Definitions by normalised label (`[1]: https://…`), the first of each label.
    var references: [String: String]
}

/// A line-based reader of the block structure of CommonMark/GFM, lenient where articles in
/// the wild are sloppy: list nesting by any deeper indentation (2 or 4 spaces, tabs), lazy
/// continuation lines, unclosed comments.
enum MarkdownBlockParser {
    /// One line of the document after front matter, code and comments are taken out.
    private struct Line {
        var number: Int
        /// The text; empty for a blank line.
        var text: String
    }

    /// The blocks of `source`.
    static func parse(_ source: String) -> MarkdownBlocks {
        var text = source
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var raw = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
        if raw.last == "" { raw.removeLast() }
        let frontMatterEnd = frontMatter(raw)
        var lines: [Line] = []
        var fence: (char: Character, count: Int)?
        var inComment = false
        for (index, original) in raw.enumerated() {
            let number = index + 1
            if index < frontMatterEnd { continue }
            if let open = fence {
                if closesFence(original, open) { fence = nil }
                lines.append(Line(number: number, text: ""))
                continue
            }
            var line = original
            if inComment {
                guard let end = line.range(of: "-->") else { continue }
                line = String(line[end.upperBound...])
                inComment = false
            }
            while let start = line.range(of: "<!--") {
                if let end = line[start.upperBound...].range(of: "-->") {
                    line.removeSubrange(start.lowerBound..<end.upperBound)
                } else {
                    line = String(line[..<start.lowerBound])
                    inComment = true
                    break
                }
            }
            let blank = line.allSatisfy(\.isWhitespace)
            if blank && !original.allSatisfy(\.isWhitespace) { continue }  // a line that held only a comment
            if let open = opensFence(line) {
                fence = open
                lines.append(Line(number: number, text: ""))
                continue
            }
            lines.append(Line(number: number, text: blank ? "" : line))
        }
        var references: [String: String] = [:]
        lines = lines.filter { line in
            guard let (label, destination) = referenceDefinition(line.text) else { return true }
            if !label.hasPrefix("^") {
                let key = MarkdownInlineParser.normalizeLabel(label)
                if references[key] == nil { references[key] = destination }
            }
            return false
        }
        return MarkdownBlocks(blocks: blocks(of: lines), references: references)
    }

    /// A list item under construction.
    private final class ItemBox {
        let markerIndent: Int
        let line: Int
        var text: [String]
        var paragraphs: [[String]] = []
        var children: [ItemBox] = []

        init(markerIndent: Int, line: Int, text: String) {
            self.markerIndent = markerIndent
            self.line = line
            self.text = [text]
        }

        var frozen: MarkdownListItem {
            MarkdownListItem(text: text.joined(separator: "\n"), line: line,
                             paragraphs: paragraphs.map { $0.joined(separator: "\n") }, children: children.map(\.frozen))
        }
    }

    private static func blocks(of lines: [Line]) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [String] = []
        var paragraphLine = 0
        var roots: [ItemBox] = []
        var stack: [ItemBox] = []
        var sawBlank = false
        var table: (header: [String], rows: [MarkdownTableRow], line: Int)?

        func closeTable() {
            if let open = table { blocks.append(.table(header: open.header, rows: open.rows, line: open.line)) }
            table = nil
        }
        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(text: paragraph.joined(separator: "\n"), line: paragraphLine)) }
            paragraph = []
        }
        func closeList() {
            if !roots.isEmpty { blocks.append(.list(roots.map(\.frozen))) }
            roots = []
            stack = []
            sawBlank = false
        }

        for line in lines {
            if table != nil {
                // A table goes on while its lines hold a `|` (GFM: up to a blank line or another block).
                let (_, rest) = indentation(line.text)
                if !line.text.isEmpty, rest.contains("|"), atxHeading(rest) == nil {
                    table?.rows.append(MarkdownTableRow(cells: tableCells(rest), line: line.number))
                    continue
                }
                closeTable()
            }
            if line.text.isEmpty {
                if stack.isEmpty { flushParagraph() } else { sawBlank = true }
                continue
            }
            var (indent, rest) = indentation(line.text)
            while rest.hasPrefix(">") {  // block quotes are read as their content
                var inner = rest.dropFirst()
                if inner.first == " " { inner = inner.dropFirst() }
                (indent, rest) = indentation(String(inner))
            }
            if rest.isEmpty {
                if stack.isEmpty { flushParagraph() } else { sawBlank = true }
                continue
            }
            let inList = !stack.isEmpty
            if indent <= 3, let (level, title) = atxHeading(rest) {
                flushParagraph()
                closeList()
                blocks.append(.heading(level: level, text: title, line: line.number))
                continue
            }
            if !inList, !paragraph.isEmpty, indent <= 3, let level = setextLevel(rest) {
                blocks.append(.heading(level: level, text: paragraph.joined(separator: " "), line: paragraphLine))
                paragraph = []
                continue
            }
            if indent <= 3, isThematicBreak(rest) {
                flushParagraph()
                closeList()
                continue
            }
            if indent <= 3, !inList, let header = paragraph.last, header.contains("|"), isDelimiterRow(rest),
               tableCells(Substring(header)).count == tableCells(rest).count {
                // The paragraph's last line is the table's header.
                paragraph.removeLast()
                let headerLine = paragraphLine + paragraph.count
                flushParagraph()
                table = (tableCells(Substring(header)), [], headerLine)
                continue
            }
            if let marker = listMarker(rest),
               inList || paragraph.isEmpty || (!marker.content.isEmpty && (!marker.ordered || marker.number == 1)) {
                flushParagraph()
                while let last = stack.last, last.markerIndent >= indent { stack.removeLast() }
                // `- ### Title`: a heading inside an item is its text.
                let content = atxHeading(Substring(marker.content)).map(\.1) ?? marker.content
                let item = ItemBox(markerIndent: indent, line: line.number, text: content)
                if let parent = stack.last { parent.children.append(item) } else { roots.append(item) }
                stack.append(item)
                sawBlank = false
                continue
            }
            if let item = stack.last {
                if !sawBlank {
                    if item.paragraphs.isEmpty { item.text.append(String(rest)) } else { item.paragraphs[item.paragraphs.count - 1].append(String(rest)) }
                    continue
                }
                if indent > stack[0].markerIndent {
                    while stack.count > 1, let last = stack.last, last.markerIndent >= indent { stack.removeLast() }
                    stack[stack.count - 1].paragraphs.append([String(rest)])
                    sawBlank = false
                    continue
                }
                closeList()
            }
            if paragraph.isEmpty {
                if indent >= 4 { continue }  // an indented code block
                paragraphLine = line.number
            }
            paragraph.append(String(rest))
        }
        closeTable()
        flushParagraph()
        closeList()
        return blocks
    }

    /// The columns of leading white space (a tab goes to the next multiple of 4) and the rest.
    static func indentation(_ text: String) -> (columns: Int, rest: Substring) {
        var columns = 0
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " {
                columns += 1
            } else if text[index] == "\t" {
                columns += 4 - columns % 4
            } else {
                break
            }
            index = text.index(after: index)
        }
        var rest = text[index...]
        if let last = rest.lastIndex(where: { !$0.isWhitespace }) { rest = rest[...last] } else { rest = rest[rest.startIndex..<rest.startIndex] }
        return (columns, rest)
    }

    /// `## Title ##`: the level and the title without the closing sequence.
    /// A table's delimiter row: `---|:---:`, `| --- | ---: |`.
    static func isDelimiterRow(_ text: Substring) -> Bool {
        let cells = tableCells(text)
        return !cells.isEmpty && text.contains("-") && cells.allSatisfy { cell in
            var body = Substring(cell)
            if body.hasPrefix(":") { body = body.dropFirst() }
            if body.hasSuffix(":") { body = body.dropLast() }
            return !body.isEmpty && body.allSatisfy { $0 == "-" }
        } && (text.contains("|") || cells.count == 1 && text.hasPrefix("|"))
    }

    /// The cells of a table line: split at each `|` outside a code span and not escaped, the
    /// outer pipes dropped, each cell trimmed.
    static func tableCells(_ text: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var inCode = false
        var escaped = false
        for character in text {
            if escaped {
                if character != "|" { cell.append("\\") }   // `\|` is a pipe in the cell
                cell.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "`": inCode.toggle(); cell.append(character)
            case "|" where !inCode:
                cells.append(cell)
                cell = ""
            default: cell.append(character)
            }
        }
        cells.append(cell)
        var trimmed = cells.map { $0.mdTrimmed() }
        let line = text.mdTrimmed()
        if line.hasPrefix("|"), trimmed.first == "" { trimmed.removeFirst() }
        if line.hasSuffix("|"), !line.hasSuffix("\\|"), trimmed.last == "", trimmed.count > 0 { trimmed.removeLast() }
        if escaped, !trimmed.isEmpty { trimmed[trimmed.count - 1] += "\\" }
        return trimmed
    }

    static func atxHeading(_ text: Substring) -> (Int, String)? {
        let level = text.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        var body = text.dropFirst(level)
        guard body.isEmpty || body.first == " " || body.first == "\t" else { return nil }
        body = body.drop { $0 == " " || $0 == "\t" }
        let trailing = body.reversed().prefix { $0 == "#" }.count
        if trailing == body.count {
            body = ""
        } else if trailing > 0 {
            let beforeHashes = body.dropLast(trailing)
            if beforeHashes.last == " " || beforeHashes.last == "\t" { body = beforeHashes }
        }
        return (level, String(body).mdTrimmed())
    }

    /// `===` (level 1) or `---` (level 2) under a paragraph.
    static func setextLevel(_ text: Substring) -> Int? {
        if text.allSatisfy({ $0 == "=" }) { return 1 }
        if text.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// `***`, `---`, `___`, also spaced (`- - -`).
    static func isThematicBreak(_ text: Substring) -> Bool {
        // Most lines start with another character: answered without reading the rest.
        guard let lead = text.unicodeScalars.first(where: { $0 != " " && $0 != "\t" }), lead == "-" || lead == "*" || lead == "_" else { return false }
        let marks = text.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// A list marker (`-`, `*`, `+`, `1.`, `1)`) and the item's text (a task box `[ ]` dropped).
    static func listMarker(_ text: Substring) -> (ordered: Bool, number: Int, content: String)? {
        var ordered = false
        var number = 0
        var rest: Substring
        if let first = text.first, "-*+".contains(first) {
            rest = text.dropFirst()
        } else {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let next = text.dropFirst(digits.count).first, next == "." || next == ")" else { return nil }
            ordered = true
            number = Int(digits) ?? 0
            rest = text.dropFirst(digits.count + 1)
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var content = String(rest).mdTrimmed()
        for box in ["[ ] ", "[x] ", "[X] "] where content.hasPrefix(box) {
            content = String(content.dropFirst(box.count)).mdTrimmed()
        }
        return (ordered, number, content)
    }

    /// The end (exclusive line index) of a YAML (`---`) or TOML (`+++`) front matter block, or 0.
    static func frontMatter(_ lines: [String]) -> Int {
        guard let first = lines.first?.mdTrimmed(), first == "---" || first == "+++" else { return 0 }
        for index in lines.indices.dropFirst() {
            let line = lines[index]
            let trimmed = line.mdTrimmed()
            if trimmed == first || (first == "---" && trimmed == "...") { return index + 1 }
            let looksLikeData = trimmed.isEmpty || line.first == " " || line.first == "\t" || trimmed.hasPrefix("#")
                || trimmed.hasPrefix("- ") || trimmed.contains(":") || trimmed.contains("=") || trimmed.hasPrefix("[")
            if !looksLikeData { return 0 }
        }
        return 0
    }

    /// An opening code fence (three or more backticks or tildes, at any indentation).
    static func opensFence(_ line: String) -> (char: Character, count: Int)? {
        let rest = indentation(line).rest
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let count = rest.prefix { $0 == first }.count
        guard count >= 3 else { return nil }
        if first == "`" && rest.dropFirst(count).contains("`") { return nil }
        return (first, count)
    }

    static func closesFence(_ line: String, _ fence: (char: Character, count: Int)) -> Bool {
        let rest = indentation(line).rest
        let count = rest.prefix { $0 == fence.char }.count
        return count >= fence.count && count == rest.count
    }

    /// `[label]: destination "title"`: the label and the destination.
    static func referenceDefinition(_ line: String) -> (String, String)? {
        let (indent, rest) = indentation(line)
        guard indent <= 3, rest.first == "[" else { return nil }
        let chars = Array(rest)
        guard let close = MarkdownInlineParser.closingBracket(chars, from: 0), close > 1,
              close + 1 < chars.count, chars[close + 1] == ":" else { return nil }
        let label = String(chars[1..<close])
        var after = String(chars[(close + 2)...]).mdTrimmed()
        if label.hasPrefix("^") { return (label, "") }  // a footnote definition
        var destination: String
        if after.hasPrefix("<") {
            guard let end = after.firstIndex(of: ">") else { return nil }
            destination = String(after[after.index(after: after.startIndex)..<end]).replacingOccurrences(of: " ", with: "%20")
            after = String(after[after.index(after: end)...]).mdTrimmed()
        } else {
            let token = after.prefix { !$0.isWhitespace }
            destination = String(token)
            after = String(after.dropFirst(token.count)).mdTrimmed()
        }
        guard !destination.isEmpty else { return nil }
        if !after.isEmpty {
            guard let open = after.first, let last = after.last, after.count >= 2,
                  (open == "\"" && last == "\"") || (open == "'" && last == "'") || (open == "(" && last == ")") else { return nil }
        }
        return (label, destination)
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func mdTrimmed() -> String {
        // Cut once at the first and last non-blank characters (`dropLast()` one at a time
        // would count the text again for each).
        guard let start = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...last])
    }
}
