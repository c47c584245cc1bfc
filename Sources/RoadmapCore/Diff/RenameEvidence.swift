/// How strongly two unmatched entries (one old, one new) look like the same thing renamed.
///
/// Score = 0.5 × title similarity + 0.3 × shared resource URLs + 0.2 × shared prerequisites
/// (each a share between 0 and 1: title words in common over all title words, by normalised
/// title; URLs in common over all URLs; prerequisites in common over all, after mapping old ids
/// to new ones). A pair counts as a rename at ``threshold`` or above, and needs some title or
/// URL evidence; each part that contributed is reported in words.
public struct RenameEvidence: Sendable, Equatable {
    /// The lowest score reported as a rename.
    public static let threshold = 0.5

    /// The score, 0…1.
    public var score: Double
    /// Why, in words.
    public var reasons: [String]

    /// The evidence for pairing `old` with `new`.
    public static func between(
        oldTitle: String, newTitle: String, oldURLs: Set<String>, newURLs: Set<String>,
        oldRequires: Set<String>, newRequires: Set<String>
    ) -> RenameEvidence {
        between(oldWords: titleWords(oldTitle), newWords: titleWords(newTitle), oldURLs: oldURLs, newURLs: newURLs,
                oldRequires: oldRequires, newRequires: newRequires)
    }

    /// The words of a title as compared: its normal form (``TextNormalizer/title(_:)``) split at spaces.
    public static func titleWords(_ title: String) -> Set<String> {
        Set(TextNormalizer.title(title).split(separator: " ").map(String.init))
    }

    /// The evidence for pairing `old` with `new`, from their title words (``titleWords(_:)``).
    public static func between(
        oldWords: Set<String>, newWords: Set<String>, oldURLs: Set<String>, newURLs: Set<String>,
        oldRequires: Set<String>, newRequires: Set<String>
    ) -> RenameEvidence {
        let titleShare = share(oldWords, newWords)
        let urlShare = share(oldURLs, newURLs)
        let requiresShare = oldRequires.isEmpty && newRequires.isEmpty ? 0 : share(oldRequires, newRequires)
        var reasons: [String] = []
        if titleShare == 1 {
            reasons.append("same title")
        } else if titleShare > 0 {
            reasons.append("titles \(percent(titleShare)) alike")
        }
        if urlShare > 0 { reasons.append("\(oldURLs.intersection(newURLs).count) of \(oldURLs.union(newURLs).count) resource URLs shared") }
        if requiresShare == 1 {
            reasons.append("same prerequisites")
        } else if requiresShare > 0 {
            reasons.append("prerequisites \(percent(requiresShare)) shared")
        }
        let score = titleShare * 0.5 + urlShare * 0.3 + requiresShare * 0.2
        return RenameEvidence(score: (titleShare > 0 || urlShare > 0) ? score : 0, reasons: reasons)
    }

    /// The score of ``between(oldWords:newWords:oldURLs:newURLs:oldRequires:newRequires:)``
    /// alone, without building its reasons: what ranking many candidates needs.
    public static func score(
        oldWords: Set<String>, newWords: Set<String>, oldURLs: Set<String>, newURLs: Set<String>,
        oldRequires: Set<String>, newRequires: Set<String>
    ) -> Double {
        let titleShare = share(oldWords, newWords)
        let urlShare = share(oldURLs, newURLs)
        guard titleShare > 0 || urlShare > 0 else { return 0 }
        let requiresShare = oldRequires.isEmpty && newRequires.isEmpty ? 0 : share(oldRequires, newRequires)
        return titleShare * 0.5 + urlShare * 0.3 + requiresShare * 0.2
    }

    /// The share of what `a` and `b` hold that both hold (Jaccard), counted without building sets.
    static func share(_ a: Set<String>, _ b: Set<String>) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var common = 0
        for element in small where large.contains(element) { common += 1 }
        let union = a.count + b.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
