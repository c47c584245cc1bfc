import Foundation

/// The words of a topic's title that name its subject, as `merge --suggest` compares them:
/// lowercased; `+` and `#` kept (C, C++ and C# differ); plural `-s` and British `-isation`
/// folded (`Databases` ~ `Database`, `Visualisation` ~ `Visualization`); a few abbreviations and
/// spellings of one word written out (`math`, `stats`, `prep`, `k8s`; `warehouses` and
/// `warehousing`); little words left out.
struct SubjectWords: Sendable, Equatable {
    /// The words, in title order, each once.
    let words: [String]
    /// The words said aside: in parentheses (`Kubernetes (K8s)`), after a colon (a subtitle), or
    /// after `with`/`using` (`Experiment tracking with MLflow`): other names and contexts.
    let aside: Set<String>

    init(_ title: String) {
        var out: [String] = []
        var aside: Set<String> = []
        var word = ""
        var depth = 0
        var after = false   // after a colon, `with` or `using`
        func flush() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            if word == "with" || word == "using" { after = true }
            var folded = Self.spelledOut[word] ?? word
            if folded.hasSuffix("isation") { folded = String(folded.dropLast(7)) + "ization" }
            if folded.count > 3, folded.hasSuffix("s"), !folded.hasSuffix("ss"), !folded.hasSuffix("us"), !folded.hasSuffix("is") {
                folded = String(folded.dropLast())
            }
            guard !Self.littleWords.contains(folded), !out.contains(folded) else { return }
            out.append(folded)
            if depth > 0 || after { aside.insert(folded) }
        }
        for character in title.precomposedStringWithCompatibilityMapping.lowercased() {
            if character.isLetter || character.isNumber || character == "+" || character == "#" {
                word.append(character)
            } else {
                flush()
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if character == ":" { after = true }
            }
        }
        flush()
        words = out
        self.aside = aside
    }

    /// Words that say nothing of the subject.
    static let littleWords: Set<String> = ["a", "an", "the", "and", "or", "of", "for", "with", "to", "in", "on", "by", "using", "via", "your"]

    /// Words that qualify a subject without changing it: `Kubernetes basics`, `Apache Spark`,
    /// `Calculus for machine learning`, `Docker containers`.
    static let qualifiers: Set<String> = [
        "basic", "basics", "fundamental", "fundamentals", "intro", "introduction", "introductory", "essential", "essentials",
        "overview", "concept", "principle", "theory", "analysi", "analysis", "technique", "pipeline", "tool", "container",
        "programming", "scripting", "apache", "ml", "machine", "learning", "system", "practice", "practical", "hands", "on",
        "beginner", "guide", "course", "tutorial", "crash", "primer", "101", "1", "2", "3", "part", "applied", "preprocessing",
    ]

    /// Abbreviations written out, and words that are one subject's two spellings.
    static let spelledOut: [String: String] = [
        "math": "mathematics", "maths": "mathematics", "stats": "statistics", "stat": "statistics", "prep": "preparation",
        "k8s": "kubernetes", "db": "database", "dbs": "database", "js": "javascript", "recommendation": "recommender",
        "deploying": "deployment", "tests": "testing", "test": "testing", "version": "versioning", "warehouse": "warehousing",
        "warehouses": "warehousing", "networks": "network", "networking": "network",
    ]

    /// True when one title's subject words are all in the other's, and what the other adds
    /// only qualifies it (`Kubernetes (K8s)` ~ `Kubernetes`, not `Docker` ~ `Docker Compose`).
    func contains(_ other: SubjectWords) -> Bool {
        let (short, long) = words.count <= other.words.count ? (self, other) : (other, self)
        guard !short.words.isEmpty, short.words.allSatisfy(long.words.contains) else { return false }
        return long.words.filter { !short.words.contains($0) }.allSatisfy { Self.qualifiers.contains($0) || long.aside.contains($0) }
    }

    /// The share of words the two have in common (Jaccard); 0 when one's words are all in the
    /// other's (then ``contains(_:)`` decides: `Data pipelines` is not `Data and pipeline versioning`).
    func similarity(_ other: SubjectWords) -> Double {
        let a = Set(words), b = Set(other.words)
        if a.isSubset(of: b) || b.isSubset(of: a) { return 0 }
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// True for siblings: titles that name two kinds of one thing (`Merge sort` and `Quick sort`,
    /// `Mergesort` and `Quicksort`, `Linear` and `Logistic regression`): the same last word, or
    /// one word each with the same ending, and a different word before it that qualifies nothing.
    func isSibling(of other: SubjectWords) -> Bool {
        guard let last = words.last, let otherLast = other.words.last else { return false }
        if words.count == 1, other.words.count == 1, last != otherLast {
            let common = zip(last.reversed(), otherLast.reversed()).prefix { $0 == $1 }.count
            return common >= 4 && last.count - common >= 3 && otherLast.count - common >= 3
        }
        guard last == otherLast, words.count >= 2, other.words.count >= 2 else { return false }
        let mine = words.dropLast().filter { !Self.qualifiers.contains($0) }
        let theirs = other.words.dropLast().filter { !Self.qualifiers.contains($0) }
        return !mine.isEmpty && !theirs.isEmpty && Set(mine).isDisjoint(with: theirs)
    }
}
