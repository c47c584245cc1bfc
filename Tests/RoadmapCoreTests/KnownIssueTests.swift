import Foundation
import RoadmapCore
import Testing

/// Diagnostics that are wrong or unhelpful today. Each test asserts what is right outside
/// `withKnownIssue` and what should be right inside it, so that a fix shows up as an
/// "unexpectedly passed" known issue. Their fixtures live in `Fixtures/known-issues/`, not in
/// the golden corpus, so that no golden file records a wrong message.
@Suite("Known issues in diagnostics")
struct KnownIssueTests {
    static func load(_ names: String...) -> LoadResult {
        RoadmapLoader().loadSynchronously(names.map { .file(path: Fixtures.directory + "/known-issues/" + $0) })
    }

    static func describe(_ diagnostic: Diagnostic, in result: LoadResult) -> String {
        let place = diagnostic.location.map { result.files.describe($0) } ?? "-"
        return place.replacingOccurrences(of: Fixtures.directory + "/", with: "") + ": " + diagnostic.message
    }

    @Test("a required key given with the wrong type is not also reported as missing")
    func wrongTypeIsNotMissing() {
        let result = Self.load("wrong-type-required.yaml", "wrong-type-mapping-for-topics.yaml")
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("expected a string for `id`, found a list"))
        #expect(messages.contains("expected a string for `title`, found a list"))
        #expect(messages.contains("expected a string for `title`, found a mapping"))
        #expect(messages.contains("expected a list of topics for `topics`, found a mapping"))
        withKnownIssue("RoadmapValidator reports `missing required key` for keys that are present with a wrong type") {
            #expect(messages.filter { $0.hasPrefix("missing required key") } == [])
        }
    }

    @Test("an empty `sections` list is reported where it is written")
    func emptySectionsLocation() throws {
        let result = Self.load("empty-sections.yaml")
        #expect(result.diagnostics.map(\.message) == ["expected at least one section in `sections`, found an empty list"])
        let location = try #require(result.diagnostics.first?.location)
        withKnownIssue("the error points at the top of the roadmap (1:1), not at `sections: []` (4:11)") {
            #expect((location.line, location.column) == (4, 11))
        }
    }

    @Test("a required key written with no value is reported on its own line")
    func nullRequiredValueLocation() {
        let result = Self.load("null-required-values.yaml")
        #expect(result.diagnostics.count == 3)
        #expect(result.diagnostics.allSatisfy { $0.message.contains("`title`") })
        let lines = result.diagnostics.sortedByLocation().compactMap(\.location?.line)
        withKnownIssue("`title:` with a null value is reported as missing at the start of its entry, not on the line that has it") {
            #expect(lines == [2, 5, 8])
        }
    }

    @Test("a NUL byte is named as U+0000")
    func nulByteCodePoint() throws {
        let result = Self.load("nul-byte.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(Self.describe(diagnostic, in: result).hasPrefix("known-issues/nul-byte.yaml:2:11: expected printable text, found the control character U+"))
        withKnownIssue("the code point is printed as `U+0`") {
            #expect(diagnostic.message.contains("U+0000"))
        }
    }

    @Test("a variant whose base cannot be found reports that, not the gaps of its partial edits",
          arguments: [
            ("variant-extends-unknown-partial.yaml", "unknown roadmap `mlop` in `extends`"),
            ("variant-extends-missing-file.yaml", "expected `extends` to name a readable roadmap file, but no such file: "),
            ("variant-extends-cycle-a.yaml", "`extends` forms a cycle: "),
          ])
    func failedExtendsIsOneError(_ name: String, _ expected: String) {
        let result = Self.load(name)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.message.hasPrefix(expected) })
        withKnownIssue("after a failed `extends` the partial variant is validated as a whole roadmap (missing `sections`/`title`, or an empty list it never wrote)") {
            #expect(errors.map { Self.describe($0, in: result) }.count == 1)
        }
    }

    @Test("a quoted or !!str-tagged value where a number or boolean is expected says it is a string")
    func quotedScalarsSayString() {
        let result = Self.load("quoted-scalars.yaml")
        let described = result.diagnostics.sortedByLocation().map { Self.describe($0, in: result) }
        #expect(described.count == 3)
        #expect(described.first?.hasPrefix("known-issues/quoted-scalars.yaml:1:9: expected a whole number for `format`") == true)
        withKnownIssue("`format: \"1\"`, `hours: !!str 40` and `free: \"true\"` say `found `1``/`found `40``/`found `true``, which reads as the very value expected") {
            #expect(result.diagnostics.allSatisfy { $0.message.contains("string") || $0.message.contains("quoted") })
        }
    }

    @Test("a slug suggestion keeps the letters of a non-ASCII id")
    func slugSuggestionFoldsDiacritics() throws {
        let result = Self.load("slug-suggestion.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("expected a topic id to be a slug"))
        withKnownIssue("FormatRules.slug(from:) drops `é`, so `café` gets the suggestion `caf`") {
            #expect(diagnostic.message.hasSuffix("try `cafe`"))
        }
    }
}
