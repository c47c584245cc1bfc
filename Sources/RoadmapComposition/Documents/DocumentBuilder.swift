import RoadmapYAML
import RoadmapPlugin
import RoadmapModel

/// Turns the library's values into plugin documents.
public enum DocumentBuilder {
    /// The `roadmap` document of a resolved roadmap; `files` names where things were written.
    public static func document(for roadmap: Roadmap, files: SourceFiles) -> RoadmapDocument {
        RoadmapDocument(
            id: roadmap.id, title: roadmap.title, summary: roadmap.summary, source: roadmap.source,
            authors: roadmap.authors, published: roadmap.published, related: roadmap.related,
            bases: roadmap.bases, file: files.displayName(roadmap.location.file),
            sections: roadmap.sections.map { section in
                RoadmapDocument.Section(
                    id: section.id, title: section.title, summary: section.summary,
                    topics: section.topics.map { topic in
                        RoadmapDocument.Topic(
                            id: topic.id, title: topic.title, summary: topic.summary?.value, aliases: topic.aliases,
                            sameAs: topic.sameAs.map(\.value.description), requires: topic.requires.map(\.value.description),
                            tags: topic.tags, level: topic.level?.value.rawValue, hours: topic.hours,
                            resources: topic.resources.map(resource), extensions: extensions(topic.extensions),
                            location: location(topic.location, files),
                            editedAt: topic.edits.isEmpty ? nil : topic.edits.compactMap { location($0, files) })
                    },
                    extensions: extensions(section.extensions))
            },
            extensions: extensions(roadmap.extensions))
    }

    /// The `curriculum` document of a composed curriculum.
    public static func document(for curriculum: Curriculum, files: SourceFiles) -> CurriculumDocument {
        let totals = curriculum.totals
        return CurriculumDocument(
            id: curriculum.id, title: curriculum.title,
            roadmaps: curriculum.inputs.map {
                CurriculumDocument.Input(id: $0.id, title: $0.title, source: $0.source, file: $0.file, bases: $0.bases,
                                         topicCount: $0.topicCount, sharedTopicCount: $0.sharedTopicCount)
            },
            totals: CurriculumDocument.Totals(
                topicsBeforeMerge: totals.topicsBeforeMerge, topics: totals.topics, sharedTopics: totals.sharedTopics,
                hours: totals.hours, resourcesBeforeMerge: totals.resourcesBeforeMerge, resources: totals.resources,
                stages: totals.stages),
            topics: curriculum.topics.map { topic in
                CurriculumDocument.Topic(
                    id: topic.id, title: topic.title, summary: topic.summary, from: topic.from.map(\.path),
                    origins: topic.from.map {
                        CurriculumDocument.Origin(path: $0.path, roadmap: $0.roadmap, section: $0.sectionTitle,
                                                  location: location($0.location, files) ?? DocumentLocation(file: "", line: 0, column: 0),
                                                  editedAt: $0.edits.isEmpty ? nil : $0.edits.compactMap { location($0, files) },
                                                  summary: $0.summary, level: $0.level?.rawValue)
                    },
                    aliases: topic.aliases, requires: topic.requires, requiresOutside: topic.requiresOutside,
                    tags: topic.tags, level: topic.level?.rawValue, hours: topic.hours, stage: topic.stage, part: topic.part,
                    resources: topic.resources.map(resource), extensions: extensions(topic.extensions))
            })
    }

    static func resource(_ resource: Resource) -> ResourceDocument {
        ResourceDocument(title: resource.title, url: resource.url, type: resource.type?.rawValue,
                         provider: resource.provider, free: resource.free, extensions: extensions(resource.extensions))
    }

    static func location(_ location: SourceLocation, _ files: SourceFiles) -> DocumentLocation? {
        guard location.file != .none else { return nil }
        return DocumentLocation(file: files.displayName(location.file), line: location.line, column: location.column)
    }

    static func extensions(_ fields: [ExtensionField]) -> [String: ExtensionValue]? {
        guard !fields.isEmpty else { return nil }
        var result: [String: ExtensionValue] = [:]
        for field in fields { result[field.key] = value(field.value) }
        return result
    }

    static func value(_ node: YAMLNode) -> ExtensionValue {
        switch node {
        case .scalar(let scalar): scalar.isNull ? .null : .string(scalar.value)
        case .sequence(let items, _): .list(items.map(value))
        case .mapping(let pairs, _):
            // Sorted by key, as the JSON form (sorted keys) gives them back.
            .mapping(pairs.map { ExtensionEntry(key: $0.key.value, value: value($0.value)) }.sorted { $0.key < $1.key })
        }
    }
}

extension DocumentBuilder {
    /// The `diff` document of a comparison; `files` names both sides' files.
    public static func document(for diff: RoadmapDiff, files: SourceFiles) -> DiffDocument {
        DiffDocument(
            old: DiffDocument.Side(id: diff.old.id, title: diff.old.title, file: files.displayName(diff.old.location.file)),
            new: DiffDocument.Side(id: diff.new.id, title: diff.new.title, file: files.displayName(diff.new.location.file)),
            changes: diff.changes.map { change in
                DiffDocument.Change(
                    change: change.kind.rawValue, subject: change.subject.rawValue, topic: change.id, oldTopic: change.oldID,
                    section: change.section, oldSection: change.oldSection,
                    fields: change.fields.isEmpty ? nil : change.fields.map {
                        DiffDocument.FieldChange(field: $0.field, before: value($0.before), after: value($0.after))
                    },
                    evidence: change.evidence.isEmpty ? nil : change.evidence,
                    location: location(change.location, files))
            })
    }

    static func value(_ value: RoadmapDiff.Value) -> ExtensionValue {
        switch value {
        case .none: .null
        case .text(let text): .string(text)
        case .list(let items): .list(items.map { .string($0) })
        }
    }
}
