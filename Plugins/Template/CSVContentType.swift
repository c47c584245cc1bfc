import Mustache

/// `{{%CONTENT_TYPE: CSV}}`: each value written as a CSV field (RFC 4180): as it is, or in
/// double quotes, with quotes doubled, when it holds a comma, a quote or a line break.
struct CSVContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        var out = "\""
        for character in text {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out + "\""
    }
}
