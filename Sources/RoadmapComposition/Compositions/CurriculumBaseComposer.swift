import RoadmapLoading
import RoadmapModel
import RoadmapPlugin
import RoadmapYAML

/// The base of a composition (`extends: [A, B, …]`), composed exactly as `roadmap merge A B …`
/// composes it (identity, provenance, study order, parts), then laid out as the roadmap
/// `merge -f yaml` writes: one section per part (`part-1`, `part-2`, …), each topic under its
/// local id (``CurriculumFileIDs``), prerequisites rewritten to those ids, and the provenance in
/// `x-from`. Every value keeps the location of the base topic it came from, so a problem in a
/// base still points into the base's file.
public struct CurriculumBaseComposer: BaseComposer {
    /// Makes the composer.
    public init() {}

    public func compose(_ bases: [RoadmapDraft], file: SourceFileID, files: SourceFiles, library: RoadmapLibrary) -> ComposedBase {
        var diagnostics: [Diagnostic] = []
        var roadmaps: [Roadmap] = []
        for base in bases {
            let (roadmap, problems) = RoadmapValidator.validate(base)
            diagnostics += problems
            roadmaps.append(roadmap)
        }
        if diagnostics.containsErrors { return ComposedBase(draft: nil, diagnostics: diagnostics) }
        let catalogue = RoadmapCatalogue(roadmaps, library: library)
        diagnostics += catalogue.diagnostics
        if diagnostics.containsErrors { return ComposedBase(draft: nil, diagnostics: diagnostics) }
        let (composed, problems) = CurriculumComposer.compose(catalogue, files: files)
        diagnostics += problems
        guard let curriculum = composed else { return ComposedBase(draft: nil, diagnostics: diagnostics) }
        let fileIDs = CurriculumFileIDs(canonicalIDs: curriculum.topics.map(\.id))
        // A base that is itself a merge keeps the provenance of its topics: their own x-from.
        var nested: [String: [String]] = [:]
        for roadmap in roadmaps {
            for section in roadmap.sections {
                for topic in section.topics where !topic.mergedFromPaths.isEmpty {
                    nested["\(roadmap.id)/\(section.id)/\(topic.id)"] = topic.mergedFromPaths
                }
            }
        }
        return ComposedBase(draft: draft(of: curriculum, ids: fileIDs, nested: nested, file: file, at: bases[0].location),
                            names: names(of: curriculum, roadmaps: roadmaps, ids: fileIDs),
                            diagnostics: diagnostics)
    }

    /// Every name a composed variant may give a merged topic, to its local id: the canonical id,
    /// `ROADMAP/ID` and `ROADMAP/ALIAS` of every topic merged into it, and the aliases the merged
    /// topic carries (when no topic has that local id; the first topic keeps a shared one).
    func names(of curriculum: Curriculum, roadmaps: [Roadmap], ids: CurriculumFileIDs) -> [String: String] {
        var names: [String: String] = [:]
        let locals = Set(ids.topicIDs.values)
        func add(_ name: String, _ local: String) {
            if names[name] == nil, !locals.contains(name) { names[name] = local }
        }
        for topic in curriculum.topics {
            guard let local = ids.topicIDs[topic.id] else { continue }
            add(topic.id, local)
            for origin in topic.from {
                if let name = MergedFrom.topicID(ofPath: origin.path) { add(name, local) }
            }
        }
        for roadmap in roadmaps {
            for topic in roadmap.topics {
                guard let local = names[roadmap.id + "/" + topic.id] else { continue }
                for alias in topic.aliases { add(roadmap.id + "/" + alias, local) }
                // A base that is itself a merge: the names of the topics merged into it.
                for origin in topic.mergedFromIDs { add(origin, local) }
            }
        }
        for topic in curriculum.topics {
            guard let local = ids.topicIDs[topic.id] else { continue }
            for alias in topic.aliases { add(alias, local) }
        }
        return names
    }

    /// The curriculum as a draft, its values located where the base topics were written.
    func draft(of curriculum: Curriculum, ids: CurriculumFileIDs, nested: [String: [String]], file: SourceFileID,
               at location: SourceLocation) -> RoadmapDraft {
        var draft = RoadmapDraft(file: file)
        draft.location = location
        draft.format = Located(1, at: location)
        draft.title = Located(curriculum.title, at: location)
        var sections: [SectionDraft] = []
        for topic in curriculum.topics {
            if sections.count < topic.stage {
                let at = topic.from.first?.location ?? location
                var section = SectionDraft(location: at)
                section.id = Located(ids.sectionID(stage: topic.stage), at: at)
                section.title = Located(topic.part, at: at)
                section.topics = []
                sections.append(section)
            }
            sections[sections.count - 1].topics?.append(self.topic(topic, ids: ids, nested: nested, at: topic.from.first?.location ?? location))
        }
        draft.sections = sections
        return draft
    }

    /// One merged topic as a topic entry, as `merge -f yaml` writes it; `x-from` names the
    /// topics it was merged from (through a base that is a merge itself, that base's origins).
    func topic(_ topic: CurriculumTopic, ids: CurriculumFileIDs, nested: [String: [String]], at location: SourceLocation) -> TopicDraft {
        func text(_ value: String) -> Located<String> { Located(value, at: location) }
        let local = ids.topicIDs[topic.id] ?? CurriculumFileIDs.ownID(topic.id)
        var entry = TopicDraft(location: location)
        entry.id = text(local)
        entry.title = text(topic.title)
        entry.summary = topic.summary.map(text)
        var aliases = topic.aliases.filter { $0 != local }
        let original = CurriculumFileIDs.ownID(topic.id)
        if original != local { aliases.insert(original, at: 0) }
        entry.aliases = aliases.isEmpty ? nil : aliases.map(text)
        let requires = topic.requires.compactMap { ids.topicIDs[$0] } + topic.requiresOutside
        entry.requires = requires.isEmpty ? nil : requires.map(text)
        entry.tags = topic.tags.isEmpty ? nil : topic.tags.map(text)
        entry.level = topic.level.map { text($0.rawValue) }
        entry.hours = topic.hours.map { Located($0, at: location) }
        entry.resources = topic.resources.isEmpty ? nil : topic.resources.map(resource)
        let mark = location.mark
        var seen: Set<String> = []
        let paths = topic.from.flatMap { nested[$0.path] ?? [$0.path] }.filter { seen.insert($0).inserted }
        let from = YAMLNode.sequence(paths.map { .scalar(YAMLScalar(value: $0, mark: mark, style: .singleQuoted)) }, mark: mark)
        entry.extensions = topic.extensions.filter { $0.key != "x-from" } + [ExtensionField(key: "x-from", value: from, location: location)]
        entry.edits = topic.from.flatMap(\.edits)
        return entry
    }

    func resource(_ resource: Resource) -> ResourceDraft {
        let at = resource.location
        var entry = ResourceDraft(location: at)
        entry.title = Located(resource.title, at: at)
        entry.url = resource.url.map { Located($0, at: at) }
        entry.type = resource.type.map { Located($0.rawValue, at: at) }
        entry.provider = resource.provider.map { Located($0, at: at) }
        entry.free = resource.free.map { Located($0, at: at) }
        entry.extensions = resource.extensions
        return entry
    }
}
