import RoadmapModel
/// The bundled roadmaps decoded once, for resolving references (`data-science/statistics`)
/// to roadmaps the user did not load. Their locations name no file.
public enum BundledLibrary {
    /// The valid bundled roadmaps (including variants, resolved).
    public static let roadmaps: [Roadmap] = {
        var files = SourceFiles()
        var drafts: [RoadmapDraft] = []
        for bundled in BundledRoadmap.all {
            let file = files.add(SourceFile(displayName: "<bundled>/\(bundled.id).yaml", origin: .bundled(id: bundled.id), retainedText: bundled.text))
            if let draft = RoadmapDecoder.decode(bundled.text.utf8, file: file).draft { drafts.append(draft) }
        }
        var resolver = VariantResolver(loaded: drafts, limits: .default, useBundled: false)
        return drafts.map { draft in
            var (roadmap, _) = RoadmapValidator.validate(resolver.resolve(draft, files: &files).draft)
            roadmap.extends = draft.extends?.value
            return roadmap
        }
    }()
}
