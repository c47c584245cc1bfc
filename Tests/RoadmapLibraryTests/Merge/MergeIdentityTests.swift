import Testing
import RoadmapLoading
import RoadmapComposition

/// Which topics of different roadmaps are one subject (FORMAT.md, "Identity and deduplication").
@Suite("Merge: identity")
struct MergeIdentityTests {
    typealias F = MergeFixture

    @Test("an alias chain (a.x ~ y, b.y ~ z, c.z) makes one topic, in any input order")
    func aliasChain() throws {
        let a = F.roadmap("a", ["id: x\ntitle: X\naliases: [y]"])
        let b = F.roadmap("b", ["id: y\ntitle: Y\naliases: [z]"])
        let c = F.roadmap("c", ["id: z\ntitle: Z"])
        let forward = F.merge([("a.yaml", a), ("b.yaml", b), ("c.yaml", c)])
        #expect(forward.ids == ["a/x"])
        #expect(forward.groups == [["a/s/x", "b/s/y", "c/s/z"]])
        #expect(forward.topic("a/x")?.title == "X")
        #expect(forward.topic("a/x")?.aliases == ["y", "z"])

        let backward = F.merge([("c.yaml", c), ("b.yaml", b), ("a.yaml", a)])
        #expect(backward.ids == ["c/z"])
        #expect(backward.groups == [["c/s/z", "b/s/y", "a/s/x"]])
        #expect(backward.topic("c/z")?.title == "Z")
        #expect(backward.topic("c/z")?.aliases == ["y", "x"])

        // An alias shared by two aliases (not ids) is enough too.
        let d = F.roadmap("d", ["id: d1\ntitle: D1\naliases: [shared-name]"])
        let e = F.roadmap("e", ["id: e1\ntitle: E1\naliases: [shared-name]"])
        #expect(F.merge([("d.yaml", d), ("e.yaml", e)]).groups == [["d/s/d1", "e/s/e1"]])
    }

    @Test("same-as written on one side only merges, whichever roadmap comes first")
    func sameAsOneWay() {
        let a = F.roadmap("a", ["id: python-lang\ntitle: Python (A)"])
        let b = F.roadmap("b", ["id: py\ntitle: Python (B)\nsame-as: [a/python-lang]"])
        let ab = F.merge([("a.yaml", a), ("b.yaml", b)])
        #expect(ab.ids == ["a/python-lang"])
        #expect(ab.groups == [["a/s/python-lang", "b/s/py"]])
        #expect(ab.topic("a/python-lang")?.title == "Python (A)")

        let ba = F.merge([("b.yaml", b), ("a.yaml", a)])
        #expect(ba.ids == ["b/py"])
        #expect(ba.groups == [["b/s/py", "a/s/python-lang"]])
        #expect(ba.topic("b/py")?.title == "Python (B)")

        // same-as may also name the other topic by one of its aliases.
        let c = F.roadmap("c", ["id: snake\ntitle: Snake\naliases: [serpent]"])
        let d = F.roadmap("d", ["id: cobra\ntitle: Cobra\nsame-as: [c/serpent]"])
        #expect(F.merge([("c.yaml", c), ("d.yaml", d)]).groups == [["c/s/snake", "d/s/cobra"]])
    }

    @Test("identity is transitive across same-as, equal ids and aliases")
    func transitive() {
        // a.x same-as b.y; b.y and c.y have equal ids; d.w has `x` as an alias; e.v is alone.
        let a = F.roadmap("a", ["id: x\ntitle: X\nsame-as: [b/y]"])
        let b = F.roadmap("b", ["id: y\ntitle: Y"])
        let c = F.roadmap("c", ["id: y\ntitle: Y again"])
        let d = F.roadmap("d", ["id: w\ntitle: W\naliases: [x]"])
        let e = F.roadmap("e", ["id: v\ntitle: V"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b), ("c.yaml", c), ("d.yaml", d), ("e.yaml", e)])
        #expect(merge.ids == ["a/x", "e/v"])
        #expect(merge.groups == [["a/s/x", "b/s/y", "c/s/y", "d/s/w"], ["e/s/v"]])
        #expect(merge.curriculum?.totals.topicsBeforeMerge == 5)
        #expect(merge.curriculum?.totals.topics == 2)
        #expect(merge.curriculum?.totals.sharedTopics == 1)
        #expect(merge.curriculum?.inputs.map(\.sharedTopicCount) == [1, 1, 1, 1, 0])
    }

    @Test("a topic id equal to a section id of another roadmap does not merge with the section or its topics")
    func sectionIDsNeverMerge() {
        // a has a SECTION `python` (topic `py-basics` in it); b has a TOPIC `python`; c has a topic
        // with the alias `python` (merges with b's topic) and a section `python` too.
        let a = F.roadmap("a", section: "python", ["id: py-basics\ntitle: Python basics"])
        let b = F.roadmap("b", ["id: python\ntitle: Python"])
        let c = F.roadmap("c", section: "python", ["id: snakes\ntitle: Snakes\naliases: [python, py-lang]"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b), ("c.yaml", c)])
        #expect(merge.ids == ["a/py-basics", "b/python"])
        #expect(merge.groups == [["a/python/py-basics"], ["b/s/python", "c/python/snakes"]])
        #expect(merge.curriculum?.topics.allSatisfy { !$0.aliases.contains("python") || $0.id == "b/python" } == true)
        #expect(merge.curriculum?.totals.sharedTopics == 1)
    }

    @Test("two sections with the same id in different roadmaps keep their topics apart")
    func equalSectionIDs() {
        let a = F.roadmap("a", section: "intro", ["id: alpha\ntitle: Alpha"])
        let b = F.roadmap("b", section: "intro", ["id: beta\ntitle: Beta"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.groups == [["a/intro/alpha"], ["b/intro/beta"]])
    }

    @Test("equal titles with different ids stay two topics")
    func equalTitlesDoNotMerge() {
        let a = F.roadmap("a", ["id: app-security\ntitle: Security"])
        let b = F.roadmap("b", ["id: network-security\ntitle: Security"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.ids == ["a/app-security", "b/network-security"])
        #expect(merge.curriculum?.topics.map(\.title) == ["Security", "Security"])
        #expect(merge.curriculum?.totals.sharedTopics == 0)
    }

    @Test("two topics of one roadmap never merge with each other through a shared alias")
    func sameRoadmapNames() {
        // a.p and a.q both list the alias `n` (nothing in format 1 forbids it); alone, a stays two topics.
        let a = F.roadmap("a", ["id: p\ntitle: P\naliases: [n]", "id: q\ntitle: Q\naliases: [n]"])
        #expect(F.merge([("a.yaml", a)]).groups == [["a/s/p"], ["a/s/q"]])
    }

    @Test("a name that would join two topics of one roadmap is an error, the same in either input order")
    func partitionIsOrderIndependent() {
        // b.n shares the name `n` with both a.p and a.q: that would make a.p and a.q one subject,
        // and two topics of one roadmap never are. Merging [a, b] and [b, a] reports it alike.
        let a = F.roadmap("a", ["id: p\ntitle: P\naliases: [n]", "id: q\ntitle: Q\naliases: [n]"])
        let b = F.roadmap("b", ["id: n\ntitle: N"])
        let expected = ["a.yaml:10:13: the name `n` of `a/q` would make `a/p` and `a/q` one subject, but two topics of one roadmap are never one; name one of them only"]
        #expect(Self.identityProblems([("a.yaml", a), ("b.yaml", b)]) == expected + expected)
        #expect(Self.identityProblems([("b.yaml", b), ("a.yaml", a)]) == expected + expected)
    }

    @Test("`same-as` naming one topic from two topics of a roadmap is an error at the second entry, and fuses nothing")
    func sameAsFusingTwoTopics() {
        let a = F.roadmap("a", ["id: x\ntitle: X\nsame-as: [b/p]", "id: y\ntitle: Y\nsame-as: [b/p]"])
        let b = F.roadmap("b", ["id: p\ntitle: P"])
        let problems = Self.identityProblems([("a.yaml", a), ("b.yaml", b)])
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0 == "a.yaml:12:19: `same-as: b/p` would make `a/x` and `a/y` one subject, but two topics of one roadmap are never one; name one of them only" }, "\(problems)")
    }

    /// What loading reports about identity, then what composing does (each must say it): as
    /// `file:line:column: message`.
    static func identityProblems(_ files: [(String, String)]) -> [String] {
        let result = RoadmapLoader().loadSynchronously(files.map { .text($0.1, origin: .standardInput, displayName: $0.0) })
        let (curriculum, composed) = CurriculumComposer.compose(result.roadmaps, files: result.files)
        #expect(curriculum == nil)
        return (result.diagnostics + composed).map { "\($0.location.map { result.files.describe($0) } ?? "-"): \($0.message)" }
    }

    @Test("canonical id is ROADMAP/ID of the first roadmap's topic; provenance lists ROADMAP/SECTION/TOPIC of each, in input order")
    func canonicalIDAndProvenance() throws {
        let a = F.roadmap("first", section: "basics", ["id: other\ntitle: Other", "id: git-basics\ntitle: Git\naliases: [git]"])
        let b = F.roadmap("second", section: "tools", ["id: git\ntitle: Git (second)"])
        let c = F.roadmap("third", section: "vcs", ["id: version-control\ntitle: Version control\nsame-as: [second/git]"])
        let merge = F.merge([("first.yaml", a), ("second.yaml", b), ("third.yaml", c)])
        let topic = try #require(merge.topic("first/git-basics"))
        #expect(topic.from.map(\.path) == ["first/basics/git-basics", "second/tools/git", "third/vcs/version-control"])
        #expect(topic.from.map(\.roadmap) == ["first", "second", "third"])
        #expect(topic.from.map(\.sectionTitle) == ["S", "S", "S"])
        #expect(topic.from.map { merge.describe($0.location) } == [
            "first.yaml:" + F.topicPosition("git-basics", in: a),
            "second.yaml:" + F.topicPosition("git", in: b),
            "third.yaml:" + F.topicPosition("version-control", in: c),
        ])
        #expect(topic.aliases == ["git", "version-control"])
        #expect(merge.ids == ["first/other", "first/git-basics"])
    }
}
