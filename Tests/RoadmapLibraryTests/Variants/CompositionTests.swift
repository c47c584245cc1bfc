import Foundation
import Synchronization
import Testing
import RoadmapComposition
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// Compositions (`extends: [A, B, …]`) build on the merge of their bases, exactly as
/// `roadmap merge A B …` makes it, and then apply their edits like any variant.
@Suite("Variants: compositions of several roadmaps")
struct CompositionTests {
    static let a = """
        id: a
        title: A
        sections:
          - id: basics
            title: Basics
            topics:
              - id: python
                title: Python
                hours: 40
              - id: sql
                title: SQL
                requires: [python]

        """

    static let b = """
        id: b
        title: B
        sections:
          - id: start
            title: Start
            topics:
              - id: py
                title: Python
                aliases: [python]
                hours: 30
              - id: pandas
                title: Pandas
                requires: [py]

        """

    static func load(_ texts: [(String, String)], composer: any BaseComposer = CurriculumBaseComposer()) -> LoadResult {
        RoadmapLoader(composer: composer).loadSynchronously(texts.map { .text($0.1, origin: .standardInput, displayName: $0.0) })
    }

    static func composition(_ body: String, extends: String = "[a, b]") -> String {
        "id: c\ntitle: C\nextends: \(extends)\n" + body
    }

    /// What a user compares: each topic's id, title, hours, prerequisites and part, in order.
    static func outline(_ roadmap: Roadmap) -> [String] {
        roadmap.sections.flatMap { section in
            section.topics.map { "\(section.id) \($0.id) \($0.title) \($0.hours.map { "\($0)" } ?? "-") [\($0.requires.map(\.value.description).joined(separator: ","))] res:\($0.resources.map(\.title).joined(separator: "|"))" }
        }
    }

    @Test("with no edits, a composition is `merge A B` topic for topic (the bundled four, and two of them)", arguments: [
        ["data-science", "machine-learning", "data-engineering", "mlops"], ["data-science", "mlops"], ["mlops", "data-science"],
    ])
    func equalsTheMerge(_ ids: [String]) throws {
        let plain = RoadmapLoader().loadSynchronously(ids.map { .bundled(id: $0) })
        let curriculum = try #require(CurriculumComposer.compose(plain.catalogues[0], files: plain.files).curriculum)
        let composed = Self.load([("c.yaml", "id: c\ntitle: C\nextends: [\(ids.joined(separator: ", "))]\n")])
        #expect(composed.diagnostics == [])
        let roadmap = try #require(composed.roadmaps.first)
        #expect(roadmap.bases == ids)
        let topics = roadmap.topics
        try #require(topics.count == curriculum.topics.count)
        let local = CurriculumFileIDs(canonicalIDs: curriculum.topics.map(\.id)).topicIDs
        for (topic, curriculumTopic) in zip(topics, curriculum.topics) {
            let merged = curriculumTopic
            #expect(topic.id == local[merged.id])
            #expect(topic.title == merged.title)
            #expect(topic.summary?.value == merged.summary)
            #expect(topic.hours == merged.hours)
            #expect(topic.level?.value == merged.level)
            #expect(topic.tags == merged.tags)
            #expect(topic.resources.map(\.title) == merged.resources.map(\.title))
            #expect(topic.resources.map(\.url) == merged.resources.map(\.url))
            #expect(topic.requires.map(\.value.description) == merged.requires.compactMap { local[$0] } + merged.requiresOutside)
            #expect(composed.files.displayName(topic.location.file) == plain.files.displayName(curriculumTopic.from[0].location.file)
                    && topic.location.mark == curriculumTopic.from[0].location.mark, "\(topic.id) keeps the place its first roadmap wrote it")
        }
        #expect(roadmap.sections.map(\.title) == Self.partTitles(curriculum))
    }

    /// The part titles of a curriculum, in order.
    static func partTitles(_ curriculum: Curriculum) -> [String] {
        var titles: [String] = []
        for topic in curriculum.topics where titles.count < topic.stage { titles.append(topic.part) }
        return titles
    }

    @Test("a topic is named by its merged id, by ROADMAP/ID of each roadmap that teaches it, or by its canonical id")
    func everyNameOfATopic() throws {
        var outlines: Set<[String]> = []
        for name in ["python", "a/python", "b/py"] {
            let c = Self.composition("sections:\n  - id: part-1\n    topics:\n      - id: \(name)\n        hours: 5\n")
            let result = Self.load([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", c)])
            #expect(result.diagnostics == [], "\(name)")
            let roadmap = try #require(result.roadmaps.first { $0.id == "c" })
            let python = try #require(roadmap.topics.first { $0.id == "python" })
            #expect(python.hours == 5, "\(name)")
            #expect(python.edits.map(\.mark.line) == [7], "\(name): the edit is located in the composition")
            outlines.insert(Self.outline(roadmap))
        }
        #expect(outlines.count == 1)
    }

    @Test("a base that renamed a topic keeps its old id as an alias, and the composition's edit still applies")
    func renamedBaseTopic() throws {
        let renamed = Self.a.replacingOccurrences(of: "- id: python\n        title: Python", with: "- id: python-programming\n        title: Python\n        aliases: [python]")
            .replacingOccurrences(of: "requires: [python]", with: "requires: [python-programming]")
        let c = Self.composition("sections:\n  - id: part-1\n    topics:\n      - id: a/python\n        hours: 5\n")
        let result = Self.load([("a.yaml", renamed), ("b.yaml", Self.b), ("c.yaml", c)])
        #expect(result.diagnostics == [])
        let roadmap = try #require(result.roadmaps.first { $0.id == "c" })
        #expect(roadmap.topics.first?.id == "python-programming")
        #expect(roadmap.topics.first?.hours == 5)
    }

    @Test("remove, a new section, a topic listed into it, `section:` and a new topic requiring ROADMAP/ID")
    func editsOfAComposition() throws {
        let c = Self.composition("""
            remove: [b/pandas]
            sections:
              - id: part-1
                topics:
                  - id: a/sql
                    section: later
              - id: later
                title: Later
                topics:
                  - id: git
                    title: Git
                    requires: [b/py]

            """)
        let result = Self.load([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", c)])
        #expect(result.diagnostics.map(\.code) == [.sectionEmptied], "removing pandas empties part-2")
        let roadmap = try #require(result.roadmaps.first { $0.id == "c" })
        #expect(Self.outline(roadmap) == [
            "part-1 python Python 40.0 [] res:",
            "later git Git - [python] res:",
            "later sql SQL - [python] res:",
        ])
    }

    @Test("a name that is nothing of the merge is an error at its place, with the closest name")
    func unknownNames() throws {
        let c = Self.composition("remove: [a/pyton, a/pandas]\nsections:\n  - id: part-1\n    topics:\n      - id: b/pandsa\n        hours: 1\n      - id: b/py\n        section: nowhere\n")
        let result = Self.load([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", c)])
        let messages = result.diagnostics.map { "\($0.location?.mark.line ?? 0):\($0.location?.mark.column ?? 0) \($0.code.rawValue) \($0.message)" }
        #expect(messages == [
            "4:10 unknown-edit `remove: a/pyton` names no section or topic of the merge of `a`, `b`; did you mean `a/python`?",
            "4:19 unknown-edit `remove: a/pandas` names no section or topic of the merge of `a`, `b`; did you mean `pandas`?",
            "8:13 unknown-edit topic `b/pandsa` is not in the merge of `a`, `b`; did you mean `b/pandas`?; to add a new topic give it a `title`",
            "11:18 unknown-edit `section: nowhere` names no section of the merge of `a`, `b` or of this variant",
        ])
    }

    @Test("a composition over a variant builds on the variant resolved; the bases are listed in order")
    func overAVariant() throws {
        let result = Self.load([("c.yaml", "id: c\ntitle: C\nextends: [mlops-lite, data-science]\n")])
        #expect(result.diagnostics.map(\.code) == [.mergeConflict], "as `merge mlops-lite data-science` warns: their Python levels differ")
        let roadmap = try #require(result.roadmaps.first)
        #expect(roadmap.bases == ["mlops-lite", "data-science"])
        #expect(roadmap.topics.contains { $0.id == "git" })
        #expect(!roadmap.topics.contains { $0.id == "metadata-management" }, "mlops-lite removed the metadata section")
    }

    @Test("a cycle through a composition names every file of it; a base given twice is an error")
    func cycles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("composition-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "id: track\ntitle: Track\nextends: [data-science, ./narrow.yaml]\n".write(toFile: folder + "/track.yaml", atomically: true, encoding: .utf8)
        try "id: narrow\ntitle: Narrow\nextends: ./track.yaml\n".write(toFile: folder + "/narrow.yaml", atomically: true, encoding: .utf8)
        let result = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([.file(path: folder + "/track.yaml")])
        let cycle = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(cycle.code == .extendsCycle)
        #expect(cycle.message == "`extends` forms a cycle: \(folder)/track.yaml → \(folder)/narrow.yaml → \(folder)/track.yaml; a roadmap cannot be built on itself")
        #expect(cycle.notes.map { "\(result.files.displayName($0.location!.file)):\($0.location!.mark.line):\($0.location!.mark.column)" }
                == ["\(folder)/track.yaml:3:25", "\(folder)/narrow.yaml:3:10"])

        let twice = Self.load([("a.yaml", Self.a), ("c.yaml", Self.composition("", extends: "[a, a]"))])
        #expect(twice.diagnostics.map(\.message) == ["`extends` names `a` twice; give each base once"])
    }

    /// Counts the merges it makes.
    final class CountingComposer: BaseComposer {
        let count = Mutex(0)
        func compose(_ bases: [RoadmapDraft], file: SourceFileID, files: SourceFiles, library: RoadmapLibrary) -> ComposedBase {
            count.withLock { $0 += 1 }
            return CurriculumBaseComposer().compose(bases, file: file, files: files, library: library)
        }
    }

    @Test("a chain of compositions resolves each merge once")
    func eachMergeOnce() throws {
        let composer = CountingComposer()
        let result = Self.load([
            ("a.yaml", Self.a), ("b.yaml", Self.b),
            ("c.yaml", Self.composition("")),
            ("d.yaml", "id: d\ntitle: D\nextends: [c, data-science]\n"),
            ("e.yaml", "id: e\ntitle: E\nextends: d\n"),
            ("f.yaml", "id: f\ntitle: F\nextends: [c, d]\n"),
        ], composer: composer)
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(result.roadmaps.map(\.id) == ["a", "b", "c", "d", "e", "f"])
        #expect(composer.count.withLock { $0 } == 3, "c, d and f are merged once each")
    }

    @Test("a section the edits leave empty is left out with a note where its last topic went; `section:` outside a variant is an error")
    func emptiedSectionsAndMisplacedSection() throws {
        let result = Self.load([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", Self.composition("remove: [python, sql]\n"))])
        #expect(result.diagnostics.map { "\($0.severity) \($0.location?.mark.line ?? 0):\($0.location?.mark.column ?? 0) \($0.message)" } == [
            "note 4:18 section `part-1` (Basics) of the merge of `a`, `b` has no topics left after this variant's removals and moves, so it is left out",
        ])
        let plain = Self.load([("a.yaml", Self.a.replacingOccurrences(of: "hours: 40", with: "hours: 40\n        section: start"))])
        #expect(plain.diagnostics.map(\.code) == [.notAVariant])
    }

    @Test("without a composer (a program that only loads), a composition is an error that says so")
    func withoutComposer() throws {
        let result = RoadmapLoader().loadSynchronously([.text(Self.composition(""), origin: .standardInput, displayName: "c.yaml"),
                                                          .text(Self.a, origin: .standardInput, displayName: "a.yaml"),
                                                          .text(Self.b, origin: .standardInput, displayName: "b.yaml")])
        #expect(result.diagnostics.map(\.code) == [.invalidExtends])
        #expect(result.roadmaps.map(\.id) == ["a", "b"])
    }

    @Test("every base's problem is reported in one run; two bases with one id are refused as merge refuses them; `[~]` is a wrong type, not an empty list")
    func problemsOfTheBases() throws {
        let unknown = Self.load([("a.yaml", Self.a), ("c.yaml", Self.composition("", extends: "[nope, a, nada]"))])
        #expect(unknown.diagnostics.map(\.code) == [.unknownBase, .unknownBase])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("composition-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.a.write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        try Self.a.write(toFile: folder + "/copy.yaml", atomically: true, encoding: .utf8)
        try Self.composition("", extends: "[./a.yaml, ./copy.yaml]").write(toFile: folder + "/c.yaml", atomically: true, encoding: .utf8)
        let twice = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([.file(path: folder + "/c.yaml")])
        #expect(twice.diagnostics.map(\.message) == ["expected bases with different ids, found `./copy.yaml` with the id `a` of `./a.yaml`; a merge takes each roadmap once (give the copy its own id)"])
        let null = Self.load([("c.yaml", Self.composition("", extends: "[~]"))])
        #expect(null.diagnostics.map(\.code) == [.wrongType])
    }

    @Test("an edit of what the variant removed says so; a topic edited twice (under two names) is a warning naming both places")
    func removedAndRepeated() throws {
        let c = Self.composition("remove: [a/sql]\nsections:\n  - id: part-1\n    topics:\n      - id: sql\n        hours: 1\n      - id: a/python\n        hours: 2\n      - id: b/py\n        hours: 3\n")
        let result = Self.load([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", c)])
        #expect(result.diagnostics.map { "\($0.severity) \($0.message) \($0.notes.map { "\($0.message) \($0.location?.mark.line ?? 0)" })" } == [
            "error topic `sql` is edited here but this variant's `remove` took it; edit it or remove it, not both [\"removed here 4\"]",
            "warning topic `python` is edited a second time here (as `b/py`); both edits apply, and where they set the same key the later one wins [\"first edited here (as `a/python`) 10\"]",
        ])
    }

    @Test("a plain variant follows its base's aliases too: a base that renamed a topic keeps the variant's edit")
    func plainVariantFollowsAliases() throws {
        let renamed = Self.a.replacingOccurrences(of: "- id: python\n        title: Python", with: "- id: python-programming\n        title: Python\n        aliases: [python]")
            .replacingOccurrences(of: "requires: [python]", with: "requires: [python-programming]")
        let variant = "id: v\ntitle: V\nextends: a\nsections:\n  - id: basics\n    topics:\n      - id: python\n        hours: 5\n"
        let result = Self.load([("a.yaml", renamed), ("v.yaml", variant)])
        #expect(result.diagnostics == [])
        #expect(result.roadmaps.first { $0.id == "v" }?.topics.first.map { "\($0.id) \($0.hours ?? 0)" } == "python-programming 5.0")
    }

    @Test("a plain variant moves topics too, and a section id wins over a topic's alias in `remove`")
    func plainVariantMovesAndPrecedence() throws {
        let base = "id: a\ntitle: A\nsections:\n  - id: sql\n    title: SQL\n    topics:\n      - id: queries\n        title: Queries\n  - id: rest\n    title: Rest\n    topics:\n      - id: databases\n        title: Databases\n        aliases: [sql]\n      - id: python\n        title: Python\n"
        let variant = "id: v\ntitle: V\nextends: a\nremove: [sql]\nsections:\n  - id: rest\n    topics:\n      - id: python\n        section: later\n  - id: later\n    title: Later\n    topics:\n      - id: databases\n"
        let result = Self.load([("a.yaml", base), ("v.yaml", variant)])
        #expect(result.diagnostics.map(\.code) == [.sectionEmptied])
        let roadmap = try #require(result.roadmaps.first { $0.id == "v" })
        #expect(Self.outline(roadmap) == ["later databases Databases - [] res:", "later python Python - [] res:"],
                "`remove: [sql]` took the section, not the topic aliased sql; `rest`, emptied by the moves, is left out")
    }

    @Test("a composition over a composition keeps the first origins in x-from, and its edits may use them")
    func nestedProvenance() throws {
        let f = "id: f\ntitle: F\nextends: [c, data-science]\nsections:\n  - id: part-1\n    topics:\n      - id: b/py\n        hours: 7\n"
        let result = Self.load([("a.yaml", Self.a), ("b.yaml", Self.b), ("c.yaml", Self.composition("")), ("f.yaml", f)])
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        let roadmap = try #require(result.roadmaps.first { $0.id == "f" })
        let python = try #require(roadmap.topics.first { $0.id == "python" })
        #expect(python.hours == 7)
        #expect(python.mergedFromPaths == ["a/basics/python", "b/start/py", "data-science/programming/python"])
    }
}
