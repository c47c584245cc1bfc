import ArgumentParser
import RoadmapCore

/// `roadmap show`: one roadmap, resolved, as a readable outline.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one roadmap (variants resolved) as a readable outline.")

    @Argument(help: ArgumentHelp("A roadmap file or id.", valueName: "file|id"))
    var roadmap: String

    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        let result = try await LoadedRoadmaps.load([roadmap], defaultIDs: [], options: loading)
        guard let loaded = result.roadmaps.first else { throw ExitStatus.dataError }
        Terminal.write(OutlineView.render(loaded))
    }
}
