import ArgumentParser
import RoadmapComposition
import RoadmapLoading
import RoadmapPlugin

/// `roadmap overlap A B [C…]`: how much of each roadmap a learner of another already covers.
struct OverlapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "Say how much of each roadmap a learner of another already covers: shared subjects, their share of topics and hours.",
        discussion: """
            For each ordered pair (A, B): the topics of B that are one subject with a topic of A \
            (the merge's rule: equal ids, an id or alias of one that is an id or alias of the \
            other, same-as), their share of B's topics and of B's hours, and which they are. \
            Titles alone never make two topics one subject (`roadmap merge --suggest` lists \
            look-alikes). Without arguments, the bundled four.

            Exit status: 0 on success; 64 for a wrong command line (fewer than two roadmaps); \
            65 when a roadmap has errors; 66 when one is missing; 70 when an external plugin \
            fails; 73 when -o was not replaced to keep what it holds; 74 when the output could \
            not be written.
            """)

    @Argument(help: ArgumentHelp("Two or more roadmap files, folders or ids (default: the bundled four).", valueName: "file|id"), completion: .custom(Completions.roadmaps))
    var roadmaps: [String] = []

    @Option(name: [.customShort("f"), .long], help: "The output format: terminal, markdown, json (see `roadmap plugins`).", completion: .custom(Completions.formats(for: .overlap)))
    var format = "terminal"

    @OptionGroup var output: OutputOptions
    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        // (One folder is fine: it stands for the roadmaps in it, counted once they are found.)
        if roadmaps.count == 1, !FileBytes.isDirectory(roadmaps[0]) {
            throw ValidationError("overlap compares two or more roadmaps, found one: `\(roadmaps[0])`")
        }
    }

    func run() async throws {
        let plugin = try ResultWriter.plugin(format, for: .overlap, output: output)
        let result = try await LoadedRoadmaps.load(roadmaps, defaultIDs: BundledRoadmap.defaultMergeOrder, options: loading)
        let graph = TopicGraph(result.catalogues[0])
        Report.shared.add(graph.identityDiagnostics, files: result.files)
        guard graph.roadmaps.count >= 2 else {
            throw Report.shared.fail(.usage, .usage, "overlap compares two or more roadmaps, found \(graph.roadmaps.count)")
        }
        try ResultWriter.emit(.overlap(OverlapTable.document(graph)), with: plugin, output: output)
    }
}
