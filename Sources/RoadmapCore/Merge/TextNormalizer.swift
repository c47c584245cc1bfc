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
