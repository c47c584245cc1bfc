import Testing
import RoadmapModel
import RoadmapComposition

/// What a merged topic keeps (FORMAT.md): the first title, every alias, the union of tags and
/// prerequisites, the largest hours, the resources without duplicates, and conflicts reported.
@Suite("Merge: merged fields")
struct MergedFieldsTests {
    typealias F = MergeFixture

    static let a = """
        id: a
        title: A
        sections:
          - id: basics
            title: Basics
            topics:
              - id: p
                title: P
              - id: t
                title: Topic from A
                summary: Summary A.
                aliases: [t-alias-a, shared-alias]
                requires: [p]
                tags: [x, y]
                level: beginner
                hours: 10
                resources:
                  - title: Course
                    url: https://Example.com/course/
                  - title: The Book
                  - title: Video
                    url: https://example.com/video?utm_source=a&id=3
        """
    static let b = """
        id: b
        title: B
        sections:
          - id: more
            title: More
            topics:
              - id: q
                title: Q
              - id: t2
                title: Topic from B
                summary: Summary B.
                same-as: [a/t]
                aliases: [t-alias-b, shared-alias]
                requires: [q]
                tags: [y, z]
                level: advanced
                hours: 25.5
                resources:
                  - title: Course again
                    url: http://example.com:80/course//?utm_medium=x&utm_campaign=y#top
                  - title: "the book:"
                  - title: The Book
                    url: https://example.com/book
                  - title: Video, other title
                    url: https://example.com/video?utm_content=z&id=3
                  - title: New
                    url: https://example.com/new
        """
    static let c = """
        id: c
        title: C
        sections:
          - id: last
            title: Last
            topics:
              - id: t3
                title: Topic from C
                summary: Summary A.
                aliases: [t]
                hours: 3
                level: beginner
        """

    @Test("title of the first, aliases and tags united in order, prerequisites united, largest hours")
    func scalarAndListFields() throws {
        let merge = F.merge([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", Self.c)])
        let topic = try #require(merge.topic("a/t"))
        #expect(topic.title == "Topic from A")
        #expect(topic.summary == "Summary A.")
        #expect(topic.level == .beginner)
        #expect(topic.aliases == ["t-alias-a", "shared-alias", "t2", "t-alias-b", "t3"])
        #expect(topic.tags == ["x", "y", "z"])
        #expect(topic.hours == 25.5)
        #expect(topic.requires == ["a/p", "b/q"])
        #expect(topic.stage == 1)
        #expect(topic.part == "Basics, More")
        #expect(topic.from.map(\.path) == ["a/basics/t", "b/more/t2", "c/last/t3"])
        #expect(merge.ids == ["a/p", "b/q", "a/t"])
    }

    @Test("resources in order, duplicates by normalised URL (case, port, slashes, utm_*, fragment) or by title without URL dropped")
    func resourceDeduplication() throws {
        let merge = F.merge([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", Self.c)])
        let topic = try #require(merge.topic("a/t"))
        #expect(topic.resources.map(\.title) == ["Course", "The Book", "Video", "The Book", "New"])
        #expect(topic.resources.map(\.url) == [
            "https://Example.com/course/", nil, "https://example.com/video?utm_source=a&id=3",
            "https://example.com/book", "https://example.com/new",
        ])
        let totals = try #require(merge.curriculum?.totals)
        #expect(totals.resourcesBeforeMerge == 8)
        #expect(totals.resources == 5)
        #expect(totals.topicsBeforeMerge == 5)
        #expect(totals.topics == 3)
        #expect(totals.hours == 25.5)
    }

    @Test("URL normal form used for deduplication")
    func urlNormalForm() {
        let same = [
            "https://example.com/a/b",
            "https://EXAMPLE.com/a/b/",
            "http://example.com/a/b",
            "https://example.com:443/a/b?utm_source=x&utm_medium=y",
            "https://example.com/a/b#section",
            "https://example.com/a/b?gclid=1&fbclid=2&ref=3",
        ]
        #expect(Set(same.map(TextNormalizer.url)).count == 1, "\(same.map(TextNormalizer.url))")
        // What must stay apart: the path's case, other query parameters, another path.
        let different = ["https://example.com/a/b", "https://example.com/A/b", "https://example.com/a/b?id=1", "https://example.com/a/c"]
        #expect(Set(different.map(TextNormalizer.url)).count == different.count, "\(different.map(TextNormalizer.url))")
    }

    @Test("conflicting levels warn at the kept value, with a note at every other one; differing summaries are kept, not warned about")
    func conflictWarnings() {
        let merge = F.merge([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", Self.c)])
        #expect(merge.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(merge.rendered == [
            "a.yaml:\(F.position(of: "beginner", in: Self.a)): warning: the topics merged into `a/t` have different levels (advanced, beginner); the merged topic keeps `a`'s",
            "b.yaml:\(F.position(of: "advanced", in: Self.b)): note: `b/t2` has its level here",
            "c.yaml:\(F.position(of: "beginner", in: Self.c)): note: `c/t3` has its level here",
        ])
        // Every source's own summary and level is kept with its origin, where it differs from the shown one.
        let topic = merge.topic("a/t")
        #expect(topic?.from.map(\.summary) == [nil, "Summary B.", nil])
        #expect(topic?.from.map(\.level) == [nil, .advanced, nil])
    }

    @Test("equal summaries and levels, or only one of them given, are no conflict")
    func noConflict() {
        let a = F.roadmap("a", ["id: t\ntitle: T\nsummary: Same.\nlevel: beginner"])
        let b = F.roadmap("b", ["id: t\ntitle: T\nsummary: Same.\nlevel: beginner"])
        let c = F.roadmap("c", ["id: t\ntitle: T"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b), ("c.yaml", c)])
        #expect(merge.diagnostics == [])
        #expect(merge.topic("a/t")?.summary == "Same.")
        // The summary and level of a later roadmap fill in when the first has none.
        let later = F.merge([("c.yaml", c), ("a.yaml", a)])
        #expect(later.diagnostics == [])
        #expect(later.topic("c/t")?.summary == "Same.")
        #expect(later.topic("c/t")?.level == .beginner)
        #expect(later.topic("c/t")?.hours == nil)
    }
}
