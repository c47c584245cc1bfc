import RoadmapYAML
import RoadmapModel

/// Loads roadmaps: reads and decodes every input (in parallel, one task per file), resolves
/// variants, validates each roadmap, then checks references and cycles across all of them.
///
/// Reading is the only input/output it does; it prints nothing and writes nothing.
public struct RoadmapLoader: Sendable {
    /// Limits applied to every file.
    public var limits: YAMLLimits
    /// What the loaded roadmaps keep once each file is checked.
    public var retention: LoadRetention
    /// Where references to roadmaps that are not among the inputs are looked up.
    public var library: RoadmapLibrary

    /// Makes a loader. A `composer` (RoadmapComposition's `CurriculumBaseComposer`) lets it
    /// load compositions (`extends: [A, B]`), here and in the library's folders.
    public init(limits: YAMLLimits = .default, retention: LoadRetention = .everything, library: RoadmapLibrary = .init(),
                composer: (any BaseComposer)? = nil) {
        self.limits = limits
        self.retention = retention
        self.library = library
        if let composer { self.library.composer = composer }
    }

    /// Loads `inputs` and everything they extend. With `independently`, each input is resolved
    /// and checked on its own (two versions of one roadmap may share an id), and the result's
    /// roadmaps still come in input order, all located in one table of files.
    public func load(_ inputs: [RoadmapInput], independently: Bool = false) async -> LoadResult {
        var files = SourceFiles()
        let ids = inputs.map { files.add(Self.sourceFile(for: $0)) }
        let (limits, retention) = (self.limits, self.retention)
        let decoded = await withTaskGroup(of: (Int, DecodedSource).self) { group in
            for (index, input) in inputs.enumerated() {
                let file = ids[index]
                group.addTask { (index, Self.decodeAndValidate(input, file: file, limits: limits, retention: retention)) }
            }
            var results = [DecodedSource?](repeating: nil, count: inputs.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0! }
        }
        var result = independently ? finishEach(decoded, files: files) : finish(decoded, files: files)
        result.inputFiles = ids
        return result
    }

    /// Loads `inputs` on the calling thread: for ``RoadmapLibrary``, which loads a folder's
    /// roadmap while resolving, and for callers that cannot await.
    public func loadSynchronously(_ inputs: [RoadmapInput]) -> LoadResult {
        var files = SourceFiles()
        let ids = inputs.map { files.add(Self.sourceFile(for: $0)) }
        let decoded = zip(inputs, ids).map { input, file in
            Self.decodeAndValidate(input, file: file, limits: limits, retention: retention)
        }
        var result = finish(decoded, files: files)
        result.inputFiles = ids
        return result
    }

    /// The result of reading and decoding one source: a roadmap already validated (the usual
    /// case, done in the file's own task), or the draft of a variant, which needs the other
    /// inputs before it can be resolved.
    struct DecodedSource: Sendable {
        var draft: RoadmapDraft?
        var diagnostics: [Diagnostic]
        var missing = false
        var validated: Validated?
        var input: RoadmapInput?
        var file: SourceFileID?
    }

    /// Decodes one source and, unless it is a variant, validates it at once, so that the draft
    /// (and with ``LoadRetention/references`` what the checks across roadmaps do not need) is
    /// dropped inside the file's task: less memory, and validation runs on every core.
    static func decodeAndValidate(_ input: RoadmapInput, file: SourceFileID, limits: YAMLLimits,
                                  retention: LoadRetention) -> DecodedSource {
        var source = decode(input, file: file, limits: limits)
        source.input = input
        source.file = file
        if let draft = source.draft, draft.extends == nil {
            source.validated = validated(draft, retention: retention)
            source.diagnostics += source.validated?.diagnostics ?? []
            source.draft = nil
        }
        return source
    }

    /// A checked roadmap, its counts as loaded, and its problems.
    struct Validated: Sendable {
        var roadmap: Roadmap
        var counts: RoadmapCounts
        var diagnostics: [Diagnostic]
    }

    /// Validates a resolved draft; the counts are taken before `retention` drops anything.
    static func validated(_ draft: RoadmapDraft, retention: LoadRetention) -> Validated {
        let (roadmap, problems) = RoadmapValidator.validate(draft)
        let counts = RoadmapCounts(roadmap)
        return Validated(roadmap: retention == .references ? roadmap.referencesOnly() : roadmap, counts: counts, diagnostics: problems)
    }

    /// Finishes every decoded source as a load of its own, sharing the table of files.
    private func finishEach(_ decoded: [DecodedSource], files initialFiles: SourceFiles) -> LoadResult {
        var combined = LoadResult(files: initialFiles, catalogues: [], diagnostics: [], missingInput: false)
        for source in decoded {
            let one = finish([source], files: combined.files)
            combined.files = one.files
            combined.catalogues += one.catalogues
            combined.counts += one.counts
            combined.diagnostics += one.diagnostics
            combined.missingInput = combined.missingInput || one.missingInput
        }
        return combined
    }

    private func finish(_ decoded: [DecodedSource], files initialFiles: SourceFiles) -> LoadResult {
        var files = initialFiles
        var diagnostics = decoded.flatMap(\.diagnostics)
        let missing = decoded.contains { $0.missing }
        let limits = self.limits
        // A variant's base among the inputs that were validated at once: decode it again (rare).
        var validatedByID: [String: Int] = [:]
        for (index, source) in decoded.enumerated() {
            if let id = source.validated?.roadmap.id, validatedByID[id] == nil { validatedByID[id] = index }
        }
        let baseByID: (String) -> RoadmapDraft? = { [validatedByID] id in
            guard let index = validatedByID[id], case let source = decoded[index], let input = source.input, let file = source.file else { return nil }
            return Self.decode(input, file: file, limits: limits).draft
        }
        var resolver = VariantResolver(loaded: decoded.compactMap(\.draft), limits: limits,
                                       library: library, baseByID: baseByID)
        var roadmaps: [Roadmap] = []
        var counts: [RoadmapCounts] = []
        var firstByID: [String: SourceLocation] = [:]
        for source in decoded {
            let checked: Validated
            if let validated = source.validated {
                checked = validated
            } else if let draft = source.draft {
                let resolved = resolver.resolve(draft, files: &files)
                diagnostics += resolved.diagnostics
                if resolved.failed { continue }
                checked = Self.validated(resolved.draft, retention: retention)
                diagnostics += checked.diagnostics
            } else {
                continue
            }
            let (roadmap, count) = (checked.roadmap, checked.counts)
            if let earlier = firstByID[roadmap.id], !roadmap.id.isEmpty {
                diagnostics.append(.error(.duplicateRoadmap, "duplicate roadmap id `\(roadmap.id)`: another input already has it; give each roadmap its own id",
                                          at: roadmap.location, notes: [.init("the other `\(roadmap.id)` is here", at: earlier)]))
                continue
            }
            firstByID[roadmap.id] = roadmap.location
            roadmaps.append(roadmap)
            counts.append(count)
        }
        diagnostics += resolver.diagnostics
        // A base that is also an input is checked twice (as an input, and again when a
        // composition merges it): each of its problems is reported once.
        var seenProblems: Set<String> = []
        diagnostics = diagnostics.filter { seenProblems.insert("\($0.code.rawValue)|\($0.location.map { "\($0.file.index):\($0.mark.line):\($0.mark.column)" } ?? "")|\($0.message)").inserted }
        let catalogue = RoadmapCatalogue(roadmaps, library: library)
        diagnostics += catalogue.diagnostics
        // Identity across the files loaded together: a `same-as` (or a shared name) that would
        // make two topics of one roadmap one subject is an error here too, not only in a merge.
        if roadmaps.count > 1, !diagnostics.containsErrors {
            diagnostics += catalogue.identity().diagnostics
        }
        return LoadResult(files: files, catalogues: [catalogue], counts: counts, diagnostics: diagnostics, missingInput: missing)
    }

    static func sourceFile(for input: RoadmapInput) -> SourceFile {
        switch input {
        case .file(let path):
            SourceFile(displayName: path, origin: .file(path: path))
        case .bundled(let id):
            SourceFile(displayName: "<bundled>/\(id).yaml", origin: .bundled(id: id),
                       retainedText: BundledRoadmap.named(id)?.text)
        case .bytes(let bytes, let origin, let name):
            SourceFile(displayName: name, origin: origin, retainedText: String(decoding: bytes, as: UTF8.self))
        }
    }

    static func decode(_ input: RoadmapInput, file: SourceFileID, limits: YAMLLimits) -> DecodedSource {
        switch input {
        case .file(let path):
            do {
                let bytes = try FileBytes.readRoadmap(path, limit: limits.maxFileBytes)
                let (draft, diagnostics) = RoadmapDecoder.decode(bytes, file: file, limits: limits)
                return DecodedSource(draft: draft, diagnostics: diagnostics)
            } catch {
                // Not there, not a regular file, or not readable: input missing (exit 66).
                let missing = if case .tooLarge = error { false } else { true }
                return DecodedSource(draft: nil, diagnostics: [.error(error.code, error.message, at: nil)], missing: missing)
            }
        case .bundled(let id):
            guard let bundled = BundledRoadmap.named(id) else {
                return DecodedSource(draft: nil, diagnostics: [.error(.unknownInput, "no bundled roadmap `\(id)`", at: nil)], missing: true)
            }
            let (draft, diagnostics) = RoadmapDecoder.decode(bundled.text.utf8, file: file, limits: limits)
            return DecodedSource(draft: draft, diagnostics: diagnostics)
        case .bytes(let bytes, _, _):
            let (draft, diagnostics) = RoadmapDecoder.decode(bytes, file: file, limits: limits)
            return DecodedSource(draft: draft, diagnostics: diagnostics)
        }
    }
}
