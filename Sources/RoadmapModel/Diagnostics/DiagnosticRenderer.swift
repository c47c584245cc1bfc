import RoadmapPlugin
/// Writes diagnostics the way compilers do:
///
///     path:line:column: error: message [code]
///         requires: [pyhton]
///                    ^
///
/// followed by its notes (errors get the excerpt; warnings and notes are one line each, so
/// that a merge's warnings stay short). Source lines come from a line provider, so that library code
/// never reads files itself.
public struct DiagnosticRenderer: Sendable {
    /// The widest source excerpt printed; longer lines are cut around the column.
    public var maxExcerptWidth: Int
    /// Colours (on a terminal) or plain text.
    public var style: DiagnosticStyle

    /// Makes a renderer.
    public init(maxExcerptWidth: Int = 100, style: DiagnosticStyle = .plain) {
        self.maxExcerptWidth = maxExcerptWidth
        self.style = style
    }

    /// The most notes printed under one diagnostic; the rest are counted in one more note.
    public static let maxNotes = 10

    /// The text for `diagnostics`, one block each, in the order given.
    /// `sourceLine(file, line)` returns a line of a file without its newline, or `nil`.
    ///
    /// Everything printed is made inert (``InertText``); a long line is shown as a window around
    /// the column, and the line is split into characters once for all the diagnostics on it.
    public func render(
        _ diagnostics: [Diagnostic], files: SourceFiles,
        sourceLine: (SourceFileID, Int) -> Substring?
    ) -> String {
        var out = ""
        var cachedLine: (file: SourceFileID, line: Int, scalars: [Unicode.Scalar])?
        for diagnostic in diagnostics {
            out += header(diagnostic.severity, diagnostic.message, code: diagnostic.code, diagnostic.location, files)
            if let quoted = diagnostic.quoted {
                let lines = quoted.split(separator: "\n", omittingEmptySubsequences: false)
                for line in quoted.hasSuffix("\n") ? lines.dropLast() : lines[...] { out += InertText.make(String(line)) + "\n" }
            }
            if diagnostic.severity == .error, let location = diagnostic.location {
                if cachedLine?.file != location.file || cachedLine?.line != location.line {
                    cachedLine = sourceLine(location.file, location.line).map { (location.file, location.line, Array($0.unicodeScalars)) }
                }
                if let cachedLine {
                    out += excerpt(cachedLine.scalars, column: location.column)
                }
            }
            for note in diagnostic.notes.prefix(Self.maxNotes) {
                out += header(.note, note.message, note.location, files)
            }
            if diagnostic.notes.count > Self.maxNotes {
                out += header(.note, "… and \(diagnostic.notes.count - Self.maxNotes) more notes", nil, files)
            }
        }
        return out
    }

    /// `place: severity: message [code]`: each part made inert, then styled (a note's message
    /// is not bold, as in clang).
    private func header(_ severity: Diagnostic.Severity, _ message: String, code: DiagnosticCode? = nil, _ location: SourceLocation?, _ files: SourceFiles) -> String {
        let place = InertText.make(location.map { files.describe($0) } ?? "roadmap")
        let text = InertText.make(message) + (code.map { " [\($0)]" } ?? "")
        return style.bold(place + ":") + " " + style.severity(severity) + " " + (severity == .note ? text : style.bold(text)) + "\n"
    }

    /// The source line (tabs shown as spaces, cut around the column when long) and a caret.
    func excerpt(_ line: Substring, column: Int) -> String {
        excerpt(Array(line.unicodeScalars), column: column)
    }

    /// The excerpt of a line given as its characters: only the window shown is looked at.
    private func excerpt(_ scalars: [Unicode.Scalar], column: Int) -> String {
        let caretIndex = max(0, min(column - 1, scalars.count))
        var start = 0
        var end = scalars.count
        if scalars.count > maxExcerptWidth {
            start = max(0, min(caretIndex - maxExcerptWidth / 2, scalars.count - maxExcerptWidth))
            end = min(scalars.count, start + maxExcerptWidth)
        }
        // Tabs as spaces; control and bidi formatting characters (a NUL, an escape, an override)
        // as U+FFFD, so that an excerpt never sends them to the terminal.
        var shown = String.UnicodeScalarView()
        if start > 0 { shown.append("…") }
        for scalar in scalars[start..<end] {
            if scalar == "\t" {
                shown.append(" ")
            } else {
                shown.append(InertText.isInert(scalar) ? scalar : "\u{FFFD}")
            }
        }
        if end < scalars.count { shown.append("…") }
        let caretColumn = caretIndex - start + (start > 0 ? 1 : 0)
        return "    " + String(shown) + "\n" + "    " + String(repeating: " ", count: caretColumn) + style.caret("^") + "\n"
    }
}
