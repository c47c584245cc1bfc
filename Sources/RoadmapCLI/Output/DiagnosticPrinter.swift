import RoadmapModel
import RoadmapLoading

/// Renders diagnostics as text with source excerpts, reading lines of files on disk on demand
/// (library code keeps no file text), for ``Report`` to print.
struct DiagnosticPrinter {
    let files: SourceFiles
    let style: DiagnosticStyle
    private var lines: [SourceFileID: [Substring]] = [:]

    init(files: SourceFiles, style: DiagnosticStyle = .plain) {
        self.files = files
        self.style = style
    }

    /// The text of `diagnostics`, already sorted by file and position, made inert (and coloured
    /// when the style says so).
    mutating func render(_ sorted: [Diagnostic]) -> String {
        guard !sorted.isEmpty else { return "" }
        // Only errors show a source excerpt: read just their files (a merge of a hundred
        // roadmaps may warn about every file; reading them all again would double the work).
        for diagnostic in sorted where diagnostic.severity == .error {
            if let file = diagnostic.location?.file { loadLines(file) }
        }
        let cache = lines
        return DiagnosticRenderer(style: style).render(sorted, files: files) { file, line in
            guard let fileLines = cache[file], line >= 1, line <= fileLines.count else { return nil }
            return fileLines[line - 1]
        }
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
