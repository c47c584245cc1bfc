import RoadmapModel
/// Turns what a user typed (`mlops`, `Roadmaps/mlops.yaml`, `my-track`) into a ``RoadmapInput``:
/// an existing path or anything ending in `.yaml`/`.yml` is a file; otherwise a roadmap found
/// in the search folders by file name (`ID.yaml`), then a bundled id.
public struct RoadmapLocator: Sendable {
    /// Folders searched for `ID.yaml` / `ID.yml` (from `--roadmap-dir` and `ROADMAP_PATH`), in order.
    public var searchDirectories: [String]

    /// Makes a locator.
    public init(searchDirectories: [String] = []) {
        self.searchDirectories = searchDirectories
    }

    /// The input `name` stands for, or a message saying why it stands for none.
    public func locate(_ name: String) -> Result<RoadmapInput, LocateFailure> {
        if FileBytes.isRoadmapName(name) {
            return .success(.file(path: name))
        }
        if name.contains("/") || FileBytes.exists(name) {
            // Only roadmap files are read: a path to anything else is refused before it is opened.
            return .failure(LocateFailure(name: name, suggestion: nil,
                                          reason: "not a roadmap file: \(FileBytes.roadmapNameRule)"))
        }
        if let path = Self.folderFiles(named: name, in: searchDirectories).first { return .success(.file(path: path)) }
        if BundledRoadmap.named(name) != nil { return .success(.bundled(id: name)) }
        let known = BundledRoadmap.all.map(\.id) + searchDirectories.flatMap { FileBytes.roadmapFiles(in: $0).map(Self.stem) }
        return .failure(LocateFailure(name: name, suggestion: Spelling.closest(to: name, in: known)))
    }

    /// The files `ID.yaml` and `ID.yml` that exist in `directories`, folder by folder: where a
    /// roadmap named by id is looked for (by the command line, references and `extends`).
    public static func folderFiles(named id: String, in directories: [String]) -> [String] {
        guard !id.contains("/") else { return [] }
        var found: [String] = []
        for directory in directories {
            for ext in [".yaml", ".yml"] {
                let path = (directory.hasSuffix("/") ? directory : directory + "/") + id + ext
                if FileBytes.exists(path) { found.append(path) }
            }
        }
        return found
    }

    /// Why a name stands for no roadmap.
    public struct LocateFailure: Error, Sendable, Equatable {
        /// The name as typed.
        public var name: String
        /// The closest known roadmap name.
        public var suggestion: String?
        /// Why, when it is not simply unknown (a git revision that cannot be read).
        public var reason: String?

        /// Makes a failure.
        public init(name: String, suggestion: String?, reason: String? = nil) {
            self.name = name
            self.suggestion = suggestion
            self.reason = reason
        }

        /// A sentence for the user.
        public var message: String {
            if let reason { return "`\(name)`: \(reason)" }
            return "no roadmap named `\(name)`: not a file, not in the roadmap folders, not bundled"
                + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
        }
    }

    /// `mlops` for `some/dir/mlops.yaml`.
    public static func stem(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        if file.hasSuffix(".yaml") { return String(file.dropLast(5)) }
        if file.hasSuffix(".yml") { return String(file.dropLast(4)) }
        return file
    }
}
