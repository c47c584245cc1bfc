/// One roadmap to load, as the user named it.
public enum RoadmapInput: Sendable, Equatable {
    /// A file on disk.
    case file(path: String)
    /// A roadmap compiled into the tool.
    case bundled(id: String)
    /// Text from elsewhere (standard input, a git revision), with the name to show for it.
    case text(String, origin: SourceFile.Origin, displayName: String)
}
