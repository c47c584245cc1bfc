import Foundation
import RoadmapModel

/// The normal forms used to compare titles and URLs between roadmaps (never to decide identity).
public enum TextNormalizer {
    /// A title for comparison: Unicode compatibility forms folded (NFKC), case folded, trimmed,
    /// punctuation dropped and white space collapsed (which also drops a trailing colon).
    public static func title(_ text: String) -> String {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? asciiTitle(bytes) : nil
        }
        return (ascii ?? nil) ?? titleByCharacters(text)
    }

    /// `title` for ASCII text, on its bytes (NFKC changes nothing there).
    static func asciiTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            switch lower {
            case 0x61...0x7A, 0x30...0x39:
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(lower)
            case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"):
                pendingSpace = true
            default:
                continue
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `title` for any text, on Unicode scalars.
    static func titleByCharacters(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.isWhitespace || scalar == "-" || scalar == "_" || scalar == "/" {
                pendingSpace = true
            }
        }
        return out
    }

    /// Query parameters that only track a click, dropped from URLs before comparing.
    static let trackingParameters: Set<String> = Set(trackingParameterNames.map(\.description))
    private static let trackingParameterNames: [StaticString] = ["affiliate_id", "gclid", "fbclid", "ref", "matchtype", "mc_cid", "mc_eid"]

    /// A URL for comparison: scheme and host lowercased, default port, fragment, tracking
    /// parameters (`utm_*`, `affiliate_id`, `gclid`, `fbclid`, `ref`…) and a trailing slash dropped.
    public static func url(_ text: String) -> String {
        url(text, prefix: "")
    }

    /// `prefix` followed by the normal form of the URL `text`.
    private static func url(_ text: String, prefix: StaticString) -> String {
        var text = text
        let ascii = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? asciiURL(bytes, prefix: prefix) : nil
        }
        // Not ASCII: the same steps on characters.
        return ascii ?? prefix.description + urlByCharacters(text)
    }

    /// `url` for ASCII text, in one pass over its bytes (the common case: every URL in
    /// practice). The same steps as ``urlByCharacters(_:)``, which the tests compare it with.
    static func asciiURL(_ bytes: UnsafeBufferPointer<UInt8>, prefix: StaticString = "") -> String {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func first(_ byte: UInt8, in range: Range<Int>) -> Int? { range.first { bytes[$0] == byte } }
        func equals(_ range: Range<Int>, lowercased word: StaticString) -> Bool {
            range.count == word.utf8CodeUnitCount && range.allSatisfy { lower(bytes[$0]) == word.utf8Start[$0 - range.lowerBound] }
        }
        func endsWith(_ range: Range<Int>, _ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return range.count >= count && (0..<count).allSatisfy { bytes[range.upperBound - count + $0] == suffix.utf8Start[$0] }
        }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        func isTracking(_ name: Range<Int>) -> Bool {
            if name.count >= 4, equals(name.lowerBound..<(name.lowerBound + 4), lowercased: "utm_") { return true }
            return trackingParameterNames.contains { equals(name, lowercased: $0) }
        }

        var start = 0
        var end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        if let hash = first(UInt8(ascii: "#"), in: start..<end) { end = hash }
        var query = end..<end
        if let mark = first(UInt8(ascii: "?"), in: start..<end) {
            query = (mark + 1)..<end
            end = mark
        }
        var out: [UInt8] = []
        out.reserveCapacity(prefix.utf8CodeUnitCount + end - start + query.count + 8)
        out += UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        var scheme = start..<start
        if let colon = (start..<max(start, end - 2)).first(where: {
            bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
        }) {
            scheme = start..<colon
            start = colon + 3
        }
        let isHTTP = equals(scheme, lowercased: "http")
        let isHTTPS = equals(scheme, lowercased: "https")
        if isHTTP {
            out += "https".utf8
        } else {
            for index in scheme { out.append(lower(bytes[index])) }
        }
        out += "://".utf8
        let hostEnd = first(UInt8(ascii: "/"), in: start..<end) ?? end
        var hostKept = start..<hostEnd
        if isHTTPS, endsWith(hostKept, ":443") { hostKept = start..<(hostEnd - 4) }
        if isHTTP, endsWith(hostKept, ":80") { hostKept = start..<(hostEnd - 3) }
        for index in hostKept { out.append(lower(bytes[index])) }
        var pathEnd = end
        while pathEnd > hostEnd, bytes[pathEnd - 1] == UInt8(ascii: "/") { pathEnd -= 1 }
        out += bytes[hostEnd..<pathEnd]
        // Query parameters, split at `&` (empty ones dropped), each kept unless its name tracks.
        var keptAny = false
        for parameter in bytes[query].split(separator: UInt8(ascii: "&")) {
            let name = parameter.split(separator: UInt8(ascii: "="), maxSplits: 1).first ?? parameter[parameter.startIndex..<parameter.startIndex]
            if isTracking(name.indices) { continue }
            out.append(keptAny ? UInt8(ascii: "&") : UInt8(ascii: "?"))
            out += parameter
            keptAny = true
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `url` for any text, on characters.
    static func urlByCharacters(_ text: String) -> String {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var scheme = ""
        if let range = rest.range(of: "://") {
            scheme = rest[..<range.lowerBound].lowercased()
            rest = rest[range.upperBound...]
        }
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<hostEnd].lowercased()
        if scheme == "https", host.hasSuffix(":443") { host.removeLast(4) }
        if scheme == "http", host.hasSuffix(":80") { host.removeLast(3) }
        var path = String(rest[hostEnd...])
        while path.hasSuffix("/") { path.removeLast() }
        let kept = query.split(separator: "&").filter { pair in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init)?.lowercased() ?? ""
            return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
        }
        let scheme2 = scheme == "http" ? "https" : scheme
        return scheme2 + "://" + host + path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    /// The key under which two resources count as the same: the normalised URL, or for a resource
    /// without a URL, its normalised title.
    public static func resourceKey(_ resource: Resource) -> String {
        if let link = resource.url { return url(link, prefix: "url ") }
        return "title " + title(resource.title)
    }
}
