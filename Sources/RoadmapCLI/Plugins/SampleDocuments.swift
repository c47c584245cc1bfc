import RoadmapComposition
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin
import ArgumentParser

/// A document of each kind, made from the bundled roadmaps, for `roadmap plugins --check`: the
/// same documents a user's run would give (the default merge, `show mlops`, `diff mlops
/// mlops-lite`, a plan of the merge from 2027-01-04 at 10 hours a week, the overlap of the four).
enum SampleDocuments {
    /// The sample of `kind`, or `nil` if the bundled roadmaps could not give one (a bug).
    static func document(_ kind: DocumentKind) async -> PluginDocument? {
        let loader = LoadingOptions.loader()
        switch kind {
        case .roadmap:
            let result = await loader.load([.bundled(id: "mlops")])
            return result.roadmaps.first.map { .roadmap(DocumentBuilder.document(for: $0, files: result.files)) }
        case .diff:
            let result = await loader.load([.bundled(id: "mlops"), .bundled(id: "mlops-lite")], independently: true)
            guard result.catalogues.count == 2 else { return nil }
            return .diff(DocumentBuilder.document(for: RoadmapDiffer.diff(result.catalogues[0], result.catalogues[1]), files: result.files))
        case .curriculum:
            return await curriculum().map { .curriculum($0) }
        case .plan:
            guard let curriculum = await curriculum(), let start = CalendarDate("2027-01-04") else { return nil }
            let request = StudyPlanner.Request(start: start, days: [0, 2, 5], hoursPerWeek: 10, until: nil, defaultHours: 5, startMinute: 18 * 60)
            guard case .success(let plan) = StudyPlanner.plan(curriculum, request) else { return nil }
            return .plan(plan)
        case .overlap:
            let result = await loader.load(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
            guard let catalogue = result.catalogues.first else { return nil }
            return .overlap(OverlapTable.document(TopicGraph(catalogue)))
        }
    }

    /// The default merge of the bundled roadmaps.
    private static func curriculum() async -> CurriculumDocument? {
        let result = await LoadingOptions.loader().load(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        guard let catalogue = result.catalogues.first,
              let composed = CurriculumComposer.compose(catalogue, id: MergeCommand.defaultID, title: MergeCommand.defaultTitle, files: result.files).0
        else { return nil }
        return DocumentBuilder.document(for: composed, files: result.files)
    }
}

extension PluginDocument {
    /// The same document carrying another `roadmap-api-version` (for the check that a plugin
    /// refuses a major version it cannot know).
    func withAPIVersion(_ version: [Int]) -> PluginDocument {
        switch self {
        case .roadmap(var document): document.apiVersion = version; return .roadmap(document)
        case .curriculum(var document): document.apiVersion = version; return .curriculum(document)
        case .diff(var document): document.apiVersion = version; return .diff(document)
        case .plan(var document): document.apiVersion = version; return .plan(document)
        case .overlap(var document): document.apiVersion = version; return .overlap(document)
        }
    }
}

/// `plugins --kind curriculum`.
extension DocumentKind: ExpressibleByArgument {}
