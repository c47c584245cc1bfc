import RoadmapModel
/// Applies one variant's edits to its resolved base, as format 1 says:
///
/// - the variant's own top-level fields replace the base's (its `id` is its own, never inherited);
/// - `remove` drops sections or topics of the base by id (naming nothing is an error), and
///   `requires`/`same-as` entries that pointed at a removed topic go with it;
/// - sections merge by id, their topics merge by id (in any section of the base); fields
///   override, lists replace, `null` deletes; new sections and topics are appended;
/// - a topic of the base listed under a section the variant adds moves there, and `section:`
///   on a topic edit (or a new topic) moves it into that section of the base or the variant;
/// - a section of the base left without topics by the variant's removals and moves is left
///   out, with a note;
/// - an entry that names nothing in the base and is not complete enough to be new (it has no
///   `title`) is an error with the closest id of the base.
///
/// For a composition (a base merged from several roadmaps) `names` maps every other name of a
/// merged topic (`ROADMAP/ID`, its canonical id, an alias) to its id in the merged base, so a
/// variant may name a topic by any of them, in `remove`, in a topic edit and in `requires`.
///
/// Overridden values keep the variant's locations, so every resolved value remembers its file.
public enum VariantOverlay {
    /// `base` with `variant` applied, and the problems found (all located in the variant).
    /// `baseName` names the base in messages (its id when `nil`).
    public static func apply(_ variant: RoadmapDraft, to base: RoadmapDraft, names: [String: String] = [:],
                             baseName: String? = nil) -> (RoadmapDraft, [Diagnostic]) {
        var overlay = Overlay(base: base, names: names, baseName: baseName ?? "`\(base.id?.value ?? "the base")`")
        return overlay.apply(variant)
    }

    /// One application: the sections being edited, and what the edits found.
    ///
    /// Every lookup is by dictionary and nothing is shifted while edits apply: a removed or
    /// moved topic (or a removed section) is only marked, and the sections are compacted once
    /// at the end, so a variant of 10,000 edits of a base of 10,000 topics takes linear time.
    private struct Overlay {
        var base: RoadmapDraft
        let names: [String: String]
        /// The other names, sorted once, for did-you-mean hints.
        let sortedNames: [String]
        let baseName: String
        var sections: [SectionDraft]
        /// Which topics of each section are still there (removed and moved-away ones are not).
        var alive: [[Bool]]
        var sectionAlive: [Bool]
        /// Where each topic id is (the first topic with that id), and each section id.
        var topicIndex: [String: (section: Int, position: Int)] = [:]
        var sectionIndex: [String: Int] = [:]
        var problems: [Diagnostic] = []
        /// `section:` moves, applied once every section of the variant exists.
        var moves: [(topic: String, section: Located<String>)] = []
        /// Ids of the base's sections that had topics, to tell an emptied section from one written empty.
        let baseSectionsWithTopics: Set<String>
        /// Where the variant last took a topic out of each section (a removal or a move).
        var takenAt: [String: SourceLocation] = [:]
        /// The sections and topics the variant's `remove` took, by id, and where.
        var removedAt: [String: SourceLocation] = [:]
        /// Where each topic was first edited, by its id in the base, and the name used there.
        var editedAt: [String: Located<String>] = [:]
        /// For a plain variant: each alias of a base topic to its id (an edit may use either,
        /// so an edit still applies when the base renamed a topic and kept the old id as an
        /// alias), and for a base that is a merge, `ROADMAP/ID` of each topic its `x-from` names.
        var aliases: [String: String] = [:]
        /// The names a did-you-mean chooses from, made at the first unknown name.
        var hintCandidates: [String]?

        init(base: RoadmapDraft, names: [String: String], baseName: String) {
            self.base = base
            self.names = names
            self.sortedNames = names.keys.sorted()
            self.baseName = baseName
            self.sections = base.sections ?? []
            self.alive = sections.map { [Bool](repeating: true, count: $0.topics?.count ?? 0) }
            self.sectionAlive = [Bool](repeating: true, count: sections.count)
            self.baseSectionsWithTopics = Set(sections.filter { !($0.topics ?? []).isEmpty }.compactMap { $0.id?.value })
            for (s, section) in sections.enumerated() {
                if let id = section.id?.value, sectionIndex[id] == nil { sectionIndex[id] = s }
                for (p, topic) in (section.topics ?? []).enumerated() {
                    if let id = topic.id?.value, topicIndex[id] == nil { topicIndex[id] = (s, p) }
                }
            }
            if names.isEmpty {
                for section in sections {
                    for topic in section.topics ?? [] {
                        guard let id = topic.id?.value else { continue }
                        for alias in topic.aliases ?? [] where topicIndex[alias.value] == nil && aliases[alias.value] == nil {
                            aliases[alias.value] = id
                        }
                        for name in topic.extensions.mergedFromIDs where aliases[name] == nil { aliases[name] = id }
                    }
                }
            }
        }

        /// The base's id for a name a variant may use.
        func local(_ name: String) -> String {
            // An id of the base (a section's or a topic's) is itself before it is another's alias.
            if sectionIndex[name] != nil || topicIndex[name] != nil { return name }
            return names[name] ?? aliases[name] ?? name
        }

        mutating func apply(_ variant: RoadmapDraft) -> (RoadmapDraft, [Diagnostic]) {
            var result = base
            result.file = variant.file
            result.location = variant.location
            result.format = variant.format ?? base.format
            result.id = variant.id
            result.extends = nil
            result.remove = nil
            result.nulled = [:]
            VariantOverlay.override(&result.title, variant.title, "title", variant.nulled)
            VariantOverlay.override(&result.summary, variant.summary, "summary", variant.nulled)
            VariantOverlay.override(&result.source, variant.source, "source", variant.nulled)
            VariantOverlay.override(&result.authors, variant.authors, "authors", variant.nulled)
            VariantOverlay.override(&result.published, variant.published, "published", variant.nulled)
            VariantOverlay.override(&result.related, variant.related, "related", variant.nulled)
            result.extensions = VariantOverlay.mergeExtensions(base.extensions, variant.extensions)

            remove(variant.remove ?? [])
            for sectionEdit in variant.sections ?? [] { applySection(sectionEdit) }
            for move in moves { place(move.topic, into: move.section) }
            result.sections = compacted(variant)
            return (result, problems)
        }

        /// The topic at `(section, position)`, taken out of its section.
        mutating func takeOut(_ section: Int, _ position: Int, at location: SourceLocation) -> TopicDraft {
            alive[section][position] = false
            let topic = sections[section].topics![position]
            if let id = topic.id?.value, let at = topicIndex[id], at == (section, position) { topicIndex[id] = nil }
            if let id = sections[section].id?.value { takenAt[id] = location }
            return topic
        }

        /// Appends `topic` to section `section`.
        mutating func append(_ topic: TopicDraft, to section: Int) {
            if sections[section].topics == nil { sections[section].topics = [] }
            sections[section].topics!.append(topic)
            alive[section].append(true)
            if let id = topic.id?.value, topicIndex[id] == nil { topicIndex[id] = (section, alive[section].count - 1) }
        }

        mutating func remove(_ removals: [Located<String>]) {
            var removedTopics: Set<String> = []
            for removal in removals {
                let name = local(removal.value)
                if let index = sectionIndex[name] {
                    for (p, topic) in (sections[index].topics ?? []).enumerated() where alive[index][p] {
                        removedTopics.formUnion(VariantOverlay.names(of: topic))
                        if let id = topic.id?.value { removedAt[id] = removal.location }
                        _ = takeOut(index, p, at: removal.location)
                    }
                    sectionAlive[index] = false
                    sectionIndex[name] = nil
                    removedAt[name] = removal.location
                } else if let (s, position) = find(name) {
                    removedTopics.formUnion(VariantOverlay.names(of: takeOut(s, position, at: removal.location)))
                    removedAt[name] = removal.location
                } else if let earlier = removedAt[name] {
                    problems.append(.warning(.repeatedEdit, "`remove: \(removal.value)` names what this variant already removed", at: removal.location,
                                             notes: [.init("removed here", at: earlier)]))
                } else {
                    problems.append(.error(.unknownEdit, "`remove: \(removal.value)` names no section or topic of \(baseName)\(hint(for: removal.value))",
                                           at: removal.location))
                }
            }
            guard !removedTopics.isEmpty else { return }
            let baseID = base.id?.value
            for s in sections.indices {
                for t in (sections[s].topics ?? []).indices where alive[s][t] {
                    sections[s].topics?[t].requires?.removeAll { reference in
                        if removedTopics.contains(reference.value) { return true }
                        guard let baseID, let slash = reference.value.firstIndex(of: "/"), reference.value[..<slash] == baseID else { return false }
                        return removedTopics.contains(String(reference.value[reference.value.index(after: slash)...]))
                    }
                }
            }
        }

        mutating func applySection(_ sectionEdit: SectionDraft) {
            guard let id = sectionEdit.id?.value else {
                problems.append(.error(.missingKey, "missing required key `id` in this section of a variant (it names the base's section to edit, or the new section's id)", at: sectionEdit.location))
                return
            }
            if let index = sectionIndex[id] {
                var merged = sections[index]
                VariantOverlay.override(&merged.title, sectionEdit.title, "title", sectionEdit.nulled)
                VariantOverlay.override(&merged.summary, sectionEdit.summary, "summary", sectionEdit.nulled)
                merged.extensions = VariantOverlay.mergeExtensions(merged.extensions, sectionEdit.extensions)
                sections[index] = merged
                for topicEdit in sectionEdit.topics ?? [] { applyTopic(topicEdit, into: index) }
            } else if sectionEdit.title != nil {
                // A new section: a topic of the base listed in it moves here, in the order listed.
                var added = sectionEdit
                added.topics = []
                sections.append(added)
                alive.append([])
                sectionAlive.append(true)
                let index = sections.count - 1
                sectionIndex[id] = index
                for topicEdit in sectionEdit.topics ?? [] { applyTopic(topicEdit, into: index, moving: true) }
            } else if let removed = removedAt[id] {
                problems.append(.error(.unknownEdit, "section `\(id)` is edited here but this variant's `remove` took it; edit it or remove it, not both",
                                       at: sectionEdit.id?.location ?? sectionEdit.location, notes: [.init("removed here", at: removed)]))
            } else {
                problems.append(.error(.unknownEdit, "section `\(id)` is not in \(baseName)\(Spelling.hint(for: id, in: aliveSectionIDs)); to add a new section give it a `title` and `topics`",
                                       at: sectionEdit.id?.location ?? sectionEdit.location))
            }
        }

        mutating func applyTopic(_ edit: TopicDraft, into sectionIndex: Int, moving: Bool = false) {
            guard let written = edit.id?.value else {
                problems.append(.error(.missingKey, "missing required key `id` in this topic of a variant (it names the base's topic to edit, or the new topic's id)", at: edit.location))
                return
            }
            // A new topic of a plain variant (it has a title) is not taken for a base topic's alias.
            let id = edit.title != nil && names.isEmpty ? written : local(written)
            var requires = edit.requires
            if !names.isEmpty { requires = requires?.map { Located(local($0.value), at: $0.location) } }
            if let (s, position) = find(id) {
                if let earlier = editedAt[id] {
                    problems.append(.warning(.repeatedEdit, "topic `\(id)` is edited a second time here\(written == id ? "" : " (as `\(written)`)"); both edits apply, and where they set the same key the later one wins",
                                             at: edit.id?.location ?? edit.location,
                                             notes: [.init("first edited here\(earlier.value == id ? "" : " (as `\(earlier.value)`)")", at: earlier.location)]))
                } else {
                    editedAt[id] = Located(written, at: edit.id?.location ?? edit.location)
                }
                var topic = sections[s].topics![position]
                VariantOverlay.override(&topic.title, edit.title, "title", edit.nulled)
                VariantOverlay.override(&topic.summary, edit.summary, "summary", edit.nulled)
                VariantOverlay.override(&topic.aliases, edit.aliases, "aliases", edit.nulled)
                VariantOverlay.override(&topic.sameAs, edit.sameAs, "same-as", edit.nulled)
                VariantOverlay.override(&topic.requires, requires, "requires", edit.nulled)
                VariantOverlay.override(&topic.tags, edit.tags, "tags", edit.nulled)
                VariantOverlay.override(&topic.level, edit.level, "level", edit.nulled)
                VariantOverlay.override(&topic.hours, edit.hours, "hours", edit.nulled)
                VariantOverlay.override(&topic.resources, edit.resources, "resources", edit.nulled)
                topic.extensions = VariantOverlay.mergeExtensions(topic.extensions, edit.extensions)
                topic.edits.append(edit.id?.location ?? edit.location)
                if moving, s != sectionIndex {
                    _ = takeOut(s, position, at: edit.id?.location ?? edit.location)
                    append(topic, to: sectionIndex)
                } else {
                    sections[s].topics![position] = topic
                }
            } else if edit.title != nil {
                var added = edit
                added.requires = requires
                added.section = nil
                append(added, to: sectionIndex)
            } else if let removed = removedAt[id] {
                problems.append(.error(.unknownEdit, "topic `\(written)` is edited here but this variant's `remove` took it; edit it or remove it, not both",
                                       at: edit.id?.location ?? edit.location, notes: [.init("removed here", at: removed)]))
                return
            } else {
                problems.append(.error(.unknownEdit, "topic `\(written)` is not in \(baseName)\(hint(for: written)); to add a new topic give it a `title`",
                                       at: edit.id?.location ?? edit.location))
                return
            }
            if let section = edit.section { moves.append((id, section)) }
        }

        /// Moves topic `id` to the end of section `section` (of the base, or added by the variant).
        mutating func place(_ id: String, into section: Located<String>) {
            guard let target = sectionIndex[section.value] else {
                if let removed = removedAt[section.value] {
                    problems.append(.error(.unknownEdit, "`section: \(section.value)` names a section this variant's `remove` took", at: section.location,
                                           notes: [.init("removed here", at: removed)]))
                    return
                }
                problems.append(.error(.unknownEdit, "`section: \(section.value)` names no section of \(baseName) or of this variant\(Spelling.hint(for: section.value, in: aliveSectionIDs))",
                                       at: section.location))
                return
            }
            guard let (s, position) = find(id) else { return }
            var topic = takeOut(s, position, at: section.location)
            topic.section = nil
            append(topic, to: target)
        }

        /// The sections as they end: removed ones and taken-out topics gone; a section of the
        /// base that the variant's removals and moves emptied is left out too, with a note where
        /// its last topic was taken out.
        mutating func compacted(_ variant: RoadmapDraft) -> [SectionDraft] {
            var kept: [SectionDraft] = []
            for (s, section) in sections.enumerated() where sectionAlive[s] {
                var section = section
                if let topics = section.topics { section.topics = topics.indices.filter { alive[s][$0] }.map { topics[$0] } }
                if let id = section.id?.value, baseSectionsWithTopics.contains(id), s < (base.sections?.count ?? 0), (section.topics ?? []).isEmpty {
                    problems.append(Diagnostic(.note, .sectionEmptied, "section `\(id)` (\(section.title?.value.abbreviatedForMessage ?? "untitled")) of \(baseName) has no topics left after this variant's removals and moves, so it is left out",
                                               at: takenAt[id] ?? variant.id?.location ?? variant.location))
                    continue
                }
                kept.append(section)
            }
            return kept
        }

        /// The section and position of the topic with id `id`.
        func find(_ id: String) -> (Int, Int)? {
            topicIndex[id].map { ($0.section, $0.position) }
        }

        var aliveSectionIDs: [String] {
            sections.indices.filter { sectionAlive[$0] }.compactMap { sections[$0].id?.value }
        }

        /// A did-you-mean among the base's ids and, for a composition, every other name of its
        /// topics; `ROADMAP/ID` whose ID is a topic of the base (from another roadmap) names that.
        mutating func hint(for name: String) -> String {
            if let slash = name.lastIndex(of: "/"), case let own = String(name[name.index(after: slash)...]), topicIndex[own] != nil {
                return "; did you mean `\(own)`?"
            }
            if hintCandidates == nil {
                // Made once: 10,000 unknown names must not rebuild it 10,000 times.
                var ids: [String] = []
                for (s, section) in sections.enumerated() where sectionAlive[s] {
                    if let id = section.id?.value { ids.append(id) }
                    for (p, topic) in (section.topics ?? []).enumerated() where alive[s][p] {
                        if let id = topic.id?.value { ids.append(id) }
                    }
                }
                hintCandidates = ids + sortedNames.filter { names[$0].map { topicIndex[$0] != nil } ?? false }
            }
            return Spelling.hint(for: name, in: hintCandidates ?? [])
        }
    }

    static func override<T>(_ value: inout T?, _ edit: T?, _ key: String, _ nulled: [String: SourceLocation]) {
        if let edit {
            value = edit
        } else if nulled[key] != nil {
            value = nil
        }
    }

    static func mergeExtensions(_ base: [ExtensionField], _ edits: [ExtensionField]) -> [ExtensionField] {
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
    static func names(of topic: TopicDraft) -> [String] {
        [topic.id?.value].compactMap { $0 } + (topic.aliases ?? []).map(\.value)
    }

}
