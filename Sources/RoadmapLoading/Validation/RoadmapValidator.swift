import RoadmapYAML
import RoadmapModel

/// Checks one resolved draft against format 1 and turns it into a ``Roadmap``.
///
/// Every problem is collected; the roadmap is still returned (with placeholders where required
/// values are missing) so that checks across roadmaps can run and report theirs too.
public enum RoadmapValidator {
    /// The roadmap made from `draft`, and what is wrong with it.
    public static func validate(_ draft: RoadmapDraft) -> (roadmap: Roadmap, diagnostics: [Diagnostic]) {
        var check = Checker()
        let roadmap = check.roadmap(draft)
        return (roadmap, check.diagnostics)
    }
}

/// The state of one validation.
private struct Checker {
    var diagnostics: [Diagnostic] = []
    /// Every section and topic id of the roadmap, with where it was first defined.
    var definedIDs: [String: (kind: String, location: SourceLocation)] = [:]

    mutating func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(code, message, at: location, notes: notes))
    }

    /// The value of a required key; reports it missing unless it was given with a wrong type
    /// (already reported) or as null (reported where the null is).
    mutating func required<T>(_ value: Located<T>?, _ key: String, in entry: String, at location: SourceLocation,
                              nulled: [String: SourceLocation], malformed: Set<String>) -> Located<T>? {
        guard value == nil, !malformed.contains(key) else { return value }
        if let null = nulled[key] {
            error(.missingKey, "expected a value for the required key `\(key)`, found null (an empty value)", at: null)
        } else {
            error(.missingKey, "missing required key `\(key)` in this \(entry)", at: location)
        }
        return value
    }

    mutating func slug(_ value: Located<String>, what: String) {
        if !FormatRules.isSlug(value.value) {
            error(.invalidID, "expected \(what) to be a slug (lowercase a-z, 0-9 and '-', starting with a letter), found `\(value.value.abbreviatedForMessage)`; try `\(FormatRules.slug(from: value.value))`",
                  at: value.location)
        }
    }

    mutating func nonEmpty(_ value: Located<String>?, _ key: String) {
        if let value, value.value.isBlank {
            error(.emptyText, "expected a non-empty `\(key)`, found an empty string", at: value.location)
        }
    }

    mutating func url(_ value: Located<String>?, _ key: String) {
        if let value, !FormatRules.isWebURL(value.value) {
            error(.invalidURL, "expected `\(key)` to be an absolute http(s) URL with a host, found `\(value.value.abbreviatedForMessage)`", at: value.location)
        }
    }

    mutating func defineID(_ id: Located<String>, kind: String) {
        if let earlier = definedIDs[id.value] {
            error(.duplicateID, "duplicate id `\(id.value)`: a \(earlier.kind) already uses it (sections and topics share one namespace in a roadmap)",
                  at: id.location, notes: [.init("the \(earlier.kind) `\(id.value)` is here", at: earlier.location)])
        } else {
            definedIDs[id.value] = (kind, id.location)
        }
    }

    mutating func roadmap(_ draft: RoadmapDraft) -> Roadmap {
        if let format = draft.format, format.value != 1 {
            error(.unsupportedFormat, "expected `format: 1` (the only format this version reads), found `format: \(format.value)`", at: format.location)
        }
        let id = required(draft.id, "id", in: "roadmap", at: draft.location, nulled: draft.nulled, malformed: draft.malformed)
        if let id { slug(id, what: "the roadmap id") }
        let title = required(draft.title, "title", in: "roadmap", at: draft.location, nulled: draft.nulled, malformed: draft.malformed)
        nonEmpty(title, "title")
        url(draft.source, "source")
        if let published = draft.published, !FormatRules.isDate(published.value) {
            error(.invalidDate, "expected `published` as YYYY, YYYY-MM or YYYY-MM-DD, found `\(published.value.abbreviatedForMessage)`", at: published.location)
        }
        for related in draft.related ?? [] { slug(related, what: "a related roadmap id") }
        if let extends = draft.extends?.first {
            error(.notAVariant, "`extends: \(extends.value)` was not resolved; variants are resolved before validation", at: extends.location)
        }
        if let remove = draft.remove?.first {
            error(.notAVariant, "`remove` is only allowed in a variant (a roadmap with `extends`)", at: remove.location)
        }
        var sections: [Section] = []
        if let drafts = required(draft.sections.map { Located($0, at: draft.location) }, "sections", in: "roadmap", at: draft.location, nulled: draft.nulled, malformed: draft.malformed) {
            if drafts.value.isEmpty { error(.emptyList, "expected at least one section in `sections`, found an empty list", at: draft.sectionsLocation ?? draft.location) }
            sections = drafts.value.map { section($0) }
        }
        return Roadmap(
            id: id?.value ?? "", title: title?.value ?? "", summary: draft.summary?.value,
            source: draft.source?.value, authors: (draft.authors ?? []).map(\.value),
            published: draft.published?.value, related: (draft.related ?? []).map(\.value),
            bases: draft.resolvedBases, sections: sections, extensions: draft.extensions,
            location: id?.location ?? draft.location)
    }

    mutating func section(_ draft: SectionDraft) -> Section {
        let id = required(draft.id, "id", in: "section", at: draft.location, nulled: draft.nulled, malformed: draft.malformed)
        if let id {
            slug(id, what: "a section id")
            defineID(id, kind: "section")
        }
        let title = required(draft.title, "title", in: "section", at: draft.location, nulled: draft.nulled, malformed: draft.malformed)
        nonEmpty(title, "title")
        var topics: [Topic] = []
        if let drafts = draft.topics {
            if drafts.isEmpty { error(.emptyList, "expected at least one topic in section `\(id?.value ?? "")`, found none", at: draft.topicsLocation ?? draft.location) }
            topics = drafts.map { topic($0) }
        } else if !draft.malformed.contains("topics") {
            if let null = draft.nulled["topics"] {
                error(.missingKey, "expected a value for the required key `topics`, found null (an empty value)", at: null)
            } else {
                error(.missingKey, "missing required key `topics` in this section", at: draft.location)
            }
        }
        return Section(id: id?.value ?? "", title: title?.value ?? "", summary: draft.summary?.value,
                       topics: topics, extensions: draft.extensions, location: id?.location ?? draft.location)
    }

    mutating func topic(_ draft: TopicDraft) -> Topic {
        let id = required(draft.id, "id", in: "topic", at: draft.location, nulled: draft.nulled, malformed: draft.malformed)
        if let id {
            slug(id, what: "a topic id")
            defineID(id, kind: "topic")
        }
        let title = required(draft.title, "title", in: "topic", at: draft.location, nulled: draft.nulled, malformed: draft.malformed)
        nonEmpty(title, "title")
        if let section = draft.section {
            error(.notAVariant, "`section: \(section.value.abbreviatedForMessage)` is only allowed on a topic of a variant (a roadmap with `extends`), where it moves the topic; here, list the topic under that section", at: section.location)
        }
        for alias in draft.aliases ?? [] { nonEmpty(alias, "aliases") }
        for tag in draft.tags ?? [] { nonEmpty(tag, "tags") }
        let sameAs = (draft.sameAs ?? []).compactMap { text -> Located<TopicReference>? in
            guard let reference = TopicReference(parsing: text.value), reference.roadmap != nil else {
                error(.invalidReference, "expected `same-as` entries as ROADMAP/ID (a topic of another roadmap), found `\(text.value.abbreviatedForMessage)`", at: text.location)
                return nil
            }
            return text.map { _ in reference }
        }
        let requires = (draft.requires ?? []).compactMap { text -> Located<TopicReference>? in
            guard let reference = TopicReference(parsing: text.value) else {
                error(.invalidReference, "expected `requires` entries as ID or ROADMAP/ID, found `\(text.value.abbreviatedForMessage)`", at: text.location)
                return nil
            }
            return text.map { _ in reference }
        }
        var level: Located<Level>?
        if let text = draft.level {
            if let value = Level(rawValue: text.value) {
                level = text.map { _ in value }
            } else {
                let names = Level.allCases.map(\.rawValue)
                error(.invalidLevel, "expected `level` to be one of \(names.joined(separator: ", ")), found `\(text.value.abbreviatedForMessage)`\(Spelling.hint(for: text.value, in: names))",
                      at: text.location)
            }
        }
        let resources = (draft.resources ?? []).compactMap { resource($0) }
        var topic = Topic(
            id: id?.value ?? "", title: title?.value ?? "", summary: draft.summary,
            aliases: (draft.aliases ?? []).map(\.value), sameAs: sameAs, requires: requires,
            tags: (draft.tags ?? []).map(\.value), level: level, hours: draft.hours?.value,
            resources: resources, extensions: draft.extensions, location: id?.location ?? draft.location)
        topic.edits = draft.edits
        return topic
    }

    mutating func resource(_ draft: ResourceDraft) -> Resource? {
        let title = required(draft.title, "title", in: "resource", at: draft.location, nulled: draft.nulled, malformed: draft.malformed)
        nonEmpty(title, "title")
        url(draft.url, "url")
        var type: ResourceType?
        if let text = draft.type {
            type = ResourceType(rawValue: text.value)
            if type == nil {
                let names = ResourceType.allCases.map(\.rawValue)
                error(.invalidResourceType, "expected `type` to be one of \(names.joined(separator: ", ")), found `\(text.value.abbreviatedForMessage)`\(Spelling.hint(for: text.value, in: names))",
                      at: text.location)
            }
        }
        guard let title else { return nil }
        return Resource(title: title.value, url: draft.url?.value, type: type, provider: draft.provider?.value,
                        free: draft.free?.value, extensions: draft.extensions, location: draft.location)
    }
}

extension String {
    /// True when the string is empty or only white space. Any printable ASCII character
    /// settles it at once; only other texts need Unicode's white space rules.
    var isBlank: Bool {
        !utf8.contains { $0 > 0x20 && $0 < 0x7F } && allSatisfy(\.isWhitespace)
    }
}
