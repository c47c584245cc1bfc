import ArgumentParser
import RoadmapComposition
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// `roadmap progress FILE [ROADMAPS…]`: what a progress file says of a curriculum.
struct ProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show what a progress file says of a curriculum: done, being studied, skipped, left, and the hours.",
        discussion: """
            FILE is a progress file, as the HTML page's "Export progress" writes it \
            (`roadmap-progress: 1` and a list of topics with `ref` and `status`). The curriculum is \
            the merge of ROADMAPS (the bundled four when none are given), as `roadmap merge` makes \
            it. An entry counts for a topic when its `ref` names the topic by any of its names \
            (ROADMAP/ID in any roadmap it comes from, its id, an alias): done once, done everywhere. \
            An entry that names no topic is a warning with the closest topic.
            """)

    @Argument(help: ArgumentHelp("The progress file.", valueName: "file"))
    var file: String

    @Argument(help: ArgumentHelp("Roadmap files, folders or ids (default: the bundled four, as `merge`).", valueName: "file|id"))
    var roadmaps: [String] = []

    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        let result = try await LoadedRoadmaps.load(roadmaps, defaultIDs: BundledRoadmap.defaultMergeOrder, options: loading)
        var files = result.files
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(file, limit: loading.limits.maxFileBytes)
        } catch {
            let missing = if case .tooLarge = error { false } else { true }
            throw Report.shared.fail(missing ? .missingInput : .invalidInput, error.code, error.message)
        }
        let fileID = files.add(SourceFile(displayName: file, origin: .file(path: file), retainedText: String(decoding: bytes, as: UTF8.self)))
        let (progress, problems) = ProgressFile.decode(bytes, file: fileID)
        Report.shared.add(problems, files: files)
        guard let progress, !problems.containsErrors else { throw Report.shared.fail(.invalidInput) }
        let (composed, diagnostics) = CurriculumComposer.compose(
            result.catalogues[0], id: roadmaps.isEmpty ? MergeCommand.defaultID : nil,
            title: roadmaps.isEmpty ? MergeCommand.defaultTitle : nil, files: files)
        Report.shared.add(diagnostics, files: files)
        guard let composed else { throw Report.shared.fail(.invalidInput) }
        let curriculum = DocumentBuilder.document(for: composed, files: files)
        let report = ProgressReport(progress, curriculum: curriculum)
        Report.shared.add(report.diagnostics, files: files)
        Terminal.write(Self.text(report, curriculum))
    }

    static func text(_ report: ProgressReport, _ curriculum: CurriculumDocument) -> String {
        let topics = curriculum.topics
        var hoursDone = 0.0, hoursLeft = 0.0
        for (topic, status) in zip(topics, report.statuses) {
            if status == .done { hoursDone += topic.hours ?? 0 } else if status != .skipped { hoursLeft += topic.hours ?? 0 }
        }
        var out = "\(PlainText.forTerminal(curriculum.title)) (\(topics.count) topics)\n"
        out += "done \(report.count(.done)) · doing \(report.count(.doing)) · skipped \(report.count(.skipped)) · left \(report.left)\n"
        out += "hours: \(HoursFormat.string(hoursDone)) done, \(HoursFormat.string(hoursLeft)) left\n"
        for (heading, status) in [("Done", ProgressFile.Status.done), ("Doing", .doing), ("Skipped", .skipped)] {
            let lines = zip(topics, zip(report.statuses, report.dates)).filter { $0.1.0 == status }
            guard !lines.isEmpty else { continue }
            out += "\n\(heading):\n"
            for (topic, (_, date)) in lines {
                out += "  \(PlainText.forTerminal(topic.title)) [\(topic.id)]" + (date.map { "  \(PlainText.forTerminal($0))" } ?? "") + "\n"
            }
        }
        let next = zip(topics, report.statuses).filter { $0.1 == nil }.prefix(5)
        if !next.isEmpty {
            out += "\nNext:\n"
            for (topic, _) in next {
                out += "  \(PlainText.forTerminal(topic.title)) [\(topic.id)]" + (topic.hours.map { "  \(HoursFormat.string($0)) h" } ?? "") + "\n"
            }
        }
        return out
    }
}
