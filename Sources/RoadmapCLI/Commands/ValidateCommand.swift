import ArgumentParser
import RoadmapModel
import RoadmapLoading

/// `roadmap validate`: every problem of every file, located.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check roadmap files against format 1 and report every problem, located.",
        discussion: """
            Reports every problem of every file in one run, sorted by file and position, as \
            path:line:column: error: message [code], with the source line and a caret \
            (docs/diagnostics.md lists the codes). References to other roadmaps \
            (ROADMAP/TOPIC) resolve among the files given, then the roadmap folders \
            (--roadmap-dir, ROADMAP_PATH), then the bundled roadmaps. A FOLDER stands for its \
            .yaml and .yml files. With -q, nothing is printed on success.

            Without arguments, validates the bundled roadmaps. Exits 0 when all are valid, \
            65 when any has errors (or, with --strict, warnings), 66 when a file is missing.
            """)

    @Argument(help: ArgumentHelp("Roadmap files, folders or ids.", valueName: "file|id"))
    var roadmaps: [String] = []

    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        // Only references are kept once each file is checked: memory stays near the files in flight.
        let result = try await LoadedRoadmaps.load(roadmaps, defaultIDs: BundledRoadmap.all.map(\.id), options: loading,
                                                   retention: .references)
        guard !loading.quiet else { return }   // -q: no warnings, and nothing on success
        var out = ""
        for (roadmap, counts) in zip(result.roadmaps, result.counts) {
            out += "ok  \(result.files.displayName(roadmap.location.file))  \(roadmap.id): "
            out += "\(counts.sections) sections, \(counts.topics) topics, \(counts.resources) resources\n"
        }
        let count = result.roadmaps.count
        out += "\(count) roadmap\(count == 1 ? "" : "s") valid\n"
        Terminal.write(out)
    }
}
