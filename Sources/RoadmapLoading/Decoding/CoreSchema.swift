/// How YAML 1.2's core schema reads plain scalars as numbers and booleans. Only the fields that
/// want a number or a boolean use it; every other scalar stays the string it was written as.
public enum CoreSchema {
    /// `true`/`True`/`TRUE` and `false`/`False`/`FALSE`; anything else is not a boolean.
    public static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// A decimal integer (`[-+]?[0-9]+`).
    public static func integer(_ text: String) -> Int? {
        let body = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// A decimal number: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, or the core
    /// schema's infinities and NaN (which callers then refuse as not finite).
    public static func number(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var bytes = Array(text.utf8)[...]
        // A hexadecimal integer (`0x10`), which YAML's core schema (1.1 and 1.2) reads as a number.
        if bytes.count > 2, bytes.count <= 18, bytes.starts(with: [0x30, 0x78]),
           bytes.dropFirst(2).allSatisfy({ isDigit($0) || (0x41...0x46).contains($0 & 0xDF) }) {
            return UInt64(text.dropFirst(2), radix: 16).map(Double.init)
        }
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var digitsBefore = 0
        var digitsAfter = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, isDigit(bytes[index]) { digitsBefore += 1; index += 1 }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.endIndex, isDigit(bytes[index]) { digitsAfter += 1; index += 1 }
        }
        guard digitsBefore + digitsAfter > 0 else { return nil }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            var exponentDigits = 0
            while index < bytes.endIndex, isDigit(bytes[index]) { exponentDigits += 1; index += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard index == bytes.endIndex else { return nil }
        return Double(text)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
