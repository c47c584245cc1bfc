import RoadmapModel
/// One roadmap to load, as the user named it.
public enum RoadmapInput: Sendable, Equatable {
    /// A file on disk.
    case file(path: String)
    /// A roadmap compiled into the tool.
    case bundled(id: String)
    /// Bytes from elsewhere (standard input, a git revision, a file git hands over), with the
    /// name to show for it. They are read as a file's bytes are: UTF-8 is checked, not assumed.
    case bytes([UInt8], origin: SourceFile.Origin, displayName: String)

    /// Text made in the tool (a new or imported roadmap), with the name to show for it.
    public static func text(_ text: String, origin: SourceFile.Origin, displayName: String) -> RoadmapInput {
        .bytes(Array(text.utf8), origin: origin, displayName: displayName)
    }
}
