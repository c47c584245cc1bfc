import RoadmapModel
import RoadmapLoading

/// Prints diagnostics to standard error with source excerpts, reading lines of files on disk
/// on demand (library code keeps no file text).
struct DiagnosticPrinter {
    let files: SourceFiles
    private var lines: [SourceFileID: [Substring]] = [:]

    init(files: SourceFiles) {
        self.files = files
    }

    /// Prints `diagnostics` sorted by file and position (`sorted`: they are already).
    mutating func print(_ diagnostics: [Diagnostic], sorted alreadySorted: Bool = false) {
        guard !diagnostics.isEmpty else { return }
        let sorted = alreadySorted ? diagnostics : diagnostics.sortedByLocation()
        // Only errors show a source excerpt: read just their files (a merge of a hundred
        // roadmaps may warn about every file; reading them all again would double the work).
        for diagnostic in sorted where diagnostic.severity == .error {
            if let file = diagnostic.location?.file { loadLines(file) }
        }
        let cache = lines
        let text = DiagnosticRenderer().render(sorted, files: files) { file, line in
            guard let fileLines = cache[file], line >= 1, line <= fileLines.count else { return nil }
            return fileLines[line - 1]
        }
        Terminal.writeError(text)
    }

    private mutating func loadLines(_ file: SourceFileID) {
        guard lines[file] == nil, let source = files[file] else { return }
        var text = source.retainedText
        // Lines are quoted only from roadmap files (by name, and the name a link resolves to),
        // never from whatever a path names.
        if text == nil, case .file(let path) = source.origin, let bytes = try? FileBytes.readRoadmap(path, limit: 64 << 20) {
            text = String(decoding: bytes, as: UTF8.self)
        }
        guard var text else { return }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        lines[file] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}
