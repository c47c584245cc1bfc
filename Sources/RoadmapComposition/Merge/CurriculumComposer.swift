import OrderedCollections
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// Composes one curriculum out of valid roadmaps: builds the ``TopicGraph``, refuses cycles
/// the merge closes, merges each group of same topics, and orders them for study.
///
/// Order: stage by stage (a topic's stage is one more than its latest prerequisite's), and
/// within a stage by the roadmap given first, then the position in that roadmap, so the
/// result is a topological order that keeps each roadmap's own order where the graph allows.
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

        let stages = stagesOfGroups(graph)
        let order = graph.groups.indices.sorted { (stages[$0], $0) < (stages[$1], $1) }
        var positions = [Int](repeating: 0, count: order.count)
        for (position, group) in order.enumerated() { positions[group] = position }
        let rank = positions

        let ids = graph.groups.indices.map { graph.canonicalID(ofGroup: $0) }
        // Each group merges on its own: chunks of groups on every core, put together in order.
        let chunks = ChunkedWork.map(count: order.count, chunkSize: mergeChunkSize) { range in
            range.map { mergedTopic(order[$0], graph: graph, ids: ids, stage: stages[order[$0]], rank: rank) }
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
                             file: files.displayName(roadmap.location.file), extends: roadmap.extends,
                             topicCount: roadmap.topicCount, sharedTopicCount: shared[index])
        }
        let totals = Curriculum.Totals(
            topicsBeforeMerge: graph.nodes.count, topics: topics.count, sharedTopics: sharedGroups,
            hours: topics.reduce(0) { $0 + ($1.hours ?? 0) },
            resourcesBeforeMerge: roadmaps.reduce(0) { $0 + $1.resourceCount },
            resources: topics.reduce(0) { $0 + $1.resources.count },
            stages: stages.max() ?? 0)
        let curriculum = Curriculum(
            id: id ?? defaultID(roadmaps), title: title ?? defaultTitle(roadmaps),
            inputs: inputs, topics: topics, totals: totals)
        return (curriculum, diagnostics)
    }

    /// How many groups one task merges: large enough that a chunk outweighs starting it.
    static let mergeChunkSize = 2048

    static func defaultID(_ roadmaps: [Roadmap]) -> String {
        roadmaps.count == 1 ? roadmaps[0].id : "curriculum"
    }

    static func defaultTitle(_ roadmaps: [Roadmap]) -> String {
        roadmaps.count == 1 ? roadmaps[0].title : "Curriculum: " + roadmaps.map(\.title).joined(separator: " + ")
    }

    /// Longest chain of prerequisites before each group, plus one, without recursion.
    static func stagesOfGroups(_ graph: TopicGraph) -> [Int] {
        let count = graph.groups.count
        var dependents = [[Int]](repeating: [], count: count)
        var waiting = [Int](repeating: 0, count: count)
        for (group, prerequisites) in graph.prerequisites.enumerated() {
            waiting[group] = prerequisites.count
            for prerequisite in prerequisites { dependents[prerequisite].append(group) }
        }
        var stage = [Int](repeating: 1, count: count)
        var ready = (0..<count).filter { waiting[$0] == 0 }
        var head = 0
        while head < ready.count {
            let group = ready[head]
            head += 1
            for dependent in dependents[group] {
                stage[dependent] = max(stage[dependent], stage[group] + 1)
                waiting[dependent] -= 1
                if waiting[dependent] == 0 { ready.append(dependent) }
            }
        }
        return stage
    }

    /// The merged topic of one group, and a warning when its topics' levels differ. Differing
    /// summaries are normal when roadmaps merge: each source's summary is kept with its origin.
    static func mergedTopic(_ group: Int, graph: TopicGraph, ids: [String], stage: Int, rank: [Int]) -> (CurriculumTopic, [Diagnostic]) {
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
            level: level?.value, hours: hours, stage: stage, requires: requires,
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
