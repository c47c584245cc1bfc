import RoadmapModel
/// What the roadmaps of a load keep once each file is checked.
public enum LoadRetention: Sendable, Equatable {
    /// Everything: what merging, comparing and rendering need.
    case everything
    /// What the checks across roadmaps need, and the counts: the ids, titles and locations of
    /// roadmaps, sections and topics, and the aliases, `same-as` and `requires` of topics.
    /// Summaries, tags, levels, hours, resources and `x-` keys are dropped in each file's own
    /// task, right after it is checked, so a load of many files holds little more than the
    /// files being read (`validate`).
    case references
}

/// How big a roadmap is, counted when it was loaded (before a ``LoadRetention/references``
/// load dropped anything).
public struct RoadmapCounts: Sendable, Equatable {
    /// Its sections.
    public var sections: Int
    /// Its topics.
    public var topics: Int
    /// The resources of all its topics.
    public var resources: Int

    /// The counts of `roadmap` as it is now.
    public init(_ roadmap: Roadmap) {
        sections = roadmap.sections.count
        topics = roadmap.topicCount
        resources = roadmap.resourceCount
    }
}

extension Roadmap {
    /// The roadmap with only what ``LoadRetention/references`` keeps.
    func referencesOnly() -> Roadmap {
        var outline = Roadmap(id: id, title: title, bases: bases, location: location)
        outline.sections = sections.map { section in
            let topics = section.topics.map { topic in
                Topic(id: topic.id, title: topic.title, aliases: topic.aliases, sameAs: topic.sameAs,
                      requires: topic.requires, location: topic.location)
            }
            return Section(id: section.id, title: section.title, topics: topics, location: section.location)
        }
        return outline
    }
}
