import RoadmapModel
import RoadmapYAML

/// Where references look for a roadmap that is not among the inputs, in order: the roadmap
/// folders (`--roadmap-dir`, then `ROADMAP_PATH`; a file `ID.yaml` or `ID.yml` whose roadmap
/// has that id), then the bundled roadmaps. The same order the command line uses to find a
/// roadmap named by id, so that a folder's roadmap overrides a bundled one of the same id.
public struct RoadmapLibrary: Sendable {
    /// The folders searched, in order.
    public var searchDirectories: [String]
    /// Whether the bundled roadmaps are searched after the folders.
    public var includesBundled: Bool
    /// The limits for the files read from folders.
    public var limits: YAMLLimits
    /// What merges the bases of a composition (`extends: [A, B]`), for the inputs and the
    /// folders' roadmaps alike; without one, a composition is an error.
    public var composer: (any BaseComposer)?

    /// Makes a library.
    public init(searchDirectories: [String] = [], includesBundled: Bool = true, limits: YAMLLimits = .default,
                composer: (any BaseComposer)? = nil) {
        self.searchDirectories = searchDirectories
        self.includesBundled = includesBundled
        self.limits = limits
        self.composer = composer
    }

    /// No roadmaps at all: references resolve among the inputs only.
    public static let none = RoadmapLibrary(includesBundled: false)

    /// What the library found for some ids: the roadmaps, and for an id it has no roadmap for,
    /// why a folder's file of that name was passed over (it does not load, or holds another id).
    public struct Found: Sendable {
        /// The roadmaps, in the order of the ids asked for.
        public var roadmaps: [Roadmap] = []
        /// For ids without a roadmap: the file looked at, and why it was not taken.
        public var passedOver: [String: String] = [:]
        /// For ids taken from the bundled roadmaps although a folder has a file of that name:
        /// why the file was not taken (a broken override must not go unnoticed).
        public var bundledInstead: [String: String] = [:]
    }

    /// The roadmaps with these ids that the library holds, in the order of `ids`; an id it
    /// does not hold is left out (the reference naming it is an error of the caller's).
    /// A folder's roadmap is loaded on its own, its references to yet other roadmaps unchecked:
    /// it is only looked into, not merged or validated as an input.
    public func roadmaps(named ids: [String]) -> Found {
        var found = Found()
        for id in ids {
            let (roadmap, why) = folderRoadmap(id)
            if let roadmap {
                found.roadmaps.append(roadmap)
            } else if includesBundled, let roadmap = BundledLibrary.roadmaps.first(where: { $0.id == id }) ?? bundledComposition(id) {
                found.roadmaps.append(roadmap)
                if let why { found.bundledInstead[id] = why }
            } else if let why {
                found.passedOver[id] = why
            }
        }
        return found
    }

    /// A bundled composition (which ``BundledLibrary`` leaves out: it needs the composer),
    /// composed with this library's composer; its own references resolve among the bundled ones.
    private func bundledComposition(_ id: String) -> Roadmap? {
        guard let composer, BundledRoadmap.named(id) != nil else { return nil }
        let loaded = RoadmapLoader(limits: limits, library: RoadmapLibrary(includesBundled: true, limits: limits, composer: composer))
            .loadSynchronously([.bundled(id: id)])
        return loaded.hasErrors ? nil : loaded.roadmaps.first
    }

    /// Every roadmap id the library could give, for spelling hints: folder file names, then bundled ids.
    public var knownIDs: [String] {
        searchDirectories.flatMap { FileBytes.roadmapFiles(in: $0).map(RoadmapLocator.stem) }
            + (includesBundled ? BundledRoadmap.all.map(\.id) : [])
    }

    /// The first folder roadmap `ID.yaml`/`ID.yml` whose id is `id`; else why the files of that
    /// name were passed over (the first one's reason).
    private func folderRoadmap(_ id: String) -> (Roadmap?, String?) {
        guard !searchDirectories.isEmpty, FileBytes.isRoadmapName(id + ".yaml") else { return (nil, nil) }
        var why: String?
        for path in RoadmapLocator.folderFiles(named: id, in: searchDirectories) {
            // Loaded on its own against the bundled roadmaps (no folders: no recursion); a
            // reference to a sibling does not resolve then, and is not held against it.
            let loaded = RoadmapLoader(limits: limits, library: RoadmapLibrary(includesBundled: true, limits: limits, composer: composer))
                .loadSynchronously([.file(path: path)])
            let problem = loaded.diagnostics.first { $0.severity == .error && $0.code != .unknownRoadmap }
            if let roadmap = loaded.roadmaps.first, problem == nil {
                if roadmap.id == id { return (roadmap, nil) }
                why = why ?? "`\(path)` holds the roadmap `\(roadmap.id)`, not `\(id)`"
            } else {
                why = why ?? "`\(path)` does not load: \(problem?.message ?? "it has errors") (check it with roadmap validate)"
            }
        }
        return (nil, why)
    }
}
