import RoadmapModel
/// Applies one variant's edits to its resolved base, as format 1 says:
///
/// - the variant's own top-level fields replace the base's (its `id` is its own, never inherited);
/// - `remove` drops sections or topics of the base by id (naming nothing is an error), and
///   `requires`/`same-as` entries that pointed at a removed topic go with it;
/// - sections merge by id, their topics merge by id (in any section of the base); fields
///   override, lists replace, `null` deletes; new sections and topics are appended;
/// - an entry that names nothing in the base and is not complete enough to be new (it has no
///   `title`) is an error with the closest id of the base.
///
/// Overridden values keep the variant's locations, so every resolved value remembers its file.
public enum VariantOverlay {
    /// `base` with `variant` applied, and the problems found (all located in the variant).
    public static func apply(_ variant: RoadmapDraft, to base: RoadmapDraft) -> (RoadmapDraft, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var result = base
        let baseName = base.id?.value ?? "the base"
        result.file = variant.file
        result.location = variant.location
        result.format = variant.format ?? base.format
        result.id = variant.id
        result.extends = nil
        result.remove = nil
        result.nulled = [:]
        override(&result.title, variant.title, "title", variant.nulled)
        override(&result.summary, variant.summary, "summary", variant.nulled)
        override(&result.source, variant.source, "source", variant.nulled)
        override(&result.authors, variant.authors, "authors", variant.nulled)
        override(&result.published, variant.published, "published", variant.nulled)
        override(&result.related, variant.related, "related", variant.nulled)
        result.extensions = mergeExtensions(base.extensions, variant.extensions)

        var sections = base.sections ?? []
        var removedTopics: Set<String> = []
        for removal in variant.remove ?? [] {
            if let index = sections.firstIndex(where: { $0.id?.value == removal.value }) {
                for topic in sections[index].topics ?? [] { removedTopics.formUnion(names(of: topic)) }
                sections.remove(at: index)
                continue
            }
            var found = false
            for index in sections.indices {
                if let position = sections[index].topics?.firstIndex(where: { $0.id?.value == removal.value }) {
                    removedTopics.formUnion(names(of: sections[index].topics![position]))
                    sections[index].topics?.remove(at: position)
                    found = true
                    break
                }
            }
            if !found {
                let candidates = allIDs(sections)
                problems.append(.error(.unknownEdit, "`remove: \(removal.value)` names no section or topic of `\(baseName)`\(Spelling.hint(for: removal.value, in: candidates))",
                                       at: removal.location))
            }
        }
        if !removedTopics.isEmpty {
            for s in sections.indices {
                for t in (sections[s].topics ?? []).indices {
                    sections[s].topics?[t].requires?.removeAll { reference in
                        removedTopics.contains(reference.value) || removedTopics.contains { "\(baseName)/\($0)" == reference.value }
                    }
                }
            }
        }

        for sectionEdit in variant.sections ?? [] {
            guard let id = sectionEdit.id?.value else {
                problems.append(.error(.missingKey, "missing required key `id` in this section of a variant (it names the base's section to edit, or the new section's id)", at: sectionEdit.location))
                continue
            }
            if let index = sections.firstIndex(where: { $0.id?.value == id }) {
                var merged = sections[index]
                override(&merged.title, sectionEdit.title, "title", sectionEdit.nulled)
                override(&merged.summary, sectionEdit.summary, "summary", sectionEdit.nulled)
                merged.extensions = mergeExtensions(merged.extensions, sectionEdit.extensions)
                sections[index] = merged
                for topicEdit in sectionEdit.topics ?? [] {
                    applyTopic(topicEdit, into: index, sections: &sections, baseName: baseName, problems: &problems)
                }
            } else if sectionEdit.title != nil {
                sections.append(sectionEdit)
            } else {
                problems.append(.error(.unknownEdit, "section `\(id)` is not in `\(baseName)`\(Spelling.hint(for: id, in: sections.compactMap { $0.id?.value })); to add a new section give it a `title` and `topics`",
                                       at: sectionEdit.id?.location ?? sectionEdit.location))
            }
        }
        result.sections = sections
        return (result, problems)
    }

    private static func applyTopic(_ edit: TopicDraft, into sectionIndex: Int, sections: inout [SectionDraft],
                                   baseName: String, problems: inout [Diagnostic]) {
        guard let id = edit.id?.value else {
            problems.append(.error(.missingKey, "missing required key `id` in this topic of a variant (it names the base's topic to edit, or the new topic's id)", at: edit.location))
            return
        }
        for s in sections.indices {
            guard let position = sections[s].topics?.firstIndex(where: { $0.id?.value == id }) else { continue }
            var topic = sections[s].topics![position]
            override(&topic.title, edit.title, "title", edit.nulled)
            override(&topic.summary, edit.summary, "summary", edit.nulled)
            override(&topic.aliases, edit.aliases, "aliases", edit.nulled)
            override(&topic.sameAs, edit.sameAs, "same-as", edit.nulled)
            override(&topic.requires, edit.requires, "requires", edit.nulled)
            override(&topic.tags, edit.tags, "tags", edit.nulled)
            override(&topic.level, edit.level, "level", edit.nulled)
            override(&topic.hours, edit.hours, "hours", edit.nulled)
            override(&topic.resources, edit.resources, "resources", edit.nulled)
            topic.extensions = mergeExtensions(topic.extensions, edit.extensions)
            topic.edits.append(edit.id?.location ?? edit.location)
            sections[s].topics![position] = topic
            return
        }
        if edit.title != nil {
            sections[sectionIndex].topics = (sections[sectionIndex].topics ?? []) + [edit]
        } else {
            problems.append(.error(.unknownEdit, "topic `\(id)` is not in `\(baseName)`\(Spelling.hint(for: id, in: allIDs(sections))); to add a new topic give it a `title`",
                                   at: edit.id?.location ?? edit.location))
        }
    }

    private static func override<T>(_ value: inout T?, _ edit: T?, _ key: String, _ nulled: [String: SourceLocation]) {
        if let edit {
            value = edit
        } else if nulled[key] != nil {
            value = nil
        }
    }

    private static func mergeExtensions(_ base: [ExtensionField], _ edits: [ExtensionField]) -> [ExtensionField] {
        var result = base
        for edit in edits {
            if let index = result.firstIndex(where: { $0.key == edit.key }) {
                result[index] = edit
            } else {
                result.append(edit)
            }
        }
        return result
    }

    /// The id and aliases of a topic entry: every name a `requires` may use for it.
    private static func names(of topic: TopicDraft) -> [String] {
        [topic.id?.value].compactMap { $0 } + (topic.aliases ?? []).map(\.value)
    }

    private static func allIDs(_ sections: [SectionDraft]) -> [String] {
        sections.flatMap { section in [section.id?.value].compactMap { $0 } + (section.topics ?? []).compactMap { $0.id?.value } }
    }
}
