import Foundation
import RoadmapLoading
/// Text rules of the importer: titles, summaries, sentences, link texts, dates, slugs.
enum ImportText {
    /// The text without a numbering prefix (`1.`, `4.1`, `Step 3:`, `Part II —`, `IV.`), unless
    /// nothing with a letter would be left.
    static func droppingNumbering(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else { return text }
        let first = words[0]
        let rest = text.drop { $0 == " " }.dropFirst(first.count).mdTrimmed()
        let digitsAndDots = first.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == ")" || $0 == ":" }
        if digitsAndDots, first.first?.isNumber == true,
           first.contains(where: { $0 == "." || $0 == ")" || $0 == ":" }), rest.contains(where: \.isLetter) {
            return rest
        }
        // "IV." "II)"
        if first.count >= 2, first.dropLast().allSatisfy({ "IVXLC".contains($0) }), first.last == "." || first.last == ")",
           rest.contains(where: \.isLetter) {
            return rest
        }
        // "Step 3:" "Part II -" "Week 1."
        let keywords: Set<String> = ["step", "stage", "part", "phase", "module", "week", "day", "chapter", "level", "section",
                                     "lesson", "unit", "milestone"]
        if keywords.contains(first.lowercased()) {
            let afterKeyword = rest
            let number = afterKeyword.prefix { $0.isNumber || "IVXLCivxlc".contains($0) }
            guard !number.isEmpty else { return text }
            var remainder = afterKeyword.dropFirst(number.count)
            remainder = remainder.drop { $0 == " " }
            guard let mark = remainder.first, ":.)-–—".contains(mark) else { return text }
            let title = remainder.dropFirst().mdTrimmed()
            if title.contains(where: \.isLetter) { return title }
        }
        return text
    }

    /// Trailing `:` and surrounding white space removed.
    static func droppingColon(_ text: String) -> String {
        var result = text.mdTrimmed()
        while result.hasSuffix(":") || result.hasSuffix("：") { result = String(result.dropLast()).mdTrimmed() }
        return result
    }

    /// A trailing parenthetical split off: `Resources (a numbered list)` → (`Resources`, `a numbered list`).
    static func splittingParenthetical(_ text: String) -> (String, String?) {
        guard text.hasSuffix(")"), let open = matchingOpenParen(text), open > text.startIndex else { return (text, nil) }
        let head = text[..<open].mdTrimmed()
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].mdTrimmed()
        guard head.contains(where: { $0.isLetter || $0.isNumber }), !inner.isEmpty else { return (text, nil) }
        return (head, inner)
    }

    private static func matchingOpenParen(_ text: String) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == ")" { depth += 1 }
            if text[index] == "(" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Text without any parenthetical part, for making ids: `Tracking (unverified)` → `Tracking`.
    static func withoutParentheticals(_ text: String) -> String {
        var out = ""
        var depth = 0
        for char in text {
            if char == "(" { depth += 1; continue }
            if char == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(char) }
        }
        return MarkdownInlineParser.collapse(out)
    }

    /// Text around a link, trimmed of the punctuation that joins it to the link.
    static func around(_ text: String) -> String {
        var result = MarkdownInlineParser.collapse(text)
        let joiners: Set<Character> = [" ", ":", "：", ";", ",", "-", "–", "—", "|", "•", "·", "/", "→", "=", ">"]
        while let first = result.first, joiners.contains(first) || first == ")" { result.removeFirst() }
        while let last = result.last, joiners.contains(last) || last == "(" { result.removeLast() }
        if result.hasPrefix("("), result.hasSuffix(")"), !result.dropFirst().contains("(") { result = String(result.dropFirst().dropLast()).mdTrimmed() }
        if result.hasPrefix("("), !result.contains(")") { result = String(result.dropFirst()).mdTrimmed() }
        if result.hasSuffix(")"), !result.contains("(") { result = String(result.dropLast()).mdTrimmed() }
        return result.contains(where: { $0.isLetter || $0.isNumber }) ? result : ""
    }

    /// The part of `text` after its last sentence end: the clause right before a link.
    static func lastClause(_ text: String) -> String {
        let chars = Array(text)
        var cut = 0
        for index in chars.indices.dropLast() where ".!?".contains(chars[index]) && chars[index + 1] == " " {
            cut = index + 1
        }
        return String(chars[cut...])
    }

    private static let genericLinkTexts: Set<String> = [
        "here", "link", "this", "this link", "click here", "link here", "url", "website", "site", "web site", "source",
        "read more", "more", "read", "view", "watch", "download", "pdf", "video", "the link", "this one", "see here",
        "available here", "go", "open", "→", "🔗", "ici", "hier", "aquí", "链接", "这里",
    ]

    /// True when a link's text says nothing of its own: "here", "link", the URL itself.
    static func isGenericLinkText(_ text: String, destination: String) -> Bool {
        let folded = text.lowercased().importTrimming(" .:!?()[]'\"")
        if folded.isEmpty || genericLinkTexts.contains(folded) { return true }
        let bare = { (value: String) -> String in
            var value = value.lowercased()
            for prefix in ["https://", "http://"] where value.hasPrefix(prefix) { value.removeFirst(prefix.count) }
            if value.hasPrefix("www.") { value.removeFirst(4) }
            while value.hasSuffix("/") { value.removeLast() }
            return value
        }
        if bare(text) == bare(destination) { return true }
        return folded.hasPrefix("http://") || folded.hasPrefix("https://") || folded.hasPrefix("www.")
    }

    /// A URL as a title when nothing better is known: no scheme, no `www.`, no trailing `/`.
    static func display(_ url: String) -> String {
        var value = url
        for prefix in ["https://", "http://", "HTTPS://", "HTTP://"] where value.hasPrefix(prefix) { value.removeFirst(prefix.count) }
        if value.lowercased().hasPrefix("www.") { value.removeFirst(4) }
        while value.hasSuffix("/") { value.removeLast() }
        return value.isEmpty ? url : value
    }

    /// The first sentence or two of `text`, at most about 300 characters.
    static func summary(_ text: String) -> String? {
        let collapsed = MarkdownInlineParser.collapse(text)
        guard collapsed.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        let chars = Array(collapsed)
        var ends: [Int] = []
        for index in chars.indices where ".!?。！？".contains(chars[index]) {
            let next = index + 1
            if next == chars.count { ends.append(next); break }
            if chars[next] == " ", next + 1 < chars.count, chars[next + 1].isUppercase || chars[next + 1].isNumber || "\"“‘(".contains(chars[next + 1]) {
                // Not after a one-letter word or a common abbreviation ("e.g.", "Dr.").
                // The word before the mark, read backwards from it (not by splitting all that
                // comes before: a long paragraph of "a. A" would make that quadratic).
                var wordStart = index
                while wordStart > 0, chars[wordStart - 1] != " " { wordStart -= 1 }
                let word = String(chars[wordStart..<index])
                if word.count <= 1 || ["e.g", "i.e", "etc", "vs", "dr", "mr", "ms", "mrs", "st", "no", "fig"].contains(word.lowercased()) { continue }
                ends.append(next)
            } else if "。！？".contains(chars[index]) {
                ends.append(next)
            }
            if ends.count == 2 { break }
        }
        var result = ends.count >= 2 ? String(chars[..<ends[1]]) : collapsed
        if result.count > 300 { result = truncated(result, to: 300) }
        return result.mdTrimmed()
    }

    /// `text` cut at a word boundary to at most `limit` characters, with `…`.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = String(text.prefix(limit))
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > limit / 2 {
            return String(head[..<space]).importTrimming(" ,;:-–—") + "…"
        }
        return head + "…"
    }

    /// True for sentence-like text (a description), not a short name.
    static func isProse(_ text: String) -> Bool {
        let trimmed = text.mdTrimmed()
        if let last = trimmed.last, ".!?。".contains(last), trimmed.split(separator: " ").count >= 3 { return true }
        return trimmed.split(separator: " ").count >= 12
    }

    /// A plain item's text as a topic title and summary: `Name: what it is` and `Name — what it
    /// is` split; long text gets a short title and the whole as summary.
    static func titleAndSummary(_ text: String) -> (String, String?) {
        let text = droppingColon(text)
        for separator in [": ", "： ", " — ", " – ", " - "] {
            if let range = text.range(of: separator) {
                let head = text[..<range.lowerBound].mdTrimmed()
                let tail = text[range.upperBound...].mdTrimmed()
                if !head.isEmpty, head.count <= 60, head.split(separator: " ").count <= 6, tail.contains(where: \.isLetter) {
                    return (head, summary(tail))
                }
            }
        }
        if text.count > 100 {
            let first = lastSentenceEnd(text) ?? text
            return (truncated(first, to: 80), summary(text))
        }
        return (text, nil)
    }

    private static func lastSentenceEnd(_ text: String) -> String? {
        guard let end = text.firstIndex(where: { ".!?;".contains($0) }) else { return nil }
        let head = text[..<end].mdTrimmed()
        return head.isEmpty ? nil : head
    }

    /// A slug for `title` no longer than about 50 characters, or nil when the title has nothing
    /// a slug can keep (no letters or digits after folding to ASCII).
    static func slug(_ title: String) -> String? {
        var source = withoutParentheticals(title)
        if !source.contains(where: { $0.isLetter || $0.isNumber }) { source = title }
        // Letters that folding to ASCII would drop (Chinese, Cyrillic, Greek…) are transliterated
        // first: 机器学习 → ji-qi-xue-xi, so that two titles in such a script get two ids.
        if source.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.isAlphabetic }) {
            source = latin(source)
        }
        let slug = FormatRules.slug(from: source)
        if slug == "topic" && !source.lowercased().contains("topic") { return nil }
        guard slug.count > 50 else { return slug }
        let head = String(slug.prefix(50))
        if slug.dropFirst(50).first == "-" { return head }
        if let dash = head.lastIndex(of: "-"), head.distance(from: head.startIndex, to: dash) >= 20 {
            return String(head[..<dash])
        }
        return head.hasSuffix("-") ? String(head.dropLast()) : head
    }

    /// A slug for a link: its last path part (`…/deep-learning-book/` → `deep-learning-book`),
    /// else its host without `www.`.
    static func urlSlug(_ url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let withoutQuery = rest.split(whereSeparator: { $0 == "?" || $0 == "#" }).first ?? rest
        let parts = withoutQuery.split(separator: "/")
        let host = parts.first.map { $0.hasPrefix("www.") ? $0.dropFirst(4) : $0 }
        let candidates = parts.dropFirst().reversed().map(String.init) + (host.map { [String($0.split(separator: ".").first ?? $0)] } ?? [])
        return candidates.lazy.compactMap { part in
            let name = part.split(separator: ".").first.map(String.init) ?? part
            return slug(name)
        }.first
    }

    /// A title as titles are matched (a table's prerequisites against its rows): lowercased,
    /// white space collapsed.
    static func matchKey(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` in Latin letters without diacritics (ICU's Any-Latin, then diacritics stripped).
    static func latin(_ text: String) -> String {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
    }

    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// A date written in `text` as format 1 wants it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`):
    /// `2022-12-05`, `December 2022`, `5 December 2022`, `Dec 5, 2022`, or a bare year.
    static func date(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" })
            .map { String($0).importTrimming(".;:") }
        func shaped(_ text: Substring, _ pattern: String) -> Bool {
            text.count == pattern.count && zip(text, pattern).allSatisfy { $1 == "d" ? ($0.isASCII && $0.isNumber) : $0 == $1 }
        }
        for word in words where word.first?.isNumber == true {
            // 2022-12-05 (a real date, or nothing), or 2022-12.
            if shaped(word.prefix(10), "dddd-dd-dd") { return FormatRules.isDate(String(word.prefix(10))) ? String(word.prefix(10)) : nil }
            if shaped(word.prefix(7), "dddd-dd"), FormatRules.isDate(String(word.prefix(7))) { return String(word.prefix(7)) }
        }
        func year(_ word: String) -> Int? {
            guard word.count == 4, let value = Int(word), (1900...2199).contains(value) else { return nil }
            return value
        }
        func day(_ word: String) -> Int? {
            let digits = word.prefix { $0.isNumber }
            guard let value = Int(digits), (1...31).contains(value), digits.count <= 2 else { return nil }
            return value
        }
        for (index, word) in words.enumerated() {
            guard let month = months[word.lowercased()] else { continue }
            var parts: (year: Int?, day: Int?) = (nil, nil)
            if index + 1 < words.count, let value = year(words[index + 1]) {
                parts.year = value
                if index > 0 { parts.day = day(words[index - 1]) }
            } else if index + 2 < words.count, let value = day(words[index + 1]), let yearValue = year(words[index + 2]) {
                parts = (yearValue, value)
            }
            guard let yearValue = parts.year else { continue }
            var result = "\(yearValue)-" + (month < 10 ? "0\(month)" : "\(month)")
            if let dayValue = parts.day {
                let candidate = result + (dayValue < 10 ? "-0\(dayValue)" : "-\(dayValue)")
                if FormatRules.isDate(candidate) { result = candidate }
            }
            return result
        }
        if words.count == 1, let value = year(words[0]) { return String(value) }
        return nil
    }

    /// Names in an author line: `Ada Lovelace, Grace Hopper and Alan Turing`.
    static func names(_ text: String) -> [String] {
        var value = withoutParentheticals(text)
        for separator in [" and ", " & ", ";", " und ", " et "] { value = value.replacingOccurrences(of: separator, with: ",") }
        return value.split(separator: ",").map { $0.mdTrimmed() }.filter { name in
            !name.isEmpty && name.count <= 60 && name.contains(where: \.isLetter)
        }
    }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    func importTrimming(_ set: String) -> String {
        // Found by index and cut once: dropping one character at a time from the end counts the
        // whole text again each time (10,000 closing brackets made it quadratic).
        guard let start = firstIndex(where: { !set.contains($0) }),
              let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...last])
    }
}
