import RoadmapModel
import RoadmapPlugin
import RoadmapYAML

/// A learner's progress file (YAML): which topics are done, being studied or skipped.
///
/// ```yaml
/// roadmap-progress: 1
/// topics:
///   - ref: data-science/python      # ROADMAP/ID, a bare id, or an alias
///     status: done                  # done | doing | skipped
///     date: "2026-12-01"            # optional
///     note: "with the course"       # optional
/// ```
///
/// The HTML page's "Export progress" writes this format. Decoded with every entry's location;
/// problems are located diagnostics, all of them reported together.
public struct ProgressFile: Sendable, Equatable {
    /// What a learner says of a topic (the plugin contract's ``ProgressStatus``).
    public typealias Status = ProgressStatus

    /// One line of progress.
    public struct Entry: Sendable, Equatable {
        /// The topic named as written: `ROADMAP/ID`, a bare id, or an alias.
        public var ref: String
        public var status: Status
        public var date: String?
        public var note: String?
        /// Where the entry's `ref` is written.
        public var location: SourceLocation
    }

    /// The entries, in the file's order.
    public var entries: [Entry]

    /// The keys an entry may have.
    static let entryKeys = ["ref", "status", "date", "note"]

    /// Decodes a progress file's bytes; `nil` when it is not one (with the reason among the diagnostics).
    public static func decode(_ bytes: some Collection<UInt8>, file: SourceFileID) -> (ProgressFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func at(_ mark: YAMLMark) -> SourceLocation { SourceLocation(file: file, mark: mark) }
        let root: YAMLNode
        do {
            let reader = try YAMLEventReader(bytes: bytes)
            let first = try reader.next()
            root = try reader.readNode(startingWith: first) { key, earlier in
                diagnostics.append(.error(.duplicateKey, "duplicate key `\(key.value)`: it is already set at line \(earlier.line), column \(earlier.column); keep one", at: at(key.mark)))
            }
            let end = try reader.next()
            if case .documentEnd = end {} else {
                diagnostics.append(.error(.yamlMultipleDocuments, "expected the end of the progress file, found \(end.noun)", at: at(end.mark)))
            }
        } catch {
            return (nil, [.error(DiagnosticCode(error.kind), error.message, at: at(error.mark))])
        }
        guard case .mapping(let pairs, let mark) = root else {
            return (nil, diagnostics + [.error(.notAProgressFile, "expected a progress file, a mapping with `roadmap-progress: 1` and `topics`, found \(root.noun)", at: at(root.mark))])
        }
        guard let version = pairs.first(where: { $0.key.value == "roadmap-progress" }) else {
            let near = pairs.first { Spelling.closest(to: $0.key.value, in: ["roadmap-progress"]) != nil }
            let hint = near.map { "; `\($0.key.value)`: did you mean `roadmap-progress`?" } ?? ""
            return (nil, diagnostics + [.error(.notAProgressFile, "expected a progress file, with `roadmap-progress: 1`, found a mapping without it\(hint)", at: at(near?.key.mark ?? mark))])
        }
        guard case .scalar(let number) = version.value, number.value == "1" else {
            return (nil, diagnostics + [.error(.notAProgressFile, "expected `roadmap-progress: 1` (the only version), found \(version.value.noun)", at: at(version.value.mark))])
        }
        var entries: [Entry] = []
        var sawTopics = false
        for (key, value) in pairs where key.value != "roadmap-progress" {
            guard key.value == "topics" else {
                let hint = Spelling.closest(to: key.value, in: ["roadmap-progress", "topics"]).map { "; did you mean `\($0)`?" } ?? ""
                diagnostics.append(.error(.unknownKey, "unknown key `\(key.value)` in a progress file: expected `roadmap-progress` or `topics`\(hint)", at: at(key.mark)))
                continue
            }
            sawTopics = true
            guard case .sequence(let items, _) = value else {
                if case .scalar(let scalar) = value, scalar.isNull { continue }
                diagnostics.append(.error(.wrongType, "expected a list of topics for `topics`, found \(value.noun)", at: at(value.mark)))
                continue
            }
            for item in items {
                guard case .mapping(let fields, let itemMark) = item else {
                    diagnostics.append(.error(.wrongType, "expected a topic entry (a mapping with `ref` and `status`), found \(item.noun)", at: at(item.mark)))
                    continue
                }
                var entry = Entry(ref: "", status: .done, location: at(itemMark))
                var hasRef = false, hasStatus = false
                for (field, fieldValue) in fields {
                    guard entryKeys.contains(field.value) else {
                        let hint = Spelling.closest(to: field.value, in: entryKeys).map { "; did you mean `\($0)`?" } ?? ""
                        diagnostics.append(.error(.unknownKey, "unknown key `\(field.value)` in a topic entry: expected ref, status, date or note\(hint)", at: at(field.mark)))
                        continue
                    }
                    guard case .scalar(let scalar) = fieldValue, !scalar.isNull else {
                        diagnostics.append(.error(.wrongType, "expected a text for `\(field.value)`, found \(fieldValue.noun)", at: at(fieldValue.mark)))
                        continue
                    }
                    switch field.value {
                    case "ref":
                        entry.location = at(scalar.mark)
                        if scalar.value.contains(where: { !$0.isWhitespace }) {
                            entry.ref = scalar.value
                            hasRef = true
                        } else {
                            diagnostics.append(.error(.emptyText, "expected a topic for `ref` (ROADMAP/ID, an id or an alias), found an empty text", at: at(scalar.mark)))
                        }
                    case "status":
                        if let status = Status(rawValue: scalar.value) {
                            entry.status = status
                            hasStatus = true
                        } else {
                            let hint = Spelling.closest(to: scalar.value, in: Status.allCases.map(\.rawValue)).map { "; did you mean `\($0)`?" } ?? ""
                            diagnostics.append(.error(.wrongType, "expected a status (done, doing or skipped), found `\(scalar.value)`\(hint)", at: at(scalar.mark)))
                        }
                    case "date":
                        if FormatRules.isDay(scalar.value) {
                            entry.date = scalar.value
                        } else {
                            diagnostics.append(.error(.invalidDate, "expected a date as YYYY-MM-DD for `date`, found `\(scalar.value.abbreviatedForMessage)`", at: at(scalar.mark)))
                        }
                    default: entry.note = scalar.value
                    }
                }
                if !hasRef, !fields.contains(where: { $0.key.value == "ref" }) {
                    diagnostics.append(.error(.missingKey, "expected `ref` (the topic) in this entry, found none", at: at(itemMark)))
                }
                if !hasStatus, !fields.contains(where: { $0.key.value == "status" }) {
                    diagnostics.append(.error(.missingKey, "expected `status` (done, doing or skipped) in this entry, found none", at: at(itemMark)))
                }
                if hasRef && hasStatus { entries.append(entry) }
            }
        }
        if !sawTopics {
            diagnostics.append(.error(.missingKey, "expected `topics` (a list, possibly empty) in a progress file, found none", at: at(mark)))
        }
        return (ProgressFile(entries: entries), diagnostics)
    }
}

extension YAMLNode {
    /// "a list", "a mapping" or the scalar in backquotes, for messages.
    var noun: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "null" : "`\(scalar.value.abbreviatedForMessage)`"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
