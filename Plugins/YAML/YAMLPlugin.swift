import RoadmapWriting
import RoadmapPlugin

/// `yaml`: a format-1 roadmap file that `roadmap validate` accepts and every command loads again.
/// A curriculum becomes one roadmap with a section per part.
public struct YAMLPlugin: OutputPlugin {
    public let name = "yaml"
    public let summary = "A format-1 roadmap file (a curriculum as one roadmap, a section per part)."
    public let kinds: [DocumentKind] = [.roadmap, .curriculum]
    public let fileExtension = "yaml"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        switch document {
        case .roadmap(let roadmap): RoadmapFileText.yaml(for: roadmap)
        case .curriculum(let curriculum): RoadmapFileText.yaml(for: curriculum)
        case .diff, .plan, .overlap: throw .unsupported(self, document.kind)
        }
    }
}
