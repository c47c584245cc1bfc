import ArgumentParser
import RoadmapLoading

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
}
