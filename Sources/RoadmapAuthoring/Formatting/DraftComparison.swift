import RoadmapYAML
import RoadmapModel
import RoadmapLoading

/// Compares what two texts of one roadmap decode to, ignoring where things were written: the
/// check that formatting kept every value.
enum DraftComparison {
    /// True when `a` and `b` hold the same values (locations aside).
    static func sameValues(_ a: RoadmapDraft, _ b: RoadmapDraft) -> Bool {
        normalized(a) == normalized(b)
    }

    /// `draft` with every location moved to the start of its file, and `x-` values reduced to
    /// what they mean: for each scalar, null, or its text with its kind (string, number, boolean).
    static func normalized(_ draft: RoadmapDraft) -> RoadmapDraft {
        let here = SourceLocation(file: draft.file, mark: .start)
        func at<T>(_ value: Located<T>?) -> Located<T>? { value.map { Located($0.value, at: here) } }
        func at<T>(_ values: [Located<T>]?) -> [Located<T>]? { values.map { $0.map { Located($0.value, at: here) } } }
        func nulled(_ keys: [String: SourceLocation]) -> [String: SourceLocation] { keys.mapValues { _ in here } }
        func extensions(_ fields: [ExtensionField]) -> [ExtensionField] {
            fields.map { ExtensionField(key: $0.key, value: normalized($0.value), location: here) }
        }
        var out = draft
        out.format = at(draft.format)
        out.id = at(draft.id)
        out.title = at(draft.title)
        out.summary = at(draft.summary)
        out.source = at(draft.source)
        out.authors = at(draft.authors)
        out.published = at(draft.published)
        out.related = at(draft.related)
        out.extends = at(draft.extends)
        out.remove = at(draft.remove)
        out.extensions = extensions(draft.extensions)
        out.nulled = nulled(draft.nulled)
        out.sectionsLocation = draft.sectionsLocation.map { _ in here }
        out.location = here
        out.sections = draft.sections?.map { section in
            var s = section
            s.id = at(section.id)
            s.title = at(section.title)
            s.summary = at(section.summary)
            s.extensions = extensions(section.extensions)
            s.nulled = nulled(section.nulled)
            s.topicsLocation = section.topicsLocation.map { _ in here }
            s.location = here
            s.topics = section.topics?.map { topic in
                var t = topic
                t.id = at(topic.id)
                t.title = at(topic.title)
                t.summary = at(topic.summary)
                t.aliases = at(topic.aliases)
                t.sameAs = at(topic.sameAs)
                t.requires = at(topic.requires)
                t.tags = at(topic.tags)
                t.level = at(topic.level)
                t.hours = at(topic.hours)
                t.section = at(topic.section)
                t.extensions = extensions(topic.extensions)
                t.nulled = nulled(topic.nulled)
                t.location = here
                t.resources = topic.resources?.map { resource in
                    var r = resource
                    r.title = at(resource.title)
                    r.url = at(resource.url)
                    r.type = at(resource.type)
                    r.provider = at(resource.provider)
                    r.free = at(resource.free)
                    r.extensions = extensions(resource.extensions)
                    r.nulled = nulled(resource.nulled)
                    r.location = here
                    return r
                }
                return t
            }
            return s
        }
        return out
    }

    /// An `x-` value reduced to what it means, without marks or quoting style.
    static func normalized(_ node: YAMLNode) -> YAMLNode {
        switch node {
        case .scalar(let scalar):
            .scalar(normalized(scalar))
        case .sequence(let items, _):
            .sequence(items.map(normalized), mark: .start)
        case .mapping(let pairs, _):
            .mapping(pairs.map { (key: normalized($0.key), value: normalized($0.value)) }, mark: .start)
        }
    }

    /// A scalar as its kind and text: null; number or boolean (a plain scalar the core schema
    /// reads so, or one tagged so); or string.
    static func normalized(_ scalar: YAMLScalar) -> YAMLScalar {
        if scalar.isNull { return YAMLScalar(value: "", mark: .start, style: .plain, tag: .null) }
        let kind: YAMLScalar.CoreTag
        switch scalar.tag {
        case .integer?, .float?: kind = .float
        case .boolean?: kind = .boolean
        case nil where scalar.style == .plain:
            if CoreSchema.boolean(scalar.value) != nil {
                kind = .boolean
            } else if CoreSchema.number(scalar.value) != nil {
                kind = .float
            } else {
                kind = .string
            }
        default: kind = .string
        }
        return YAMLScalar(value: scalar.value, mark: .start, style: .plain, tag: kind)
    }
}
