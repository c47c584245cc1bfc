import ArgumentParser
import RoadmapModel
import RoadmapLoading
import RoadmapPlugin

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

            --format json writes one JSON object a line for each diagnostic, and github writes \
            GitHub Actions annotations (::error file=…,line=…,col=…::…); either goes to standard \
            output, as the result, instead of the report (docs/diagnostics.md). Other commands \
            take --diagnostic-format for the same forms on standard error.

            Without arguments, validates the bundled roadmaps. Exits 0 when all are valid, \
            65 when any has errors (or, with --strict, warnings), 66 when a file is missing. A \
            wrong command line exits 64.
            """)

    @Argument(help: ArgumentHelp("Roadmap files, folders or ids.", valueName: "file|id"), completion: .custom(Completions.roadmaps))
    var roadmaps: [String] = []

    @Option(name: [.customShort("f"), .long], help: ArgumentHelp(
        "The form of the result: text (the report, with diagnostics on standard error), json or github (the diagnostics alone, on standard output).",
        valueName: "text|json|github"))
    var format: DiagnosticFormat?

    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        guard let format else { return }
        if loading.display.diagnosticFormat != .text && loading.display.diagnosticFormat != format {
            throw ValidationError("--format \(format.rawValue) and --diagnostic-format \(loading.display.diagnosticFormat.rawValue) disagree; give one")
        }
        Report.shared.setFormat(format)
        if format != .text { Report.shared.writeToStandardOutput() }
    }

    func run() async throws {
        // Only references are kept once each file is checked: memory stays near the files in flight.
        let result = try await LoadedRoadmaps.load(roadmaps, defaultIDs: BundledRoadmap.all.map(\.id), options: loading,
                                                   retention: .references)
        // -q: no warnings, and nothing on success; json, github: the diagnostics are the result.
        guard !loading.quiet, format ?? .text == .text else { return }
        var out = ""
        for (roadmap, counts) in zip(result.roadmaps, result.counts) {
            out += "ok  \(result.files.displayName(roadmap.location.file))  \(roadmap.id): "
            out += "\(Counted.string(counts.sections, "section")), \(Counted.string(counts.topics, "topic")), \(Counted.string(counts.resources, "resource"))\n"
        }
        let count = result.roadmaps.count
        out += "\(Counted.string(count, "roadmap")) valid\n"
        Terminal.write(out)
    }
}
