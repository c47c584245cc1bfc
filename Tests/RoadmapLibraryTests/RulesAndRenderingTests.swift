import Foundation
import RoadmapYAML
import Testing
import RoadmapModel
import RoadmapLoading

@Suite("Format rules, spelling hints, diagnostic rendering")
struct RulesAndRenderingTests {
    @Test("slugs: lowercase a-z, 0-9 and '-', starting with a letter")
    func slugs() {
        for good in ["a", "python", "ml-ops", "web3", "a-1-b"] { #expect(FormatRules.isSlug(good), "\(good)") }
        for bad in ["", "Python", "3d", "-a", "a_b", "a b", "café", "a/b", "ä"] { #expect(!FormatRules.isSlug(bad), "\(bad)") }
        #expect(FormatRules.slug(from: "My_Roadmap") == "my-roadmap")
        #expect(FormatRules.slug(from: "3D printing!") == "t-3d-printing")
        #expect(FormatRules.slug(from: "  ") == "topic")
        #expect(FormatRules.slug(from: "Café Crème") == "cafe-creme")
    }

    @Test("dates: YYYY, YYYY-MM, YYYY-MM-DD with real months and days")
    func dates() {
        for good in ["2022", "2022-12", "2022-12-31", "2024-02-29", "2000-02-29"] { #expect(FormatRules.isDate(good), "\(good)") }
        for bad in ["22", "2022-13", "2022-00", "2023-02-29", "1900-02-29", "2022-04-31", "2022-1", "2022-12-1", "12/2022", "2022-12-01T10:00", ""] {
            #expect(!FormatRules.isDate(bad), "\(bad)")
        }
    }

    @Test("URLs: absolute http(s) with a host and no white space")
    func urls() {
        for good in ["https://example.com", "http://example.com/a?b#c", "HTTPS://EXAMPLE.COM/", "https://user@host:8080/x"] {
            #expect(FormatRules.isWebURL(good), "\(good)")
        }
        for bad in ["example.com", "/relative", "ftp://example.com", "https://", "https:///path", "https://exa mple.com", "mailto:a@b.c",
                    "https://:80/", "https://user@/path", "https://user@:80/"] {
            #expect(!FormatRules.isWebURL(bad), "\(bad)")
        }
    }

    @Test("did-you-mean finds near names only")
    func spelling() {
        #expect(Spelling.closest(to: "titel", in: FormatKeys.roadmap) == "title")
        #expect(Spelling.closest(to: "requries", in: FormatKeys.topic) == "requires")
        #expect(Spelling.closest(to: "prerequisites", in: FormatKeys.topic) == nil)
        #expect(Spelling.closest(to: "ab", in: ["xy"]) == nil)
        #expect(Spelling.hint(for: "vidoe", in: ["video", "docs"]) == "; did you mean `video`?")
        #expect(Spelling.hint(for: "zzz", in: ["video"]) == "")
    }

    static let files: SourceFiles = {
        var files = SourceFiles()
        _ = files.add(SourceFile(displayName: "a.yaml", origin: .file(path: "a.yaml")))
        return files
    }()

    static func at(_ line: Int, _ column: Int) -> RoadmapModel.SourceLocation {
        RoadmapModel.SourceLocation(file: SourceFileID(0), mark: YAMLMark(line: line, column: column))
    }

    @Test("an error renders as path:line:col, the line, a caret, then its notes")
    func rendering() {
        let diagnostics: [Diagnostic] = [
            .error(.unknownKey, "expected x", at: Self.at(2, 5), notes: [.init("first here", at: Self.at(1, 1)), .init("unplaced")]),
            .warning(.mergeConflict, "no place", at: nil),
        ]
        let text = DiagnosticRenderer().render(diagnostics, files: Self.files) { _, line in
            line == 2 ? "id:\tMy_Roadmap" : nil
        }
        #expect(text == """
            a.yaml:2:5: error: expected x [unknown-key]
                id: My_Roadmap
                    ^
            a.yaml:1:1: note: first here
            roadmap: note: unplaced
            roadmap: warning: no place [merge-conflict]

            """)
    }

    @Test("long lines are cut around the column, with ellipses")
    func longLines() {
        let line = String(repeating: "a", count: 150) + "X" + String(repeating: "b", count: 150)
        let text = DiagnosticRenderer(maxExcerptWidth: 20).render([.error(.wrongType, "e", at: Self.at(1, 151))], files: Self.files) { _, _ in Substring(line) }
        #expect(text == "a.yaml:1:151: error: e [wrong-type]\n    …aaaaaaaaaaXbbbbbbbbb…\n               ^\n")
    }

    @Test("diagnostics sort by file, position, severity, message; unplaced last")
    func sorting() {
        let unsorted: [Diagnostic] = [
            .error(.wrongType, "z", at: nil),
            .error(.wrongType, "b", at: Self.at(3, 1)),
            .warning(.wrongType, "a", at: Self.at(2, 9)),
            .error(.wrongType, "c", at: Self.at(2, 9)),
            .error(.wrongType, "a", at: Self.at(2, 9)),
            .error(.wrongType, "x", at: Self.at(1, 20)),
        ]
        #expect(unsorted.sortedByLocation().map(\.message) == ["x", "a", "c", "a", "b", "z"])
        #expect(unsorted.sortedByLocation().map(\.severity) == [.error, .error, .error, .warning, .error, .error])
    }
}

/// The diagnostic codes are a promise: each is listed once and documented.
@Suite("diagnostic codes")
struct DiagnosticCodeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("every code is in DiagnosticCode.all once, is a lowercase name, and docs/diagnostics.md lists exactly these")
    func documented() throws {
        let source = try String(contentsOf: Self.root.appendingPathComponent("Sources/RoadmapModel/Diagnostics/DiagnosticCode.swift"), encoding: .utf8)
        let declared = source.components(separatedBy: "= DiagnosticCode(rawValue: \"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(declared.count == DiagnosticCode.all.count)
        #expect(Set(DiagnosticCode.all.map(\.rawValue)) == Set(declared))
        #expect(Set(declared).count == declared.count)
        for code in declared { #expect(FormatRules.isSlug(code), "\(code)") }
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let listed = page.components(separatedBy: "\n| `").dropFirst().map { String($0.prefix { $0 != "`" }) }
        #expect(listed == declared)
    }
}
