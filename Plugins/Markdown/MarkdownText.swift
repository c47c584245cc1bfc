import RoadmapPlugin

/// Escapes user text for GitHub-flavoured Markdown so that no title, summary or URL can make a
/// link, image, heading, list, table cell, autolink or raw HTML.
enum MarkdownText {
    /// Inline text: every character with a Markdown meaning is backslash-escaped, line breaks
    /// become spaces, and bare `http://`/`www.` are broken up so that they do not autolink.
    static func inline(_ text: String) -> String {
        isPlain(text) ? text : escapedInline(text)
    }

    /// True when ``escapedInline(_:)`` would return `text` unchanged (most titles): printable
    /// ASCII with no character Markdown gives a meaning, nothing that autolinks (`://`, `www.`,
    /// `@`), and a first character that cannot start a list, a heading underline or a quote.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, first != 0x20, first != UInt8(ascii: "-"), first != UInt8(ascii: "+"),
                  first != UInt8(ascii: "="), !(0x30...0x39).contains(first) else { return false }
            for (index, byte) in bytes.enumerated() {
                guard (0x20...0x7E).contains(byte) else { return false }
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "!"), UInt8(ascii: "~"),
                     UInt8(ascii: "&"), UInt8(ascii: "@"):
                    return false
                case UInt8(ascii: ":") where bytes[(index + 1)...].starts(with: "//".utf8):
                    return false
                case UInt8(ascii: "."):
                    if index >= 3, bytes[(index - 3)..<index].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }) { return false }
                default:
                    break
                }
            }
            return true
        }
    }

    /// ``inline(_:)`` on any text: escapes, line breaks and autolinks handled character by character.
    static func escapedInline(_ text: String) -> String {
        var out = ""
        let text = PlainText.singleLine(text).trimmingLeadingSpaces()
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "~":
                out.append("\\")
                out.append(character)
            case "&":
                out += "&amp;"
            case "\n", "\r\n", "\r", "\t":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return breakAutolinks(escapingLineStart(out))
    }

    /// Escapes what would make a list item, a heading underline or a block quote when the text
    /// starts a line: a leading `-`, `+`, `=`, or digits followed by `.` or `)`.
    static func escapingLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "-" || first == "+" || first == "=" { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < text.count {
            let next = text[digits.endIndex]
            if next == "." || next == ")" {
                return digits + "\\" + text[digits.endIndex...]
            }
        }
        return text
    }

    /// A URL as a link destination: inside `<…>`, with the characters that could end it encoded.
    static func destination(_ url: String) -> String {
        // Nearly every URL has none of the characters to encode: then it goes in as it is.
        if !url.utf8.contains(where: { [0x3C, 0x3E, 0x20, 0x5C, 0x0A, 0x0D].contains($0) }) { return "<" + url + ">" }
        return encodedDestination(url)
    }

    /// ``destination(_:)`` on any URL, scalar by scalar.
    static func encodedDestination(_ url: String) -> String {
        var out = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\\": out += "%5C"
            case "\n", "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    /// `[text](<url>)`, the text escaped.
    static func link(_ text: String, _ url: String) -> String {
        "[\(inline(text))](\(destination(url)))"
    }

    /// `text` as a code span (backticks and line breaks dropped: they cannot stand inside one).
    static func code(_ text: String) -> String {
        // ASCII without backticks or line breaks (ids, nearly always) needs no filtering.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "`") && !(0x0A...0x0D).contains($0) }) { return "`" + text + "`" }
        return filteredCode(text)
    }

    /// ``code(_:)`` on any text, character by character.
    static func filteredCode(_ text: String) -> String {
        "`" + text.filter { $0 != "`" && !$0.isNewline } + "`"
    }

    /// An anchor name made only of lowercase letters, digits and '-'.
    static func anchor(_ id: String) -> String {
        var out = ""
        for scalar in id.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "-"
            }
        }
        return out
    }

    /// Inserts a zero-width space (as an entity) into `://` and `www.` so GFM does not autolink them.
    static func breakAutolinks(_ text: String) -> String {
        guard text.contains("://") || text.lowercased().contains("www.") || text.contains("@") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("://") {
                out += ":&#8203;//"
                index = text.index(index, offsetBy: 3)
            } else if rest.prefix(4).lowercased() == "www." {   // only 4 characters: linear in the text
                out += String(rest.prefix(3)) + "&#8203;."
                index = text.index(index, offsetBy: 4)
            } else if rest.hasPrefix("@") {
                out += "&#64;"
                index = text.index(after: index)
            } else {
                out.append(text[index])
                index = text.index(after: index)
            }
        }
        return out
    }

}

extension String {
    /// The string without leading spaces (which would make an indented code block).
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " })
    }
}
