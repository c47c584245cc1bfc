import ArgumentParser
import RoadmapAuthoring
import RoadmapPlugin
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// `roadmap new`: a skeleton roadmap file that validates as it stands.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new roadmap file (or a variant of one) that validates as it stands.",
        discussion: """
            Writes ID.yaml in the current folder (or -o FILE; -o - prints it) and never \
            overwrites an existing file. The first line points editors that speak JSON Schema \
            (yaml-language-server) at roadmap.schema.json: create it with \
            `roadmap schema format -o roadmap.schema.json`. With --extends, the file is a variant: \
            it holds `extends: BASE` (a roadmap id, or a path relative to the new file) and \
            comments showing how to remove, override and add topics; as written, it resolves to \
            the same topics as BASE (see it with `roadmap show FILE`). With --extends given \
            several times, the file is a composition: `extends: [A, B, …]`, whose base is the \
            merge of A, B, … as `roadmap merge A B …` makes it; its comments list the merge's \
            parts (the sections to edit) and show how to name topics.

            Exit codes: 0 written, 64 a wrong command line (an id that is not a slug), 65 the \
            skeleton would not validate (BASE has errors or is unknown), 73 the file exists \
            (new never replaces one), 74 it could not be written.
            """)

    @Argument(help: ArgumentHelp("The new roadmap's id (a slug: lowercase a-z, 0-9 and '-').", valueName: "id"))
    var id: String

    @Option(help: "Its title (default: made from the id).")
    var title: String?

    @Option(help: ArgumentHelp("Make a variant of this roadmap (an id or a path): the file extends it, and starts with the same topics. Give it several times for a composition of their merge.", valueName: "base"), completion: .custom(Completions.roadmaps))
    var extends: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write it (default: ID.yaml; - for standard output).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var output: String?

    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        guard FormatRules.isSlug(id) else {
            throw ValidationError("the id must be a slug (lowercase a-z, 0-9 and '-', starting with a letter), found `\(id)`; try `\(FormatRules.slug(from: id))`")
        }
    }

    func run() async throws {
        let path = output ?? "\(id).yaml"
        if path != "-" && FileBytes.exists(path) {
            throw Report.shared.fail(.cannotCreate, .outputRefused, "\(path) already exists; `new` never overwrites a file (choose another name with -o)")
        }
        let (title, file) = (title ?? RoadmapSkeleton.title(fromID: id), path == "-" ? "\(id).yaml" : path)
        var text = RoadmapSkeleton.text(id: id, title: title, extends: extends, file: file)
        // Check it before writing: a skeleton that does not validate is not written.
        let origin: SourceFile.Origin = path == "-" ? .standardInput : .file(path: path)
        let result = await loading.loader.load([.text(text, origin: origin, displayName: path == "-" ? "<new>" : path)])
        // Warnings too (a composition's merge may warn): nothing the check found is kept back.
        Report.shared.add(result.diagnostics, files: result.files)
        if result.hasErrors { throw Report.shared.fail(.invalidInput) }
        if extends.count > 1, let composed = result.roadmaps.first {
            // The merge is known now: its parts go into the comments (comments only, so the
            // file still loads to what was checked).
            let parts = composed.sections.map { section in
                RoadmapSkeleton.Part(id: section.id, title: section.title, firstTopic: section.topics.first?.mergedFromIDs.first,
                                     topicCount: section.topics.count)
            }
            text = RoadmapSkeleton.text(id: id, title: title, extends: extends, parts: parts, file: file)
        }
        if path == "-" {
            Terminal.writeResult(text)
            return
        }
        do {
            try AtomicFile.write(text, to: path, policy: .init(overwrite: false, existingFile: "it already exists (roadmap new never replaces a file; choose another name)"))
        } catch {
            throw error.reported()
        }
        Terminal.write("wrote \(path)\n")
    }
}
