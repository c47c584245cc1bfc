import RoadmapYAML
import RoadmapPlugin

/// Writes documents back as format-1 roadmap files that `roadmap validate` accepts and every
/// command loads again: keys in the format's order, quotes only where needed.
public enum RoadmapFileText {
    /// A roadmap document as a plain format-1 file (a variant comes out resolved, without `extends`).
    public static func yaml(for document: RoadmapDocument) -> String {
        var pairs: [(key: String, value: YAMLOutput)] = [("format", .literal("1")), ("id", .string(document.id)), ("title", .string(document.title))]
        if let summary = document.summary { pairs.append(("summary", .string(summary))) }
        if let source = document.source { pairs.append(("source", .string(source))) }
        if !document.authors.isEmpty { pairs.append(("authors", strings(document.authors))) }
        if let published = document.published { pairs.append(("published", .string(published))) }
        if !document.related.isEmpty { pairs.append(("related", strings(document.related))) }
        pairs += extensions(document.extensions)
        pairs.append(("sections", .list(document.sections.map { section in
            var entry: [(key: String, value: YAMLOutput)] = [("id", .string(section.id)), ("title", .string(section.title))]
            if let summary = section.summary { entry.append(("summary", .string(summary))) }
            entry += extensions(section.extensions)
            entry.append(("topics", .list(section.topics.map { topic in
                topicEntry(id: topic.id, title: topic.title, summary: topic.summary, aliases: topic.aliases,
                           sameAs: topic.sameAs, requires: topic.requires, tags: topic.tags, level: topic.level,
                           hours: topic.hours, resources: topic.resources, extensions: topic.extensions)
            })))
            return .mapping(entry)
        })))
        return YAMLWriter().write(.mapping(pairs))
    }

    /// A curriculum as a format-1 roadmap: one section per stage, each topic under its own id
    /// (unique in the curriculum), prerequisites rewritten to those ids, and the provenance kept
    /// in `x-from`. Merging the result alone gives the same topics again.
    public static func yaml(for document: CurriculumDocument) -> String {
        var localID: [String: String] = [:]
        var used: Set<String> = []
        for topic in document.topics {
            let base = topic.id.split(separator: "/").last.map(String.init) ?? topic.id
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            localID[topic.id] = candidate
        }
        var pairs: [(key: String, value: YAMLOutput)] = [("format", .literal("1")), ("id", .string(document.id)), ("title", .string(document.title))]
        let inputs = document.roadmaps.map(\.title).joined(separator: ", ")
        pairs.append(("summary", .string("A curriculum merged from \(document.roadmaps.count) roadmap\(document.roadmaps.count == 1 ? "" : "s"): \(inputs).")))
        pairs.append(("x-merged-from", .list(document.roadmaps.map { .string($0.id) }, flowIfShort: true)))
        pairs.append(("sections", .list(document.stages.map { stage in
            var sectionID = "stage-\(stage.stage)"
            while used.contains(sectionID) { sectionID += "-section" }
            return .mapping([
                ("id", .string(sectionID)),
                ("title", .string("Stage \(stage.stage)")),
                ("topics", .list(stage.topics.map { topic in
                    var aliases = topic.aliases.filter { $0 != localID[topic.id] }
                    if let own = localID[topic.id], let original = topic.id.split(separator: "/").last.map(String.init), own != original {
                        aliases.insert(original, at: 0)
                    }
                    let requires = topic.requires.compactMap { localID[$0] } + topic.requiresOutside
                    var entry = topicEntry(id: localID[topic.id] ?? topic.id, title: topic.title, summary: topic.summary,
                                           aliases: aliases, sameAs: [], requires: requires, tags: topic.tags,
                                           level: topic.level, hours: topic.hours, resources: topic.resources,
                                           extensions: topic.extensions?.filter { $0.key != "x-from" })
                    if case .mapping(var fields) = entry {
                        fields.append(("x-from", .list(topic.from.map { .string($0) }, flowIfShort: true)))
                        entry = .mapping(fields)
                    }
                    return entry
                })),
            ])
        })))
        return YAMLWriter().write(.mapping(pairs))
    }

    static func topicEntry(id: String, title: String, summary: String?, aliases: [String], sameAs: [String],
                           requires: [String], tags: [String], level: String?, hours: Double?,
                           resources: [ResourceDocument], extensions: [String: ExtensionValue]?) -> YAMLOutput {
        var entry: [(key: String, value: YAMLOutput)] = [("id", .string(id)), ("title", .string(title))]
        if let summary { entry.append(("summary", .string(summary))) }
        if !aliases.isEmpty { entry.append(("aliases", strings(aliases))) }
        if !sameAs.isEmpty { entry.append(("same-as", strings(sameAs))) }
        if !requires.isEmpty { entry.append(("requires", strings(requires))) }
        if !tags.isEmpty { entry.append(("tags", strings(tags))) }
        if let level { entry.append(("level", .string(level))) }
        if let hours { entry.append(("hours", .literal(HoursFormat.string(hours)))) }
        entry += self.extensions(extensions)
        if !resources.isEmpty {
            entry.append(("resources", .list(resources.map { resource in
                var fields: [(key: String, value: YAMLOutput)] = [("title", .string(resource.title))]
                if let url = resource.url { fields.append(("url", .string(url))) }
                if let type = resource.type { fields.append(("type", .string(type))) }
                if let provider = resource.provider { fields.append(("provider", .string(provider))) }
                if let free = resource.free { fields.append(("free", .literal(free ? "true" : "false"))) }
                fields += self.extensions(resource.extensions)
                return .mapping(fields)
            })))
        }
        return .mapping(entry)
    }

    static func strings(_ values: [String]) -> YAMLOutput {
        .list(values.map { .string($0) }, flowIfShort: true)
    }

    static func extensions(_ values: [String: ExtensionValue]?) -> [(key: String, value: YAMLOutput)] {
        guard let values else { return [] }
        return values.keys.sorted().map { ($0, output(values[$0]!)) }
    }

    static func output(_ value: ExtensionValue) -> YAMLOutput {
        switch value {
        case .string(let text): .string(text)
        case .null: .literal("null")
        case .list(let items): .list(items.map(output))
        case .mapping(let entries): .mapping(entries.map { ($0.key, output($0.value)) })
        }
    }
}
