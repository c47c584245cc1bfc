import Foundation
import RoadmapPlugin

/// The value rules of format 1: slugs, dates, URLs.
public enum FormatRules {
    /// A slug: lowercase `a-z`, `0-9` and `-`, starting with a letter.
    public static func isSlug(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 0x61 && first <= 0x7A else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// A slug made from any text: lowercased, runs of other characters turned into one `-`,
    /// a leading digit prefixed. Used for suggestions and by `new` and `import`.
    public static func slug(from text: String) -> String {
        var out = ""
        var pendingDash = false
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        if out.isEmpty { return "topic" }
        if let first = out.unicodeScalars.first, first >= "0" && first <= "9" { out = "t-" + out }
        return out
    }

    /// `YYYY-MM-DD` only: a whole day that exists (what progress files and plans take).
    public static func isDay(_ text: String) -> Bool {
        text.utf8.count == 10 && text.split(separator: "-", omittingEmptySubsequences: false).count == 3 && isDate(text)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 01–12 and a day that exists in that month.
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count == 4, let year = Int(parts[0]) else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false }
            if parts.count == 3 {
                guard parts[2].count == 2, let day = Int(parts[2]) else { return false }
                let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
                let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
                return (1...days).contains(day)
            }
        }
        return true
    }

    /// An absolute `http` or `https` URL with a host, no white space and no control or bidi
    /// formatting character (a NUL, an escape, U+202E: a link must show what it opens).
    ///
    /// Read on the UTF-8 bytes: every character the rules look for is ASCII, and no byte of
    /// another character is, so the bytes answer for any text; only characters outside ASCII
    /// need Unicode's tables.
    public static func isWebURL(_ text: String) -> Bool {
        var text = text
        guard text.withUTF8(isWebURL(bytes:)) else { return false }
        return text.utf8.allSatisfy { $0 < 0x80 }
            || !text.unicodeScalars.contains { $0.properties.isWhitespace || !InertText.isInert($0) }
    }

    /// The rules of ``isWebURL(_:)`` on UTF-8 bytes, with ASCII white space.
    private static func isWebURL(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func hasPrefix(_ prefix: StaticString) -> Bool {
            prefix.utf8CodeUnitCount <= bytes.count
                && (0..<prefix.utf8CodeUnitCount).allSatisfy { lower(bytes[$0]) == prefix.utf8Start[$0] }
        }
        let start: Int
        if hasPrefix("https://") { start = 8 } else if hasPrefix("http://") { start = 7 } else { return false }
        // White space and control characters (NUL, ESC, DEL) are never part of a URL.
        guard !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return false }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") { end += 1 }
        // Drop user information (before the last '@') and a port (digits after the last ':').
        var hostStart = start
        if let at = (start..<end).last(where: { bytes[$0] == UInt8(ascii: "@") }) { hostStart = at + 1 }
        var hostEnd = end
        let bracketed = hostStart < hostEnd && bytes[hostStart] == UInt8(ascii: "[")
        if let colon = (hostStart..<hostEnd).last(where: { bytes[$0] == UInt8(ascii: ":") }),
           !bracketed || (colon > hostStart && bytes[colon - 1] == UInt8(ascii: "]")) {
            guard (colon + 1..<hostEnd).allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return false }
            hostEnd = colon
        }
        let host = hostStart..<hostEnd
        if !host.isEmpty && !host.contains(where: { bytes[$0] == UInt8(ascii: ":") }) { return true }
        return host.count > 2 && bytes[hostStart] == UInt8(ascii: "[") && bytes[hostEnd - 1] == UInt8(ascii: "]")
    }
}
