import ArgumentParser
import RoadmapPlugin

/// `roadmap plugins`: the output plugins, a line each.
struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the output plugins: bundled ones, then external roadmap-plugin-NAME executables.")

    @OptionGroup var output: OutputOptions

    func run() async throws {
        var rows: [[String]] = [["NAME", "KINDS", "FROM", "WHAT"]]
        for plugin in output.registry.all {
            let from = (plugin as? ExternalPlugin)?.path ?? "bundled"
            rows.append([plugin.name, plugin.kinds.map(\.rawValue).joined(separator: ","), from, plugin.summary])
        }
        Terminal.write(TextTable.render(rows))
    }
}
