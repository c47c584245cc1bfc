import RoadmapYAML
import RoadmapModel

/// Resolves variants: a draft with `extends` becomes its base with the variant's edits applied
/// (see ``VariantOverlay``). Bases are found by id among the loaded drafts, then the bundled
/// roadmaps, or by a path relative to the variant's own file. A composition (`extends: [A, B]`)
/// builds on the merge of its bases, which the library's ``BaseComposer`` makes. Bases resolve
/// first, each once however many roadmaps build on it (a merge of a chain is made once); a cycle
/// of `extends` is an error naming every file of it.
public struct VariantResolver {
    private let loaded: [RoadmapDraft]
    private let limits: YAMLLimits
    private let useBundled: Bool
    private let library: RoadmapLibrary
    private let baseByID: (String) -> RoadmapDraft?
    /// Problems found in bases that were read for the first time here.
    public private(set) var diagnostics: [Diagnostic] = []
    private var resolvedByKey: [String: RoadmapDraft] = [:]
    /// Each roadmap source resolved so far (by ``identity(of:files:)``), `nil` when it failed.
    private var resolvedByIdentity: [String: RoadmapDraft?] = [:]
    /// The loaded drafts by their file's canonical path, made on the first path lookup.
    private var loadedByPath: [String: RoadmapDraft]?

    /// Makes a resolver that looks bases up among `loaded`, then through `baseByID` (inputs
    /// already validated, decoded again on demand), then in the library's folders, then among
    /// the bundled roadmaps when `useBundled`.
    public init(loaded: [RoadmapDraft], limits: YAMLLimits, useBundled: Bool = true, library: RoadmapLibrary = .init(),
                baseByID: @escaping (String) -> RoadmapDraft? = { _ in nil }) {
        self.loaded = loaded
        self.limits = limits
        self.library = library
        self.searchDirectories = library.searchDirectories
        self.useBundled = useBundled
        self.baseByID = baseByID
    }

    /// `draft` with its variant edits applied (or `draft` itself when it extends nothing), and
    /// the problems of that resolution, which point into the file that holds each mistake.
    /// `failed` is true when a base could not be found, did not merge, or `extends` forms a
    /// cycle: the draft is then only partial edits, and is not worth validating as a roadmap.
    public mutating func resolve(_ draft: RoadmapDraft, files: inout SourceFiles) -> (draft: RoadmapDraft, diagnostics: [Diagnostic], failed: Bool) {
        guard draft.extends != nil else { return (draft, [], false) }
        var problems: [Diagnostic] = []
        let identity = identity(of: draft, files: files)
        let result: RoadmapDraft?
        if let done = resolvedByIdentity[identity] {
            result = done
        } else {
            result = resolve(draft, chain: [Link(identity: identity, name: files.displayName(draft.file))], files: &files, problems: &problems)
            resolvedByIdentity[identity] = .some(result)
        }
        guard let result else { return (failed(draft), problems, true) }
        return (result, problems, false)
    }

    /// The roadmap folders, searched for a base named by id after the inputs and before the bundled roadmaps.
    private let searchDirectories: [String]

    /// The longest chain of `extends` resolved; a longer one is an error at the link past it.
    public static let maxChainLength = 32

    /// One roadmap of the chain being resolved, and where its `extends` leads on.
    private struct Link {
        var identity: String
        var name: String
        var location: SourceLocation?
    }

    /// `draft` resolved: its bases first (each once: a cycle is found by each file's canonical
    /// path, whatever `./` or `../` spelled it), merged when there are several, then its edits.
    /// `nil` when it cannot be (the problems say why).
    private mutating func resolve(_ draft: RoadmapDraft, chain: [Link], files: inout SourceFiles,
                                  problems: inout [Diagnostic]) -> RoadmapDraft? {
        guard let extends = draft.extends else { return draft }
        guard let first = extends.first else { return nil }
        if chain.count > Self.maxChainLength {
            problems.append(.error(.extendsCycle, "expected a chain of at most \(Self.maxChainLength) `extends`, found a longer one; a variant of a variant … this deep is not supported",
                                   at: first.location))
            return nil
        }
        var bases: [RoadmapDraft] = []
        var seen: [String: SourceLocation] = [:]
        var idSeen: [String: Located<String>] = [:]
        // Every entry is looked at, so that all of its problems are reported in one run.
        var failedEntry = false
        for entry in extends {
            guard let base = findBase(entry, of: draft, files: &files, problems: &problems) else {
                failedEntry = true
                continue
            }
            let baseIdentity = identity(of: base, files: files)
            var links = chain
            links[links.count - 1].location = entry.location
            if let start = links.firstIndex(where: { $0.identity == baseIdentity }) {
                // Reported where the chain comes back to a file already in it, every link noted.
                let cycle = links[start...]
                let path = MessageList.joined(cycle.map(\.name) + [cycle.first!.name], separator: " → ")
                problems.append(.error(.extendsCycle, "`extends` forms a cycle: \(path); a roadmap cannot be built on itself",
                                       at: cycle.first!.location,
                                       notes: cycle.map { .init("\($0.name) extends the next one here", at: $0.location) }))
                failedEntry = true
                continue
            }
            if let earlier = seen[baseIdentity] {
                problems.append(.error(.invalidExtends, "`extends` names `\(entry.value)` twice; give each base once",
                                       at: entry.location, notes: [.init("the first time is here", at: earlier)]))
                failedEntry = true
                continue
            }
            seen[baseIdentity] = entry.location
            if extends.count > 1, let id = base.id?.value {
                if let earlier = idSeen[id] {
                    problems.append(.error(.duplicateRoadmap, "expected bases with different ids, found `\(entry.value)` with the id `\(id)` of `\(earlier.value)`; a merge takes each roadmap once (give the copy its own id)",
                                           at: entry.location, notes: [.init("`\(earlier.value)` is named here", at: earlier.location)]))
                    failedEntry = true
                    continue
                }
                idSeen[id] = entry
            }
            let resolved: RoadmapDraft?
            if let done = resolvedByIdentity[baseIdentity] {
                resolved = done
            } else if base.extends == nil {
                resolved = base
            } else {
                resolved = resolve(base, chain: links + [Link(identity: baseIdentity, name: files.displayName(base.file))],
                                   files: &files, problems: &problems)
                resolvedByIdentity[baseIdentity] = .some(resolved)
            }
            guard let resolved else {
                failedEntry = true
                continue
            }
            bases.append(resolved)
        }
        if failedEntry { return nil }
        let ids = zip(bases, extends).map { base, entry in base.id?.value ?? entry.value }
        var base = bases[0]
        var names: [String: String] = [:]
        var baseName: String?
        if bases.count > 1 {
            guard let composer = library.composer else {
                problems.append(.error(.invalidExtends, "expected one base in `extends` here, found \(bases.count): this program reads roadmaps without merging them, so it cannot build on several (the roadmap command can)",
                                       at: first.location))
                return nil
            }
            let composed = composer.compose(bases, file: draft.file, files: files, library: library)
            problems += composed.diagnostics
            guard let merged = composed.draft else { return nil }
            base = merged
            names = composed.names
            baseName = "the merge of " + MessageList.joined(ids.map { "`\($0)`" }, separator: ", ")
        }
        var (applied, overlayProblems) = VariantOverlay.apply(draft, to: base, names: names, baseName: baseName)
        applied.resolvedBases = ids
        problems += overlayProblems
        return applied
    }

    /// The draft without its variant edits, when its resolution failed.
    private func failed(_ draft: RoadmapDraft) -> RoadmapDraft {
        var stripped = draft
        stripped.extends = nil
        stripped.remove = nil
        return stripped
    }

    /// What makes two drafts the same roadmap source: a file's canonical path, a bundled id.
    private func identity(of draft: RoadmapDraft, files: SourceFiles) -> String {
        switch files[draft.file]?.origin {
        case .file(let path)?: "file:" + FileBytes.canonicalPath(path)
        case .bundled(let id)?: "bundled:" + id
        default: "input:\(draft.file.index)"
        }
    }

    private mutating func findBase(_ extends: Located<String>, of draft: RoadmapDraft, files: inout SourceFiles,
                                   problems: inout [Diagnostic]) -> RoadmapDraft? {
        let target = extends.value
        if FileBytes.isRoadmapName(target) || target.contains("/") {
            guard FileBytes.isRoadmapName(target) else {
                problems.append(.error(.invalidExtends, "expected `extends` to name a roadmap id or a roadmap file ending in .yaml or .yml, found `\(target.abbreviatedForMessage)`; only roadmap files are read",
                                       at: extends.location))
                return nil
            }
            let variantPath: String
            switch files[draft.file]?.origin {
            case .file(let path)?:
                variantPath = path
            case .git(let revision, let path)?:
                // A version from git: its base is read from the work tree, where the path
                // leads (git's diff driver runs at the top of the work tree). Said, since the
                // base at that revision may have been another.
                variantPath = path
                if !target.hasPrefix("/") {
                    problems.append(.warning(.baseFromWorkTree, "`extends: \(target)` of a roadmap read from git is read from the work tree (\(Self.directory(of: path) + Self.withoutLeadingDot(target))), not from `\(revision)`", at: extends.location))
                }
            default:
                problems.append(.error(.invalidExtends, "expected `extends` to name a roadmap id here (this roadmap is not a file on disk, so a relative path has nothing to be relative to), found `\(target)`", at: extends.location))
                return nil
            }
            let path = target.hasPrefix("/") ? target : Self.directory(of: variantPath) + Self.withoutLeadingDot(target)
            return baseFile(path, for: extends, files: &files, problems: &problems)
        }
        if target == draft.id?.value {
            problems.append(.error(.extendsCycle, "`extends` forms a cycle: `\(target)` names this roadmap itself; a roadmap cannot be built on itself",
                                   at: extends.location))
            return nil
        }
        if let base = loaded.first(where: { $0.id?.value == target && $0.file != draft.file }) { return base }
        if let cached = resolvedByKey["input:" + target] { return cached }
        if let base = baseByID(target) {
            resolvedByKey["input:" + target] = base
            return base
        }
        // The roadmap folders, as for a reference: a folder's `ID.yaml` overrides a bundled roadmap.
        if let path = RoadmapLocator.folderFiles(named: target, in: searchDirectories).first {
            return baseFile(path, for: extends, files: &files, problems: &problems)
        }
        if let cached = resolvedByKey["bundled:" + target] { return cached }
        if useBundled, let bundled = BundledRoadmap.named(target) {
            let file = files.add(SourceFile(displayName: "<bundled>/\(target).yaml", origin: .bundled(id: target), retainedText: bundled.text))
            let base = RoadmapDecoder.decode(bundled.text.utf8, file: file, limits: limits).draft
            if let base { resolvedByKey["bundled:" + target] = base }
            return base
        }
        // Never the roadmap's own id: building on itself is a cycle.
        let known = (loaded.compactMap { $0.id?.value } + (useBundled ? BundledRoadmap.all.map(\.id) : [])).filter { $0 != draft.id?.value }
        problems.append(.error(.unknownBase, "unknown roadmap `\(target)` in `extends` (expected a loaded, roadmap-folder or bundled roadmap id, or a path relative to this file)\(Spelling.hint(for: target, in: known))",
                               at: extends.location))
        return nil
    }

    /// The draft of the base file at `path` (a file loaded already, or read now).
    private mutating func baseFile(_ path: String, for extends: Located<String>, files: inout SourceFiles,
                                   problems: inout [Diagnostic]) -> RoadmapDraft? {
        let canonical = FileBytes.canonicalPath(path)
        if let cached = resolvedByKey["file:" + canonical] { return cached }
        if loadedByPath == nil {
            // Each loaded file's canonical path, worked out once (not once per lookup).
            var index: [String: RoadmapDraft] = [:]
            for draft in loaded {
                if case .file(let p)? = files[draft.file]?.origin { index[FileBytes.canonicalPath(p)] = index[FileBytes.canonicalPath(p)] ?? draft }
            }
            loadedByPath = index
        }
        if let already = loadedByPath?[canonical] { return already }
        let file = files.add(SourceFile(displayName: path, origin: .file(path: path)))
        do {
            let bytes = try FileBytes.readRoadmap(path, limit: limits.maxFileBytes)
            let (base, baseProblems) = RoadmapDecoder.decode(bytes, file: file, limits: limits)
            diagnostics += baseProblems
            if let base { resolvedByKey["file:" + canonical] = base }
            return base
        } catch {
            problems.append(.error(.unknownBase, "expected `extends` to name a readable roadmap file, but \(error.message)", at: extends.location))
            return nil
        }
    }

    /// `b.yaml` for `./b.yaml` (and `././b.yaml`), so that a chain of `./` paths reads well.
    private static func withoutLeadingDot(_ path: String) -> String {
        var rest = Substring(path)
        while rest.hasPrefix("./") { rest = rest.dropFirst(2).drop { $0 == "/" } }
        return String(rest)
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
