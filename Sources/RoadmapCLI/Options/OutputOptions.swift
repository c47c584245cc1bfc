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

    @Option(name: .customLong("plugin-timeout"), help: ArgumentHelp(
        "The longest an external plugin may run, in seconds (default: ROADMAP_PLUGIN_TIMEOUT, else 60); it is then stopped, with every process it started.",
        valueName: "seconds"))
    var pluginTimeout: Double?

    @Flag(name: .customLong("force"), help: "With -o: replace the file even when it is read-only or has other hard links.")
    var force = false

    func validate() throws {
        if output == "" {
            throw ValidationError("-o needs a file name (or - for standard output)")
        }
        if let pluginTimeout, !(pluginTimeout > 0 && pluginTimeout.isFinite) {
            throw ValidationError("--plugin-timeout takes a number of seconds greater than 0, found \(pluginTimeout)")
        }
    }

    /// The time limit for external plugins, in seconds: the option, else `ROADMAP_PLUGIN_TIMEOUT`
    /// (a bad value there is a warning), else 60.
    var timeout: Double {
        pluginTimeout ?? Environment.seconds("ROADMAP_PLUGIN_TIMEOUT") ?? ExternalPlugin.defaultTimeout
    }

    /// The plugin registry these options describe.
    var registry: PluginRegistry { PluginRegistry(pluginDirectories: pluginDirectories, timeout: timeout) }
}
