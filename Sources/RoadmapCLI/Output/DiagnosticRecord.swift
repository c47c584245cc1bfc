import Foundation
import RoadmapModel
import RoadmapPlugin

/// A diagnostic as one line of JSON (`--diagnostic-format json`), the same on every run:
///
///     {"code":"unknown-topic","column":15,"file":"a.yaml","line":9,"message":"…","notes":[…],"severity":"error","suggestion":"python"}
///
/// `file`, `line` and `column` (1-based) are absent for a problem with no place in a file, and
/// `suggestion` when there is no closest valid name; `notes` is always there (each note with
/// its own place, when it has one); `quoted` holds lines quoted under the diagnostic (the end of
/// a plugin's standard error).
struct DiagnosticRecord: Encodable {
    /// A related place.
    struct Note: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var message: String
    }

    var severity: String
    var code: String
    var file: String?
    var line: Int?
    var column: Int?
    var message: String
    var notes: [Note]
    var suggestion: String?
    var quoted: String?

    init(_ diagnostic: Diagnostic, files: SourceFiles) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code.description
        message = diagnostic.message
        suggestion = diagnostic.suggestion
        quoted = diagnostic.quoted
        if let location = diagnostic.location {
            file = files.displayName(location.file)
            line = location.line
            column = location.column
        }
        notes = diagnostic.notes.map { note in
            Note(file: note.location.map { files.displayName($0.file) }, line: note.location?.line,
                 column: note.location?.column, message: note.message)
        }
    }

    /// The encoder of the lines: compact, keys sorted, slashes as they are (made once a run).
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The record as one line of JSON, with its line break.
    func jsonLine(_ encoder: JSONEncoder) -> String {
        guard let data = try? encoder.encode(self) else { return "" }
        // The encoder escapes control characters; bidi formatting characters and the line
        // separators are escaped here too, so that the line is inert on a terminal and still
        // decodes to the same text.
        var out = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            if InertText.isInert(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return out + "\n"
    }
}
