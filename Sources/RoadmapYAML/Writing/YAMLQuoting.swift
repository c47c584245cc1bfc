/// Decides how a string must be written so that every YAML reader (core schema or YAML 1.1,
/// libyaml, PyYAML, this tool) reads back the same string: plain where that is safe, otherwise
/// single-quoted, or double-quoted when it holds line breaks or control characters.
public enum YAMLQuoting {
    /// How a string scalar is written.
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted
    }

    /// The style for `text` in block context, or in a flow collection when `inFlow`.
    public static func style(for text: String, inFlow: Bool = false) -> Style {
        if text.unicodeScalars.contains(where: { needsEscape($0) }) { return .doubleQuoted }
        if isPlainSafe(text, inFlow: inFlow) { return .plain }
        return .singleQuoted
    }

    /// `text` written as a scalar in the style it needs.
    public static func scalar(_ text: String, inFlow: Bool = false) -> String {
        switch style(for: text, inFlow: inFlow) {
        case .plain: text
        case .singleQuoted: "'" + text.replacingAll("'", with: "''") + "'"
        case .doubleQuoted: doubleQuoted(text)
        }
    }

    /// `text` in double quotes with YAML escapes.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{00}": out += "\\0"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    if scalar.value <= 0xFF {
                        out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                    } else {
                        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Characters that cannot stand in plain or single-quoted scalars: control characters (line
    /// breaks included: LF, CR, NEL, LS, PS), the byte-order mark, and the non-characters U+FFFE
    /// and U+FFFF, which YAML does not allow as written.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return true
        case 0x0A, 0x0D: return true
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // `-x`, `?x`, `:x` are plain in YAML, but quoting them costs nothing and avoids surprises.
            return false
        }
        if last == ":" { return false }
        if hasCommentOrMappingMark(text) { return false }
        if inFlow, text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        return !readsAsNonString(text)
    }

    /// True when `text` holds `": "` or `" #"`, which end a plain scalar's value or start a
    /// comment: one pass over its bytes (both are ASCII, never inside a multi-byte character).
    public static func hasCommentOrMappingMark(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ")) || (previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#")) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// True when a plain `text` would be read as null, a boolean, a number or a date by a
    /// YAML 1.2 core-schema reader or a YAML 1.1 reader.
    public static func readsAsNonString(_ text: String) -> Bool {
        switch text {
        case "~", "null", "Null", "NULL",
             "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
             "true", "True", "TRUE", "false", "False", "FALSE",
             "on", "On", "ON", "off", "Off", "OFF",
             ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
             ".nan", ".NaN", ".NAN", "=", "<<":
            return true
        default:
            return looksNumeric(text) || looksLikeTimestamp(text)
        }
    }

    /// Integers and floats in any YAML 1.1 or 1.2 spelling: `12`, `012`, `0x1F`, `0o17`, `1_000`,
    /// `3.10`, `.5`, `1e3`, `190:20:30`.
    static func looksNumeric(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let first = bytes.first else { return false }
        if bytes.count > 2, first == UInt8(ascii: "0"),
           let radix = bytes.dropFirst().first, "xXoObB".utf8.contains(radix) {
            return bytes.dropFirst(2).allSatisfy { isHexDigit($0) || $0 == UInt8(ascii: "_") }
        }
        var digits = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if isDigit(byte) {
                digits += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                // A sign inside a number only follows an exponent mark: `1e-3`.
                guard previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return false }
            } else if !"._:eE".utf8.contains(byte) {
                return false
            }
            previous = byte
        }
        return digits > 0 && (isDigit(first) || first == UInt8(ascii: "."))
    }

    /// `2024-01-01`, `2024-1-1`, with an optional time after it.
    static func looksLikeTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") else { return false }
        let rest = bytes[5...]
        guard let dash = rest.firstIndex(of: UInt8(ascii: "-")) else { return false }
        let month = rest[rest.startIndex..<dash]
        let dayAndTime = rest[(dash + 1)...]
        let day = dayAndTime.prefix { isDigit($0) }
        return (1...2).contains(month.count) && month.allSatisfy(isDigit) && (1...2).contains(day.count)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced by `replacement`.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
