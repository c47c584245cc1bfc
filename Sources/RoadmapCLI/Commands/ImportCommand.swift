import ArgumentParser
import RoadmapModel
import RoadmapComposition
import RoadmapYAML
import Foundation
import RoadmapLoading
import RoadmapAuthoring
import RoadmapPlugin

/// `roadmap import`: a Markdown outline (a study-roadmap article) as a format-1 roadmap.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Markdown outline, such as a study-roadmap article, into a roadmap file.",
        discussion: """
            The first top-level heading is the title, the next level down gives the sections, \
            deeper headings are topics. In a section without sub-headings, list items are \
            topics; when they are all links they make one topic named after the section. A \
            short line ending in `:` starts a group whose links are the resources of a topic of \
            that name. Nested items and links are resources (`[course/Udemy] Title — URL` gives \
            the type and provider, `[@video@Title](…)` too); paragraphs give summaries. A \
            table with a name column gives a topic a row (its link a resource, duration and \
            effort its hours, prerequisites its requires). Ids are slugs of the titles \
            (transliterated from other scripts), made unique. Tables of contents, navigation, \
            badges and licence, contributor or sponsor sections are left out; code, front \
            matter and comments are ignored.

            Nothing is dropped in silence: every web link is in the roadmap or named in a note \
            (on standard error, with file and line), and the summary counts them; --strict \
            fails on any. Then the topics that look like topics of the bundled roadmaps (or of \
            --with) but would not merge are listed, with the same-as that merges them.

            The result is validated before anything is written. Exit codes: 0 written, 64 a \
            wrong command line, 65 the result is not a valid roadmap or --strict finds something \
            left out (nothing written), 66 FILE does not exist, 73 -o names an existing file and \
            --force is not given, 74 the roadmap could not be written.
            """)

    @Argument(help: ArgumentHelp("The Markdown file, or - for standard input.", valueName: "file.md"), completion: .file(extensions: ["md", "markdown"]))
    var file: String

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write the roadmap to this file (atomically) instead of standard output.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var output: String?

    @Option(name: .customLong("id"), help: ArgumentHelp("The roadmap's id (default: a slug of the title).", valueName: "slug"))
    var id: String?

    @Option(name: .customLong("title"), help: ArgumentHelp("The roadmap's title (default: the first heading, else the file name).",
                                                         valueName: "text"))
    var title: String?

    @Flag(name: .customLong("force"), help: "Replace the -o file when it exists, even when it is read-only or has other hard links.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print no notes about skipped content.")
    var quiet = false

    @Flag(help: "Fail (exit 65, nothing written) when anything of the article is left out: every note is then an error.")
    var strict = false

    @Option(name: .customLong("with"), parsing: .upToNextOption, help: ArgumentHelp(
        "Roadmap files or ids to compare the import with: the topics that look alike but would not merge are listed, with the same-as that merges them (default: the bundled four).",
        valueName: "file|id"), completion: .custom(Completions.roadmaps))
    var compareWith: [String] = []

    @Flag(name: .customLong("no-suggest"), help: "Do not list look-alike topics of other roadmaps.")
    var noSuggest = false

    @OptionGroup var limitOptions: LimitOptions
    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if let id, !FormatRules.isSlug(id) {
            throw ValidationError("--id must be a slug (lowercase a-z, 0-9 and '-', starting with a letter), found `\(id)`; try `\(FormatRules.slug(from: id))`")
        }
        if let title, title.allSatisfy(\.isWhitespace) {
            throw ValidationError("--title must not be empty")
        }
    }

    func run() async throws {
        let destination = output == "-" ? nil : output
        if let destination, !force, FileBytes.isRegularFile(destination) {
            throw Report.shared.fail(.cannotCreate, .outputRefused, "\(destination) already exists; use --force to replace it")
        }
        let text = try readInput()
        let name = file == "-" ? "<stdin>" : file
        var markdown = SourceFiles()
        let source = markdown.add(SourceFile(displayName: name, origin: file == "-" ? .standardInput : .file(path: file), retainedText: text))
        let imported = MarkdownImporter(id: id, title: title, fileName: file == "-" ? nil : file).importMarkdown(text, file: source)
        if strict, !imported.notes.isEmpty {
            Report.shared.add(imported.notes.map { Diagnostic(.error, $0.code, $0.message, at: $0.location) }, files: markdown)
            Report.shared.setSummaryDetail("(--strict: \(imported.notes.count) thing\(imported.notes.count == 1 ? "" : "s") of \(name) left out); nothing written")
            throw Report.shared.fail(.invalidInput)
        }
        if !quiet { Report.shared.add(imported.notes, files: markdown) }
        let yaml = imported.yaml
        let result = await LoadingOptions.loader().load([.text(yaml, origin: .standardInput, displayName: "<import of \(name)>")])
        if result.hasErrors {
            Report.shared.add(result.diagnostics, files: result.files)
            let reason = imported.roadmap.sections.isEmpty ? " (no section of \(name) has list items or links to import)" : ""
            Report.shared.setSummaryDetail("in the imported roadmap\(reason); nothing written")
            throw Report.shared.fail(.invalidInput)
        }
        guard let destination else {
            Terminal.writeResult(yaml)
            if !quiet && !noSuggest { suggest(against: yaml, name: name) }
            return
        }
        do {
            try AtomicFile.write(yaml, to: destination, policy: .init(overwrite: force || !FileBytes.isRegularFile(destination), force: force))
        } catch {
            throw error.reported()
        }
        if !quiet {
            let roadmap = imported.roadmap
            let kept = imported.links.filter(\.kept).count
            Terminal.writeError("wrote \(destination): \(roadmap.id), \(Counted.string(roadmap.sections.count, "section")), \(Counted.string(roadmap.topics.count, "topic")), \(Counted.string(roadmap.topics.reduce(0) { $0 + $1.resources.count }, "resource")); "
                + "kept \(kept) of \(Counted.string(imported.links.count, "link")), \(Counted.string(imported.notes.count, "note")) on what was left out\n")
            if !noSuggest { suggest(against: yaml, name: name) }
        }
    }

    /// The look-alike report of `merge --suggest` for the imported roadmap against the bundled
    /// four (or `--with`), on standard error: only pairs with a topic of the import.
    private func suggest(against yaml: String, name: String) {
        let locator = RoadmapLocator()
        var inputs: [RoadmapInput] = [.text(yaml, origin: .standardInput, displayName: "<import of \(name)>")]
        for other in compareWith.isEmpty ? BundledRoadmap.defaultMergeOrder : compareWith {
            switch locator.locate(other) {
            case .success(let input): inputs.append(input)
            case .failure(let failure):
                Report.shared.add(.warning, .unknownInput, "the look-alike report leaves out `\(other)`: \(failure.message)")
            }
        }
        let loaded = LoadingOptions.loader().loadSynchronously(inputs)
        guard !loaded.hasErrors, let imported = loaded.roadmaps.first else {
            Report.shared.add(.warning, .unknownInput, "no look-alike report: the import and the roadmaps to compare it with do not load together (the same id twice?)")
            return
        }
        let suggestions = SuggestionFinder.suggestions(for: TopicGraph(loaded.catalogues[0]))
            .filter { $0.topics.contains { $0.hasPrefix(imported.id + "/") } }
        let against = compareWith.isEmpty ? "the bundled roadmaps" : compareWith.joined(separator: ", ")
        if suggestions.isEmpty {
            Terminal.writeError("look-alikes in \(against): none (no topic with an equal or similar title or a shared URL that would not merge)\n")
        } else {
            Terminal.writeError("look-alikes in \(against): topics that would not merge; add the same-as to the import to merge them\n"
                                + SuggestionText.render(suggestions, files: loaded.files))
        }
    }

    /// The Markdown text of FILE (or standard input), which must be UTF-8.
    private func readInput() throws -> String {
        let bytes: [UInt8]
        do {
            bytes = file == "-" ? try FileBytes.readStandardInput(limit: limitOptions.maxFileBytes)
                : try FileBytes.read(file, limit: limitOptions.maxFileBytes)
        } catch {
            throw error.reported()
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw Report.shared.fail(.invalidInput, .notUTF8, "\(file == "-" ? "standard input" : file) is not UTF-8 text")
        }
        return text
    }
}
