import RoadmapPlugin

/// The terminal view of a diff: one block a change, signs and colours by kind.
enum DiffOutline {
    static func render(_ document: DiffDocument, style: TerminalStyle) -> String {
        let clean = TerminalStyle.clean
        var out = style.bold("\(clean(document.old.file)) → \(clean(document.new.file))") + "\n"
        if document.changes.isEmpty { return out + "No differences.\n" }
        for change in document.changes {
            let sign: String
            switch change.change {
            case "added": sign = style.green("+")
            case "removed": sign = style.red("-")
            default: sign = style.yellow("~")
            }
            var line = "\(sign) \(change.change) \(change.subject) \(clean(change.topic))"
            if let old = change.oldTopic { line += " (was \(clean(old)))" }
            if let from = change.oldSection, let to = change.section { line += " from \(clean(from)) to \(clean(to))" }
            else if let section = change.section { line += style.dim(" in \(clean(section))") }
            out += line + "\n"
            for field in change.fields ?? [] {
                if field.isListChange {
                    var parts: [String] = []
                    if case .list = field.before { parts.append(style.red("removed " + text(field.before))) }
                    if case .list = field.after { parts.append(style.green("added " + text(field.after))) }
                    out += "    \(clean(field.field)): " + parts.joined(separator: "; ") + "\n"
                } else {
                    out += "    \(clean(field.field)): " + style.red(text(field.before)) + " → " + style.green(text(field.after)) + "\n"
                }
            }
            if let evidence = change.evidence { out += style.dim("    evidence: " + evidence.map(clean).joined(separator: "; ")) + "\n" }
        }
        return out + DiffCounts.line(document.changes) + "\n"
    }

    static func text(_ value: ExtensionValue) -> String {
        switch value {
        case .null: "(none)"
        case .string(let text): TerminalStyle.clean(text.count > 100 ? String(text.prefix(97)) + "…" : text)
        case .list(let items): "[" + items.map(text).joined(separator: ", ") + "]"
        case .mapping(let entries): "{" + entries.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
