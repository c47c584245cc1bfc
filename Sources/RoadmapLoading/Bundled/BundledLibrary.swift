import RoadmapModel
/// The bundled roadmaps decoded once, for resolving references (`data-science/statistics`)
/// to roadmaps the user did not load. Their locations name no file. A bundled composition is
/// not among them (merging is a later stage than loading): ``RoadmapLibrary`` composes it on
/// demand with its composer, and without one it is unknown.
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
        return drafts.compactMap { draft in
            let resolved = resolver.resolve(draft, files: &files)
            if resolved.failed { return nil }
            return RoadmapValidator.validate(resolved.draft).roadmap
        }
    }()
}
