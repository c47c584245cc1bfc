import ArgumentParser

/// Where external plugins are found, and how long they may run.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-dir"), help: ArgumentHelp(
        "A folder with external plugins (roadmap-plugin-NAME executables); repeatable. ROADMAP_PLUGIN_PATH and PATH are searched too.",
        valueName: "dir"), completion: .directory)
    var pluginDirectories: [String] = []

    @Option(name: .customLong("plugin-timeout"), help: ArgumentHelp(
        "The longest an external plugin may run, in seconds (default: ROADMAP_PLUGIN_TIMEOUT, else 60); it is then stopped, with every process it started.",
        valueName: "seconds"))
    var pluginTimeout: Double?

    func validate() throws {
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
