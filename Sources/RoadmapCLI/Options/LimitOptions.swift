import ArgumentParser
import RoadmapYAML

/// The reading limits, shared by every command that reads roadmap files.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("The largest roadmap file accepted, in bytes.", valueName: "bytes"))
    var maxFileBytes: Int = YAMLLimits.default.maxFileBytes

    @Option(name: .customLong("max-scalar-size"), help: ArgumentHelp("The longest single value accepted, in bytes.", valueName: "bytes"))
    var maxScalarBytes: Int = YAMLLimits.default.maxScalarBytes

    @Option(name: .customLong("max-depth"), help: ArgumentHelp("The deepest nesting of lists and mappings accepted.", valueName: "n"))
    var maxDepth: Int = YAMLLimits.default.maxDepth

    func validate() throws {
        guard maxFileBytes > 0, maxScalarBytes > 0, maxDepth > 0 else {
            throw ValidationError("--max-file-size, --max-scalar-size and --max-depth take numbers greater than 0")
        }
    }

    /// The limits the options set.
    var limits: YAMLLimits {
        YAMLLimits(maxFileBytes: maxFileBytes, maxScalarBytes: maxScalarBytes, maxDepth: maxDepth)
    }
}
