import Testing
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// Study order, parts, and cycles that only the merge closes (FORMAT.md, "Order").
@Suite("Merge: order, parts and cycles")
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

    @Test("each roadmap's written order holds; a shared topic comes after what each roadmap puts before it; ties go to the roadmap given first")
    func writtenOrder() {
        let a = F.roadmap("a", ["id: a1\ntitle: A1", "id: a2\ntitle: A2"])
        let b = F.roadmap("b", ["id: b1\ntitle: B1", "id: a1\ntitle: A1 again", "id: b2\ntitle: B2"])
        let c = F.roadmap("c", ["id: c1\ntitle: C1"])
        // b puts b1 before the shared a1: so does the curriculum; a's a1, a2 and b's a1, b2 hold.
        let abc = F.merge([("a.yaml", a), ("b.yaml", b), ("c.yaml", c)])
        #expect(abc.ids == ["b/b1", "a/a1", "a/a2", "b/b2", "c/c1"])
        #expect(abc.curriculum?.explanations == [])
        #expect(F.merge([("c.yaml", c), ("b.yaml", b), ("a.yaml", a)]).ids == ["c/c1", "b/b1", "b/a1", "b/b2", "a/a2"])
    }

    @Test("two roadmaps that disagree: the one given first wins, and --explain names the pair")
    func disagreement() throws {
        let a = F.roadmap("a", ["id: x\ntitle: X", "id: y\ntitle: Y"])
        let b = F.roadmap("b", ["id: y\ntitle: Y", "id: x\ntitle: X"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.ids == ["a/x", "a/y"])
        let explanations = try #require(merge.curriculum?.explanations)
        #expect(explanations.map(\.message) == ["`a/x` comes before `a/y`, although `b` lists it after; the path `a/x` → `a/y` (`a` lists it next) puts it first"])
        #expect(explanations.map(\.code) == [.orderChanged])
        #expect(explanations.first?.location.map { merge.load.files.describe($0) } == "b.yaml:" + F.topicPosition("x", in: b))
        #expect(F.merge([("b.yaml", b), ("a.yaml", a)]).ids == ["b/y", "b/x"])
    }

    @Test("a later roadmap's prerequisite pulls its topic forward; the first roadmap's order still holds")
    func laterPrerequisitePullsForward() throws {
        // a knows nothing of `u`; b says that a's `t` needs b's `u` first.
        let a = F.roadmap("a", ["id: t\ntitle: T", "id: v\ntitle: V"])
        let b = F.roadmap("b", ["id: u\ntitle: U", "id: t\ntitle: T\nrequires: [u]"])
        let merge = F.merge([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.ids == ["b/u", "a/t", "a/v"])
        #expect(merge.topic("a/t")?.requires == ["b/u"])
        // Across roadmaps by ROADMAP/ID as well.
        let c = F.roadmap("c", ["id: w\ntitle: W\nrequires: [a/v]"])
        let withC = F.merge([("c.yaml", c), ("a.yaml", a)])
        #expect(withC.ids == ["a/t", "a/v", "c/w"])
        #expect(withC.topic("c/w")?.requires == ["a/v"])
    }

    @Test("a `requires` against the written order wins and is explained; parts follow the first roadmap's sections")
    func requiresWin() throws {
        let a = F.roadmap("a", [
            "id: d\ntitle: D\nrequires: [a1, c]",
            "id: a1\ntitle: A1",
            "id: b\ntitle: B\nrequires: [a1]",
            "id: c\ntitle: C\nrequires: [b]",
            "id: e\ntitle: E",
        ])
        let merge = F.merge([("a.yaml", a)])
        let curriculum = try #require(merge.curriculum)
        #expect(curriculum.topics.map(\.id) == ["a/a1", "a/b", "a/c", "a/d", "a/e"])
        #expect(curriculum.topics.last?.id == "a/e")
        #expect(curriculum.topics[3].requires == ["a/a1", "a/c"])
        #expect(curriculum.explanations.map(\.message) == ["`a/a1` comes before `a/d`, although `a` lists it after; the path `a/a1` → `a/d` (requires it) puts it first"])
        #expect(curriculum.topics.map(\.stage) == [1, 1, 1, 1, 1])
        #expect(curriculum.topics.map(\.part) == ["S", "S", "S", "S", "S"])
        #expect(curriculum.totals.stages == 1)
    }

    @Test("once the first roadmap's topics are all placed, parts follow the next roadmap's sections")
    func partsAfterTheFirstRoadmap() throws {
        let a = F.roadmap("a", section: "basics", ["id: a1\ntitle: A1", "id: a2\ntitle: A2"])
        let b = F.roadmap("b", section: "more", ["id: b1\ntitle: B1", "id: b2\ntitle: B2"])
        let curriculum = try #require(F.merge([("a.yaml", a), ("b.yaml", b)]).curriculum)
        #expect(curriculum.topics.map(\.id) == ["a/a1", "a/a2", "b/b1", "b/b2"])
        #expect(curriculum.topics.map(\.stage) == [1, 1, 2, 2], "b's topics are a part of their own, not the tail of a's last")
        #expect(curriculum.totals.stages == 2)
    }

    /// Every `requires` holds, and every two topics next to each other in a roadmap keep their
    /// order or are named in an explanation.
    static func checkOrder(_ curriculum: Curriculum, _ roadmaps: [Roadmap], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let problems = orderProblems(curriculum, roadmaps)
        #expect(problems.prefix(5) == [], "\(problems.count) problems", sourceLocation: sourceLocation)
    }

    /// What breaks the order rule in `curriculum`, one line a problem.
    static func orderProblems(_ curriculum: Curriculum, _ roadmaps: [Roadmap]) -> [String] {
        var problems: [String] = []
        var position: [String: Int] = [:]
        var canonical: [String: String] = [:]
        for (index, topic) in curriculum.topics.enumerated() {
            for origin in topic.from {
                let name = origin.path.split(separator: "/").enumerated().filter { $0.offset != 1 }.map(\.element).joined(separator: "/")
                position[name] = index
                canonical[name] = topic.id
            }
        }
        for (index, topic) in curriculum.topics.enumerated() {
            for requirement in topic.requires {
                let before = curriculum.topics.firstIndex { $0.id == requirement }
                if !(before.map { $0 < index } ?? false) { problems.append("\(topic.id) comes before its prerequisite \(requirement)") }
            }
        }
        let explained = Set(curriculum.explanations.map(\.message))
        for roadmap in roadmaps {
            let ids = roadmap.topics.map { "\(roadmap.id)/\($0.id)" }
            for (first, second) in zip(ids, ids.dropFirst()) {
                guard let p = position[first], let q = position[second], p != q else { continue }
                if p > q {
                    let pair = "`\(canonical[second]!)` comes before `\(canonical[first]!)`, although `\(roadmap.id)` lists it after"
                    let shown = explained.contains { $0.hasPrefix(pair) }
                    if !shown { problems.append("\(roadmap.id) lists \(first) before \(second), the curriculum not, unexplained") }
                }
            }
        }
        return problems
    }

    @Test("the bundled merge: every requires holds, each roadmap's order holds or is explained, parts in order")
    func bundledOrder() throws {
        let result = RoadmapLoader().loadSynchronously(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        #expect(!result.hasErrors)
        let curriculum = try #require(CurriculumComposer.compose(result.roadmaps, files: result.files).curriculum)
        Self.checkOrder(curriculum, result.roadmaps)
        #expect(curriculum.topics.first?.id == "data-science/python")
        #expect(curriculum.topics.last?.id == "data-science/extra-resources")
        #expect(curriculum.topics.map(\.stage) == curriculum.topics.map(\.stage).sorted())
        #expect(curriculum.totals.stages == Set(curriculum.topics.map(\.stage)).count)
        // The check can fail: the same curriculum backwards breaks requires and orders.
        var backwards = curriculum
        backwards.topics.reverse()
        #expect(Self.orderProblems(backwards, result.roadmaps).count > 20, "the check finds a reversed curriculum wrong")
    }

    @Test("on generated roadmaps (shared ids, requires within and across roadmaps): requires hold, orders hold or are explained, same bytes twice")
    func generated() throws {
        var random = SplitMix(seed: 7)
        for round in 0..<40 {
            let roadmapCount = 2 + Int(random.next() % 4)
            var files: [(String, String)] = []
            for r in 0..<roadmapCount {
                var topics: [String] = []
                let count = 3 + Int(random.next() % 8)
                var used: Set<String> = []
                for t in 0..<count {
                    // Shared ids: drawn from a small pool, so that roadmaps meet.
                    var id = "t\(random.next() % 12)"
                    while used.contains(id) { id += "x" }
                    used.insert(id)
                    var entry = "id: \(id)\ntitle: \(id.uppercased())"
                    // A prerequisite on an earlier topic of this roadmap, sometimes.
                    if t > 0, random.next() % 3 == 0 {
                        entry += "\nrequires: [\(topics[Int(random.next() % UInt64(t))].split(separator: "\n")[0].dropFirst(4))]"
                    }
                    topics.append(entry)
                }
                files.append(("r\(r).yaml", F.roadmap("r\(r)", topics)))
            }
            let merge = F.merge(files)
            guard let curriculum = merge.curriculum else { continue }   // a cycle the merge closed: refused, fine
            let again = F.merge(files)
            #expect(again.curriculum == curriculum, "round \(round)")
            Self.checkOrder(curriculum, merge.load.roadmaps)
        }
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

/// A small deterministic generator (SplitMix64), so that generated cases are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
