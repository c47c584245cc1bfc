import Foundation

/// Temporary folders for tests, all under one folder of this test process that is removed
/// when the process exits, so that `swift test` leaves nothing behind in the temporary
/// directory (a test that fails half-way included).
public enum ScratchFolder {
    /// A new empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) throws -> String {
        let path = root + "/" + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The folder of this process: created, and its removal registered, on first use.
    public static let root: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-tests-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolder.root) }
        return path
    }()
}
