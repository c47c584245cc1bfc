import BundledRoadmapFiles

/// A roadmap compiled into the tool: its id and its YAML text, so the installed binary works
/// from any folder with no build folder or resource bundle beside it.
public struct BundledRoadmap: Sendable {
    /// The roadmap's id (and file stem in `Roadmaps/`).
    public let id: String
    /// The file's text, byte for byte.
    public let text: String

    /// Makes a bundled roadmap.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }

    /// The bundled roadmaps, in the order a learner takes them when they are merged:
    /// data science, machine learning, data engineering, then MLOps, which builds on all three.
    public static var all: [BundledRoadmap] { compiledIn }

    private static let compiledIn = BundledRoadmapFiles.all.map { BundledRoadmap(id: $0.id, text: String(decoding: $0.bytes, as: UTF8.self)) }

    /// The bundled roadmap with this id.
    public static func named(_ id: String) -> BundledRoadmap? { all.first { $0.id == id } }

    /// The ids of the bundled roadmaps merged by default, in merge order.
    public static let defaultMergeOrder = ["data-science", "machine-learning", "data-engineering", "mlops"]
}
