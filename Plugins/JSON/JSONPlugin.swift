import RoadmapPlugin

/// `json`: the plugin document itself, pretty-printed with sorted keys, the same bytes every run.
public struct JSONPlugin: OutputPlugin {
    public let name = "json"
    public let summary = "The plugin document itself (roadmap-api-version 1.3), pretty and stable."
    public let kinds = DocumentKind.allCases
    public let fileExtension = "json"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        try DocumentJSON.encode(document)
    }

    public func write(_ document: PluginDocument, options: RenderOptions, to output: inout some TextOutputStream) throws(PluginError) {
        DocumentJSON.write(document, to: &output)
    }
}
