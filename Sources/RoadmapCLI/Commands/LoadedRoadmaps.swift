import ArgumentParser
import RoadmapComposition
import RoadmapLoading
import RoadmapPlugin
import RoadmapModel

/// Loads what a command was given, reports every diagnostic, and fails with the promised
/// outcome when anything is wrong; the shared first step of the commands that read roadmaps.
enum LoadedRoadmaps {
    /// The result of loading `names` (or `defaultIDs` when empty). Throws the outcome when there
    /// are errors; warnings are reported and loading goes on.
    static func load(_ names: [String], defaultIDs: [String], options: LoadingOptions,
                     independently: Bool = false, folders: Bool = true,
                     retention: LoadRetention = .everything) async throws -> LoadResult {
        let (inputs, unknown) = try options.inputs(for: names, defaultIDs: defaultIDs, folders: folders)
        var loader = options.loader
        loader.retention = retention
        var result = await loader.load(inputs, independently: independently)
        result.diagnostics += unknown.map { .error(.unknownInput, $0.message, at: nil) }
        Report.shared.add(result.diagnostics, files: result.files)
        if !unknown.isEmpty || result.missingInput { throw Report.shared.fail(.missingInput) }
        if result.hasErrors { throw Report.shared.fail(.invalidInput) }
        return result
    }

    /// The merged curriculum of `names` (the bundled four, with the default id and title, when
    /// empty) as the document plugins get, and the files: the first steps of `progress` and `plan`.
    static func curriculum(_ names: [String], options: LoadingOptions) async throws -> (CurriculumDocument, SourceFiles) {
        let result = try await load(names, defaultIDs: BundledRoadmap.defaultMergeOrder, options: options)
        let (composed, diagnostics) = CurriculumComposer.compose(
            result.catalogues[0], id: names.isEmpty ? MergeCommand.defaultID : nil,
            title: names.isEmpty ? MergeCommand.defaultTitle : nil, files: result.files)
        Report.shared.add(diagnostics, files: result.files)
        guard let composed else { throw Report.shared.fail(.invalidInput) }
        return (DocumentBuilder.document(for: composed, files: result.files), result.files)
    }
}
