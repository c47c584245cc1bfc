import ArgumentParser
import RoadmapModel
import RoadmapPlugin

/// `roadmap plugins`: the output plugins, a line each; `--check NAME` tries one.
struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the output plugins: bundled ones, then external roadmap-plugin-NAME executables.",
        discussion: """
            External plugins are executables named roadmap-plugin-NAME in a --plugin-dir folder, \
            in ROADMAP_PLUGIN_PATH or on PATH; the first of a name wins, and a bundled plugin \
            hides an external one of its name. The list warns about a plugin hidden that way \
            (plugin-shadowed) and about a roadmap-plugin-* file that cannot be run \
            (plugin-not-executable). docs/plugins.md is the guide to writing one.

            --check NAME runs the plugin on a sample document of each kind it renders (made \
            from the bundled roadmaps; --kind chooses), as `merge`, `show`, `diff`, `plan` and \
            `overlap` would, and says for each what went wrong: its exit status and the end of \
            its standard error, a time-out, an empty output. An external plugin is also given \
            a document of the next major roadmap-api-version, which it must refuse (exit \
            non-zero), since it cannot know what that version holds.

            Exit codes: 0 success (with --check: every check passed), 64 a wrong command line \
            (an unknown plugin), 70 with --check: a check failed, 74 the list could not be written.
            """)

    @Option(name: .customLong("check"), help: ArgumentHelp("Run this plugin on sample documents and report what went wrong.", valueName: "name"),
            completion: .custom(Completions.pluginNames))
    var check: String?

    @Option(name: .customLong("kind"), help: ArgumentHelp("With --check: the kinds of document to try (repeatable; default: every kind the plugin renders).",
                                                        valueName: DocumentKind.allCases.map(\.rawValue).joined(separator: "|")))
    var kinds: [DocumentKind] = []

    @OptionGroup var plugins: PluginOptions
    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if !kinds.isEmpty && check == nil { throw ValidationError("--kind goes with --check NAME") }
    }

    func run() async throws {
        let registry = plugins.registry
        if let check {
            try await self.check(check, in: registry)
            return
        }
        for problem in registry.problems { Report.shared.add(.warning, problem.code, problem.message) }
        var rows: [[String]] = [["NAME", "KINDS", "FROM", "WHAT"]]
        for plugin in registry.all {
            let from = (plugin as? ExternalPlugin)?.path ?? "bundled"
            rows.append([plugin.name, plugin.kinds.map(\.rawValue).joined(separator: ","), from, plugin.summary])
        }
        Terminal.write(TextTable.render(rows))
    }

    /// `--check NAME`: a line for each kind tried, and a failure for each that went wrong.
    private func check(_ name: String, in registry: PluginRegistry) async throws {
        guard let plugin = registry.all.first(where: { $0.name == name }) else {
            // A file of that name that cannot be run says why it is not a plugin.
            if let problem = registry.problems.first(where: { $0.concerns(name) && $0.code == .pluginNotExecutable }) {
                throw Report.shared.fail(.usage, .pluginNotExecutable, "no plugin `\(name)`: \(problem.message)")
            }
            let hint = Spelling.hint(for: name, in: registry.all.map(\.name))
            throw Report.shared.fail(.usage, .unknownFormat, "no plugin `\(name)`\(hint) (`roadmap plugins` lists them)")
        }
        for problem in registry.problems where problem.concerns(name) { Report.shared.add(.warning, problem.code, problem.message) }
        let tried = kinds.isEmpty ? plugin.kinds : kinds
        if !tried.contains(where: plugin.kinds.contains) {
            throw Report.shared.fail(.usage, .usage, "`\(name)` renders \(plugin.kinds.map(\.rawValue).joined(separator: ", ")), none of the kinds asked for (\(tried.map(\.rawValue).joined(separator: ", ")))")
        }
        var failed = false
        var out = ""
        var made: [DocumentKind: PluginDocument] = [:]
        for kind in tried {
            guard plugin.kinds.contains(kind) else {
                out += "skip  \(kind.rawValue): the plugin does not render it\n"
                continue
            }
            guard let document = await SampleDocuments.document(kind) else {
                throw Report.shared.fail(.internalError, .internalError, "the sample \(kind.rawValue) document could not be made from the bundled roadmaps")
            }
            made[kind] = document
            var text = ""
            do {
                try plugin.write(document, options: RenderOptions(color: false), to: &text)
            } catch {
                failed = true
                out += "fail  \(kind.rawValue)\n"
                Report.shared.add(.error, .pluginFailed, "check of `\(name)` on \(Self.article(kind)) \(kind.rawValue) document: \(error.message)")
                continue
            }
            if text.isEmpty {
                failed = true
                out += "fail  \(kind.rawValue): no output\n"
                Report.shared.add(.error, .pluginFailed, "check of `\(name)` on \(Self.article(kind)) \(kind.rawValue) document: the plugin exited 0 but wrote nothing")
                continue
            }
            out += "ok    \(kind.rawValue): \(Counted.string(text.utf8.count, "byte"))\n"
        }
        if let external = plugin as? ExternalPlugin, let kind = tried.first(where: plugin.kinds.contains), let document = made[kind] {
            let future = [PluginDocument.apiVersion[0] + 1, 0]
            var text = ""
            do {
                try external.write(document.withAPIVersion(future), options: RenderOptions(color: false), to: &text)
                failed = true
                out += "fail  roadmap-api-version \(future.map(String.init).joined(separator: ".")): accepted\n"
                Report.shared.add(.error, .pluginFailed, "check of `\(name)`: the plugin accepted \(Self.article(kind)) \(kind.rawValue) document of roadmap-api-version \(future[0]).0, a major version it cannot know; it should read the first number of `roadmap-api-version` (or ROADMAP_API_VERSION), and exit non-zero with a message when it is not \(PluginDocument.apiVersion[0])")
            } catch {
                out += "ok    roadmap-api-version \(future.map(String.init).joined(separator: ".")): refused\n"
            }
        }
        Terminal.write(out)
        if failed { throw Report.shared.fail(.internalError) }
    }

    /// `an` before `overlap`, `a` before the other kinds.
    private static func article(_ kind: DocumentKind) -> String { kind == .overlap ? "an" : "a" }
}
