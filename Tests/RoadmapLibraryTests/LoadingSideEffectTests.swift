import Foundation
import RoadmapTestSupport
import Testing
import RoadmapLoading

@Suite("Loading leaves inputs as they were")
struct LoadingSideEffectTests {
    struct Snapshot: Equatable {
        var bytes: [UInt8]
        var modified: Date?
        var permissions: Int?
    }

    static func snapshot(_ path: String) throws -> Snapshot {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return Snapshot(bytes: try Fixtures.bytes(path), modified: attributes[.modificationDate] as? Date,
                        permissions: (attributes[.posixPermissions] as? NSNumber)?.intValue)
    }

    @Test("no input file is modified, touched or added to by loading, valid or not")
    func inputsUnchanged() async throws {
        let folder = try ScratchFolder.make("roadmap-side-effects")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sources = [
            Fixtures.directory + "/valid/complete.yaml",
            Fixtures.invalidDirectory + "/bad-slug.yaml",
            Fixtures.invalidDirectory + "/bom-and-crlf.yaml",
            Fixtures.invalidDirectory + "/invalid-utf8.yaml",
            Fixtures.invalidDirectory + "/variant-extends-cycle-a.yaml",
            Fixtures.invalidDirectory + "/variant-extends-cycle-b.yaml",
        ]
        var paths: [String] = []
        for source in sources {
            let path = folder + "/" + URL(fileURLWithPath: source).lastPathComponent
            try FileManager.default.copyItem(atPath: source, toPath: path)
            // An mtime in the past, so that a rewrite within the same second would still show.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: path)
            paths.append(path)
        }
        let before = try paths.map(Self.snapshot)
        let listingBefore = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()

        let inputs = paths.map { RoadmapInput.file(path: $0) }
        let sequential = RoadmapLoader().loadSynchronously(inputs)
        let parallel = await RoadmapLoader().load(inputs)
        #expect(sequential.hasErrors && parallel.hasErrors)

        #expect(try paths.map(Self.snapshot) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == listingBefore)
        #expect(before.allSatisfy { $0.modified == Date(timeIntervalSince1970: 1_000_000_000) })
    }
}
