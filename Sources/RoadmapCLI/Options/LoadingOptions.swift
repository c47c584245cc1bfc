import ArgumentParser
import RoadmapYAML

#if canImport(Glibc)
import Glibc
#endif
import RoadmapLoading
import RoadmapComposition

/// Options shared by every command that reads roadmaps.
struct LoadingOptions: ParsableArguments {
    @Option(name: .customLong("roadmap-dir"), help: ArgumentHelp(
        "A folder to search for roadmaps named by ID (ID.yaml); repeatable. ROADMAP_PATH (':'-separated) adds more.",
        valueName: "dir"), completion: .directory)
    var roadmapDirectories: [String] = []

    @OptionGroup var limitOptions: LimitOptions
    @OptionGroup var display: DisplayOptions

    @Flag(name: .shortAndLong, help: "Print no warnings (errors still print).")
    var quiet = false

    @Flag(help: "Treat warnings as errors: print them, then exit 65 (for CI).")
    var strict = false

    @Flag(help: "Print every warning; by default more than \(Report.warningsShownPerCode) of one kind end with a line that counts the rest.")
    var verbose = false

    /// Tells the report how to treat warnings (called after parsing, before the command runs).
    func validate() throws {
        if quiet && strict { throw ValidationError("--quiet and --strict cannot be combined: --strict prints the warnings it fails on") }
        Report.shared.setWarnings(quiet ? .hidden : strict ? .errors : verbose ? .all : .summarized)
    }

    /// The limits the options set.
    var limits: YAMLLimits { limitOptions.limits }

    /// The folders searched for roadmaps by id: `--roadmap-dir` first, then `ROADMAP_PATH`.
    var searchDirectories: [String] {
        roadmapDirectories + Self.environmentDirectories.filter(FileBytes.isDirectory)
    }

    /// The loader the options describe.
    var loader: RoadmapLoader {
        Self.loader(limits: limits, library: RoadmapLibrary(searchDirectories: searchDirectories, limits: limits))
    }

    /// Every loader of the command line: one that composes (`extends: [A, B]`), so that a
    /// composition loads wherever a roadmap does.
    static func loader(limits: YAMLLimits = .default, library: RoadmapLibrary = .init()) -> RoadmapLoader {
        RoadmapLoader(limits: limits, library: library, composer: CurriculumBaseComposer())
    }

    /// The `--roadmap-dir` folders that are not folders, as failures (exit 66). An entry of
    /// `ROADMAP_PATH` that names no folder is only a warning, printed here, as a stale `PATH` entry would be.
    func missingDirectories() -> [RoadmapLocator.LocateFailure] {
        for entry in Self.environmentDirectories where !FileBytes.isDirectory(entry) {
            Report.shared.add(.warning, .invalidEnvironment, "`\(entry)` in ROADMAP_PATH is not a folder; it is skipped")
        }
        return roadmapDirectories.filter { !FileBytes.isDirectory($0) }.map {
            RoadmapLocator.LocateFailure(name: $0, suggestion: nil, reason: "no such roadmap folder (from --roadmap-dir)")
        }
    }

    /// The folders `ROADMAP_PATH` lists (':'-separated), in order.
    static var environmentDirectories: [String] {
        Environment.value("ROADMAP_PATH").map { $0.split(separator: ":").map(String.init).filter { !$0.isEmpty } } ?? []
    }

    /// The inputs that `names` stand for: folders expand to their roadmap files; no names means
    /// `defaultIDs` (bundled). Names that stand for nothing (a folder without roadmap files
    /// among them) are returned as failures, and so are roadmap folders that do not exist.
    /// With `folders: false`, a folder is a usage error (exit 64): the command takes one roadmap a name.
    func inputs(for names: [String], defaultIDs: [String], folders: Bool = true) throws -> (inputs: [RoadmapInput], unknown: [RoadmapLocator.LocateFailure]) {
        let missing = missingDirectories()
        let locator = RoadmapLocator(searchDirectories: searchDirectories)
        // The default roadmaps by id, as if named: a roadmap folder's copy takes a bundled one's place.
        if names.isEmpty {
            return (defaultIDs.map { id in (try? locator.locate(id).get()) ?? .bundled(id: id) }, missing)
        }
        var inputs: [RoadmapInput] = []
        var unknown: [RoadmapLocator.LocateFailure] = missing
        for name in names {
            if !FileBytes.exists(name), let revision = GitRevision(parsing: name) {
                // Only roadmap files are read, from git too (`HEAD:.env` is refused before git runs).
                guard FileBytes.isRoadmapName(revision.path) else {
                    unknown.append(RoadmapLocator.LocateFailure(name: name, suggestion: nil, reason: "not a roadmap file: \(FileBytes.roadmapNameRule)"))
                    continue
                }
                switch revision.read(limit: limits.maxFileBytes) {
                case .success(let bytes):
                    inputs.append(.bytes(bytes, origin: .git(revision: revision.revision, path: revision.workTreePath()), displayName: name))
                case .failure(let failure):
                    unknown.append(RoadmapLocator.LocateFailure(name: name, suggestion: nil, reason: failure.message))
                }
                continue
            }
            if name.hasSuffix("/"), !FileBytes.exists(name) {
                unknown.append(RoadmapLocator.LocateFailure(name: name, suggestion: nil, reason: "no such folder"))
                continue
            }
            if FileBytes.isDirectory(name) {
                guard folders else {
                    throw Report.shared.fail(.usage, .usage, "expected one roadmap (a file, an id or REV:PATH) for each argument, found the folder `\(name)`")
                }
                let files = FileBytes.roadmapFiles(in: name)
                if files.isEmpty {
                    unknown.append(RoadmapLocator.LocateFailure(name: name, suggestion: nil, reason: "the folder has no roadmap files (.yaml or .yml)"))
                }
                inputs += files.map { .file(path: $0) }
                continue
            }
            switch locator.locate(name) {
            case .success(let input): inputs.append(input)
            case .failure(let failure): unknown.append(failure)
            }
        }
        return (inputs, unknown)
    }
}
