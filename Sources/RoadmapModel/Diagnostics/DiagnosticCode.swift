import RoadmapYAML

/// The stable name of a kind of diagnostic, printed at the end of its line (`[unknown-key]`),
/// so that tests, documentation and scripts can refer to a kind of problem whatever its
/// wording. Names never change meaning once released; docs/diagnostics.md lists them all.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }

    // MARK: Reading files

    /// A file named as input does not exist.
    public static let fileMissing = DiagnosticCode(rawValue: "file-missing")
    /// A path names a folder, a device or a FIFO, not a regular file.
    public static let notAFile = DiagnosticCode(rawValue: "not-a-file")
    /// A file (or a link's target) whose name does not end in `.yaml`/`.yml`.
    public static let notARoadmapFile = DiagnosticCode(rawValue: "not-a-roadmap-file")
    /// A file larger than `--max-file-size`.
    public static let fileTooLarge = DiagnosticCode(rawValue: "file-too-large")
    /// A file that cannot be opened, or whose reading failed.
    public static let fileUnreadable = DiagnosticCode(rawValue: "file-unreadable")
    /// A name that stands for no file, folder, roadmap folder entry or bundled roadmap.
    public static let unknownInput = DiagnosticCode(rawValue: "unknown-input")

    // MARK: YAML
    // (one per ``YAMLError/Kind``; anchors, aliases and merge keys share one)

    /// The YAML does not parse.
    public static let yamlSyntax = DiagnosticCode(rawValue: "yaml-syntax")
    /// Not UTF-8 (or UTF-16/32, a NUL byte).
    public static let yamlEncoding = DiagnosticCode(rawValue: "yaml-encoding")
    /// An empty file.
    public static let yamlEmpty = DiagnosticCode(rawValue: "yaml-empty")
    /// More than one YAML document.
    public static let yamlMultipleDocuments = DiagnosticCode(rawValue: "yaml-multiple-documents")
    /// An anchor, an alias or a merge key (`&a`, `*a`, `<<`).
    public static let yamlAnchor = DiagnosticCode(rawValue: "yaml-anchor")
    /// A tag other than YAML's core-schema tags.
    public static let yamlTag = DiagnosticCode(rawValue: "yaml-tag")
    /// A key that is not a scalar.
    public static let yamlComplexKey = DiagnosticCode(rawValue: "yaml-complex-key")
    /// Nesting deeper than `--max-depth`, a scalar larger than `--max-scalar-size`, or a text
    /// larger than the reader's size limit.
    public static let yamlLimit = DiagnosticCode(rawValue: "yaml-limit")

    // MARK: The shape of a roadmap file

    /// A key given twice in one mapping.
    public static let duplicateKey = DiagnosticCode(rawValue: "duplicate-key")
    /// A key the format does not know (and not `x-`).
    public static let unknownKey = DiagnosticCode(rawValue: "unknown-key")
    /// A value of the wrong kind: a list where text goes, a mapping where a topic goes, …
    public static let wrongType = DiagnosticCode(rawValue: "wrong-type")
    /// The top level is not a roadmap (a mapping with `id`, `title` and `sections`).
    public static let notARoadmap = DiagnosticCode(rawValue: "not-a-roadmap")
    /// A required key is missing or null.
    public static let missingKey = DiagnosticCode(rawValue: "missing-key")
    /// An empty `sections` or `topics` list.
    public static let emptyList = DiagnosticCode(rawValue: "empty-list")
    /// An empty string where text is required.
    public static let emptyText = DiagnosticCode(rawValue: "empty-text")

    // MARK: Values

    /// `format` other than 1.
    public static let unsupportedFormat = DiagnosticCode(rawValue: "unsupported-format")
    /// An id that is not a slug.
    public static let invalidID = DiagnosticCode(rawValue: "invalid-id")
    /// Two sections or topics of one roadmap with one id.
    public static let duplicateID = DiagnosticCode(rawValue: "duplicate-id")
    /// Two inputs with one roadmap id.
    public static let duplicateRoadmap = DiagnosticCode(rawValue: "duplicate-roadmap")
    /// Not an absolute http(s) URL with a host.
    public static let invalidURL = DiagnosticCode(rawValue: "invalid-url")
    /// `published` not as YYYY, YYYY-MM or YYYY-MM-DD.
    public static let invalidDate = DiagnosticCode(rawValue: "invalid-date")
    /// `hours` not a finite number ≥ 0.
    public static let invalidHours = DiagnosticCode(rawValue: "invalid-hours")
    /// `level` not one of the format's levels.
    public static let invalidLevel = DiagnosticCode(rawValue: "invalid-level")
    /// A resource `type` not one of the format's types.
    public static let invalidResourceType = DiagnosticCode(rawValue: "invalid-resource-type")
    /// A `requires` or `same-as` entry that is not `ID` / `ROADMAP/ID`.
    public static let invalidReference = DiagnosticCode(rawValue: "invalid-reference")

    // MARK: References (the resolve stage)

    /// A reference to a roadmap that is not loaded, in the roadmap folders or bundled.
    public static let unknownRoadmap = DiagnosticCode(rawValue: "unknown-roadmap")
    /// A file in a roadmap folder named for a roadmap but not taken (it does not load, or holds
    /// another id), so that the bundled roadmap of that id is used instead.
    public static let roadmapPassedOver = DiagnosticCode(rawValue: "roadmap-passed-over")
    /// A reference to a topic its roadmap does not have.
    public static let unknownTopic = DiagnosticCode(rawValue: "unknown-topic")
    /// A reference that names a section, where a topic is expected.
    public static let sectionReference = DiagnosticCode(rawValue: "section-reference")
    /// `same-as` naming a topic of the topic's own roadmap.
    public static let sameAsOwnRoadmap = DiagnosticCode(rawValue: "same-as-own-roadmap")
    /// Prerequisites that form a cycle (in the inputs, or closed by a merge).
    public static let prerequisiteCycle = DiagnosticCode(rawValue: "prerequisite-cycle")
    /// A `same-as` or a shared name that would make two topics of one roadmap one subject.
    public static let identityClash = DiagnosticCode(rawValue: "identity-clash")

    // MARK: Variants

    /// `extends` that is neither a roadmap id nor a roadmap file path (or a path where none can be relative).
    public static let invalidExtends = DiagnosticCode(rawValue: "invalid-extends")
    /// `extends` naming a roadmap that cannot be found or read.
    public static let unknownBase = DiagnosticCode(rawValue: "unknown-base")
    /// `extends` chains that loop, or are too long.
    public static let extendsCycle = DiagnosticCode(rawValue: "extends-cycle")
    /// A relative `extends` of a version from git, read from the work tree.
    public static let baseFromWorkTree = DiagnosticCode(rawValue: "base-from-work-tree")
    /// A variant's `remove`, section or topic edit naming nothing of its base.
    public static let unknownEdit = DiagnosticCode(rawValue: "unknown-edit")
    /// `remove` in a roadmap that is not a variant (or `extends` left unresolved).
    public static let notAVariant = DiagnosticCode(rawValue: "not-a-variant")
    /// A section of the base that a variant's removals and moves left without topics, left out (a note).
    public static let sectionEmptied = DiagnosticCode(rawValue: "section-emptied")
    /// A topic a variant edits twice (under one name or two): both apply, the later values win; or a `remove` of what the variant already removed.
    public static let repeatedEdit = DiagnosticCode(rawValue: "repeated-edit")

    // MARK: Merging and listing

    /// Merged topics whose summaries or levels differ (the first roadmap's is kept).
    public static let mergeConflict = DiagnosticCode(rawValue: "merge-conflict")
    /// Two topics a roadmap lists one after the other that the merged curriculum puts the
    /// other way round (a `requires` or an earlier roadmap's order wins): `merge --explain`.
    public static let orderChanged = DiagnosticCode(rawValue: "order-changed")
    /// A roadmap whose file name is not its id, so that it cannot be named by id.
    public static let misnamedFile = DiagnosticCode(rawValue: "misnamed-file")

    // MARK: The command line and its outputs

    /// Arguments the command cannot take as given (a folder where one roadmap is expected).
    public static let usage = DiagnosticCode(rawValue: "usage")
    /// An input that is not UTF-8 text (`import`).
    public static let notUTF8 = DiagnosticCode(rawValue: "not-utf8")
    /// An output file left as it is, to keep what it holds (it exists, is read-only, hard-linked, changed since read).
    public static let outputRefused = DiagnosticCode(rawValue: "output-refused")
    /// Writing an output failed (a full disk, a closed pipe).
    public static let outputFailed = DiagnosticCode(rawValue: "output-failed")
    /// `--format` naming no plugin for the document.
    public static let unknownFormat = DiagnosticCode(rawValue: "unknown-format")
    /// A plugin that failed, timed out or wrote something it must not.
    public static let pluginFailed = DiagnosticCode(rawValue: "plugin-failed")
    /// An external plugin hidden by another of the same name (a bundled one, or one found earlier on the plugin path).
    public static let pluginShadowed = DiagnosticCode(rawValue: "plugin-shadowed")
    /// A `roadmap-plugin-NAME` file on the plugin path that cannot be run (not executable, not a file).
    public static let pluginNotExecutable = DiagnosticCode(rawValue: "plugin-not-executable")
    /// A Mustache template (`--template`) that does not parse, or cannot be read.
    public static let templateError = DiagnosticCode(rawValue: "template-error")
    /// A program the tool runs (git, diff) failed or timed out.
    public static let toolFailed = DiagnosticCode(rawValue: "tool-failed")
    /// An environment variable with a value that cannot be used (the default applies).
    public static let invalidEnvironment = DiagnosticCode(rawValue: "invalid-environment")
    /// Something `import` left out or changed, for the user to review.
    public static let importSkipped = DiagnosticCode(rawValue: "import-skipped")
    /// A file given as progress that is not one (no `roadmap-progress: 1`).
    public static let notAProgressFile = DiagnosticCode(rawValue: "not-a-progress-file")
    /// A progress entry whose `ref` names no topic of the curriculum (roadmaps change: a warning).
    public static let progressUnmatched = DiagnosticCode(rawValue: "progress-unmatched")
    /// A topic given two statuses in one progress file (the later one counts).
    public static let progressConflict = DiagnosticCode(rawValue: "progress-conflict")
    /// A topic `merge --skip-known` left out: a known roadmap has it, or the progress file marks it done or skipped.
    public static let skippedKnown = DiagnosticCode(rawValue: "skipped-known")
    /// A failure of the tool itself (please report it).
    public static let internalError = DiagnosticCode(rawValue: "internal-error")

    /// Every code, in the order above (for the documentation test).
    public static let all: [DiagnosticCode] = [
        fileMissing, notAFile, notARoadmapFile, fileTooLarge, fileUnreadable, unknownInput,
        yamlSyntax, yamlEncoding, yamlEmpty, yamlMultipleDocuments, yamlAnchor, yamlTag, yamlComplexKey, yamlLimit,
        duplicateKey, unknownKey, wrongType, notARoadmap, missingKey, emptyList, emptyText,
        unsupportedFormat, invalidID, duplicateID, duplicateRoadmap, invalidURL, invalidDate, invalidHours, invalidLevel,
        invalidResourceType, invalidReference,
        unknownRoadmap, roadmapPassedOver, unknownTopic, sectionReference, sameAsOwnRoadmap, prerequisiteCycle, identityClash,
        invalidExtends, unknownBase, extendsCycle, baseFromWorkTree, unknownEdit, notAVariant, sectionEmptied, repeatedEdit,
        mergeConflict, orderChanged, misnamedFile,
        usage, notUTF8, outputRefused, outputFailed, unknownFormat, pluginFailed, pluginShadowed, pluginNotExecutable, templateError, toolFailed, invalidEnvironment, importSkipped,
        notAProgressFile, progressUnmatched, progressConflict, skippedKnown, internalError,
    ]
}

extension DiagnosticCode {
    /// The code of a problem the YAML reader found.
    public init(_ kind: YAMLError.Kind) {
        switch kind {
        case .syntax: self = .yamlSyntax
        case .encoding: self = .yamlEncoding
        case .empty: self = .yamlEmpty
        case .multipleDocuments: self = .yamlMultipleDocuments
        case .anchor, .alias, .mergeKey: self = .yamlAnchor
        case .tag: self = .yamlTag
        case .complexKey: self = .yamlComplexKey
        case .tooDeep, .tooLarge: self = .yamlLimit
        }
    }
}
