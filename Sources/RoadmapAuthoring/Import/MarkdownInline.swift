import Foundation

/// One piece of a line of Markdown after inline parsing: text (emphasis, code marks, inline
/// HTML and escapes removed) or a link.
enum MarkdownInline: Equatable, Sendable {
    /// Plain text.
    case text(String)
    /// A link: its visible text and its destination as written (not yet checked).
    case link(text: String, destination: String, bare: Bool)
    /// A link whose text is only images (a badge: build status, licence, "awesome"): its
    /// images' alternative text and its destination. Neither a resource nor part of a title.
    case badge(alt: String, destination: String)

    /// The text a reader sees.
    var visibleText: String {
        switch self {
        case .text(let text): text
        case .link(let text, _, _): text
        case .badge: ""
        }
    }
}

/// Inline Markdown: links (inline, reference, autolinks, bare URLs), images, code spans,
/// emphasis, inline HTML, entities and backslash escapes. Lenient: whatever is not a
/// well-formed construct stays as text.
struct MarkdownInlineParser {
    /// Link reference definitions, by normalised label.
    var references: [String: String]
    /// Labels of full reference links (`[text][label]`) that had no definition.
    private(set) var undefinedReferences: [String] = []

    init(references: [String: String]) {
        self.references = references
    }

    /// A reference label as definitions and uses are matched: case folded, white space collapsed.
    static func normalizeLabel(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The pieces of `text`, adjacent text merged, white space collapsed.
    mutating func parse(_ text: String) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        parse(Array(text), into: &out, insideLink: false)
        return Self.merged(out)
    }

    /// The visible text of `text`, links replaced by their text.
    mutating func plainText(_ text: String) -> String {
        Self.collapse(parse(text).map(\.visibleText).joined())
    }

    /// White space runs made one space, trimmed.
    static func collapse(_ text: String) -> String {
        // On Unicode scalars, ASCII answered by value: this runs on every piece of text.
        var out = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            let space = scalar.value < 0x80
                ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
                : scalar.properties.isWhitespace || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}"
            if space {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" ") }
                pending = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func merged(_ pieces: [MarkdownInline]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        for piece in pieces {
            if case .text(let next) = piece, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(piece)
            }
        }
        return result.compactMap { piece in
            if case .text(let text) = piece { return text.isEmpty ? nil : piece }
            return piece
        }
    }

    private static let escapable: Set<Character> = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// How far a link's closing bracket, its destination or a code span's end is looked for:
    /// longer ones are read as text, which keeps pathological lines (`[[[[…`) linear.
    static let searchWindow = 2_000

    private mutating func parse(_ chars: [Character], into out: inout [MarkdownInline], insideLink: Bool) {
        let pairs = Self.bracketPairs(chars)
        // For each position, the next `)` at or after it: a `](` with none in reach is no link,
        // found at once (50,000 unclosed `[x](` would otherwise each scan the search window).
        var nextClose = [Int](repeating: Int.max, count: chars.count + 1)
        if !chars.isEmpty {
            for index in stride(from: chars.count - 1, through: 0, by: -1) {
                nextClose[index] = chars[index] == ")" ? index : nextClose[index + 1]
            }
        }
        var index = 0
        var text = ""
        func flush() {
            if !text.isEmpty { out.append(.text(text)); text = "" }
        }
        // A `*` or `_` with no other of its kind in the text is no emphasis (`A* search`).
        var anchorCloses: [Int]?   // for each position, the next `</a`: made at the first `<a `
        let stars = chars.reduce(0) { $0 + ($1 == "*" ? 1 : 0) }
        let underscores = chars.reduce(0) { $0 + ($1 == "_" ? 1 : 0) }
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "\\":
                if index + 1 < chars.count, Self.escapable.contains(chars[index + 1]) {
                    text.append(chars[index + 1])
                    index += 2
                } else {
                    text.append(char)
                    index += 1
                }
            case "`":
                if let (code, end) = Self.codeSpan(chars, at: index) {
                    text += code
                    index = end
                } else {
                    let run = Self.run(of: "`", in: chars, at: index)
                    index += run
                }
            case "!" where index + 1 < chars.count && chars[index + 1] == "[":
                if insideLink {
                    // An image inside a link: its alternative text is (part of) the link's text.
                    if let close = pairs[index + 1], close + 1 < chars.count, chars[close + 1] == "(",
                       let (_, end) = Self.inlineDestination(chars, from: close + 1) {
                        text += String(chars[(index + 2)..<close])
                        index = end
                    } else {
                        text.append(char)
                        index += 1
                    }
                } else if let link = linkAt(chars, index + 1, pairs: pairs, nextClose: nextClose) {
                    index = link.end  // an image elsewhere is dropped
                } else {
                    text.append(char)
                    index += 1
                }
            case "[":
                if index + 1 < chars.count, chars[index + 1] == "^", let close = pairs[index] {
                    index = close + 1  // a footnote reference
                } else if !insideLink, let link = linkAt(chars, index, pairs: pairs, nextClose: nextClose) {
                    if let destination = link.destination, let close = pairs[index], let alt = imagesOnly(Array(chars[(index + 1)..<close])) {
                        flush()
                        out.append(.badge(alt: alt, destination: destination))
                    } else if let destination = link.destination {
                        flush()
                        out.append(.link(text: link.text, destination: destination, bare: false))
                    } else {
                        text += link.text  // `[text][label]` without a definition: its text
                    }
                    index = link.end
                } else {
                    text.append(char)
                    index += 1
                }
            case "<":
                if !insideLink, index + 2 < chars.count, chars[index + 1] == "a" || chars[index + 1] == "A", chars[index + 2].isWhitespace,
                   let anchor = Self.htmlAnchor(chars, at: index, closes: &anchorCloses) {
                    // `<a href="https://…">text</a>`: a link like any other.
                    flush()
                    out.append(.link(text: anchor.text, destination: anchor.destination, bare: false))
                    index = anchor.end
                } else if let (destination, end) = Self.autolink(chars, at: index) {
                    if insideLink {
                        text += destination
                    } else {
                        flush()
                        out.append(.link(text: destination, destination: destination, bare: true))
                    }
                    index = end
                } else if let (tag, end) = Self.htmlTag(chars, at: index) {
                    let name = tag.lowercased()
                    if name == "br" || name == "p" || name == "/p" || name == "li" || name == "div" || name == "/div" { text += " " }
                    index = end
                } else {
                    text.append(char)
                    index += 1
                }
            case "&":
                if let (decoded, end) = Self.entity(chars, at: index) {
                    text += decoded
                    index = end
                } else {
                    text.append(char)
                    index += 1
                }
            case "*", "_", "~":
                let run = Self.run(of: char, in: chars, at: index)
                let before = index > 0 ? chars[index - 1] : " "
                let after = index + run < chars.count ? chars[index + run] : " "
                var keep: Bool
                switch char {
                case "_": keep = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
                case "~": keep = run == 1
                default: keep = before.isWhitespace && after.isWhitespace
                }
                if (char == "*" && run == stars) || (char == "_" && run == underscores) { keep = true }
                if keep { text += String(repeating: char, count: run) }
                index += run
            case "h", "H":
                if !insideLink, index == 0 || !(chars[index - 1].isLetter || chars[index - 1].isNumber),
                   let (url, end) = Self.bareURL(chars, at: index) {
                    flush()
                    out.append(.link(text: url, destination: url, bare: true))
                    index = end
                } else {
                    text.append(char)
                    index += 1
                }
            default:
                text.append(char == "\u{00A0}" || char == "\t" ? " " : char)
                index += 1
            }
        }
        flush()
    }

    /// A link or image body starting at the `[` at `start`: `[text](dest "title")`,
    /// `[text][label]`, `[text][]` or `[text]` with a definition.
    ///
    /// What follows the `]` is checked first and the text inside parsed only for a link that is
    /// one: a line of nested brackets that are no links (`[[[…[x](](`) is not parsed again for
    /// every `[`.
    private mutating func linkAt(_ chars: [Character], _ start: Int, pairs: [Int: Int], nextClose: [Int]) -> (text: String, destination: String?, end: Int)? {
        guard let close = pairs[start] else { return nil }
        let inner = chars[(start + 1)..<close]
        let next = close + 1
        let found: (destination: String?, end: Int)
        if next < chars.count, chars[next] == "(" {
            guard nextClose[next] - next <= Self.searchWindow,
                  let (destination, end) = Self.inlineDestination(chars, from: next) else { return nil }
            found = (destination, end)
        } else if next < chars.count, chars[next] == "[", let labelClose = pairs[next] {
            let written = String(chars[(next + 1)..<labelClose])
            let key = (written.isEmpty ? inner.count : written.count) > 999 ? "" : Self.normalizeLabel(written.isEmpty ? String(inner) : written)
            if let destination = references[key] {
                found = (destination, labelClose + 1)
            } else {
                guard !written.isEmpty else { return nil }
                undefinedReferences.append(written)
                found = (nil, labelClose + 1)
            }
        } else if !references.isEmpty, inner.count <= 999, let destination = references[Self.normalizeLabel(String(inner))] {
            // (A link label is at most 999 characters, as CommonMark has it: longer text is none.)
            found = (destination, next)
        } else {
            return nil
        }
        var innerPieces: [MarkdownInline] = []
        parse(Array(inner), into: &innerPieces, insideLink: true)
        let label = Self.collapse(innerPieces.map(\.visibleText).joined())
        return (label, found.destination, found.end)
    }

    /// For every `[` that is closed, the index of its `]`, skipping code spans and escapes: one
    /// pass, so that lines full of brackets stay linear.
    static func bracketPairs(_ chars: [Character]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var open: [Int] = []
        var index = 0
        while index < chars.count {
            switch chars[index] {
            case "\\":
                index += 2
                continue
            case "`":
                if let (_, end) = codeSpan(chars, at: index) {
                    index = end
                } else {
                    index += run(of: "`", in: chars, at: index)
                }
                continue
            case "[": open.append(index)
            case "]": if let start = open.popLast() { pairs[start] = index }
            default: break
            }
            index += 1
        }
        return pairs
    }

    /// The index of the `]` that closes the `[` at `start`, skipping nested brackets, code spans and escapes.
    static func closingBracket(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        var index = start
        let end = min(chars.count, start + searchWindow)
        while index < end {
            switch chars[index] {
            case "\\": index += 1
            case "`":
                if let (_, end) = codeSpan(chars, at: index) {
                    index = end
                    continue
                }
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// `(destination "title")` starting at the `(` at `start`: the destination and the index after `)`.
    static func inlineDestination(_ chars: [Character], from start: Int) -> (String, Int)? {
        let limit = min(chars.count, start + searchWindow)
        var index = start + 1
        while index < limit, chars[index].isWhitespace { index += 1 }
        var destination = ""
        if index < limit, chars[index] == "<" {
            index += 1
            while index < limit, chars[index] != ">" {
                if chars[index] == "\n" { return nil }
                destination.append(chars[index])
                index += 1
            }
            guard index < limit else { return nil }
            index += 1
            destination = destination.replacingOccurrences(of: " ", with: "%20")
        } else {
            var depth = 0
            while index < limit {
                let char = chars[index]
                if char.isWhitespace { break }
                if char == "\\", index + 1 < limit, escapable.contains(chars[index + 1]) {
                    destination.append(chars[index + 1])
                    index += 2
                    continue
                }
                if char == "(" { depth += 1 }
                if char == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                destination.append(char)
                index += 1
            }
        }
        while index < limit, chars[index].isWhitespace { index += 1 }
        if index < limit, chars[index] == "\"" || chars[index] == "'" || chars[index] == "(" {
            let closer: Character = chars[index] == "(" ? ")" : chars[index]
            index += 1
            while index < limit, chars[index] != closer {
                if chars[index] == "\\" { index += 1 }
                index += 1
            }
            guard index < limit else { return nil }
            index += 1
            while index < limit, chars[index].isWhitespace { index += 1 }
        }
        guard index < limit, chars[index] == ")" else { return nil }
        return (destination, index + 1)
    }

    /// A code span starting at `start`: its content and the index after the closing backticks.
    static func codeSpan(_ chars: [Character], at start: Int) -> (String, Int)? {
        let width = run(of: "`", in: chars, at: start)
        var index = start + width
        let end = min(chars.count, start + width + searchWindow)
        while index < end {
            if chars[index] == "`" {
                let closing = run(of: "`", in: chars, at: index)
                if closing == width {
                    var content = String(chars[(start + width)..<index]).replacingOccurrences(of: "\n", with: " ")
                    if content.count >= 2, content.hasPrefix(" "), content.hasSuffix(" "), content.contains(where: { $0 != " " }) {
                        content = String(content.dropFirst().dropLast())
                    }
                    return (content, index + closing)
                }
                index += closing
            } else {
                index += 1
            }
        }
        return nil
    }

    static func run(of char: Character, in chars: [Character], at start: Int) -> Int {
        var end = start
        while end < chars.count, chars[end] == char { end += 1 }
        return end - start
    }

    /// `<scheme:…>` or `<user@host>`: the destination (a `mailto:` for an address) and the index after `>`.
    static func autolink(_ chars: [Character], at start: Int) -> (String, Int)? {
        var index = start + 1
        var body = ""
        while index < chars.count, chars[index] != ">" {
            let char = chars[index]
            if char.isWhitespace || char == "<" { return nil }
            body.append(char)
            index += 1
        }
        guard index < chars.count, !body.isEmpty else { return nil }
        if let colon = body.firstIndex(of: ":") {
            let scheme = body[..<colon]
            guard (2...32).contains(scheme.count), scheme.first!.isASCII && scheme.first!.isLetter,
                  scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-") })
            else { return nil }
            return (body, index + 1)
        }
        if body.contains("@"), !body.hasPrefix("@"), !body.hasSuffix("@") {
            return ("mailto:" + body, index + 1)
        }
        return nil
    }

    /// An HTML tag, comment or declaration starting at `start`: the tag's name (with `/` for a
    /// closing tag) and the index after `>`.
    /// The alternative text of the images when `inner` (a link's text) is images and nothing
    /// else, else nil.
    private mutating func imagesOnly(_ inner: [Character]) -> String? {
        guard let first = inner.firstIndex(where: { !$0.isWhitespace }), inner[first] == "!", first + 1 < inner.count, inner[first + 1] == "[" else { return nil }
        var pieces: [MarkdownInline] = []
        parse(inner, into: &pieces, insideLink: false)   // images outside a link are dropped: nothing may be left
        guard pieces.allSatisfy({ if case .text(let text) = $0 { text.allSatisfy(\.isWhitespace) } else { false } }) else { return nil }
        let altEnd = inner[(first + 2)...].firstIndex(of: "]") ?? inner.endIndex
        return Self.collapse(String(inner[(first + 2)..<altEnd]))
    }

    /// An HTML link at `start` (`<a href="…">text</a>`, attributes in any order, quotes single,
    /// double or none): its text without tags and its destination; the closing tag is looked
    /// for within ``searchWindow``.
    static func htmlAnchor(_ chars: [Character], at start: Int, closes: inout [Int]?) -> (text: String, destination: String, end: Int)? {
        guard start + 2 < chars.count, chars[start + 1] == "a" || chars[start + 1] == "A", chars[start + 2].isWhitespace,
              let (_, openEnd) = htmlTag(chars, at: start) else { return nil }
        if closes == nil {
            var next = [Int](repeating: Int.max, count: chars.count + 1)
            for index in stride(from: chars.count - 1, through: 0, by: -1) {
                let isClose = chars[index] == "<" && index + 2 < chars.count && chars[index + 1] == "/" && (chars[index + 2] == "a" || chars[index + 2] == "A")
                next[index] = isClose ? index : next[index + 1]
            }
            closes = next
        }
        guard let found = closes?[openEnd], found != Int.max, found - openEnd <= searchWindow else { return nil }
        let tag = String(chars[start..<openEnd])
        guard let hrefRange = tag.range(of: "href", options: .caseInsensitive) else { return nil }
        var rest = tag[hrefRange.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        let destination: String
        if let quote = rest.first, quote == "\"" || quote == "'" {
            guard let close = rest.dropFirst().firstIndex(of: quote) else { return nil }
            destination = String(rest[rest.index(after: rest.startIndex)..<close])
        } else {
            destination = String(rest.prefix { !$0.isWhitespace && $0 != ">" })
        }
        let index = found
        guard let (_, closeEnd) = htmlTag(chars, at: index) else { return nil }
        var inner = ""
        var position = openEnd
        while position < index {
            if chars[position] == "<", let (_, tagEnd) = htmlTag(chars, at: position) {
                position = tagEnd
            } else {
                inner.append(chars[position])
                position += 1
            }
        }
        return (collapse(inner), destination.trimmingCharacters(in: .whitespaces), closeEnd)
    }

    static func htmlTag(_ chars: [Character], at start: Int) -> (String, Int)? {
        var index = start + 1
        guard index < chars.count else { return nil }
        var name = ""
        if chars[index] == "!" || chars[index] == "?" {
            index += 1
        } else {
            if chars[index] == "/" {
                name = "/"
                index += 1
            }
            guard index < chars.count, chars[index].isASCII, chars[index].isLetter else { return nil }
            while index < chars.count, chars[index].isASCII, chars[index].isLetter || chars[index].isNumber {
                name.append(chars[index])
                index += 1
            }
            guard index < chars.count, chars[index] == ">" || chars[index] == "/" || chars[index].isWhitespace else { return nil }
        }
        while index < chars.count, chars[index] != ">" {
            if chars[index] == "<" { return nil }
            index += 1
        }
        guard index < chars.count else { return nil }
        return (name, index + 1)
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "hellip": "…", "copy": "©", "reg": "®", "trade": "™", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“",
        "laquo": "«", "raquo": "»", "middot": "·", "bull": "•", "times": "×", "rarr": "→", "larr": "←", "eacute": "é",
    ]

    /// `&name;`, `&#123;` or `&#x1F;` at `start`: the character(s) and the index after `;`.
    static func entity(_ chars: [Character], at start: Int) -> (String, Int)? {
        var index = start + 1
        var body = ""
        while index < chars.count, chars[index] != ";", body.count <= 10 {
            body.append(chars[index])
            index += 1
        }
        guard index < chars.count, chars[index] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), index + 1)
        }
        guard let decoded = namedEntities[body] else { return nil }
        return (decoded, index + 1)
    }

    /// A bare `http://` or `https://` URL at `start` (GFM's extended autolink): the URL, trailing
    /// punctuation and unbalanced closing brackets left out, and the index after it.
    static func bareURL(_ chars: [Character], at start: Int) -> (String, Int)? {
        let prefix = String(chars[start..<min(chars.count, start + 8)]).lowercased()
        guard prefix.hasPrefix("https://") || prefix.hasPrefix("http://") else { return nil }
        var end = start
        while end < chars.count, !chars[end].isWhitespace, chars[end] != "<", chars[end] != ">" { end += 1 }
        var url = Array(chars[start..<end])
        var parens = url.reduce(0) { $0 + ($1 == ")" ? 1 : $1 == "(" ? -1 : 0) }  // closing minus opening
        var brackets = url.reduce(0) { $0 + ($1 == "]" ? 1 : $1 == "[" ? -1 : 0) }
        while let last = url.last {
            if ".,:;!?\"'*_~".contains(last) {
                url.removeLast()
            } else if last == ")" && parens > 0 {
                url.removeLast()
                parens -= 1
            } else if last == "]" && brackets > 0 {
                url.removeLast()
                brackets -= 1
            } else {
                break
            }
        }
        let text = String(url)
        guard text.lowercased() != "http://", text.lowercased() != "https://" else { return nil }
        return (text, start + url.count)
    }
}
