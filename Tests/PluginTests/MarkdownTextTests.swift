@testable import MarkdownPlugin
import Testing

/// `MarkdownText.inline` returns plain titles as they are without escaping them character by
/// character; that shortcut must never skip an escape.
@Suite("Plugins: Markdown escaping shortcut")
struct MarkdownTextTests {
    /// Every printable ASCII character alone, first, in the middle and last; white space and
    /// line breaks; autolink look-alikes; numbered-list starts; non-ASCII text.
    static let samples: [String] = {
        var texts = ["", "Plain title", "SQL joins, step by step (part 2)", "www.example.org", "see WWW.x", "ww.x", "a://b",
                     "a:/b", "mail@x", "1. Intro", "12) Next", "2024 plans", "- item", "+ item", "= underline", " leading",
                     "tab\there", "line\nbreak", "Café", "emoji 😀", "\u{7F}del"]
        for value in UInt8(0x20)...UInt8(0x7E) {
            let c = String(UnicodeScalar(value))
            texts += [c, c + "x", "x" + c, "x" + c + "y"]
        }
        return texts
    }()

    @Test("inline equals the full escaping on every sample; plain samples come back unchanged")
    func shortcutAgrees() {
        var plain = 0
        for text in Self.samples {
            #expect(MarkdownText.inline(text) == MarkdownText.escapedInline(text), "\(text.debugDescription)")
            if MarkdownText.isPlain(text) {
                plain += 1
                #expect(MarkdownText.escapedInline(text) == text, "\(text.debugDescription)")
            }
        }
        #expect(plain > 100)
        #expect(!MarkdownText.isPlain("www.example.org") && !MarkdownText.isPlain("a://b") && !MarkdownText.isPlain("1. Intro"))
    }

    @Test("link destinations and code spans: the shortcuts for plain text give what the full escaping gives")
    func destinationsAndCode() {
        let samples = Self.samples + ["https://x.org/a b", "https://x.org/<script>", "https://x.org/\\path", "a`b", "line\r\nbreak", "tab\tok", "\u{2028}sep", "naïve"]
        for text in samples {
            #expect(MarkdownText.destination(text) == MarkdownText.encodedDestination(text), "\(text.debugDescription)")
            #expect(MarkdownText.code(text) == MarkdownText.filteredCode(text), "\(text.debugDescription)")
        }
        #expect(MarkdownText.destination("https://x.org/a b<c>") == "<https://x.org/a%20b%3Cc%3E>")
        #expect(MarkdownText.code("a`b\nc") == "`abc`")
    }
}
