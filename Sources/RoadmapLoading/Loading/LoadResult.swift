import RoadmapModel
/// What loading a set of roadmaps gave: the valid roadmaps in the order asked, every source
/// read, and every problem found, all files together.
public struct LoadResult: Sendable {
    /// Every source read (inputs, variant bases), for printing locations.
    public var files: SourceFiles
    /// The file of each input, in input order (a diagnostic located in one of them is about that input).
    public var inputFiles: [SourceFileID] = []
    /// The resolved roadmaps: one catalogue of all inputs loaded together, or one per input
    /// loaded independently (the two sides of a diff).
    public var catalogues: [RoadmapCatalogue]
    /// The roadmaps, one per input that could be read, in input order (variants resolved).
    public var roadmaps: [Roadmap] { catalogues.count == 1 ? catalogues[0].inputs : catalogues.flatMap(\.inputs) }
    /// How big each of `roadmaps` was when loaded, in the same order (a
    /// ``LoadRetention/references`` load keeps the counts of what it dropped).
    public var counts: [RoadmapCounts] = []
    /// Every problem, in no particular order (sort with ``Swift/Array/sortedByLocation()``).
    public var diagnostics: [Diagnostic]
    /// True when an input did not exist (exit 66 rather than 65).
    public var missingInput: Bool

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.containsErrors }
}
