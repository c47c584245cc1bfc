import RoadmapModel
/// A roadmap file exactly as decoded: typed and located, not yet resolved (`extends`) or checked.
///
/// Why a second typed form next to the model (``Roadmap``): a variant is an overlay of its base,
/// whose section and topic edits carry only the keys they change, so every key of a draft is
/// optional, with its location, and a null is remembered (`nulled`) apart from a missing key.
/// ``VariantResolver`` lays a variant's draft over its base's; ``RoadmapValidator`` then checks
/// the result and builds the model, whose required fields are plain values. Nothing after the
/// validator sees a draft (besides `fmt`'s check that formatting kept every value).
public struct RoadmapDraft: Sendable, Equatable {
    public var format: Located<Int>?
    public var id: Located<String>?
    public var title: Located<String>?
    public var summary: Located<String>?
    public var source: Located<String>?
    public var authors: [Located<String>]?
    public var published: Located<String>?
    public var related: [Located<String>]?
    /// The bases, in the order written: one for a variant, several for a composition (whose
    /// base is their merge). `extends: ID` and `extends: [ID]` both give one.
    public var extends: [Located<String>]?
    public var remove: [Located<String>]?
    public var sections: [SectionDraft]?
    public var extensions: [ExtensionField] = []
    /// Keys present with an explicit `null` (in a variant: delete the base's value), and where.
    public var nulled: [String: SourceLocation] = [:]
    /// Keys present with a value of the wrong type (already reported; not "missing").
    public var malformed: Set<String> = []
    /// Where the `sections` list is written.
    public var sectionsLocation: SourceLocation?
    /// The ids of the roadmaps this one was made from, once `extends` has been resolved.
    public var resolvedBases: [String] = []
    /// The file it was read from.
    public var file: SourceFileID
    /// Where the top-level mapping starts.
    public var location: SourceLocation

    /// An empty draft for `file`.
    public init(file: SourceFileID) {
        self.file = file
        self.location = SourceLocation(file: file, mark: .start)
    }

    /// True when the file is a variant (it has `extends`).
    public var isVariant: Bool { extends != nil }
}
