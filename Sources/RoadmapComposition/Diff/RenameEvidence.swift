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
        let shares = Shares(oldWords: oldWords, newWords: newWords, oldURLs: oldURLs, newURLs: newURLs,
                            oldRequires: oldRequires, newRequires: newRequires)
        var reasons: [String] = []
        if shares.title == 1 {
            reasons.append("same title")
        } else if shares.title > 0 {
            reasons.append("titles \(percent(shares.title)) alike")
        }
        if shares.url > 0 { reasons.append("\(oldURLs.intersection(newURLs).count) of \(oldURLs.union(newURLs).count) resource URLs shared") }
        if shares.requires == 1 {
            reasons.append("same prerequisites")
        } else if shares.requires > 0 {
            reasons.append("prerequisites \(percent(shares.requires)) shared")
        }
        return RenameEvidence(score: shares.score, reasons: reasons)
    }

    /// The score of ``between(oldWords:newWords:oldURLs:newURLs:oldRequires:newRequires:)``
    /// alone, without building its reasons: what ranking many candidates needs.
    public static func score(
        oldWords: Set<String>, newWords: Set<String>, oldURLs: Set<String>, newURLs: Set<String>,
        oldRequires: Set<String>, newRequires: Set<String>
    ) -> Double {
        Shares(oldWords: oldWords, newWords: newWords, oldURLs: oldURLs, newURLs: newURLs,
               oldRequires: oldRequires, newRequires: newRequires).score
    }

    /// How much of the title words, URLs and prerequisites two topics share, and the score they
    /// make: title 50 %, URLs 30 %, prerequisites 20 %, and nothing without a shared word or URL.
    private struct Shares {
        var title: Double
        var url: Double
        var requires: Double

        init(oldWords: Set<String>, newWords: Set<String>, oldURLs: Set<String>, newURLs: Set<String>,
             oldRequires: Set<String>, newRequires: Set<String>) {
            title = RenameEvidence.share(oldWords, newWords)
            url = RenameEvidence.share(oldURLs, newURLs)
            requires = oldRequires.isEmpty && newRequires.isEmpty ? 0 : RenameEvidence.share(oldRequires, newRequires)
        }

        var score: Double { title > 0 || url > 0 ? title * 0.5 + url * 0.3 + requires * 0.2 : 0 }
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
