import RoadmapYAML
import RoadmapPlugin

/// Writes documents back as format-1 roadmap files that `roadmap validate` accepts and every
/// command loads again, through the one YAML writer (``YAMLCommentedWriter``): keys in the
/// format's order and every value laid out as `roadmap fmt` lays out a file, so that
/// `roadmap fmt --check` passes on what this writes (a test holds it to that).
public enum RoadmapFileText {
    /// A roadmap document as a plain format-1 file (a variant comes out resolved, without `extends`).
    public static func yaml(for document: RoadmapDocument) -> String {
        var pairs: [(key: String, value: YAMLCommentedNode)] = [("format", .literal("1")), ("id", .text(document.id)), ("title", .text(document.title))]
        if let summary = document.summary { pairs.append(("summary", .text(summary))) }
        if let source = document.source { pairs.append(("source", .text(source))) }
        if !document.authors.isEmpty { pairs.append(("authors", strings(document.authors))) }
        if let published = document.published { pairs.append(("published", .text(published))) }
        if !document.related.isEmpty { pairs.append(("related", strings(document.related))) }
        pairs.append(("sections", .list(document.sections.map { section in
            var entry: [(key: String, value: YAMLCommentedNode)] = [("id", .text(section.id)), ("title", .text(section.title))]
            if let summary = section.summary { entry.append(("summary", .text(summary))) }
            entry.append(("topics", .list(section.topics.map { topic in
                .mapping(topicEntry(id: topic.id, title: topic.title, summary: topic.summary, aliases: topic.aliases,
                                    sameAs: topic.sameAs, requires: topic.requires, tags: topic.tags, level: topic.level,
                                    hours: topic.hours, resources: topic.resources, extensions: topic.extensions))
            })))
            return .mapping(entry + extensions(section.extensions))
        })))
        return write(.mapping(pairs + extensions(document.extensions)))
    }

    /// A curriculum as a format-1 roadmap: one section per stage, each topic under its own id
    /// (unique in the curriculum), prerequisites rewritten to those ids, and the provenance kept
    /// in `x-from`. Merging the result alone gives the same topics again.
    public static func yaml(for document: CurriculumDocument) -> String {
        let fileIDs = CurriculumFileIDs(canonicalIDs: document.topics.map(\.id))
        let localID = fileIDs.topicIDs
        var pairs: [(key: String, value: YAMLCommentedNode)] = [("format", .literal("1")), ("id", .text(document.id)), ("title", .text(document.title))]
        let inputs = document.roadmaps.map(\.title).joined(separator: ", ")
        pairs.append(("summary", .text("A curriculum merged from \(document.roadmaps.count) roadmap\(document.roadmaps.count == 1 ? "" : "s"): \(inputs).")))
        pairs.append(("sections", .list(document.stages.map { stage in
            .mapping([
                ("id", .text(fileIDs.sectionID(stage: stage.stage))),
                ("title", .text(stage.title)),
                ("topics", .list(stage.topics.map { topic in
                    var aliases = topic.aliases.filter { $0 != localID[topic.id] }
                    if let own = localID[topic.id], case let original = CurriculumFileIDs.ownID(topic.id), own != original {
                        aliases.insert(original, at: 0)
                    }
                    let requires = topic.requires.compactMap { localID[$0] } + topic.requiresOutside
                    var extensions = topic.extensions ?? [:]
                    extensions["x-from"] = .list(topic.from.map { .string($0) })
                    return .mapping(topicEntry(id: localID[topic.id] ?? topic.id, title: topic.title, summary: topic.summary,
                                               aliases: aliases, sameAs: [], requires: requires, tags: topic.tags,
                                               level: topic.level, hours: topic.hours, resources: topic.resources,
                                               extensions: extensions))
                })),
            ])
        })))
        pairs.append(("x-merged-from", .list(document.roadmaps.map { .text($0.id) })))
        return write(.mapping(pairs))
    }

    /// A topic's keys in the format's order, its `x-` keys last (sorted), as `fmt` puts them.
    static func topicEntry(id: String, title: String, summary: String?, aliases: [String], sameAs: [String],
                           requires: [String], tags: [String], level: String?, hours: Double?,
                           resources: [ResourceDocument], extensions: [String: ExtensionValue]?) -> [(key: String, value: YAMLCommentedNode)] {
        var entry: [(key: String, value: YAMLCommentedNode)] = [("id", .text(id)), ("title", .text(title))]
        if let summary { entry.append(("summary", .text(summary))) }
        if !aliases.isEmpty { entry.append(("aliases", strings(aliases))) }
        if !sameAs.isEmpty { entry.append(("same-as", strings(sameAs))) }
        if !requires.isEmpty { entry.append(("requires", strings(requires))) }
        if !tags.isEmpty { entry.append(("tags", strings(tags))) }
        if let level { entry.append(("level", .text(level))) }
        if let hours { entry.append(("hours", .literal(HoursFormat.string(hours)))) }
        if !resources.isEmpty {
            entry.append(("resources", .list(resources.map { resource in
                var fields: [(key: String, value: YAMLCommentedNode)] = [("title", .text(resource.title))]
                if let url = resource.url { fields.append(("url", .text(url))) }
                if let type = resource.type { fields.append(("type", .text(type))) }
                if let provider = resource.provider { fields.append(("provider", .text(provider))) }
                if let free = resource.free { fields.append(("free", .literal(free ? "true" : "false"))) }
                fields += self.extensions(resource.extensions)
                return .mapping(fields)
            })))
        }
        return entry + self.extensions(extensions)
    }

    /// The text of a tree, as `roadmap fmt` would write it.
    static func write(_ root: YAMLCommentedNode) -> String {
        YAMLCommentedWriter().write(YAMLCommentedDocument(root: root))
    }

    static func strings(_ values: [String]) -> YAMLCommentedNode {
        .list(values.map { .text($0) })
    }

    static func extensions(_ values: [String: ExtensionValue]?) -> [(key: String, value: YAMLCommentedNode)] {
        guard let values else { return [] }
        return values.keys.sorted().map { ($0, output(values[$0]!)) }
    }

    static func output(_ value: ExtensionValue) -> YAMLCommentedNode {
        switch value {
        case .string(let text): .text(text)
        case .null: .literal("null")
        case .list(let items): .list(items.map(output))
        case .mapping(let entries): .mapping(entries.map { ($0.key, output($0.value)) })
        }
    }
}
