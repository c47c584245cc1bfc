import ArgumentParser

/// Where and how a command writes a rendered result: the file, the plugins, a template.
struct OutputOptions: ParsableArguments {
    @OptionGroup var file: OutputFileOptions
    @OptionGroup var plugins: PluginOptions

    @Option(help: ArgumentHelp(
        "Render through this Mustache template instead of --format: it gets the document every plugin gets; the other .mustache files in its folder are its partials (docs/templates/).",
        valueName: "file"), completion: .file(extensions: ["mustache"]))
    var template: String?

    /// `-o`: the file to write, or `nil` (or `-`) for standard output.
    var output: String? { file.output }
    /// `--force`.
    var force: Bool { file.force }
    /// The plugin registry the options describe.
    var registry: PluginRegistry { plugins.registry }
}
