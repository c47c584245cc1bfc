import Foundation
import RoadmapYAML
import Testing

/// Scalars that a careless writer gets wrong, through `roadmap fmt` and back.
@Suite("Formatting: scalars")
struct FormattingScalarTests {
    /// A string, and how `fmt` writes it in a string field on one line.
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var written: String
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Case] = [
        Case(text: "yes", written: "'yes'"), Case(text: "no", written: "'no'"), Case(text: "on", written: "'on'"),
        Case(text: "true", written: "'true'"), Case(text: "~", written: "'~'"), Case(text: "null", written: "'null'"),
        Case(text: "3.10", written: "'3.10'"), Case(text: "012", written: "'012'"), Case(text: "1e3", written: "'1e3'"),
        Case(text: "0x1F", written: "'0x1F'"), Case(text: "2024-01-01", written: "'2024-01-01'"), Case(text: "12:30", written: "'12:30'"),
        Case(text: "a: b", written: "'a: b'"), Case(text: "a #b", written: "'a #b'"), Case(text: "ends with:", written: "'ends with:'"),
        Case(text: "- x", written: "'- x'"), Case(text: "[x]", written: "'[x]'"), Case(text: "{x}", written: "'{x}'"),
        Case(text: "&a", written: "'&a'"), Case(text: "*a", written: "'*a'"), Case(text: "!x", written: "'!x'"),
        Case(text: "%x", written: "'%x'"), Case(text: "@x", written: "'@x'"), Case(text: "`x`", written: "'`x`'"),
        Case(text: "|x", written: "'|x'"), Case(text: ">x", written: "'>x'"), Case(text: "#x", written: "'#x'"),
        Case(text: " leading space", written: "' leading space'"), Case(text: "trailing space ", written: "'trailing space '"),
        Case(text: "it's", written: "it's"), Case(text: "'quoted'", written: "'''quoted'''"), Case(text: "\"dq\"", written: "'\"dq\"'"),
        Case(text: "back\\slash", written: "back\\slash"), Case(text: "", written: "''"),
        Case(text: "tab\there", written: "\"tab\\there\""), Case(text: "bell\u{7}", written: "\"bell\\x07\""),
        Case(text: "café crème", written: "café crème"), Case(text: "😀 emoji 👩‍💻", written: "😀 emoji 👩‍💻"),
        Case(text: "שלום עולם", written: "שלום עולם"), Case(text: "مرحبا بالعالم", written: "مرحبا بالعالم"),
        Case(text: "日本語のテキスト", written: "日本語のテキスト"), Case(text: "C# and F#", written: "C# and F#"),
        Case(text: "x - y", written: "x - y"), Case(text: "a:b", written: "a:b"), Case(text: "wait...", written: "wait..."),
    ]

    @Test("tricky strings keep their value in string fields, list items, resources and x- values", arguments: cases)
    func roundTrip(_ item: Case) throws {
        let quoted = YAMLQuoting.doubleQuoted(item.text)
        let source = FormattingSupport.roadmap(topic: """
            summary: \(quoted)
            aliases: [\(quoted), plain]
            resources:
              - title: \(quoted)
            x-value: \(quoted)
            """)
        let output = try FormattingSupport.format(source)
        #expect(output.contains("\n        summary: \(item.written)\n"), "\(output)")
        let topic = try #require(FormattingSupport.draft(output).sections?.first?.topics?.first)
        #expect(topic.summary?.value == item.text)
        #expect(topic.aliases?.map(\.value) == [item.text, "plain"])
        #expect(topic.resources?.first?.title?.value == item.text)
        guard case .scalar(let scalar)? = topic.extensions.first?.value else {
            Issue.record("x-value is not a scalar")
            return
        }
        #expect(scalar.value == item.text && !scalar.isNull)
    }

    @Test("plain values of x- keys, and numbers and booleans, stay the literals they were")
    func literalsAsWritten() throws {
        let source = FormattingSupport.roadmap(topic: """
            hours: 2.50
            resources:
              - title: R
                free: TRUE
                x-flag: yes
              - title: S
                free: False
            x-list: [1, 0x1F, 1e3, yes, ~, 2024-01-01, -1]
            x-null: ~
            x-empty:
            x-tagged: !!int 3
            x-string: !!str 3
            """, top: "format: 1\n")
        let output = try FormattingSupport.format(source)
        for line in ["format: 1", "hours: 2.50", "free: TRUE", "free: False", "x-flag: yes", "x-list: [1, 0x1F, 1e3, yes, ~, 2024-01-01, -1]",
                     "x-null: ~", "x-empty:\n", "x-tagged: !!int 3", "x-string: '3'"] {
            #expect(output.contains(line), "\(line) in\n\(output)")
        }
    }

    @Test("hours written as any plain number keep their spelling", arguments: ["40", "2.5", "2.50", "1e2", "0", "0.0", ".5", "+3", "1E+2"])
    func hours(_ literal: String) throws {
        let output = try FormattingSupport.format(FormattingSupport.roadmap(topic: "hours: \(literal)"))
        #expect(output.hasSuffix("        hours: \(literal)\n"))
    }

    @Test("a 300-character line folds at about 80 columns, losslessly; each line is at most 80 wide")
    func longLineFolds() throws {
        let words = (0..<50).map { "word\($0)" }.joined(separator: " ")
        #expect(words.count >= 300)
        let output = try FormattingSupport.format(FormattingSupport.roadmap(topic: "summary: \(words)"))
        #expect(output.contains("        summary: >-\n          word0 word1"))
        let folded = output.split(separator: "\n").filter { $0.hasPrefix("          word") }
        #expect(folded.count >= 4)
        #expect(folded.allSatisfy { $0.count <= 80 })
        #expect(folded.dropLast().allSatisfy { $0.count > 60 }, "lines are filled")
        let draft = try FormattingSupport.draft(output)
        #expect(draft.sections?.first?.topics?.first?.summary?.value == words)
    }

    @Test("a 2,000-character word is never broken, and a long text that cannot fold losslessly stays on one line")
    func longWords() throws {
        let word = String(repeating: "x", count: 2_000)
        let doubleSpaced = (0..<40).map { "w\($0)" }.joined(separator: "  ")
        let output = try FormattingSupport.format(FormattingSupport.roadmap(topic: "summary: \(word)\naliases: [\"\(doubleSpaced)\"]"))
        #expect(output.contains("        summary: \(word)\n"))
        #expect(output.contains("          - \(doubleSpaced)\n"))
        let words = "short " + word + " tail"
        let mixed = try FormattingSupport.format(FormattingSupport.roadmap(topic: "summary: \(words)"))
        #expect(mixed.contains("        summary: >-\n          short\n          \(word)\n          tail\n"))
    }

    @Test("a long line of a list item or of a quoted string folds too, without quotes")
    func longQuotedFolds() throws {
        let text = "Title: " + (0..<20).map { "part\($0)" }.joined(separator: " ")
        let output = try FormattingSupport.format(FormattingSupport.roadmap(topic: "resources:\n  - title: \"\(text)\""))
        #expect(output.contains("          - title: >-\n              Title: part0"))
        #expect(try FormattingSupport.draft(output).sections?.first?.topics?.first?.resources?.first?.title?.value == text)
    }

    /// Multi-line text and how it is written after `summary:`.
    static let multiLine: [(text: String, written: String)] = [
        ("one\ntwo", "|-\n          one\n          two\n"),
        ("one\ntwo\n", "|\n          one\n          two\n"),
        ("\nafter a blank line", "|-\n\n          after a blank line\n"),
        ("one\n\n  indented\n# text", "|-\n          one\n\n            indented\n          # text\n"),
        ("one\ntwo\n\n", "\"one\\ntwo\\n\\n\"\n"),
        ("trailing space \nnext", "\"trailing space \\nnext\"\n"),
        ("tab\tinside\nnext", "\"tab\\tinside\\nnext\"\n"),
        ("  leading\nnext", "\"  leading\\nnext\"\n"),
        ("cr\r\nlf", "\"cr\\r\\nlf\"\n"),
        ("\n", "\"\\n\"\n"),
        ("ünïcödé\n😀", "|-\n          ünïcödé\n          😀\n"),
    ]

    @Test("multi-line text is a literal block when that is lossless, else double-quoted", arguments: multiLine)
    func multiLineText(_ item: (text: String, written: String)) throws {
        let source = FormattingSupport.roadmap(topic: "summary: \(YAMLQuoting.doubleQuoted(item.text))")
        let output = try FormattingSupport.format(source)
        #expect(output.hasSuffix("        summary: \(item.written)"), "\(output)")
        #expect(try FormattingSupport.draft(output).sections?.first?.topics?.first?.summary?.value == item.text)
    }

    @Test("a key too long for YAML's implicit keys is written as an explicit `? key`")
    func longKey() throws {
        let key = "k" + String(repeating: "e", count: 1_100)
        let output = try FormattingSupport.format(FormattingSupport.roadmap(topic: "x-map:\n  ? \(key)\n  : value # c\n  short: 1"))
        #expect(output.hasSuffix("        x-map:\n          ? \(key)\n          : value # c\n          short: 1\n"))
        let topic = try #require(FormattingSupport.draft(output).sections?.first?.topics?.first)
        guard case .mapping(let pairs, _)? = topic.extensions.first?.value else {
            Issue.record("x-map is not a mapping")
            return
        }
        #expect(pairs.map(\.key.value) == [key, "short"])
    }

    @Test("writer: plain-safety by syntax alone, and strict escapes")
    func writerRules() {
        #expect(YAMLCommentedWriter.isPlainSyntaxSafe("-1", inFlow: false))
        #expect(YAMLCommentedWriter.isPlainSyntaxSafe("yes", inFlow: true))
        #expect(!YAMLCommentedWriter.isPlainSyntaxSafe("- x", inFlow: false))
        #expect(!YAMLCommentedWriter.isPlainSyntaxSafe("a:b", inFlow: true))
        #expect(!YAMLCommentedWriter.isPlainSyntaxSafe("a,b", inFlow: true))
        #expect(YAMLCommentedWriter.isPlainSyntaxSafe("a,b", inFlow: false))
        #expect(!YAMLCommentedWriter.isPlainSyntaxSafe("x\u{FFFE}", inFlow: false))
        #expect(YAMLQuoting.doubleQuoted("a\u{FFFE}\u{2028}\u{85}") == "\"a\\uFFFE\\u2028\\x85\"")
    }
}
