import Foundation
import Testing
import RoadmapModel
import RoadmapComposition

/// Every change kind on the crafted pairs (`Fixtures/diff/`), change by change: the same pairs
/// whose plugin output `DiffGoldenTests` keeps as goldens.
@Suite("Diff: change kinds on crafted pairs")
struct DiffChangeKindTests {
    /// What each pair must report, in the differ's order (roadmap, sections, topics in new order, then removals).
    static let expected: [String: [String]] = [
        "topic-added-removed": [
            "added topic docker in modelling",
            "removed topic git in basics",
        ],
        // An insertion at the top shifts every topic after it: no reorder.
        "insert-at-top": ["added topic statistics in basics"],
        // `bash` moved from last to first, `trees` and `clustering` swapped: one topic each.
        "reordered": [
            "reordered topic bash in basics",
            "reordered topic trees in modelling",
        ],
        // The new topic lists the old id in `aliases`; `regression` now requires the new id, which is no change.
        "rename-aliases": [
            "renamed topic python-programming was python in basics {title: Python -> Programming in Python; aliases: - -> [python]} [declared in `aliases` or `same-as`]",
        ],
        // The old topic listed the new id among its aliases.
        "rename-old-aliases": [
            "renamed topic machine-learning-basics was ml in basics {title: Machine Learning -> Learning from Data; aliases: [machine-learning-basics] -> -} [declared in `aliases` or `same-as`]",
        ],
        // The new roadmap (another id) names the old topic in `same-as`; the titles share nothing.
        "rename-same-as": [
            "changed roadmap ds-notes {id: data-science -> ds-notes}",
            "renamed topic inference was statistics in maths {title: Statistics -> Inference; same-as: - -> [data-science/statistics]} [declared in `aliases` or `same-as`]",
        ],
        // 0.5 × 3/6 title words + 0.3 × 1/1 URL (trailing slash and utm_source normalised away) + 0.2 × same prerequisites.
        "rename-evidence": [
            "renamed topic delivery-pipelines was ci-cd in basics {title: CI/CD Pipelines -> CI/CD Pipelines with GitHub Actions; resource https://example.org/guides/pipelines: url: https://example.org/guides/pipelines/ -> https://example.org/guides/pipelines?utm_source=newsletter; resource https://example.org/guides/pipelines: title: Pipelines Guide -> The Pipelines Guide} [titles 50% alike, 1 of 1 resource URLs shared, same prerequisites, score 75%]",
        ],
        "moved": [
            "moved topic numpy from basics in modelling {hours: 10 -> 12}",
            "moved topic sql from basics in modelling",
        ],
        // `git` hours 8 → 8.0 is no change; resource URLs differing by a trailing slash or utm_* match the same resource, and the URL as written is a change.
        "changed-fields": [
            "changed topic python in basics {title: Python -> Python 3; summary: The language. -> The language, version 3.; hours: 40 -> 45; level: beginner -> intermediate; tags: - -> [scripting]; resources: [Old Course <https://example.org/old-course>] -> [Python Crash Course <https://nostarch.com/python-crash-course-3rd-edition>]; resource https://docs.python.org/3/tutorial: url: https://docs.python.org/3/tutorial/ -> https://docs.python.org/3/tutorial?utm_source=roadmap&utm_medium=web; resource https://docs.python.org/3/tutorial: title: The Python Tutorial -> The Python Tutorial (official); resource https://automatetheboringstuff.com: url: https://automatetheboringstuff.com/ -> https://automatetheboringstuff.com}",
            "changed topic sql in basics {aliases: [structured-query-language] -> [sql-basics]}",
            "changed topic regression in modelling {requires: [sql] -> -}",
            "changed topic trees in modelling {requires: - -> [git]}",
        ],
        // Section `deployment` → `deployment-and-serving` by evidence: 0.5 × 1/3 title words + 0.5 × 2/2 topics = 67%.
        "sections": [
            "added section foundations-first",
            "changed section basics {title: Basics -> The Basics; summary: - -> What every later section uses.}",
            "reordered section basics",
            "renamed section deployment-and-serving was deployment {title: Deployment -> Deployment and Serving} [titles 33% alike, 2 of 2 topics in common, score 67%]",
            "removed section extras",
            "added topic statistics-refresher in foundations-first",
            "removed topic reading-list in extras",
        ],
        "roadmap-fields": [
            "changed roadmap demo {title: Demo Roadmap -> The Demo Roadmap, Second Edition; source: https://example.org/demo -> https://example.org/demo/v2; authors: [Alan Turing] -> [Grace Hopper]; published: 2023-05 -> 2024-02-29}",
        ],
        "identical": [],
    ]

    @Test("each crafted pair reports exactly its edits", arguments: DiffFixture.pairs)
    func crafted(pair: String) async throws {
        let diff = try await DiffFixture.pair(pair)
        #expect(DiffFixture.describe(diff) == Self.expected[pair])
        #expect(diff.isEmpty == (pair == "identical"))
        DiffFixture.expectNoDoubleReport(diff)
    }

    @Test("every crafted pair has an expectation here and a folder there")
    func pairsAreListed() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: DiffFixture.directory).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(DiffFixture.pairs))
        #expect(Set(Self.expected.keys) == Set(DiffFixture.pairs))
    }

    @Test("locations: a change points into the new file, a removal into the old one")
    func locations() async throws {
        let (old, new, result) = try await DiffFixture.load(try DiffFixture.text("topic-added-removed", "old"),
                                                            try DiffFixture.text("topic-added-removed", "new"))
        let diff = RoadmapDiffer.diff(old, new)
        let added = try #require(diff.changes.first { $0.kind == .added })
        let removed = try #require(diff.changes.first { $0.kind == .removed })
        // Where the id is written: `      - id: docker` is line 23 of new.yaml, its value at column 13.
        #expect(result.files.describe(added.location) == "new.yaml:23:13")
        #expect(result.files.describe(removed.location) == "old.yaml:14:13")
    }
}
