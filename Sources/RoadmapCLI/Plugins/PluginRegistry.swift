import BriefPlugin
import DOTPlugin
import HTMLPlugin
import ICSPlugin
import JSONPlugin
import MarkdownPlugin
import MermaidPlugin
import RoadmapPlugin
import TerminalPlugin
import YAMLPlugin
import RoadmapModel

/// The output plugins the tool knows: the bundled ones (one line each below), then external
/// `roadmap-plugin-NAME` executables found on the plugin path.
struct PluginRegistry {
    /// The plugins that ship with the tool. Adding one: a folder in Plugins/ and a line here.
    static let bundled: [any OutputPlugin] = [
        TerminalPlugin(),
        MarkdownPlugin(),
        JSONPlugin(),
        YAMLPlugin(),
        MermaidPlugin(),
        DOTPlugin(),
        BriefPlugin(),
        HTMLPlugin(),
        ICSPlugin(),
    ]

    /// External plugins found in these folders (then `PATH`).
    let external: [ExternalPlugin]

    /// What `roadmap plugins` warns about: plugins hidden by another of their name, and
    /// `roadmap-plugin-*` files that cannot be run.
    let problems: [Problem]

    /// A finding about the plugin path.
    struct Problem {
        /// The plugin's name.
        var name: String
        /// `plugin-shadowed` or `plugin-not-executable`.
        var code: DiagnosticCode
        /// What is wrong, and what to do.
        var message: String

        /// True when it is about the plugin called `plugin`.
        func concerns(_ plugin: String) -> Bool { name == plugin }
    }

    /// The registry with external plugins found in `directories` and on `PATH`, each allowed
    /// to run `timeout` seconds.
    init(pluginDirectories: [String], timeout: Double = ExternalPlugin.defaultTimeout) {
        let (found, problems) = ExternalPlugin.discoverWithProblems(in: pluginDirectories, timeout: timeout)
        external = found
        let bundledNames = Set(Self.bundled.map(\.name))
        var all: [Problem] = found.filter { bundledNames.contains($0.name) }.map { plugin in
            Problem(name: plugin.name, code: .pluginShadowed,
                    message: "`\(plugin.path)` is hidden by the bundled plugin `\(plugin.name)`; rename it to use it (roadmap-plugin-OTHER-NAME)")
        }
        all += problems
        self.problems = all
    }

    /// Every plugin, bundled first; a bundled name hides an external one.
    var all: [any OutputPlugin] {
        let names = Set(Self.bundled.map(\.name))
        return Self.bundled + external.filter { !names.contains($0.name) }
    }

    /// The plugin called `name` that renders `kind`, or a message saying what exists.
    func plugin(named name: String, for kind: DocumentKind) -> Result<any OutputPlugin, PluginError> {
        guard let plugin = all.first(where: { $0.name == name }) else {
            let names = all.filter { $0.kinds.contains(kind) }.map(\.name)
            let hint = Spelling.closest(to: name, in: names).map { "; did you mean `\($0)`?" } ?? ""
            return .failure(PluginError("unknown format `\(name)`\(hint) (formats for a \(kind.rawValue): \(names.joined(separator: ", ")); `roadmap plugins` lists them all)"))
        }
        guard plugin.kinds.contains(kind) else { return .failure(.unsupported(plugin, kind)) }
        return .success(plugin)
    }
}
