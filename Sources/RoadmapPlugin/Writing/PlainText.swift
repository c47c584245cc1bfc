
/// Text cleaning shared by the plugins: user text must never carry control characters (an
/// escape sequence, a bell) into a terminal, a graph file or a Markdown page.
public enum PlainText {
    /// `text` for a terminal: every character that is not inert there (``InertText/isInert(_:keepingNewlines:)``:
    /// controls, escape sequences, bidi formatting, line separators) replaced by `replacement`.
    public static func forTerminal(_ text: String, replacement: Unicode.Scalar = "?") -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { InertText.isInert($0) ? $0 : replacement }))
    }

    /// `text` with line breaks and tabs as spaces and every other character that is not inert
    /// (``InertText/isInert(_:keepingNewlines:)``: C0, DEL, C1, bidi formatting) dropped, so
    /// that a Markdown page, a graph file or a label shows the text in its own order.
    public static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: out.append(" ")
            default: if InertText.isInert(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// `text` cut after its last whole word that fits in `limit` characters, with "…" added when
    /// anything was cut (a word longer than `limit` is cut inside); `text` itself when it fits.
    /// For labels whose renderer wraps badly (Mermaid's subgraph titles overlap their nodes).
    public static func abbreviated(_ text: String, limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        let head = text.prefix(limit - 1)
        var cut = head.endIndex
        // Cut at the last space, unless the head already ends at a word's end.
        let wordEnds = text[head.endIndex...].first == " "
        if !wordEnds, let space = head.lastIndex(of: " "), space > head.startIndex { cut = space }
        var kept = head[..<cut]
        while let last = kept.last, last == " " || last == "," || last == ";" { kept.removeLast() }
        return String(kept) + "…"
    }

    /// Text for a quoted Mermaid label (`A["…"]`), for every plugin that writes Mermaid: quotes, angle brackets, `&`, `#` and backticks as
    /// Mermaid entity codes, line breaks as spaces.
    public static func mermaidLabel(_ text: String) -> String {
        var out = ""
        for character in singleLine(text) {
            switch character {
            case "%": out += "#37;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "#": out += "#35;"
            case "`": out += "#96;"
            case "\n", "\r\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
