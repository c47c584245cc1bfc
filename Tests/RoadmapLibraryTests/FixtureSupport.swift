import Foundation
import Testing
import RoadmapModel
import RoadmapLoading

/// The test fixtures, found next to this file (the folder is excluded from the target, so no Bundle).
enum Fixtures {
    /// `Tests/RoadmapLibraryTests/Fixtures`.
    static let directory: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// The package root (`Roadmaps/`, `scripts/` live there).
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// `Fixtures/invalid`.
    static var invalidDirectory: String { directory + "/invalid" }

    /// The names of the bad-input fixtures (`bad-slug.yaml`, …), sorted.
    static func invalidNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: invalidDirectory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// True when golden files are to be written instead of compared (scripts/update-goldens).
    static var updatingGoldens: Bool {
        ProcessInfo.processInfo.environment["ROADMAP_UPDATE_GOLDENS"] == "1"
    }

    /// The bytes of a file.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The diagnostics of `result`, sorted by location and rendered by ``DiagnosticRenderer``,
    /// with source lines read from the files, and every path under `base` printed relative to it
    /// (as if the tool ran in `base`), so that goldens do not depend on where the package is.
    static func render(_ result: LoadResult, relativeTo base: String) -> String {
        var lines: [SourceFileID: [Substring]] = [:]
        for id in result.files.ids {
            let file = result.files[id]!
            var text = file.retainedText
            if text == nil, case .file(let path) = file.origin, let data = FileManager.default.contents(atPath: path) {
                text = String(decoding: data, as: UTF8.self)
            }
            if var text {
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                lines[id] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            }
        }
        let rendered = DiagnosticRenderer().render(result.diagnostics.sortedByLocation(), files: result.files) { file, line in
            guard let fileLines = lines[file], line >= 1, line <= fileLines.count else { return nil }
            return fileLines[line - 1]
        }
        guard !base.isEmpty else { return rendered }
        return rendered.replacingOccurrences(of: base.hasSuffix("/") ? base : base + "/", with: "")
    }

    /// Compares `actual` with the golden file at `path`, or writes it when updating goldens.
    static func assertGolden(_ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if updatingGoldens {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("no golden file \(name); run scripts/update-goldens and review the new file", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(actual == expected, "\(name) differs from the output; if the change is intended, run scripts/update-goldens and review the diff",
                sourceLocation: sourceLocation)
    }
}
