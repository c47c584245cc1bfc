/// Text made safe to print on a terminal: nothing in it can move the cursor, clear the screen,
/// set the clipboard (OSC 52), ring the bell or reorder what is shown (bidi overrides).
///
/// Every C0 control (but a tab, and a line break where asked), DEL, every C1 control, every
/// bidirectional formatting character and the Unicode line and paragraph separators are
/// written as a visible escape (`\u{1B}`), so the user sees that it is there and what it is.
public enum InertText {
    /// `text` with its control and bidi formatting characters escaped; unchanged (and not
    /// copied) when it has none.
    public static func make(_ text: String, keepingNewlines: Bool = false) -> String {
        guard needsWork(text, keepingNewlines: keepingNewlines) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isInert(scalar, keepingNewlines: keepingNewlines) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// True when `scalar` is printed as it is.
    public static func isInert(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: true
        case 0x0A: keepingNewlines
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: false
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: false   // bidi marks, embeddings, overrides, isolates
        case 0x2028, 0x2029: false   // line and paragraph separators (a line break to some terminals)
        default: true
        }
    }

    /// True when a byte of `text` may start a character that is not inert: a C0 control or DEL,
    /// or the lead byte of a C1 control (0xC2), of U+061C (0xD8) or of the U+2000 block (0xE2).
    private static func needsWork(_ text: String, keepingNewlines: Bool) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x09: continue
            case 0x0A: if !keepingNewlines { return true }
            case 0x00..<0x20, 0x7F, 0xC2, 0xD8, 0xE2: return true
            default: continue
            }
        }
        return false
    }
}
