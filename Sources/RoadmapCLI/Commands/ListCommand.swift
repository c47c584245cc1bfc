import ArgumentParser
import RoadmapCore

/// `roadmap list`: the bundled roadmaps and those found in the roadmap folders.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the bundled roadmaps and those in --roadmap-dir and ROADMAP_PATH.",
        discussion: "One line a roadmap: id, sections, topics, where it comes from, and its title.")

    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        var inputs: [RoadmapInput] = BundledRoadmap.all.map { .bundled(id: $0.id) }
        for directory in loading.searchDirectories {
            inputs += FileBytes.roadmapFiles(in: directory).map { .file(path: $0) }
        }
        let result = await loading.loader.load(inputs)
        var printer = DiagnosticPrinter(files: result.files)
        printer.print(result.diagnostics.filter { $0.severity == .error })
        var rows: [[String]] = [["ID", "SECTIONS", "TOPICS", "FROM", "TITLE"]]
        for roadmap in result.roadmaps {
            var from = result.files[roadmap.location.file].map { file -> String in
                if case .bundled = file.origin { return "bundled" }
                return file.displayName
            } ?? "?"
            if let base = roadmap.extends { from += " (variant of \(base))" }
            rows.append([roadmap.id, String(roadmap.sections.count), String(roadmap.topicCount), from, roadmap.title])
        }
        Terminal.write(TextTable.render(rows))
        if result.hasErrors { throw ExitStatus.dataError }
    }
}
