import OrderedCollections
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// Composes one curriculum out of valid roadmaps: builds the ``TopicGraph``, refuses cycles
/// the merge closes, merges each group of same topics, orders them for study (``StudyOrder``:
/// every `requires`, and each roadmap's written order unless a `requires` or an earlier
/// roadmap's order says otherwise), and cuts the order into parts a learner sees as steps:
/// runs of topics that come from one section, named after it.
public enum CurriculumComposer {
    /// The curriculum of `roadmaps`, with the problems found: errors (a cycle) leave it `nil`;
    /// warnings (conflicting summaries or levels) come with it. `files` names the inputs' files.
    public static func compose(
        _ roadmaps: [Roadmap], id: String? = nil, title: String? = nil, files: SourceFiles = SourceFiles()
    ) -> (curriculum: Curriculum?, diagnostics: [Diagnostic]) {
        compose(RoadmapCatalogue(roadmaps), id: id, title: title, files: files)
    }

    /// The curriculum of a catalogue's inputs, references as the catalogue resolved them.
    public static func compose(
        _ catalogue: RoadmapCatalogue, id: String? = nil, title: String? = nil, files: SourceFiles = SourceFiles()
    ) -> (curriculum: Curriculum?, diagnostics: [Diagnostic]) {
        let roadmaps = catalogue.inputs
        let graph = TopicGraph(catalogue)
        let problems = graph.identityDiagnostics + graph.cycleDiagnostics()
        if !problems.isEmpty { return (nil, problems) }
        var diagnostics: [Diagnostic] = []

        let study = StudyOrder(graph)
        let order = study.order
        let (stages, partTitles) = parts(of: order, graph: graph)
        var positions = [Int](repeating: 0, count: order.count)
        for (position, group) in order.enumerated() { positions[group] = position }
        let rank = positions

        let ids = graph.groups.indices.map { graph.canonicalID(ofGroup: $0) }
        // Each group merges on its own: chunks of groups on every core, put together in order.
        let chunks = ChunkedWork.map(count: order.count, chunkSize: mergeChunkSize) { range in
            range.map { mergedTopic(order[$0], graph: graph, ids: ids, stage: stages[order[$0]],
                                    part: partTitles[stages[order[$0]] - 1], rank: rank) }
        }
        var topics: [CurriculumTopic] = []
        topics.reserveCapacity(order.count)
        for (topic, problems) in chunks.joined() {
            topics.append(topic)
            diagnostics += problems
        }

        var shared = [Int](repeating: 0, count: roadmaps.count)
        var sharedGroups = 0
        for members in graph.groups {
            let inputs = Set(members.map { graph.nodes[$0].roadmap })
            guard inputs.count > 1 else { continue }
            sharedGroups += 1
            for input in inputs { shared[input] += members.filter { graph.nodes[$0].roadmap == input }.count }
        }
        let inputs = roadmaps.enumerated().map { index, roadmap in
            Curriculum.Input(id: roadmap.id, title: roadmap.title, source: roadmap.source,
                             file: files.displayName(roadmap.location.file), bases: roadmap.bases,
                             topicCount: roadmap.topicCount, sharedTopicCount: shared[index])
        }
        let totals = Curriculum.Totals(
            topicsBeforeMerge: graph.nodes.count, topics: topics.count, sharedTopics: sharedGroups,
            hours: topics.reduce(0) { $0 + ($1.hours ?? 0) },
            resourcesBeforeMerge: roadmaps.reduce(0) { $0 + $1.resourceCount },
            resources: topics.reduce(0) { $0 + $1.resources.count },
            stages: partTitles.count)
        let curriculum = Curriculum(
            id: id ?? defaultID(roadmaps), title: title ?? defaultTitle(roadmaps),
            inputs: inputs, topics: topics, totals: totals, explanations: study.explanations)
        return (curriculum, diagnostics)
    }

    /// The part of each group (1-based) and the title of each part. Parts follow the sections
    /// of the leading roadmap: the first given that still has a topic to come (the first roadmap,
    /// then, once its topics are all placed, the next one that has topics left). A part starts
    /// where the study order reaches a topic of the leading roadmap's next section, and holds
    /// the topics of other roadmaps that come before the following one. It is named after the
    /// sections its topics come from (the leading roadmap's first; at most three titles, then
    /// "…"). Since the order is topological, no topic sits in a part before one it needs.
    static func parts(of order: [Int], graph: TopicGraph) -> (partOfGroup: [Int], titles: [String]) {
        // A group's first member is from its earliest roadmap, so the leader at each position is
        // the least first-member roadmap from there to the end.
        var leader = [Int](repeating: 0, count: order.count)
        var lowest = Int.max
        for position in order.indices.reversed() {
            lowest = min(lowest, graph.nodes[graph.groups[order[position]][0]].roadmap)
            leader[position] = lowest
        }
        struct Part {
            var keys: [(roadmap: Int, section: Int)] = []
            var seen: Set<Int> = []
        }
        var partOfGroup = [Int](repeating: 0, count: graph.groups.count)
        var parts: [Part] = []
        var leadingSection: (roadmap: Int, section: Int)?
        let sectionsPerRoadmap = (graph.roadmaps.map(\.sections.count).max() ?? 0) + 1
        for (position, group) in order.enumerated() {
            let first = graph.nodes[graph.groups[group][0]]
            // The section this topic has in the leading roadmap, if that roadmap has it.
            let lead = graph.groups[group].lazy.map { graph.nodes[$0] }.first { $0.roadmap == leader[position] }
                .map { (roadmap: $0.roadmap, section: $0.section) }
            if parts.isEmpty || (lead != nil && leadingSection != nil && lead! != leadingSection!) {
                parts.append(Part())
            }
            if let lead { leadingSection = lead }
            let key = lead ?? (roadmap: first.roadmap, section: first.section)
            if parts[parts.count - 1].seen.insert(key.roadmap * sectionsPerRoadmap + key.section).inserted {
                parts[parts.count - 1].keys.append(key)
            }
            partOfGroup[group] = parts.count
        }
        let titles = parts.map { part in
            // The leading roadmap's sections first (the part's first key is one of them).
            let leading = part.keys.first?.roadmap
            var names: [String] = []
            for (roadmap, section) in part.keys.filter({ $0.roadmap == leading }) + part.keys.filter({ $0.roadmap != leading }) {
                let title = graph.roadmaps[roadmap].sections[section].title
                if !names.contains(title) { names.append(title) }
                if names.count > 3 { break }
            }
            return names.count > 3 ? names.prefix(3).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
        }
        return (partOfGroup, titles)
    }

    /// How many groups one task merges: large enough that a chunk outweighs starting it.
    static let mergeChunkSize = 2048

    static func defaultID(_ roadmaps: [Roadmap]) -> String {
        roadmaps.count == 1 ? roadmaps[0].id : "curriculum"
    }

    static func defaultTitle(_ roadmaps: [Roadmap]) -> String {
        roadmaps.count == 1 ? roadmaps[0].title : "Curriculum: " + roadmaps.map(\.title).joined(separator: " + ")
    }

    /// The merged topic of one group, and a warning when its topics' levels differ. Differing
    /// summaries are normal when roadmaps merge: each source's summary is kept with its origin.
    static func mergedTopic(_ group: Int, graph: TopicGraph, ids: [String], stage: Int, part: String,
                            rank: [Int]) -> (CurriculumTopic, [Diagnostic]) {
        let members = graph.groups[group]
        let first = members[0]
        let id = ids[group]
        var names: OrderedSet<String> = [graph.nodes[first].topic.id]
        var tags: OrderedSet<String> = []
        var resourceKeys: OrderedSet<String> = []
        var resources: [Resource] = []
        var hours: Double?
        var extensions: [ExtensionField] = []
        for member in members {
            let topic = graph.nodes[member].topic
            names.append(topic.id)
            names.append(contentsOf: topic.aliases)
            tags.append(contentsOf: topic.tags)
            for resource in topic.resources where resourceKeys.append(TextNormalizer.resourceKey(resource)).inserted {
                resources.append(resource)
            }
            if let value = topic.hours { hours = max(hours ?? value, value) }
            for field in topic.extensions where !extensions.contains(where: { $0.key == field.key }) {
                extensions.append(field)
            }
        }
        let aliases = Array(names.dropFirst())
        var diagnostics: [Diagnostic] = []
        let summaries = members.compactMap { member in graph.nodes[member].topic.summary.map { (member, $0) } }
        let summary = summaries.first?.1
        let levels = members.compactMap { member in graph.nodes[member].topic.level.map { (member, $0) } }
        let level = levels.first?.1
        if let level, levels.contains(where: { $0.1.value != level.value }) {
            diagnostics.append(conflict("level", of: id, kept: levels[0], all: levels.map { ($0.0, $0.1.location) }, graph: graph,
                                        values: levels.map(\.1.value.rawValue)))
        }
        let requires = graph.prerequisites[group].sorted { rank[$0] < rank[$1] }.map { ids[$0] }
        let origins = members.map { index in
            let (roadmap, section) = (graph.nodes[index].roadmap, graph.nodes[index].section)
            return CurriculumTopic.Origin(
                path: graph.provenance(ofNode: index), roadmap: graph.roadmaps[roadmap].id,
                sectionTitle: graph.roadmaps[roadmap].sections[section].title,
                location: graph.nodes[index].topic.location, edits: graph.nodes[index].topic.edits,
                // Each source's own summary and level, where it differs from the one the merged topic shows.
                summary: graph.nodes[index].topic.summary.flatMap { $0.value == summary?.value ? nil : $0.value },
                level: graph.nodes[index].topic.level.flatMap { $0.value == level?.value ? nil : $0.value })
        }
        let topic = CurriculumTopic(
            id: id, title: graph.nodes[first].topic.title, summary: summary?.value, aliases: aliases, tags: Array(tags),
            level: level?.value, hours: hours, stage: stage, part: part, requires: requires,
            requiresOutside: graph.externalPrerequisites[group].map(\.description),
            resources: resources, from: origins, extensions: extensions)
        return (topic, diagnostics)
    }

    /// A warning that the members of a group disagree on `field`; `kept` and `all` name members by node index.
    private static func conflict<T>(_ field: String, of id: String, kept: (Int, Located<T>),
                                    all: [(Int, SourceLocation)], graph: TopicGraph, values: [String]? = nil) -> Diagnostic {
        let keptRoadmap = graph.roadmaps[graph.nodes[kept.0].roadmap].id
        let shown = values.map { " (" + Array(Set($0)).sorted().joined(separator: ", ") + ")" } ?? ""
        return .warning(.mergeConflict, "the topics merged into `\(id)` have different \(field)s\(shown); the merged topic keeps `\(keptRoadmap)`'s",
                        at: kept.1.location,
                        notes: all.dropFirst().map { .init("`\(graph.roadmaps[graph.nodes[$0.0].roadmap].id)/\(graph.nodes[$0.0].topic.id)` has its \(field) here", at: $0.1) })
    }
}
