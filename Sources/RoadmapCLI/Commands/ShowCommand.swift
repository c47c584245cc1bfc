import ArgumentParser
import RoadmapPlugin
import RoadmapComposition
import RoadmapModel

/// `roadmap show`: one roadmap, resolved, through an output plugin.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one roadmap (variants resolved) through an output plugin.",
        discussion: """
            The default format is a readable outline; --format yaml prints a plain format-1 file \
            (a variant comes out resolved).

            Exit codes: 0 success, 64 a wrong command line, 65 the roadmap has errors (or, with \
            --strict, warnings), 66 it is missing, 70 internal error (a plugin failed), 73 -o was \
            not replaced to keep what it holds, 74 the output could not be written.
            """)

    @Argument(help: ArgumentHelp("A roadmap file or id.", valueName: "file|id"), completion: .custom(Completions.roadmaps))
    var roadmap: String

    @Option(name: [.customShort("f"), .long], help: "The output format (see `roadmap plugins`).", completion: .custom(Completions.formats(for: .roadmap)))
    var format = "terminal"

    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        let plugin = try ResultWriter.plugin(format, for: .roadmap, output: output)
        let result = try await LoadedRoadmaps.load([roadmap], defaultIDs: [], options: loading, folders: false)
        guard let loaded = result.roadmaps.first else { throw Report.shared.fail(.invalidInput) }
        var files = result.files
        let document = try progress.applied(to: DocumentBuilder.document(for: loaded, files: files), files: &files,
                                            maxBytes: loading.limits.maxFileBytes)
        try ResultWriter.emit(.roadmap(document), with: plugin, output: output)
    }
}
