import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// `merge --skip-known`: a curriculum without what the learner already knows, either the
/// subjects of other roadmaps (merged in last for identity, then taken out with all their
/// topics) or the topics a progress file marks done or skipped. Every topic taken out is
/// named in a located note; requirements on them are dropped (they are known), parts are
/// renumbered and the totals count what is left.
public enum KnownTopics {
    /// The curriculum without every topic that comes from one of `known` (roadmap ids), and the
    /// notes. With `retitle`, its id and title say what it is: `mlops-after-data-science`,
    /// "The Complete MLOps Study Roadmap, after The Complete Data Science Study Roadmap".
    public static func removing(roadmaps known: Set<String>, from curriculum: Curriculum, retitle: Bool) -> (Curriculum, [Diagnostic]) {
        var (result, notes) = removing(from: curriculum) { topic in
            guard let from = topic.from.first(where: { known.contains($0.roadmap) }) else { return nil }
            return "a learner of `\(from.roadmap)` knows it (`\(from.path)`)"
        } keepInput: { !known.contains($0.id) } keepOrigin: { !known.contains($0.roadmap) }
        if retitle {
            let knownInputs = curriculum.inputs.filter { known.contains($0.id) }
            let base = result.inputs.count == 1 ? result.inputs[0].title : "Curriculum: " + result.inputs.map(\.title).joined(separator: " + ")
            result.title = base + ", after " + knownInputs.map(\.title).joined(separator: " and ")
            result.id = (result.inputs.count == 1 ? result.inputs[0].id : "curriculum") + "-after-" + knownInputs.map(\.id).joined(separator: "-")
        }
        return (result, notes)
    }

    /// The curriculum without the topics `progress` marks done or skipped (`file` names it), and the notes.
    public static func removing(progress: ProgressFile, file: String, from curriculum: Curriculum) -> (Curriculum, [Diagnostic]) {
        let names = curriculum.topics.map { topic in
            CurriculumDocument.Topic.names(id: topic.id, origins: topic.from.map { ($0.roadmap, $0.path) }, aliases: topic.aliases)
        }
        let report = ProgressReport(progress, names: names, scope: curriculum.id)
        var statusByID: [String: ProgressStatus] = [:]
        for (topic, entry) in zip(curriculum.topics, report.progress) { if let entry { statusByID[topic.id] = entry.status } }
        let (result, notes) = removing(from: curriculum) { topic in
            switch statusByID[topic.id] {
            case .done: "`\(file)` marks it done"
            case .skipped: "`\(file)` marks it skipped"
            case .doing, nil: nil
            }
        } keepInput: { _ in true } keepOrigin: { _ in true }
        return (result, report.diagnostics + notes)
    }

    static func removing(from curriculum: Curriculum, reason: (CurriculumTopic) -> String?,
                         keepInput: (Curriculum.Input) -> Bool, keepOrigin: (CurriculumTopic.Origin) -> Bool) -> (Curriculum, [Diagnostic]) {
        var notes: [Diagnostic] = []
        var removed: Set<String> = []
        var removedResources = 0
        var kept: [CurriculumTopic] = []
        for topic in curriculum.topics {
            if let why = reason(topic) {
                removed.insert(topic.id)
                removedResources += topic.resources.count
                // A note for each topic a kept roadmap has; those of a known roadmap alone were
                // only merged in to tell which subjects it shares.
                if let origin = topic.from.first(where: keepOrigin) {
                    notes.append(Diagnostic(.note, .skippedKnown, "left out `\(topic.id)` (\(topic.title.abbreviatedForMessage)): \(why)", at: origin.location))
                }
            } else {
                kept.append(topic)
            }
        }
        var result = curriculum
        var stageNumbers: [Int: Int] = [:]
        for index in kept.indices {
            kept[index].requires.removeAll { removed.contains($0) }
            kept[index].from.removeAll { !keepOrigin($0) }
            let stage = kept[index].stage
            if stageNumbers[stage] == nil { stageNumbers[stage] = stageNumbers.count + 1 }
            kept[index].stage = stageNumbers[stage] ?? stage
        }
        result.topics = kept
        result.inputs = curriculum.inputs.filter(keepInput)
        let resources = kept.reduce(0) { $0 + $1.resources.count }
        result.totals.topics = kept.count
        result.totals.topicsBeforeMerge = kept.reduce(0) { $0 + $1.from.count }
        result.totals.sharedTopics = kept.filter { $0.from.count > 1 }.count
        result.totals.hours = kept.compactMap(\.hours).reduce(0, +)
        result.totals.resources = resources
        result.totals.resourcesBeforeMerge = max(resources, curriculum.totals.resourcesBeforeMerge - removedResources)
        result.totals.stages = stageNumbers.count
        return (result, notes)
    }
}
