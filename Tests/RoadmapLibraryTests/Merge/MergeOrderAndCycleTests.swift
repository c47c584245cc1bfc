import Testing
import RoadmapLoading
import RoadmapComposition

/// Study order, stages, and cycles that only the merge closes (FORMAT.md, "Order").
@Suite("Merge: order, stages and cycles")
struct MergeOrderAndCycleTests {
    typealias F = MergeFixture

    @Test("a cycle closed by the merge is an error naming every edge with file:line:column, and no curriculum")
    func mergeClosedCycle() throws {
        let a = F.roadmap("a", ["id: y\ntitle: Y", "id: x\ntitle: X\nrequires: [y]"])
        let b = F.roadmap("b", ["id: x\ntitle: X", "id: y\ntitle: Y\nrequires:\n  - x"])
        // Each roadmap is fine alone.
        #expect(F.merge([("a.yaml", a)]).diagnostics == [])
        #expect(F.merge([("b.yaml", b)]).diagnostics == [])

        let merge = F.merge([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.curriculum == nil)
        #expect(merge.diagnostics.count == 1)
        #expect(merge.diagnostics.first?.severity == .error)
        // `requires` entries are located at the name inside the list: `y` after "[", `x` after "- ".
        #expect(F.position(of: "[y]", in: a) == "11:19")
        #expect(F.position(of: "- x", in: b) == "12:11")
        let xLocation = "a.yaml:11:20"
        let yLocation = "b.yaml:12:13"
        #expect(merge.rendered == [
            "\(yLocation): error: merging closes a prerequisite cycle: a/y → a/x → a/y; a topic cannot be studied before itself, remove one of these `requires`",
            "\(yLocation): note: `a/y` requires `a/x` here",
            "\(xLocation): note: `a/x` requires `a/y` here",
        ])
    }

    @Test("a cycle through three roadmaps names all three edges, each in its own file")
    func threeRoadmapCycle() {
        let a = F.roadmap("a", ["id: y\ntitle: Y", "id: x\ntitle: X\nrequires: [y]"])
        let b = F.roadmap("b", ["id: z\ntitle: Z", "id: y\ntitle: Y\nrequires: [z]"])
        let c = F.roadmap("c", ["id: x\ntitle: X", "id: z\ntitle: Z\nrequires: [x]"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b), ("c.yaml", c)])
        #expect(merge.curriculum == nil)
        let at: (String, String, String) -> String = { file, text, needle in
            let position = F.position(of: needle, in: text).split(separator: ":")
            return "\(file):\(position[0]):\(Int(position[1])! + 1)"
        }
        #expect(merge.rendered == [
            "\(at("b.yaml", b, "[z]")): error: merging closes a prerequisite cycle: a/y → b/z → a/x → a/y; a topic cannot be studied before itself, remove one of these `requires`",
            "\(at("b.yaml", b, "[z]")): note: `a/y` requires `b/z` here",
            "\(at("c.yaml", c, "[x]")): note: `b/z` requires `a/x` here",
            "\(at("a.yaml", a, "[y]")): note: `a/x` requires `a/y` here",
        ])
    }

    @Test("ties within a stage go to the roadmap given first, then to the position in it")
    func stableOrder() {
        let a = F.roadmap("a", ["id: a1\ntitle: A1", "id: a2\ntitle: A2"])
        let b = F.roadmap("b", ["id: b1\ntitle: B1", "id: a1\ntitle: A1 again", "id: b2\ntitle: B2"])
        let c = F.roadmap("c", ["id: c1\ntitle: C1"])
        #expect(F.merge([("a.yaml", a), ("b.yaml", b), ("c.yaml", c)]).ids == ["a/a1", "a/a2", "b/b1", "b/b2", "c/c1"])
        #expect(F.merge([("c.yaml", c), ("b.yaml", b), ("a.yaml", a)]).ids == ["c/c1", "b/b1", "b/a1", "b/b2", "a/a2"])
    }

    @Test("a later roadmap's prerequisite pulls its topic forward, and the dependent moves to the next stage")
    func laterPrerequisitePullsForward() throws {
        // a knows nothing of `u`; b says that a's `t` needs b's `u` first.
        let a = F.roadmap("a", ["id: t\ntitle: T", "id: v\ntitle: V"])
        let b = F.roadmap("b", ["id: u\ntitle: U", "id: t\ntitle: T\nrequires: [u]"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.ids == ["a/v", "b/u", "a/t"])
        #expect(merge.curriculum?.topics.map(\.stage) == [1, 1, 2])
        #expect(merge.topic("a/t")?.requires == ["b/u"])
        // Across roadmaps by ROADMAP/ID as well.
        let c = F.roadmap("c", ["id: w\ntitle: W\nrequires: [a/v]"])
        let withC = F.merge([("c.yaml", c), ("a.yaml", a)])
        #expect(withC.ids == ["a/t", "a/v", "c/w"])
        #expect(withC.topic("c/w")?.requires == ["a/v"])
        #expect(withC.topic("c/w")?.stage == 2)
    }

    @Test("a topic's stage is one more than its latest prerequisite's (the longest chain), and totals count the stages")
    func stages() throws {
        let a = F.roadmap("a", [
            "id: d\ntitle: D\nrequires: [a1, c]",
            "id: a1\ntitle: A1",
            "id: b\ntitle: B\nrequires: [a1]",
            "id: c\ntitle: C\nrequires: [b]",
            "id: e\ntitle: E",
        ])
        let merge = F.merge([("a.yaml", a)])
        let curriculum = try #require(merge.curriculum)
        #expect(curriculum.topics.map(\.id) == ["a/a1", "a/e", "a/b", "a/c", "a/d"])
        #expect(curriculum.topics.map(\.stage) == [1, 1, 2, 3, 4])
        #expect(curriculum.topics.last?.requires == ["a/a1", "a/c"])
        #expect(curriculum.totals.stages == 4)
    }

    @Test("the bundled merge is a topological order and every stage follows from the prerequisites")
    func bundledOrderIsTopological() throws {
        let result = RoadmapLoader().loadSynchronously(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        #expect(!result.hasErrors)
        let curriculum = try #require(CurriculumComposer.compose(result.roadmaps, files: result.files).curriculum)
        var seen: [String: Int] = [:]
        var previous = (stage: 0, roadmap: -1, position: -1)
        let inputIndex = Dictionary(uniqueKeysWithValues: result.roadmaps.enumerated().map { ($1.id, $0) })
        for topic in curriculum.topics {
            let prerequisiteStages = topic.requires.map { seen[$0] }
            #expect(prerequisiteStages.allSatisfy { $0 != nil }, "\(topic.id) comes before one of \(topic.requires)")
            #expect(topic.stage == (prerequisiteStages.compactMap { $0 }.max() ?? 0) + 1, "\(topic.id)")
            // Within a stage: roadmap given first, then the position in it.
            let first = topic.from[0]
            let roadmap = inputIndex[first.roadmap]!
            let position = result.roadmaps[roadmap].topics.firstIndex { "\(first.roadmap)/\($0.id)" == topic.id }!
            if topic.stage == previous.stage {
                #expect((roadmap, position) > (previous.roadmap, previous.position), "\(topic.id)")
            } else {
                #expect(topic.stage == previous.stage + 1, "\(topic.id)")
            }
            previous = (topic.stage, roadmap, position)
            seen[topic.id] = topic.stage
        }
        #expect(curriculum.totals.stages == previous.stage)
    }

    @Test("composing the same roadmaps twice gives equal curricula and diagnostics")
    func deterministic() {
        let first = RoadmapLoader().loadSynchronously(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        let second = RoadmapLoader().loadSynchronously(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        let one = CurriculumComposer.compose(first.roadmaps, files: first.files)
        let two = CurriculumComposer.compose(second.roadmaps, files: second.files)
        #expect(one.curriculum != nil)
        #expect(one.curriculum == two.curriculum)
        #expect(one.diagnostics == two.diagnostics)
    }
}
