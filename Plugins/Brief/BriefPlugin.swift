import RoadmapPlugin

/// `brief`: one line a change, then the counts; for scripts, commit messages and quick reads.
public struct BriefPlugin: OutputPlugin {
    public let name = "brief"
    public let summary = "One line a change, then counts by kind (diffs)."
    public let kinds: [DocumentKind] = [.diff]
    public let fileExtension = "txt"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        guard case .diff(let diff) = document else { throw .unsupported(self, document.kind) }
        var out = ""
        for change in diff.changes { out += Self.line(change) + "\n" }
        return out + DiffCounts.line(diff.changes) + "\n"
    }

    /// `renamed topic mlops/python-basics -> python (in foundations): titles 80% alike`
    static func line(_ change: DiffDocument.Change) -> String {
        var line = "\(change.change) \(change.subject) "
        if let old = change.oldTopic {
            line += "\(clean(old)) -> \(clean(change.topic))"
        } else {
            line += clean(change.topic)
        }
        if let from = change.oldSection, let to = change.section {
            line += " (from \(clean(from)) to \(clean(to)))"
        } else if let section = change.section {
            line += " (in \(clean(section)))"
        }
        if let fields = change.fields, !fields.isEmpty {
            line += ": " + fields.map { field in
                guard field.isListChange else { return "\(field.field) \(text(field.before)) -> \(text(field.after))" }
                var parts: [String] = []
                if case .list = field.before { parts.append("-\(text(field.before))") }
                if case .list = field.after { parts.append("+\(text(field.after))") }
                return "\(field.field) " + parts.joined(separator: " ")
            }.joined(separator: "; ")
        }
        if let evidence = change.evidence { line += " [" + evidence.map(clean).joined(separator: ", ") + "]" }
        return line
    }

    static func text(_ value: ExtensionValue) -> String {
        switch value {
        case .null: "-"
        case .string(let text): clean(text.count > 60 ? String(text.prefix(57)) + "..." : text)
        case .list(let items): "[" + items.map(text).joined(separator: ", ") + "]"
        case .mapping(let entries): "{" + entries.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// One line, nothing a terminal would act on (controls, bidi formatting) as a space.
    static func clean(_ text: String) -> String {
        PlainText.forTerminal(text, replacement: " ")
    }
}
