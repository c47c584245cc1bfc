/// Writes diagnostics the way compilers do:
///
///     path:line:column: error: message
///         requires: [pyhton]
///                    ^
///
/// followed by its notes (errors get the excerpt; warnings and notes are one line each, so
/// that a merge's warnings stay short). Source lines come from a line provider, so that library code
/// never reads files itself.
public struct DiagnosticRenderer: Sendable {
    /// The widest source excerpt printed; longer lines are cut around the column.
    public var maxExcerptWidth: Int

    /// Makes a renderer.
    public init(maxExcerptWidth: Int = 100) {
        self.maxExcerptWidth = maxExcerptWidth
    }

    /// The text for `diagnostics`, one block each, in the order given.
    /// `sourceLine(file, line)` returns a line of a file without its newline, or `nil`.
    public func render(
        _ diagnostics: [Diagnostic], files: SourceFiles,
        sourceLine: (SourceFileID, Int) -> Substring?
    ) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += header(diagnostic.severity.rawValue, diagnostic.message, diagnostic.location, files)
            if diagnostic.severity == .error, let location = diagnostic.location,
               let line = sourceLine(location.file, location.line) {
                out += excerpt(line, column: location.column)
            }
            for note in diagnostic.notes {
                out += header("note", note.message, note.location, files)
            }
        }
        return out
    }

    private func header(_ severity: String, _ message: String, _ location: SourceLocation?, _ files: SourceFiles) -> String {
        if let location {
            return "\(files.describe(location)): \(severity): \(message)\n"
        }
        return "roadmap: \(severity): \(message)\n"
    }

    /// The source line (tabs shown as spaces, cut around the column when long) and a caret.
    func excerpt(_ line: Substring, column: Int) -> String {
        // Tabs as spaces; control characters (a NUL, an escape, the halves of UTF-16) as U+FFFD,
        // so that an excerpt never sends them to the terminal.
        let characters = Array(line.unicodeScalars.map { scalar -> Character in
            if scalar == "\t" { return " " }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { return "\u{FFFD}" }
            return Character(scalar)
        })
        let caretIndex = max(0, min(column - 1, characters.count))
        var start = 0
        var end = characters.count
        if characters.count > maxExcerptWidth {
            start = max(0, min(caretIndex - maxExcerptWidth / 2, characters.count - maxExcerptWidth))
            end = min(characters.count, start + maxExcerptWidth)
        }
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        let shown = prefix + String(characters[start..<end]) + suffix
        let caretColumn = caretIndex - start + (start > 0 ? 1 : 0)
        return "    " + shown + "\n" + "    " + String(repeating: " ", count: caretColumn) + "^\n"
    }
}
