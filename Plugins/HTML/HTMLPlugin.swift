import RoadmapPlugin

/// `html`: one self-contained page to study from. It loads nothing (system fonts, inline style
/// and script allowed by hash only), draws the prerequisite graph as inline SVG, gives each
/// topic a card, and keeps progress in the browser, exported as a progress file. A curriculum
/// comes by part, a roadmap by section, a diff as its changes marked before → after.
public struct HTMLPlugin: OutputPlugin {
    public let name = "html"
    public let summary = "One self-contained page: the graph, a card a topic, progress kept in the browser (diffs: the changes)."
    public let kinds: [DocumentKind] = [.roadmap, .curriculum, .diff]
    public let fileExtension = "html"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        switch document {
        case .curriculum(let curriculum): StudyPage.curriculum(curriculum)
        case .roadmap(let roadmap): StudyPage.roadmap(roadmap)
        case .diff(let diff): DiffPage.render(diff)
        case .plan, .overlap: throw .unsupported(self, document.kind)
        }
    }
}
