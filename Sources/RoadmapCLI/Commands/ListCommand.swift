import ArgumentParser
import RoadmapModel
import RoadmapLoading

/// `roadmap list`: the bundled roadmaps and those found in the roadmap folders.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the bundled roadmaps and those in --roadmap-dir and ROADMAP_PATH.",
        discussion: """
            One line a roadmap: id, sections, topics, where it comes from, and its title.

            Exit codes: 0 success, 64 a wrong command line, 65 a roadmap in a roadmap folder has \
            errors (it is listed, and its errors printed), 66 a --roadmap-dir is missing, 74 the \
            list could not be written.
            """)

    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        let missing = loading.missingDirectories()
        for failure in missing { Report.shared.add(.error, .unknownInput, failure.message) }
        if !missing.isEmpty { throw Report.shared.fail(.missingInput) }
        // The roadmap folders' files first; a bundled roadmap whose id a folder file takes (by its
        // name, ID.yaml, as `merge ID` finds it) is left out, and the file's row says so.
        var inputs: [RoadmapInput] = []
        var replacing: Set<String> = []
        for directory in loading.searchDirectories {
            for path in FileBytes.roadmapFiles(in: directory) {
                inputs.append(.file(path: path))
                let stem = RoadmapLocator.stem(path)
                if BundledRoadmap.named(stem) != nil, case .success(.file(let found)) = RoadmapLocator(searchDirectories: loading.searchDirectories).locate(stem), found == path {
                    replacing.insert(path)
                }
            }
        }
        let replaced = Set(replacing.map(RoadmapLocator.stem))
        inputs += BundledRoadmap.all.filter { !replaced.contains($0.id) }.map { .bundled(id: $0.id) }
        let result = await loading.loader.load(inputs)
        // A roadmap is found by its file's name (ID.yaml): one whose id differs cannot be named.
        var misnamed: [Diagnostic] = []
        for roadmap in result.roadmaps {
            guard case .file(let path)? = result.files[roadmap.location.file]?.origin else { continue }
            let stem = RoadmapLocator.stem(path)
            if stem != roadmap.id {
                misnamed.append(.warning(.misnamedFile, "the roadmap `\(roadmap.id)` is in a file named `\(stem)`, so `roadmap merge \(roadmap.id)` does not find it; rename the file to \(roadmap.id).yaml (or name the file itself)",
                                         at: roadmap.location))
            }
        }
        // Warnings of each roadmap were given by `validate`; here only what stops a listing, and misnamed files.
        Report.shared.add(result.diagnostics.filter { $0.severity == .error } + misnamed, files: result.files)
        var rows: [[String]] = [["ID", "SECTIONS", "TOPICS", "FROM", "TITLE"]]
        for roadmap in result.roadmaps {
            var from = result.files[roadmap.location.file].map { file -> String in
                if case .bundled = file.origin { return "bundled" }
                return file.displayName
            } ?? "?"
            if let base = roadmap.extends {
                from += " (variant of \(base))"
            } else if !roadmap.bases.isEmpty {
                from += " (composed of \(roadmap.bases.joined(separator: " + ")))"
            }
            if let file = result.files[roadmap.location.file], case .file(let path) = file.origin, replacing.contains(path) {
                from += " (in place of the bundled one)"
            }
            rows.append([roadmap.id, String(roadmap.sections.count), String(roadmap.topicCount), from, roadmap.title])
        }
        Terminal.write(TextTable.render(rows))
        if result.hasErrors { throw Report.shared.fail(.invalidInput) }
    }
}
