import ArgumentParser

/// Where and how a command writes its result.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write to this file instead of standard output (replaced atomically: nothing is written on error; a symbolic link is followed, a pipe or device written in place).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("plugin-dir"), help: ArgumentHelp(
        "A folder with external plugins (roadmap-plugin-NAME executables); repeatable. ROADMAP_PLUGIN_PATH and PATH are searched too.",
        valueName: "dir"))
    var pluginDirectories: [String] = []

    /// The plugin registry these options describe.
    var registry: PluginRegistry { PluginRegistry(pluginDirectories: pluginDirectories) }
}
