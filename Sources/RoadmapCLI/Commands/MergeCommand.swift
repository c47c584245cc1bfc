import ArgumentParser
import RoadmapPlugin
import RoadmapModel
import RoadmapLoading
import RoadmapComposition

/// `roadmap merge`: several roadmaps into one curriculum.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge roadmaps into one curriculum: every shared topic once, in study order.",
        discussion: """
            Topics are the same when their ids are equal, when an id or alias of one is an id \
            or alias of the other, or when one names the other in same-as. Titles never merge \
            topics: --suggest lists look-alikes (equal or similar titles, shared resource URLs) \
            for you to confirm with same-as.

            Study order: every requires holds; each roadmap's written order holds for every two \
            topics next to each other in it, unless a requires or the order of a roadmap given \
            earlier says otherwise (--explain names each such pair); a topic several roadmaps \
            share comes after what each of them puts before it; where that leaves a choice, the \
            roadmap given first comes first. The curriculum comes in parts that follow the \
            sections of the first roadmap (then of the next one with topics left). Without arguments, merges the bundled roadmaps in \
            the order a learner takes them: data-science, machine-learning, data-engineering, mlops.

            Exit codes: 0 success, 64 a wrong command line, 65 a roadmap has errors (or, with \
            --strict, warnings), 66 a roadmap is missing, 70 internal error (a plugin failed), 73 \
            -o was not replaced to keep what it holds, 74 the output could not be written.
            """)

    @Argument(help: ArgumentHelp("Roadmap files, folders or ids, in priority order.", valueName: "file|id"), completion: .custom(Completions.roadmaps))
    var roadmaps: [String] = []

    @Option(name: [.customShort("f"), .long], help: "The output format (see `roadmap plugins`).", completion: .custom(Completions.formats(for: .curriculum)))
    var format = "markdown"

    @Option(help: ArgumentHelp("The id of the merged curriculum (a slug).", valueName: "slug"))
    var id: String?

    @Option(help: "The title of the merged curriculum.")
    var title: String?

    @Flag(help: "List topics that look alike but did not merge (same or similar title, shared URLs), instead of the curriculum.")
    var suggest = false

    @Option(name: .customLong("skip-known"), help: ArgumentHelp(
        "Leave out what a learner already knows: every subject of this roadmap (file or id), or the topics this progress file marks done or skipped; repeatable. Each topic left out is a note (--verbose lists all).",
        valueName: "roadmap|progress-file"), completion: .custom(Completions.roadmaps))
    var skipKnown: [String] = []

    @Flag(help: "Say, for each two topics a roadmap lists one after the other that the curriculum puts the other way round, why (notes on standard error).")
    var explain = false

    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        for known in skipKnown where FileBytes.isDirectory(known) {
            throw ValidationError("--skip-known takes a roadmap file or id, or a progress file, found the folder `\(known)`")
        }
        if let title, title.allSatisfy(\.isWhitespace) {
            throw ValidationError("--title must not be empty")
        }
        if let id, !FormatRules.isSlug(id) {
            throw ValidationError("--id must be a slug (lowercase a-z, 0-9 and '-', starting with a letter), found `\(id)`; try `\(FormatRules.slug(from: id))`")
        }
    }

    /// The id and title of the default merge of the bundled roadmaps.
    static let defaultID = "data-ml-curriculum"
    static let defaultTitle = "Data Science, Machine Learning, Data Engineering and MLOps: One Curriculum"

    func run() async throws {
        let plugin = try ResultWriter.plugin(format, for: .curriculum, output: output)
        // Each step is a function of its own, so that what it no longer needs is freed before
        // the next: the loaded roadmaps before the document is built, the curriculum before
        // rendering. Only two of the three large values are ever in memory together.
        guard let document = try await curriculumDocument() else { return }
        try ResultWriter.emit(document, with: plugin, output: output)
    }

    /// The document of the curriculum, or `nil` when `--suggest` printed suggestions instead.
    private func curriculumDocument() async throws -> PluginDocument? {
        guard let (curriculum, files) = try await composed() else { return nil }
        var progressFiles = files
        return .curriculum(try progress.applied(to: DocumentBuilder.document(for: curriculum, files: files), files: &progressFiles,
                                                maxBytes: loading.limits.maxFileBytes))
    }

    /// The curriculum and the table of files, or `nil` when `--suggest` printed suggestions instead.
    private func composed() async throws -> (Curriculum, SourceFiles)? {
        // --skip-known: progress files apart; known roadmaps are merged in last (for identity), then taken out.
        let progressFiles = skipKnown.filter(ProgressInput.isProgressFile)
        var knownRoadmaps: [String] = []
        for known in skipKnown where !progressFiles.contains(known) && !knownRoadmaps.contains(known) { knownRoadmaps.append(known) }
        // The known roadmaps' ids, from reading them alone (their problems are reported once, by
        // the load of everything below): the merge leaves out what they have.
        var knownIDs: [String] = []
        if !knownRoadmaps.isEmpty, case let (inputs, unknown) = try loading.inputs(for: knownRoadmaps, defaultIDs: []), unknown.isEmpty {
            knownIDs = await loading.loader.load(inputs).roadmaps.map(\.id)
        }
        if let both = roadmaps.first(where: { knownRoadmaps.contains($0) || knownIDs.contains($0) }) {
            throw Report.shared.fail(.usage, .usage, "`\(both)` is both merged and given to --skip-known; give it once")
        }
        var names = roadmaps
        if names.isEmpty, !knownIDs.isEmpty { names = BundledRoadmap.defaultMergeOrder.filter { !knownIDs.contains($0) } }
        let defaults = roadmaps.isEmpty && knownRoadmaps.isEmpty
        let result = try await LoadedRoadmaps.load(names + knownRoadmaps, defaultIDs: BundledRoadmap.defaultMergeOrder, options: loading)
        if suggest {
            let suggestions = SuggestionFinder.suggestions(for: TopicGraph(result.catalogues[0]))
            Terminal.write(SuggestionText.render(suggestions, files: result.files))
            return nil
        }
        let (composed, diagnostics) = CurriculumComposer.compose(
            result.catalogues[0], id: id ?? (defaults ? Self.defaultID : nil),
            title: title ?? (defaults ? Self.defaultTitle : nil), files: result.files)
        Report.shared.add(diagnostics, files: result.files)
        guard var curriculum = composed else { throw Report.shared.fail(.invalidInput) }
        if explain { Report.shared.add(curriculum.explanations, files: result.files) }
        var allFiles = result.files
        for file in progressFiles {
            let progress = try ProgressInput.read(file, files: &allFiles, maxBytes: loading.limits.maxFileBytes)
            let (kept, notes) = KnownTopics.removing(progress: progress, file: file, from: curriculum)
            curriculum = kept
            Report.shared.add(notes, files: allFiles)
        }
        if !knownRoadmaps.isEmpty {
            let (kept, notes) = KnownTopics.removing(roadmaps: Set(knownIDs), from: curriculum, retitle: id == nil && title == nil)
            curriculum = kept
            Report.shared.add(notes, files: allFiles)
        }
        return (curriculum, allFiles)
    }
}
