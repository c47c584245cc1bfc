import Testing
import RoadmapModel
import RoadmapComposition

/// Matching rules on small inline roadmaps: rename evidence and its threshold, declared renames
/// before evidence, ties, order changes, list fields as sets, normalised resource URLs.
@Suite("Diff: matching and field rules")
struct DiffMatchingTests {
    /// A roadmap `demo` with one section `all` holding `topics` (YAML list entries, one a line).
    static func one(_ topics: [String], id: String = "demo") -> String {
        "id: \(id)\ntitle: Demo\nsections:\n  - id: all\n    title: All\n    topics:\n" + topics.map { "      - \($0)\n" }.joined()
    }

    /// A roadmap `demo` with sections (id, topics).
    static func many(_ sections: [(String, [String])]) -> String {
        "id: demo\ntitle: Demo\nsections:\n" + sections.map { section in
            "  - id: \(section.0)\n    title: \(section.0.capitalized)\n    topics:\n" + section.1.map { "      - \($0)\n" }.joined()
        }.joined()
    }

    static func describe(_ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> [String] {
        DiffFixture.describe(try await DiffFixture.diff(old, new, sourceLocation: sourceLocation))
    }

    // MARK: - Rename evidence

    @Test("the same title and nothing else scores 50%, exactly the threshold: a rename with its evidence")
    func sameTitleAtThreshold() async throws {
        let changes = try await Self.describe(Self.one(["{id: intro-stats, title: Statistics}"]),
                                              Self.one(["{id: statistics-101, title: \"Statistics!\"}"]))
        #expect(changes == ["renamed topic statistics-101 was intro-stats in all {title: Statistics -> Statistics!} [same title, score 50%]"])
    }

    @Test("a title sharing one word of four is below the threshold: added and removed, not renamed")
    func belowThreshold() async throws {
        let changes = try await Self.describe(Self.one(["{id: stats, title: Applied Statistics}"]),
                                              Self.one(["{id: probability, title: Statistics and Probability}"]))
        #expect(changes == ["added topic probability in all", "removed topic stats in all"])
    }

    @Test("a shared URL alone (30%) is not enough; with the same prerequisites (50%) it is, URLs compared normalised")
    func sharedURL() async throws {
        let base = "{id: base, title: Base}"
        let oldTopic = "{id: kafka, title: Kafka, resources: [{title: Docs, url: \"https://kafka.apache.org/documentation/\"}]}"
        let newTopic = "{id: event-streaming, title: Event Streaming, resources: [{title: Manual, url: \"http://Kafka.Apache.org/documentation#intro\"}]}"
        let alone = try await Self.describe(Self.one([base, oldTopic]), Self.one([base, newTopic]))
        #expect(alone == ["added topic event-streaming in all", "removed topic kafka in all"])
        let withRequires = try await Self.describe(
            Self.one([base, oldTopic.replacingOccurrences(of: "title: Kafka,", with: "title: Kafka, requires: [base],")]),
            Self.one([base, newTopic.replacingOccurrences(of: "title: Event Streaming,", with: "title: Event Streaming, requires: [base],")]))
        // Matched by the normalised URL; the URL as written and the title changed, and say so.
        #expect(withRequires == ["renamed topic event-streaming was kafka in all {title: Kafka -> Event Streaming; resource https://kafka.apache.org/documentation: url: https://kafka.apache.org/documentation/ -> http://Kafka.Apache.org/documentation#intro; resource https://kafka.apache.org/documentation: title: Docs -> Manual} [1 of 1 resource URLs shared, same prerequisites, score 50%]"])
    }

    @Test("the same prerequisites without title or URL evidence never make a rename")
    func prerequisitesAlone() async throws {
        let changes = try await Self.describe(Self.one(["{id: base, title: Base}", "{id: alpha, title: Alpha, requires: [base]}"]),
                                              Self.one(["{id: base, title: Base}", "{id: beta, title: Beta, requires: [base]}"]))
        #expect(changes == ["added topic beta in all", "removed topic alpha in all"])
        let evidence = RenameEvidence.between(oldTitle: "Alpha", newTitle: "Beta", oldURLs: [], newURLs: [],
                                              oldRequires: ["base"], newRequires: ["base"])
        #expect(evidence.score == 0)
        #expect(evidence.reasons == ["same prerequisites"])
    }

    @Test("RenameEvidence weighs title 0.5, URLs 0.3, prerequisites 0.2, and says why")
    func evidenceFormula() {
        let evidence = RenameEvidence.between(
            oldTitle: "CI/CD Pipelines", newTitle: "ci-cd pipelines with GitHub Actions",
            oldURLs: ["https://a.example/x", "https://b.example/y"], newURLs: ["https://a.example/x"],
            oldRequires: ["git", "linux"], newRequires: ["git"])
        // 0.5 × 3/6 + 0.3 × 1/2 + 0.2 × 1/2 = 0.25 + 0.15 + 0.1
        #expect(abs(evidence.score - 0.5) < 1e-9)
        #expect(evidence.reasons == ["titles 50% alike", "1 of 2 resource URLs shared", "prerequisites 50% shared"])
        #expect(RenameEvidence.threshold == 0.5)
        let none = RenameEvidence.between(oldTitle: "Git", newTitle: "Docker", oldURLs: [], newURLs: [], oldRequires: [], newRequires: [])
        #expect(none.score == 0 && none.reasons == [])
    }

    @Test("the best-scoring old topic wins, whatever the ids")
    func bestFirst() async throws {
        let url = "resources: [{title: Guide, url: \"https://example.org/serving\"}]"
        let changes = try await Self.describe(
            Self.one(["{id: aa-serving, title: Model Serving}", "{id: zz-serving, title: Model Serving, \(url)}"]),
            Self.one(["{id: model-serving, title: Model Serving, \(url)}"]))
        #expect(changes == [
            "renamed topic model-serving was zz-serving in all [same title, 1 of 1 resource URLs shared, score 80%]",
            "removed topic aa-serving in all",
        ])
    }

    @Test("equal scores are broken by the ids, the same way in both directions")
    func ties() async throws {
        let two = Self.one(["{id: fs-b, title: Feature Stores}", "{id: fs-a, title: Feature Stores}"])
        let single = Self.one(["{id: feature-stores, title: Feature Stores}"])
        #expect(try await Self.describe(two, single) == [
            "renamed topic feature-stores was fs-a in all [same title, score 50%]",
            "removed topic fs-b in all",
        ])
        #expect(try await Self.describe(single, two) == [
            "added topic fs-b in all",
            "renamed topic fs-a was feature-stores in all [same title, score 50%]",
        ])
    }

    @Test("a declared rename (aliases) wins over a better title match")
    func declaredBeforeEvidence() async throws {
        let changes = try await Self.describe(
            Self.one(["{id: docker, title: Docker}", "{id: containers, title: Containers}"]),
            Self.one(["{id: containers-in-practice, title: Containers, aliases: [docker]}"]))
        #expect(changes == [
            "renamed topic containers-in-practice was docker in all {title: Docker -> Containers; aliases: - -> [docker]} [declared in `aliases` or `same-as`]",
            "removed topic containers in all",
        ])
    }

    @Test("a topic renamed and moved is one change: renamed, with both sections")
    func renamedAndMoved() async throws {
        let changes = try await Self.describe(
            Self.many([("basics", ["{id: git, title: Git}", "{id: bash, title: Bash}"]), ("tools", ["{id: docker, title: Docker}"])]),
            Self.many([("basics", ["{id: git, title: Git}"]), ("tools", ["{id: docker, title: Docker}", "{id: shell, title: Shell, aliases: [bash]}"])]))
        #expect(changes == ["renamed topic shell was bash from basics in tools {title: Bash -> Shell; aliases: - -> [bash]} [declared in `aliases` or `same-as`]"])
    }

    @Test("a topic paired by evidence across sections is one change: renamed, with both sections")
    func evidenceRenameAcrossSections() async throws {
        let diff = try await DiffFixture.diff(
            Self.many([("basics", ["{id: git, title: Git}", "{id: bash-basics, title: Bash Scripting}"]), ("tools", ["{id: docker, title: Docker}"])]),
            Self.many([("basics", ["{id: git, title: Git}"]), ("tools", ["{id: docker, title: Docker}", "{id: bash-scripting, title: Bash Scripting}"])]))
        #expect(DiffFixture.describe(diff) == ["renamed topic bash-scripting was bash-basics from basics in tools [same title, score 50%]"])
        DiffFixture.expectNoDoubleReport(diff)
    }

    // MARK: - Prerequisites

    @Test("a prerequisite whose topic was renamed, now written with the new id, is no change")
    func renamedPrerequisite() async throws {
        let changes = try await Self.describe(
            Self.one(["{id: a, title: Alpha}", "{id: b, title: Bravo, requires: [a]}"]),
            Self.one(["{id: a2, title: Alpha, aliases: [a]}", "{id: b, title: Bravo, requires: [a2]}"]))
        #expect(changes == ["renamed topic a2 was a in all {aliases: - -> [a]} [declared in `aliases` or `same-as`]"])
    }

    @Test("a prerequisite still written with the renamed topic's old id (now its alias) is no change")
    func prerequisiteByAlias() async throws {
        // The new file is valid: `a` is an alias of `a2`, so `requires: [a]` names the same topic.
        let changes = try await Self.describe(
            Self.one(["{id: a, title: Alpha}", "{id: b, title: Bravo, requires: [a]}"]),
            Self.one(["{id: a2, title: Alpha, aliases: [a]}", "{id: b, title: Bravo, requires: [a]}"]))
        #expect(changes == ["renamed topic a2 was a in all {aliases: - -> [a]} [declared in `aliases` or `same-as`]"])
    }

    @Test("`requires: [demo/a]` in roadmap demo names the same prerequisite as `requires: [a]`")
    func qualifiedPrerequisite() async throws {
        let changes = try await Self.describe(
            Self.one(["{id: a, title: Alpha}", "{id: b, title: Bravo, requires: [a]}"]),
            Self.one(["{id: a, title: Alpha}", "{id: b, title: Bravo, requires: [demo/a]}"]))
        #expect(changes == [])
    }

    @Test("prerequisites added and removed are listed as sets")
    func prerequisitesAsSets() async throws {
        let base = ["{id: a, title: Alpha}", "{id: b, title: Bravo}", "{id: c, title: Charlie}"]
        let changes = try await Self.describe(Self.one(base + ["{id: d, title: Delta, requires: [a, b]}"]),
                                              Self.one(base + ["{id: d, title: Delta, requires: [c, b]}"]))
        #expect(changes == ["changed topic d in all {requires: [a] -> [c]}"])
        let reordered = try await Self.describe(Self.one(base + ["{id: d, title: Delta, requires: [a, b]}"]),
                                                Self.one(base + ["{id: d, title: Delta, requires: [b, a]}"]))
        #expect(reordered == [])
    }

    // MARK: - Fields

    @Test("order inside tags and aliases is no change; resources match by normalised URL, and their edits and order are changes")
    func listsAreSets() async throws {
        let old = Self.one(["{id: a, title: Alpha, tags: [x, y], aliases: [p, q], resources: [{title: One, url: \"https://example.org/one/\"}, {title: Two, url: \"https://example.org/two?utm_campaign=z\"}, {title: Pro Git}]}"])
        let new = Self.one(["{id: a, title: Alpha, tags: [y, x], aliases: [q, p], resources: [{title: \"Pro Git!\"}, {title: Two again, url: \"https://EXAMPLE.org/two#top\"}, {title: One again, url: \"https://example.org/one?utm_source=a&utm_medium=b\"}]}"])
        let changes = try await Self.describe(old, new)
        #expect(changes == [
            "changed topic a in all {resource https://example.org/one: url: https://example.org/one/ -> https://example.org/one?utm_source=a&utm_medium=b; resource https://example.org/one: title: One -> One again; resource https://example.org/two: url: https://example.org/two?utm_campaign=z -> https://EXAMPLE.org/two#top; resource https://example.org/two: title: Two -> Two again; resource pro git: title: Pro Git -> Pro Git!; resources order: [https://example.org/one, https://example.org/two, pro git] -> [pro git, https://example.org/two, https://example.org/one]}",
        ])
        let tagsOnly = Self.one(["{id: a, title: Alpha, tags: [y, x], aliases: [q, p], resources: [{title: One, url: \"https://example.org/one/\"}, {title: Two, url: \"https://example.org/two?utm_campaign=z\"}, {title: Pro Git}]}"])
        #expect(try await Self.describe(old, tagsOnly) == [])
    }

    @Test("a resource URL that really changed is one removed and one added; without a URL the title is the key")
    func resourceChanges() async throws {
        let old = Self.one(["{id: a, title: Alpha, resources: [{title: One, url: \"https://example.org/one\"}, {title: Pro Git}]}"])
        let new = Self.one(["{id: a, title: Alpha, resources: [{title: One, url: \"https://example.org/one-v2\"}, {title: \"Pro Git, Second Edition\"}]}"])
        #expect(try await Self.describe(old, new) == [
            "changed topic a in all {resources: [One <https://example.org/one>, Pro Git] -> [One <https://example.org/one-v2>, Pro Git, Second Edition]}",
        ])
    }

    @Test("a resource that gains or loses its URL is the same resource with a changed url, both ways")
    func resourceGainsURL() async throws {
        let bare = Self.one(["{id: a, title: Alpha, resources: [{title: Pro Git}, {title: Other, url: \"https://example.org/o\"}]}"])
        let linked = Self.one(["{id: a, title: Alpha, resources: [{title: Pro Git, url: \"https://git-scm.com/book\"}, {title: Other, url: \"https://example.org/o\"}]}"])
        #expect(try await Self.describe(bare, linked) == ["changed topic a in all {resource pro git: url: - -> https://git-scm.com/book}"])
        #expect(try await Self.describe(linked, bare) == ["changed topic a in all {resource pro git: url: https://git-scm.com/book -> -}"])
    }

    @Test("fields set and unset: hours, level and summary to none and back; 8 and 8.0 hours are equal")
    func fieldsSetAndUnset() async throws {
        let full = Self.one(["{id: a, title: Alpha, summary: Text., level: advanced, hours: 8}"])
        let bare = Self.one(["{id: a, title: Alpha}"])
        #expect(try await Self.describe(full, bare) == ["changed topic a in all {summary: Text. -> -; hours: 8 -> -; level: advanced -> -}"])
        #expect(try await Self.describe(bare, full) == ["changed topic a in all {summary: - -> Text.; hours: - -> 8; level: - -> advanced}"])
        #expect(try await Self.describe(full, Self.one(["{id: a, title: Alpha, summary: Text., level: advanced, hours: 8.0}"])) == [])
        #expect(try await Self.describe(full, Self.one(["{id: a, title: Alpha, summary: Text., level: advanced, hours: 8.5}"]))
            == ["changed topic a in all {hours: 8 -> 8.5}"])
    }

    // MARK: - Order

    @Test("one topic moved up among insertions and removals reports that topic only")
    func reorderAmidEdits() async throws {
        let changes = try await Self.describe(
            Self.one(["{id: a, title: A}", "{id: b, title: B}", "{id: c, title: C}", "{id: d, title: D}", "{id: e, title: E}"]),
            Self.one(["{id: x, title: X}", "{id: d, title: D}", "{id: a, title: A}", "{id: c, title: C}", "{id: e, title: E}"]))
        #expect(changes == ["added topic x in all", "reordered topic d in all", "removed topic b in all"])
    }

    @Test("a removal at the top or a move out of the section shifts the rest: no reorder")
    func noKnockOnReorders() async throws {
        let removed = try await Self.describe(Self.one(["{id: a, title: A}", "{id: b, title: B}", "{id: c, title: C}"]),
                                              Self.one(["{id: b, title: B}", "{id: c, title: C}"]))
        #expect(removed == ["removed topic a in all"])
        let moved = try await Self.describe(
            Self.many([("one", ["{id: a, title: A}", "{id: b, title: B}", "{id: c, title: C}"]), ("two", ["{id: d, title: D}", "{id: e, title: E}"])]),
            Self.many([("one", ["{id: b, title: B}", "{id: c, title: C}"]), ("two", ["{id: d, title: D}", "{id: a, title: A}", "{id: e, title: E}"])]))
        #expect(moved == ["moved topic a from one in two"])
    }

    @Test("a reversed section of n topics reports n − 1 reorders")
    func reversed() async throws {
        let topics = (1...5).map { "{id: t\($0), title: T\($0)}" }
        let diff = try await DiffFixture.diff(Self.one(topics), Self.one(topics.reversed()))
        #expect(diff.changes.count == 4)
        #expect(diff.changes.allSatisfy { $0.kind == .reordered && $0.subject == .topic })
    }

    // MARK: - Sections

    @Test("a section with a new id, its title and topics kept, is a rename; with nothing in common, removed and added")
    func sectionRenames() async throws {
        let renamed = try await Self.describe(
            Self.many([("tools", ["{id: git, title: Git}", "{id: bash, title: Bash}"])]),
            Self.many([("tooling", ["{id: git, title: Git}", "{id: bash, title: Bash}"])]).replacingOccurrences(of: "title: Tooling", with: "title: Tools"))
        #expect(renamed == ["renamed section tooling was tools [same title, 2 of 2 topics in common, score 100%]"])
        let replaced = try await Self.describe(
            Self.many([("tools", ["{id: git, title: Git}", "{id: bash, title: Bash}"]), ("other", ["{id: c, title: C}"])]),
            Self.many([("practice", ["{id: git, title: Git}"]), ("other", ["{id: c, title: C}", "{id: bash, title: Bash}"])]))
        // `tools` and `practice` share 1 of 2 topics and no title word: 0.25, not a rename; `git` moved.
        #expect(replaced == [
            "added section practice",
            "removed section tools",
            "moved topic git from tools in practice",
            "moved topic bash from tools in other",
        ])
    }
}
