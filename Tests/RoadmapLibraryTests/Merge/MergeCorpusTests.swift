import Foundation
import RoadmapTestSupport
import Testing
import RoadmapLoading
import RoadmapComposition

/// A generated corpus of 100 roadmaps (bench/gen-corpus) loads and merges without an error.
@Suite("Merge: generated 100-roadmap corpus")
struct MergeCorpusTests {
    /// The generator: the project's own `bench/gen-corpus`, else the shared cross-check copy
    /// `../shared/bench/gen_corpus.py` that the issue names.
    static var generator: String? {
        let candidates = [
            MergeFixture.packageRoot + "/bench/gen-corpus",
            URL(fileURLWithPath: MergeFixture.packageRoot).deletingLastPathComponent().path + "/shared/bench/gen_corpus.py",
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// 100 roadmaps × 10 sections × `ROADMAP_CORPUS_TOPICS` topics a section (default 10, which
    /// keeps a debug run to seconds; 50 is the full `medium` preset, about a minute in debug).
    static var topicsPerSection: Int {
        ProcessInfo.processInfo.environment["ROADMAP_CORPUS_TOPICS"].flatMap(Int.init) ?? 10
    }

    /// Runs the generator into a fresh temporary folder and returns the folder.
    static func generate() throws -> String {
        let directory = try ScratchFolder.make("roadmap-merge-corpus")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", try #require(generator, "no corpus generator: bench/gen-corpus is missing"),
                             "--roadmaps", "100", "--sections", "10", "--topics", String(topicsPerSection), directory]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the generator failed")
        return directory
    }

    @Test("100 generated roadmaps merge without errors, every identity once, in a topological order", .timeLimit(.minutes(5)))
    func corpusMerges() async throws {
        let directory = try Self.generate()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count == 100)
        let result = await RoadmapLoader().load(names.map { .file(path: directory + "/" + $0) })
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map { "\($0.location.map { result.files.describe($0) } ?? "-"): \($0.message)" })")
        #expect(result.roadmaps.count == 100)

        let (composed, diagnostics) = CurriculumComposer.compose(result.roadmaps, files: result.files)
        #expect(!diagnostics.containsErrors, "\(diagnostics.filter { $0.severity == .error }.prefix(3).map(\.message))")
        let curriculum = try #require(composed)

        // The generator's own counts: every topic read, every identity once.
        let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/STATS.json"))) as? [String: Any]
        let expectedTopics = stats?["topics"] as? Int
        let expectedIdentities = (stats?["unique_identities"] ?? stats?["unique_by_id_or_alias"]) as? Int
        #expect(curriculum.totals.topicsBeforeMerge == 100 * 10 * Self.topicsPerSection)
        #expect(curriculum.totals.topicsBeforeMerge == expectedTopics)
        #expect(curriculum.totals.topics == expectedIdentities)
        #expect(curriculum.totals.resourcesBeforeMerge == stats?["resources"] as? Int)
        #expect(curriculum.totals.sharedTopics > 0)
        #expect(curriculum.totals.resources < curriculum.totals.resourcesBeforeMerge)

        var seen: Set<String> = []
        var badOrder: [String] = []
        var lastPart = 0
        for topic in curriculum.topics {
            if topic.requires.contains(where: { !seen.contains($0) }) || topic.stage < lastPart { badOrder.append(topic.id) }
            seen.insert(topic.id)
            lastPart = topic.stage
        }
        #expect(badOrder.prefix(5) == [], "topics placed before a prerequisite, or parts out of order")
        #expect(seen.count == curriculum.topics.count, "canonical ids are unique")
        MergeOrderAndCycleTests.checkOrder(curriculum, result.roadmaps)
    }
}
