import RoadmapPlugin

/// The page of a diff: what was compared, the counts, and a row a change, marked by kind
/// (added, removed, renamed, moved, changed) with each field's before → after.
enum DiffPage {
    static func render(_ document: DiffDocument) -> String {
        let title = "Changes: \(document.old.id) → \(document.new.id)"
        var body = "<header>\n<h1>\(HTMLText.escaped(title))</h1>\n"
        body += "<p>Comparing <code>\(HTMLText.escaped(document.old.file))</code> (\(HTMLText.escaped(document.old.title))) with "
        body += "<code>\(HTMLText.escaped(document.new.file))</code> (\(HTMLText.escaped(document.new.title))).</p>\n"
        body += "<p class=\"totals\">\(document.changes.isEmpty ? "No differences." : HTMLText.escaped(DiffCounts.line(document.changes)))</p>\n</header>\n<main>\n"
        if !document.changes.isEmpty {
            body += "<table class=\"changes\">\n<thead><tr><th scope=\"col\">Change</th><th scope=\"col\">What</th><th scope=\"col\">Details</th></tr></thead>\n<tbody>\n"
            for change in document.changes {
                let kind = change.change.allSatisfy { $0.isLetter && $0.isASCII } ? change.change : "changed"
                body += "<tr class=\"row-\(kind)\"><td class=\"change change-\(kind)\">\(HTMLText.escaped(change.change))</td>"
                body += "<td>\(HTMLText.escaped(change.subject)) <code>\(HTMLText.escaped(change.topic))</code></td>"
                body += "<td>\(details(change))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += "</main>\n<footer>Made by <code>roadmap diff</code>.</footer>\n"
        return PageWriter.page(title: title, id: document.new.id, body: body)
    }

    static func details(_ change: DiffDocument.Change) -> String {
        var parts: [String] = []
        if let old = change.oldTopic { parts.append("was <code>\(HTMLText.escaped(old))</code>") }
        if let from = change.oldSection, let to = change.section {
            parts.append("from section <code>\(HTMLText.escaped(from))</code> to <code>\(HTMLText.escaped(to))</code>")
        } else if let section = change.section, change.change != "moved" {
            parts.append("in <code>\(HTMLText.escaped(section))</code>")
        }
        for field in change.fields ?? [] {
            let name = HTMLText.escaped(field.field)
            if field.isListChange {
                var changes: [String] = []
                if case .list = field.before { changes.append("removed <span class=\"before\">\(value(field.before))</span>") }
                if case .list = field.after { changes.append("added <span class=\"after\">\(value(field.after))</span>") }
                parts.append("\(name): " + changes.joined(separator: "; "))
            } else {
                parts.append("\(name): <span class=\"before\">\(value(field.before))</span> → <span class=\"after\">\(value(field.after))</span>")
            }
        }
        if let evidence = change.evidence { parts.append("evidence: " + evidence.map(HTMLText.escaped).joined(separator: "; ")) }
        return parts.joined(separator: "<br>")
    }

    static func value(_ value: ExtensionValue) -> String {
        switch value {
        case .null: "(none)"
        case .string(let text): HTMLText.escaped(text)
        case .list(let items): items.isEmpty ? "(none)" : items.map { Self.value($0) }.joined(separator: ", ")
        case .mapping(let entries): entries.map { "\(HTMLText.escaped($0.key)): \(Self.value($0.value))" }.joined(separator: ", ")
        }
    }
}
