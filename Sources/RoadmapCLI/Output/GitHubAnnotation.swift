import RoadmapModel
import RoadmapPlugin

/// A diagnostic as a GitHub Actions workflow command (`--diagnostic-format github`), which the
/// runner shows as an annotation on the file's line in the pull request:
///
///     ::error file=a.yaml,line=9,col=15,title=roadmap unknown-topic::`requires` names `pyhton` …
///
/// Notes follow the message on lines of their own (`note: path:line:column: …`). The message and
/// the property values are escaped as the runner expects (actions/toolkit's `escapeData` and
/// `escapeProperty`: `%`, CR and LF, and in properties also `:` and `,`), so that a title or a
/// file name cannot end the command or start another one; what is left is made inert.
struct GitHubAnnotation {
    let diagnostic: Diagnostic
    let files: SourceFiles

    /// The workflow command, with its line break.
    var line: String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=" + Self.escapedProperty(files.displayName(location.file)))
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
        }
        properties.append("title=" + Self.escapedProperty("roadmap \(diagnostic.code)"))
        var message = diagnostic.message
        if let quoted = diagnostic.quoted { message += "\n" + quoted }
        for note in diagnostic.notes {
            message += "\nnote: " + (note.location.map { files.describe($0) + ": " } ?? "") + note.message
        }
        // Escaped first (no CR or LF is left), then made inert: an escape sequence or a bidi
        // override in a title is shown, not obeyed, in the log and on a terminal.
        return InertText.make("::\(command) \(properties.joined(separator: ","))::\(Self.escapedData(message))") + "\n"
    }

    /// The message part: `%`, CR and LF written as `%25`, `%0D`, `%0A`.
    static func escapedData(_ text: String) -> String { escaped(text, property: false) }

    /// A property value: as ``escapedData(_:)``, and `:` and `,` as `%3A` and `%2C`.
    static func escapedProperty(_ text: String) -> String { escaped(text, property: true) }

    private static func escaped(_ text: String, property: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
