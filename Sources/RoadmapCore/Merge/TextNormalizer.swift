import Foundation

/// The normal forms used to compare titles and URLs between roadmaps (never to decide identity).
public enum TextNormalizer {
    /// A title for comparison: Unicode compatibility forms folded (NFKC), case folded, trimmed,
    /// punctuation dropped and white space collapsed (which also drops a trailing colon).
    public static func title(_ text: String) -> String {
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
    static let trackingParameters: Set<String> = ["affiliate_id", "gclid", "fbclid", "ref", "matchtype", "mc_cid", "mc_eid"]

    /// A URL for comparison: scheme and host lowercased, default port, fragment, tracking
    /// parameters (`utm_*`, `affiliate_id`, `gclid`, `fbclid`, `ref`…) and a trailing slash dropped.
    public static func url(_ text: String) -> String {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? asciiURL(Slice(base: bytes, bounds: bytes.indices)) : nil
        }
        // Not ASCII (or not contiguous): the same steps on characters.
        return (ascii ?? nil) ?? urlByCharacters(text)
    }

    /// `url` for ASCII text, on its bytes (the common case: every URL in practice).
    private static func asciiURL(_ whole: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>
        func lowercased(_ bytes: Bytes) -> [UInt8] { bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var rest = whole
        while let first = rest.first, isBlank(first) { rest = rest.dropFirst() }
        while let last = rest.last, isBlank(last) { rest = rest.dropLast() }
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        var query: Bytes = rest[rest.endIndex...]
        if let mark = rest.firstIndex(of: UInt8(ascii: "?")) {
            query = rest[(mark + 1)...]
            rest = rest[..<mark]
        }
        var scheme: [UInt8] = []
        if let colon = rest.indices.first(where: { rest[$0...].starts(with: "://".utf8) }) {
            scheme = lowercased(rest[..<colon])
            rest = rest[(colon + 3)...]
        }
        let hostEnd = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
        var host = lowercased(rest[..<hostEnd])
        if scheme.elementsEqual("https".utf8), host.suffix(4).elementsEqual(":443".utf8) { host.removeLast(4) }
        if scheme.elementsEqual("http".utf8), host.suffix(3).elementsEqual(":80".utf8) { host.removeLast(3) }
        var path = rest[hostEnd...]
        while path.last == UInt8(ascii: "/") { path = path.dropLast() }
        let kept = query.split(separator: UInt8(ascii: "&")).filter { pair in
            let name = pair.split(separator: UInt8(ascii: "="), maxSplits: 1).first.map(lowercased) ?? []
            return !name.starts(with: "utm_".utf8) && !trackingParameters.contains(String(decoding: name, as: UTF8.self))
        }
        var out = scheme.elementsEqual("http".utf8) ? Array("https".utf8) : scheme
        out += "://".utf8
        out += host
        out += path
        if !kept.isEmpty {
            out.append(UInt8(ascii: "?"))
            out += kept.joined(separator: [UInt8(ascii: "&")])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `url` for any text, on characters.
    private static func urlByCharacters(_ text: String) -> String {
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
        if let link = resource.url { return "url " + url(link) }
        return "title " + title(resource.title)
    }
}
