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

    /// Makes a library.
    public init(searchDirectories: [String] = [], includesBundled: Bool = true, limits: YAMLLimits = .default) {
        self.searchDirectories = searchDirectories
        self.includesBundled = includesBundled
        self.limits = limits
    }

    /// No roadmaps at all: references resolve among the inputs only.
    public static let none = RoadmapLibrary(includesBundled: false)

    /// The roadmaps with these ids that the library holds, in the order of `ids`; an id it
    /// does not hold is left out (the reference naming it is an error of the caller's).
    /// A folder's roadmap is loaded on its own, its references to yet other roadmaps unchecked:
    /// it is only looked into, not merged or validated as an input.
    public func roadmaps(named ids: [String]) -> [Roadmap] {
        guard !ids.isEmpty else { return [] }
        var found: [Roadmap] = []
        for id in ids {
            if let roadmap = folderRoadmap(id) {
                found.append(roadmap)
            } else if includesBundled, let roadmap = BundledLibrary.roadmaps.first(where: { $0.id == id }) {
                found.append(roadmap)
            }
        }
        return found
    }

    /// Every roadmap id the library could give, for spelling hints: folder file names, then bundled ids.
    public var knownIDs: [String] {
        searchDirectories.flatMap { FileBytes.roadmapFiles(in: $0).map(RoadmapLocator.stem) }
            + (includesBundled ? BundledRoadmap.all.map(\.id) : [])
    }

    private func folderRoadmap(_ id: String) -> Roadmap? {
        guard !searchDirectories.isEmpty, FileBytes.isRoadmapName(id + ".yaml"), !id.contains("/") else { return nil }
        for directory in searchDirectories {
            for ext in [".yaml", ".yml"] {
                let path = (directory.hasSuffix("/") ? directory : directory + "/") + id + ext
                guard FileBytes.exists(path) else { continue }
                let loader = RoadmapLoader(limits: limits, library: .none)
                if let roadmap = loader.loadSynchronously([.file(path: path)]).roadmaps.first, roadmap.id == id {
                    return roadmap
                }
            }
        }
        return nil
    }
}
