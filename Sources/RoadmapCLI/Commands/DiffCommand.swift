import ArgumentParser
import RoadmapPlugin
import RoadmapComposition

/// `roadmap diff`: what changed between two roadmaps, or two versions of one.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two roadmaps, or two versions of one.",
        discussion: """
            Each side is a FILE, a roadmap ID, or a git revision and path (HEAD~1:Roadmaps/mlops.yaml). \
            Topics match by id; a new topic that lists the old id in `aliases` or `same-as` is a rename; \
            what is left is paired by evidence (similar title, shared resource URLs, same prerequisites; \
            score ≥ 50%) and reported as a rename with that evidence; the rest are added or removed. \
            Changes: added, removed, renamed, moved (to another section), changed (fields with before \
            and after; for lists, what was removed and what was added), reordered.

            Exit status: 0, or with --exit-code 0 when the two are the same and 1 when they differ; \
            errors keep their own codes (64, 65, 66).
            """)

    @Argument(help: ArgumentHelp("The old roadmap: a file, an id, or REV:PATH.", valueName: "old"), completion: .custom(Completions.roadmaps))
    var old: String

    @Argument(help: ArgumentHelp("The new roadmap: a file, an id, or REV:PATH.", valueName: "new"), completion: .custom(Completions.roadmaps))
    var new: String

    @Option(name: [.customShort("f"), .long], help: "The output format: terminal, brief, markdown, json (see `roadmap plugins`).", completion: .custom(Completions.formats(for: .diff)))
    var format = "terminal"

    @Flag(name: .customLong("exit-code"), help: "Exit with 1 when there are differences, 0 when there are none.")
    var exitCode = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        let plugin = try ResultWriter.plugin(format, for: .diff, output: output)
        let result = try await LoadedRoadmaps.load([old, new], defaultIDs: [], options: loading, independently: true, folders: false)
        guard result.roadmaps.count == 2 else { throw Report.shared.fail(.invalidInput) }
        let diff = RoadmapDiffer.diff(result.catalogues[0], result.catalogues[1])
        try ResultWriter.emit(.diff(DocumentBuilder.document(for: diff, files: result.files)), with: plugin, output: output)
        if exitCode && !diff.isEmpty { throw Outcome.differences }
    }
}
