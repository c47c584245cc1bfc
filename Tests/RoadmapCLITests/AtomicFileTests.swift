import Foundation
import RoadmapTestSupport
@testable import RoadmapCLI
import Testing

/// `AtomicFile`, the one way the tool replaces a file: what a user had is kept.
@Suite("AtomicFile: replacing a file keeps what the user had")
struct AtomicFileTests {
    static func folder() throws -> String {
        let path = try ScratchFolder.make("atomic")
        return path
    }

    @Test("a file that changed on disk after it was read is not replaced, and keeps the newer content")
    func changedMeanwhile() throws {
        let path = try Self.folder() + "/t.yaml"
        try "first".write(toFile: path, atomically: false, encoding: .utf8)
        let stamp = try #require(AtomicFile.Stamp(path: path))
        usleep(10_000)
        try "edited by someone else".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write("formatted", to: path, policy: .init(unchangedSince: stamp))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited by someone else")
        do {
            try AtomicFile.write("formatted", to: path, policy: .init(unchangedSince: stamp))
        } catch {
            #expect(error.refused && error.message.contains("it changed on disk after it was read"))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["t.yaml"], "no temporary file is left")
    }

    @Test("an unchanged file is replaced, with its permissions")
    func unchanged() throws {
        let path = try Self.folder() + "/t.yaml"
        try "first".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        let stamp = try #require(AtomicFile.Stamp(path: path))
        try AtomicFile.write("second", to: path, policy: .init(unchangedSince: stamp))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
    }

    @Test("a new file gets the permissions the umask allows")
    func newFile() throws {
        let path = try Self.folder() + "/new.yaml"
        try AtomicFile.write("text", to: path)
        let mask = umask(0o022)   // read back (and set again at once): the tests' own umask
        umask(mask)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == Int(0o666 & ~mask))
    }
}
