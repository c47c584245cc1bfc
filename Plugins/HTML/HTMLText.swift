import RoadmapPlugin

/// Escaping for the page: every piece of user text goes through one of these, for the context
/// it lands in. Control characters, escape sequences and bidi formatting never reach the page
/// (``PlainText/singleLine(_:)`` rules); what is left is escaped so that it can only be text.
enum HTMLText {
    /// Text for an element's content or a quoted attribute value: `& < > " '` as character
    /// references, line breaks as spaces.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in PlainText.singleLine(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `["a","b"]`: strings as a one-line JSON array (each written by ``PrettyJSON``), for a
    /// data attribute the script reads with `JSON.parse` (names may hold spaces).
    static func jsonArray(_ strings: [String]) -> String {
        var out = "["
        for (index, string) in strings.enumerated() {
            var json = PrettyJSON()
            json.string(string)
            out += (index == 0 ? "" : ",") + json.text
        }
        return out + "]"
    }

    /// A summary as paragraphs: blank lines separate them, single line breaks join.
    static func paragraphs(_ text: String) -> String {
        let blocks = text.replacing("\r\n", with: "\n").split(separator: "\n\n", omittingEmptySubsequences: true)
        return blocks.map { block in
            "<p>" + escaped(block.split(separator: "\n").joined(separator: " ")) + "</p>"
        }.joined(separator: "\n")
    }

    /// `url` for an `href`, when it is an http(s) address with nothing that could leave the
    /// attribute or the scheme (no white space, control character, quote or angle bracket);
    /// `nil` otherwise (the resource is then listed without a link).
    static func webURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        guard url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !"\"'<>`\\".unicodeScalars.contains($0) && !(0x80...0x9F).contains($0.value) }) else { return nil }
        return escaped(url)
    }

    /// An id usable in `id` and `href="#…"`: the topic's id with anything but `a-z 0-9 - _ /`
    /// written as `_XX` (its UTF-8 bytes), prefixed.
    static func anchor(_ id: String) -> String {
        var out = "topic-"
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                out.append(Character(Unicode.Scalar(byte)))
            case UInt8(ascii: "/"): out += "--"
            default: out += "_" + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
