import Testing
import RoadmapLoading
import RoadmapComposition

/// Properties of the differ: a roadmap against itself is empty, and the diff of B against A
/// mirrors the diff of A against B (added ↔ removed, renamed old ↔ new, before ↔ after).
@Suite("Diff: identity and mirror properties")
struct DiffPropertyTests {
    static let bundledIDs = BundledRoadmap.all.map(\.id)

    @Test("diff(A, A) is empty for every bundled roadmap, and for a bundled roadmap against its own text", arguments: bundledIDs)
    func selfDiffIsEmpty(id: String) async throws {
        let (a, b, _) = try await DiffFixture.load([.bundled(id: id), .bundled(id: id)])
        #expect(RoadmapDiffer.diff(a, b).changes.map(DiffFixture.describe) == [])
        let text = try #require(BundledRoadmap.named(id)?.text)
        let (c, d, _) = try await DiffFixture.load([.bundled(id: id), .text(text, origin: .standardInput, displayName: "copy.yaml")])
        #expect(RoadmapDiffer.diff(c, d).isEmpty)
    }

    @Test("the bundled roadmaps are not all alike: diff(A, B) is not empty for two different ones")
    func differentBundledDiffer() async throws {
        let (a, b, _) = try await DiffFixture.load([.bundled(id: "mlops"), .bundled(id: "mlops-lite")])
        let diff = RoadmapDiffer.diff(a, b)
        #expect(!diff.isEmpty)
        // mlops-lite removes three sections and adds `git` (DESIGN: a variant with `remove`).
        #expect(Set(diff.changes.filter { $0.kind == .removed && $0.subject == .section }.map(\.id)) == ["database-management", "metadata", "interviews"])
        #expect(diff.changes.contains { $0.kind == .added && $0.subject == .topic && $0.id == "git" })
    }

    /// The crafted pairs whose reverse is checked; `rename-same-as` has its own (known-issue) test.
    static let mirroredPairs = DiffFixture.pairs.filter { $0 != "rename-same-as" }

    @Test("diff(B, A) mirrors diff(A, B) for every crafted pair", arguments: mirroredPairs)
    func mirrorCrafted(pair: String) async throws {
        let forth = try await DiffFixture.pair(pair)
        let back = try await DiffFixture.pair(pair, reversed: true)
        DiffFixture.expectMirror(forth, back, pair)
        DiffFixture.expectNoDoubleReport(back)
    }

    @Test("diff(B, A) mirrors diff(A, B) for pairs of bundled roadmaps",
          arguments: [("mlops", "mlops-lite"), ("data-science", "machine-learning"), ("machine-learning", "data-engineering"), ("mlops", "data-engineering")])
    func mirrorBundled(a: String, b: String) async throws {
        let (x, y, _) = try await DiffFixture.load([.bundled(id: a), .bundled(id: b)])
        let forth = RoadmapDiffer.diff(x, y), back = RoadmapDiffer.diff(y, x)
        #expect(!forth.isEmpty)
        if a == "data-science" && b == "machine-learning" {
            // machine-learning's `neural-networks` says `same-as: [data-science/deep-learning]`: a rename
            // one way only, which also tips the section `ml-dl-ai` → `algorithms` (50%, 2 of 3 topics).
            DiffFixture.expectMirror(forth, back, "\(a) → \(b)")
        } else {
            DiffFixture.expectMirror(forth, back, "\(a) → \(b)")
        }
        DiffFixture.expectNoDoubleReport(forth)
        DiffFixture.expectNoDoubleReport(back)
    }

    @Test("the mirror check itself fails on a diff that does not mirror")
    func mirrorCheckCanFail() async throws {
        let forth = try await DiffFixture.pair("moved")
        let other = try await DiffFixture.pair("topic-added-removed", reversed: true)
        withKnownIssue("deliberately mismatched diffs: the helper must record issues") {
            DiffFixture.expectMirror(forth, other, "mismatched")
        }
    }

    @Test("the double-report check itself fails on a rename also reported as added")
    func doubleReportCheckCanFail() async throws {
        var diff = try await DiffFixture.pair("rename-aliases")
        var added = try #require(diff.changes.first { $0.kind == .renamed })
        added.kind = .added
        added.oldID = nil
        diff.changes.append(added)
        withKnownIssue("deliberately double-reported: the helper must record an issue") {
            DiffFixture.expectNoDoubleReport(diff)
        }
    }

    @Test("a rename declared with `same-as` is found in both directions")
    func sameAsMirror() async throws {
        let forth = try await DiffFixture.pair("rename-same-as")
        #expect(forth.changes.contains { $0.kind == .renamed && $0.id == "inference" && $0.oldID == "statistics" })
        let back = try await DiffFixture.pair("rename-same-as", reversed: true)
        #expect(back.changes.contains { $0.kind == .renamed && $0.id == "statistics" && $0.oldID == "inference" })
        DiffFixture.expectMirror(forth, back, "rename-same-as")
    }
}
