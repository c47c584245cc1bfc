import Foundation
import RoadmapYAML
import Testing
@testable import RoadmapLoading
@testable import RoadmapAuthoring

/// `roadmap fmt`'s layout, its safety checks, and its idempotence on every fixture and bundled roadmap.
@Suite("Formatting: layout, idempotence and data")
struct FormattingLayoutTests {
    @Test("the messy fixture formats to its golden file", arguments: ["messy", "variant"])
    func golden(_ name: String) throws {
        let source = try FormattingSupport.text(FormattingSupport.directory + "/\(name).yaml")
        try Fixtures.assertGolden(try FormattingSupport.format(source), path: FormattingSupport.directory + "/\(name).formatted.yaml")
    }

    @Test("a file already in the canonical layout is left byte for byte")
    func canonicalUnchanged() throws {
        let source = try FormattingSupport.text(FormattingSupport.directory + "/canonical.yaml")
        #expect(try FormattingSupport.format(source) == source)
    }

    @Test("formatting twice changes nothing, and the values are kept: every fmt fixture and golden",
          arguments: FormattingSupport.fixtureNames())
    func idempotentFixture(_ name: String) throws {
        let source = try FormattingSupport.text(FormattingSupport.directory + "/" + name)
        let once = try FormattingSupport.format(source)
        #expect(try RoadmapFormatter.format(Array(once.utf8)) == once)
        let golden = FormattingSupport.directory + "/" + name.replacingOccurrences(of: ".yaml", with: ".formatted.yaml")
        if FileManager.default.fileExists(atPath: golden) {
            let formatted = try FormattingSupport.text(golden)
            #expect(try RoadmapFormatter.format(Array(formatted.utf8)) == formatted, "a golden is a fixed point")
        }
    }

    @Test("formatting twice changes nothing, and the values are kept: the bundled roadmaps", arguments: FormattingSupport.bundledPaths())
    func idempotentBundled(_ path: String) throws {
        let source = try FormattingSupport.text(path)
        let once = try FormattingSupport.format(source)
        #expect(FormattingSupport.sameValues(source, once))
        #expect(try YAMLCommentReader.read(Array(source.utf8)).comments.allSatisfy { once.contains($0) })
        // Only quoting, folding, key order and blank lines may change: the words are all there.
        let words = { (text: String) in text.split(whereSeparator: { " \n'\"|>-".contains($0) }).sorted() }
        #expect(words(source) == words(once))
    }

    @Test("the valid fixtures of the test corpus format idempotently and keep their values")
    func validCorpus() throws {
        let folder = Fixtures.directory + "/valid"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let source = try FormattingSupport.text(folder + "/" + name)
            guard RoadmapDecoder.decode(Array(source.utf8), file: .none).diagnostics.isEmpty else { continue }
            _ = try FormattingSupport.format(source)
        }
    }

    @Test("keys go in the format's order at every level; x- keys follow in written order, keys inside x- values stay")
    func keyOrder() throws {
        let source = """
            x-b: 1
            sections:
              - topics:
                  - resources:
                      - free: true
                        x-z: 1
                        provider: P
                        type: book
                        url: https://example.org
                        title: R
                    hours: 1
                    level: beginner
                    tags: [t]
                    requires: [u]
                    same-as: [other/t]
                    aliases: [a]
                    summary: S
                    title: T
                    id: t
                  - {title: U, id: u}
                x-s: {z: 1, a: 2}
                summary: S
                title: S
                id: s
            remove: [gone]
            extends: base
            related: [r]
            published: 2024
            authors: [A]
            source: https://example.org
            summary: S
            title: T
            id: sample
            format: 1
            x-a: 2
            """
        #expect(try FormattingSupport.format(source) == """
            format: 1
            id: sample
            title: T
            summary: S
            source: https://example.org
            authors: [A]
            published: '2024'
            related: [r]
            extends: base
            remove: [gone]
            sections:
              - id: s
                title: S
                summary: S
                topics:
                  - id: t
                    title: T
                    summary: S
                    aliases: [a]
                    same-as: [other/t]
                    requires: [u]
                    tags: [t]
                    level: beginner
                    hours: 1
                    resources:
                      - title: R
                        url: https://example.org
                        type: book
                        provider: P
                        free: true
                        x-z: 1
                  - id: u
                    title: U
                x-s:
                  z: 1
                  a: 2
            x-b: 1
            x-a: 2

            """)
    }

    @Test("short lists of plain scalars are flow lists when they fit in 100 columns; others are block lists")
    func listStyles() throws {
        let fits = (0..<10).map { "tag\($0)" }
        let tooLong = (0..<20).map { "tag\($0)" }
        let source = FormattingSupport.roadmap(topic: """
            aliases:
              - one
              - two
            tags: [\(tooLong.joined(separator: ", "))]
            requires: [\(fits.joined(separator: ", "))]
            same-as: ["needs: quotes"]
            x-mixed: [a, {b: c}]
            x-empty: []
            x-map: {}
            """)
        let output = try FormattingSupport.format(source)
        #expect(output.contains("\n        aliases: [one, two]\n"))
        #expect(output.contains("\n        requires: [\(fits.joined(separator: ", "))]\n"))
        #expect(output.contains("\n        tags:\n          - tag0\n          - tag1\n"))
        #expect(output.contains("\n        same-as:\n          - 'needs: quotes'\n"))
        #expect(output.contains("\n        x-mixed:\n          - a\n          - b: c\n"))
        #expect(output.contains("\n        x-empty: []\n        x-map: {}\n"))
        // A line of exactly 100 columns still fits; 101 does not.
        let fitting = String(repeating: "a", count: 80)
        let exact = try FormattingSupport.format(FormattingSupport.roadmap(topic: "requires:\n  - \(fitting)"))
        #expect(exact.contains("\n        requires: [\(fitting)]\n"))
        #expect(("        requires: [\(fitting)]").count == 100)
        let over = try FormattingSupport.format(FormattingSupport.roadmap(topic: "requires: [\(fitting)b]"))
        #expect(over.contains("\n        requires:\n          - \(fitting)b\n"))
    }

    @Test("indentless lists, flow mappings, odd indentation and a byte-order mark become the canonical layout; CRLF stays CRLF")
    func layoutNormalised() throws {
        let source = "\u{FEFF}id: sample\r\ntitle: Sample\r\nsections:\r\n- {id: s, title: S, topics: [{id: t, title: T}]}\r\n"
        let crlf = FormattingSupport.roadmap().replacing("\n", with: "\r\n")
        #expect(try FormattingSupport.format(source) == crlf)
        // Formatting the result again changes nothing; LF in, LF out.
        #expect(try FormattingSupport.format(crlf) == crlf)
        #expect(try FormattingSupport.format(source.replacing("\r\n", with: "\n")) == FormattingSupport.roadmap())
        // A file mixing both takes its first line's ending.
        let mixed = "id: sample\ntitle: Sample\r\nsections:\r\n- {id: s, title: S, topics: [{id: t, title: T}]}\r\n"
        #expect(try FormattingSupport.format(mixed) == FormattingSupport.roadmap())
        let deep = "id: sample\ntitle: Sample\nsections:\n      -     id: s\n            title: S\n            topics:\n                  - id: t\n                    title: T\n"
        #expect(try FormattingSupport.format(deep) == FormattingSupport.roadmap())
    }

    @Test("a text that does not decode cleanly is refused with its diagnostics")
    func refusesInvalid() throws {
        for source in ["id: sample\ntitle: [a\n", "id: sample\ntitle: T\nsections: []\nunknown: 1\n", "id: a\n---\nid: b\n", "&a id: x\n"] {
            do {
                _ = try RoadmapFormatter.format(Array(source.utf8))
                Issue.record("formatted an invalid text: \(source)")
            } catch {
                guard case .invalid(let diagnostics) = error else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(diagnostics.containsErrors)
            }
        }
    }

    @Test("the data check sees every kind of change, locations aside")
    func dataCheck() throws {
        let base = FormattingSupport.roadmap(topic: "hours: 2\nx-a: [1, 'b']")
        #expect(FormattingSupport.sameValues(base, base.replacingOccurrences(of: "title: T", with: "title: 'T'")))
        #expect(FormattingSupport.sameValues(base, "\n\n" + base))
        #expect(!FormattingSupport.sameValues(base, base.replacingOccurrences(of: "hours: 2", with: "hours: 3")))
        #expect(!FormattingSupport.sameValues(base, base.replacingOccurrences(of: "'b'", with: "'c'")))
        #expect(!FormattingSupport.sameValues(base, base.replacingOccurrences(of: "[1,", with: "['1',")))
        #expect(!FormattingSupport.sameValues(base, base.replacingOccurrences(of: "x-a: [1, 'b']", with: "x-a: [1, 'b']\n        level: null")))
    }
}
