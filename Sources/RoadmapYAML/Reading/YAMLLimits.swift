/// Bounds on what the reader accepts, so that hostile or broken input fails fast and clearly.
public struct YAMLLimits: Sendable, Equatable {
    /// The largest file, in bytes. Default 16 MiB: the bundled roadmaps are under 40 KiB,
    /// and a generated 500-topic roadmap is under 0.5 MiB.
    public var maxFileBytes: Int
    /// The longest scalar, in bytes. Default 1 MiB.
    public var maxScalarBytes: Int
    /// The deepest nesting of collections. Default 64; a roadmap needs 6.
    public var maxDepth: Int

    /// Makes limits; every parameter has the documented default.
    public init(maxFileBytes: Int = 16 << 20, maxScalarBytes: Int = 1 << 20, maxDepth: Int = 64) {
        self.maxFileBytes = maxFileBytes
        self.maxScalarBytes = maxScalarBytes
        self.maxDepth = maxDepth
    }

    /// The defaults.
    public static let `default` = YAMLLimits()
}
