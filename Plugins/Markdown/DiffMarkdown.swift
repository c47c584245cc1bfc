import RoadmapPlugin

/// The Markdown view of a diff, ready to paste as a pull-request comment.
enum DiffMarkdown {
    static func render(_ document: DiffDocument) -> String {
        var out = "### Roadmap changes: \(MarkdownText.code(document.old.id)) → \(MarkdownText.code(document.new.id))\n\n"
        out += "Comparing \(MarkdownText.code(document.old.file)) with \(MarkdownText.code(document.new.file)).\n\n"
        if document.changes.isEmpty { return out + "No differences.\n" }
        out += "| Change | What | Details |\n| --- | --- | --- |\n"
        for change in document.changes {
            out += "| \(change.change) | \(change.subject) \(MarkdownText.code(change.topic)) | \(details(change)) |\n"
        }
        out += "\n" + DiffCounts.line(document.changes) + "\n"
        return out
    }

    static func details(_ change: DiffDocument.Change) -> String {
        var parts: [String] = []
        if let old = change.oldTopic { parts.append("was \(MarkdownText.code(old))") }
        if let from = change.oldSection, let to = change.section { parts.append("from section \(MarkdownText.code(from)) to \(MarkdownText.code(to))") }
        else if let section = change.section, change.change != "moved" { parts.append("in \(MarkdownText.code(section))") }
        for field in change.fields ?? [] {
            if field.isListChange {
                var changes: [String] = []
                if case .list = field.before { changes.append("removed \(value(field.before))") }
                if case .list = field.after { changes.append("added \(value(field.after))") }
                parts.append("\(MarkdownText.inline(field.field)): " + changes.joined(separator: "; "))
            } else {
                parts.append("\(MarkdownText.inline(field.field)): \(value(field.before)) → \(value(field.after))")
            }
        }
        if let evidence = change.evidence { parts.append("evidence: " + evidence.map(MarkdownText.inline).joined(separator: "; ")) }
        return parts.joined(separator: "<br>")
    }

    static func value(_ value: ExtensionValue) -> String {
        switch value {
        case .null: "—"
        case .string(let text): MarkdownText.inline(text.count > 80 ? String(text.prefix(77)) + "…" : text)
        case .list(let items): items.isEmpty ? "—" : items.map { Self.value($0) }.joined(separator: ", ")
        case .mapping(let entries): entries.map { "\(MarkdownText.inline($0.key)): \(Self.value($0.value))" }.joined(separator: ", ")
        }
    }
}
