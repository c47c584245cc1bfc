import ArgumentParser
import RoadmapLoading

/// Loads what a command was given, prints every diagnostic, and fails with the promised exit
/// code when anything is wrong; the shared first step of the commands that read roadmaps.
enum LoadedRoadmaps {
    /// The result of loading `names` (or `defaultIDs` when empty). Throws the exit code after
    /// printing the diagnostics, when there are errors; warnings are printed and loading goes on.
    static func load(_ names: [String], defaultIDs: [String], options: LoadingOptions,
                     independently: Bool = false, folders: Bool = true,
                     retention: LoadRetention = .everything) async throws -> LoadResult {
        let (inputs, unknown) = try options.inputs(for: names, defaultIDs: defaultIDs, folders: folders)
        var loader = options.loader
        loader.retention = retention
        var result = await loader.load(inputs, independently: independently)
        result.diagnostics += unknown.map { .error($0.message, at: nil) }
        var printer = DiagnosticPrinter(files: result.files)
        printer.print(result.diagnostics)
        if !unknown.isEmpty || result.missingInput { throw ExitStatus.noInput }
        if result.hasErrors {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            Terminal.writeError("roadmap: \(errors) error\(errors == 1 ? "" : "s") found\n")
            throw ExitStatus.dataError
        }
        return result
    }
}
