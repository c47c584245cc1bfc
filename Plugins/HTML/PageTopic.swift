import RoadmapPlugin

/// One topic as the page shows it, from a curriculum or a roadmap: what its card says, and the
/// keys its progress is kept under.
struct PageTopic {
    var id: String
    var title: String
    /// Every name the topic goes by, its own id first: progress is kept under each, so that a
    /// page made later (a new version, a merge with one more roadmap) still finds it.
    var progressKeys: [String]
    /// `ROADMAP/SECTION/TOPIC` of every place it comes from.
    var from: [String]
    /// The roadmaps it comes from (ids), in order.
    var roadmaps: [String]
    var level: String?
    var hours: Double?
    var summary: String?
    /// Other sources' own summaries: (where, text).
    var otherSummaries: [(from: String, text: String)]
    var resources: [ResourceDocument]
    /// Ids of prerequisites in the page, and of those outside it.
    var requires: [String]
    var requiresOutside: [String]
    /// Ids of the topics that require this one (filled in by ``PageGroup/link(_:)``).
    var requiredBy: [String] = []
    /// The learner's progress from a progress file (`--progress`): preloaded into the page.
    var progress: TopicProgress? = nil
}

/// A part of a curriculum, or a section of a roadmap, with its topics in order.
struct PageGroup {
    var title: String
    var topics: [PageTopic]

    /// The groups with every topic's `requiredBy` filled in, in page order.
    static func link(_ groups: [PageGroup]) -> [PageGroup] {
        var dependents: [String: [String]] = [:]
        for group in groups {
            for topic in group.topics {
                for requirement in topic.requires { dependents[requirement, default: []].append(topic.id) }
            }
        }
        return groups.map { group in
            var group = group
            for index in group.topics.indices { group.topics[index].requiredBy = dependents[group.topics[index].id] ?? [] }
            return group
        }
    }

    /// The parts of a curriculum.
    static func groups(_ document: CurriculumDocument) -> [PageGroup] {
        link(document.stages.map { stage in
            PageGroup(title: "\(stage.stage). \(stage.title)", topics: stage.topics.map { topic in
                PageTopic(
                    id: topic.id, title: topic.title, progressKeys: topic.names, from: topic.from, roadmaps: topic.roadmaps,
                    level: topic.level, hours: topic.hours, summary: topic.summary,
                    otherSummaries: topic.origins.compactMap { origin in origin.summary.map { (origin.path, $0) } },
                    resources: topic.resources, requires: topic.requires, requiresOutside: topic.requiresOutside,
                    progress: topic.progress)
            })
        })
    }

    /// The sections of a roadmap; a topic's progress keys are `ROADMAP/ID` and its aliases.
    static func groups(_ document: RoadmapDocument) -> [PageGroup] {
        let topics = document.topics
        let index = document.topicPositions()
        func local(_ requirement: String) -> String? { document.position(ofRequirement: requirement, in: index).map { topics[$0].id } }
        return link(document.sections.map { section in
            PageGroup(title: section.title, topics: section.topics.map { topic in
                // A topic merged from others (x-from) says which roadmaps it came from.
                let merged = topic.mergedFrom
                let origins = merged.map { String($0.prefix { $0 != "/" }) }
                return PageTopic(
                    id: topic.id, title: topic.title,
                    progressKeys: unique([document.id + "/" + topic.id] + topic.aliases.map { $0.contains("/") ? $0 : document.id + "/" + $0 }
                                         + merged.compactMap(MergedFrom.topicID(ofPath:))),
                    from: merged.isEmpty ? [document.id + "/" + section.id + "/" + topic.id] : merged,
                    roadmaps: merged.isEmpty ? [document.id] : unique(origins),
                    level: topic.level, hours: topic.hours, summary: topic.summary, otherSummaries: [],
                    resources: topic.resources,
                    requires: topic.requires.compactMap(local), requiresOutside: topic.requires.filter { local($0) == nil },
                    progress: topic.progress)
            })
        })
    }

    private static func unique(_ keys: [String]) -> [String] {
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }
}
