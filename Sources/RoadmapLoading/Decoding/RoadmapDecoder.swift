import RoadmapYAML
import RoadmapModel

/// Decodes the text of one roadmap file into a ``RoadmapDraft``, straight from libyaml's events:
/// no intermediate tree, every value with its location.
///
/// Problems of types and keys are collected and decoding goes on past them, so that one run
/// reports all of them; a YAML syntax or policy error ends the file there.
public enum RoadmapDecoder {
    /// Decodes `bytes`, read from the file `file`. The draft is `nil` only when the text is not
    /// a YAML mapping at all.
    public static func decode(
        _ bytes: some Collection<UInt8>, file: SourceFileID, limits: YAMLLimits = .default
    ) -> (draft: RoadmapDraft?, diagnostics: [Diagnostic]) {
        let decoder = DraftDecoder(file: file)
        do {
            let reader = try YAMLEventReader(bytes: bytes, limits: limits)
            decoder.reader = reader
            let draft = try decoder.decodeDocument()
            return (draft, decoder.diagnostics)
        } catch {
            // The rest of the file cannot be read: report the error, and do not validate a
            // half-read roadmap (its "missing key" errors would only be noise).
            decoder.diagnostics.append(.error(DiagnosticCode(error.kind), error.message, at: SourceLocation(file: file, mark: error.mark)))
            return (nil, decoder.diagnostics)
        }
    }
}

/// The state of one decode: the reader, the file, and what has been found so far.
final class DraftDecoder {
    var reader: YAMLEventReader?
    let file: SourceFileID
    var diagnostics: [Diagnostic] = []

    init(file: SourceFileID) {
        self.file = file
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, mark: mark)
    }

    func error(_ code: DiagnosticCode, _ message: String, at mark: YAMLMark, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(code, message, at: location(mark), notes: notes))
    }

    func next() throws(YAMLError) -> YAMLEvent {
        guard let reader else { throw YAMLError(.syntax, "no input", at: .start) }
        return try reader.next()
    }

    func skip(_ event: YAMLEvent) throws(YAMLError) {
        try reader?.skipValue(startingWith: event)
    }

    // MARK: - Document

    func decodeDocument() throws(YAMLError) -> RoadmapDraft? {
        let first = try next()
        guard case .mappingStart(let mark) = first else {
            if case .scalar(let scalar) = first, scalar.isNull {
                error(.notARoadmap, "expected a roadmap (a mapping with `id`, `title` and `sections`), found an empty document", at: first.mark)
            } else {
                error(.notARoadmap, "expected a roadmap (a mapping with `id`, `title` and `sections`) at the top level, found \(first.noun)", at: first.mark)
            }
            try skip(first)
            _ = try next()
            return nil
        }
        var draft = RoadmapDraft(file: file)
        draft.location = location(mark)
        var extensions: [ExtensionField] = []
        var malformed: Set<String> = []
        try forEachKey(in: "roadmap", allowed: FormatKeys.roadmap, extensions: &extensions, malformed: &malformed) { key, value throws(YAMLError) in
            switch key.value {
            case "format": draft.format = try integer(value, key: key.value, nulled: &draft.nulled)
            case "id": draft.id = try string(value, key: key.value, nulled: &draft.nulled)
            case "title": draft.title = try string(value, key: key.value, nulled: &draft.nulled)
            case "summary": draft.summary = try string(value, key: key.value, nulled: &draft.nulled)
            case "source": draft.source = try string(value, key: key.value, nulled: &draft.nulled)
            case "authors": draft.authors = try stringList(value, key: key.value, nulled: &draft.nulled)
            case "published": draft.published = try string(value, key: key.value, nulled: &draft.nulled)
            case "related": draft.related = try stringList(value, key: key.value, nulled: &draft.nulled)
            case "extends":
                // One base (a scalar) or an ordered list of bases (a composition).
                if case .sequenceStart = value {
                    let problemsBefore = diagnostics.count
                    draft.extends = try stringList(value, key: key.value, nulled: &draft.nulled)
                    if draft.extends?.isEmpty == true, diagnostics.count == problemsBefore {
                        error(.emptyList, "expected at least one roadmap in `extends`, found an empty list", at: value.mark)
                    }
                } else {
                    draft.extends = try string(value, key: key.value, nulled: &draft.nulled).map { [$0] }
                }
            case "remove": draft.remove = try stringList(value, key: key.value, nulled: &draft.nulled)
            case "sections":
                draft.sectionsLocation = location(value.mark)
                draft.sections = try list(value, key: key.value, of: "section", nulled: &draft.nulled) { event throws(YAMLError) in
                try section(event)
            }
            default: try skip(value)
            }
        }
        draft.extensions = extensions
        draft.malformed = malformed
        let end = try next()
        if case .documentEnd = end {} else {
            error(.yamlMultipleDocuments, "expected the end of the document, found \(end.noun)", at: end.mark)
        }
        return draft
    }

    // MARK: - Entries

    func section(_ first: YAMLEvent) throws(YAMLError) -> SectionDraft? {
        guard case .mappingStart(let mark) = first else {
            error(.wrongType, "expected a section (a mapping with `id`, `title` and `topics`), found \(first.noun)", at: first.mark)
            try skip(first)
            return nil
        }
        var draft = SectionDraft(location: location(mark))
        var extensions: [ExtensionField] = []
        var malformed: Set<String> = []
        try forEachKey(in: "section", allowed: FormatKeys.section, extensions: &extensions, malformed: &malformed) { key, value throws(YAMLError) in
            switch key.value {
            case "id": draft.id = try string(value, key: key.value, nulled: &draft.nulled)
            case "title": draft.title = try string(value, key: key.value, nulled: &draft.nulled)
            case "summary": draft.summary = try string(value, key: key.value, nulled: &draft.nulled)
            case "topics":
                draft.topicsLocation = location(value.mark)
                draft.topics = try list(value, key: key.value, of: "topic", nulled: &draft.nulled) { event throws(YAMLError) in
                try topic(event)
            }
            default: try skip(value)
            }
        }
        draft.extensions = extensions
        draft.malformed = malformed
        return draft
    }

    func topic(_ first: YAMLEvent) throws(YAMLError) -> TopicDraft? {
        guard case .mappingStart(let mark) = first else {
            error(.wrongType, "expected a topic (a mapping with `id` and `title`), found \(first.noun)", at: first.mark)
            try skip(first)
            return nil
        }
        var draft = TopicDraft(location: location(mark))
        var extensions: [ExtensionField] = []
        var malformed: Set<String> = []
        try forEachKey(in: "topic", allowed: FormatKeys.topic, extensions: &extensions, malformed: &malformed) { key, value throws(YAMLError) in
            switch key.value {
            case "id": draft.id = try string(value, key: key.value, nulled: &draft.nulled)
            case "title": draft.title = try string(value, key: key.value, nulled: &draft.nulled)
            case "summary": draft.summary = try string(value, key: key.value, nulled: &draft.nulled)
            case "aliases": draft.aliases = try stringList(value, key: key.value, nulled: &draft.nulled)
            case "same-as": draft.sameAs = try stringList(value, key: key.value, nulled: &draft.nulled)
            case "requires": draft.requires = try stringList(value, key: key.value, nulled: &draft.nulled)
            case "tags": draft.tags = try stringList(value, key: key.value, nulled: &draft.nulled)
            case "level": draft.level = try string(value, key: key.value, nulled: &draft.nulled)
            case "hours": draft.hours = try number(value, key: key.value, nulled: &draft.nulled)
            case "section": draft.section = try string(value, key: key.value, nulled: &draft.nulled)
            case "resources": draft.resources = try list(value, key: key.value, of: "resource", nulled: &draft.nulled) { event throws(YAMLError) in
                try resource(event)
            }
            default: try skip(value)
            }
        }
        draft.extensions = extensions
        draft.malformed = malformed
        return draft
    }

    func resource(_ first: YAMLEvent) throws(YAMLError) -> ResourceDraft? {
        guard case .mappingStart(let mark) = first else {
            error(.wrongType, "expected a resource (a mapping with `title` and usually `url`), found \(first.noun)", at: first.mark)
            try skip(first)
            return nil
        }
        var draft = ResourceDraft(location: location(mark))
        var extensions: [ExtensionField] = []
        var malformed: Set<String> = []
        try forEachKey(in: "resource", allowed: FormatKeys.resource, extensions: &extensions, malformed: &malformed) { key, value throws(YAMLError) in
            switch key.value {
            case "title": draft.title = try string(value, key: key.value, nulled: &draft.nulled)
            case "url": draft.url = try string(value, key: key.value, nulled: &draft.nulled)
            case "type": draft.type = try string(value, key: key.value, nulled: &draft.nulled)
            case "provider": draft.provider = try string(value, key: key.value, nulled: &draft.nulled)
            case "free": draft.free = try boolean(value, key: key.value, nulled: &draft.nulled)
            default: try skip(value)
            }
        }
        draft.extensions = extensions
        draft.malformed = malformed
        return draft
    }
}
