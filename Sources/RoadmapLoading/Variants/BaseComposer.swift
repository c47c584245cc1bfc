import RoadmapModel

/// Makes the base of a composition (`extends: [A, B, …]`): the merge of its bases, as one
/// draft a variant's edits apply to.
///
/// Loading resolves variants but does not merge (merging is the next stage, in
/// RoadmapComposition), so the merge is handed in: `CurriculumBaseComposer` composes exactly as
/// `roadmap merge A B …` does. A loader without one refuses compositions with an error.
public protocol BaseComposer: Sendable {
    /// The merge of `bases` (resolved, in the order `extends` lists them) as a draft in the
    /// file `file`, with every name a composed variant may use for each of its topics.
    func compose(_ bases: [RoadmapDraft], file: SourceFileID, files: SourceFiles, library: RoadmapLibrary) -> ComposedBase
}

/// The base of a composition, as ``BaseComposer`` makes it.
public struct ComposedBase: Sendable {
    /// The merged roadmap as a draft: one section per part (`part-1`, `part-2`, …), each topic
    /// under a local id; `nil` when the bases do not merge (a base is invalid, the merge closes
    /// a cycle).
    public var draft: RoadmapDraft?
    /// Every other name of a merged topic (`ROADMAP/ID` of each topic merged into it, its
    /// canonical id, `ROADMAP/ALIAS`) to its local id: how a variant's references are read.
    public var names: [String: String]
    /// Problems of the bases and of their merge.
    public var diagnostics: [Diagnostic]

    /// Makes a composed base.
    public init(draft: RoadmapDraft?, names: [String: String] = [:], diagnostics: [Diagnostic] = []) {
        self.draft = draft
        self.names = names
        self.diagnostics = diagnostics
    }
}
