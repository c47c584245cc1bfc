#if canImport(Glibc)
import Glibc
#endif

import ArgumentParser
import RoadmapPlugin

/// Renders a document with the chosen plugin and writes it to standard output or a file: the
/// last step of every command that produces output.
enum ResultWriter {
    /// The plugin for `format` that renders `kind`; checked before any work is done, so that a
    /// wrong `--format` fails at once with exit 64.
    /// With `--template`, the template (read and parsed here, so that its errors come first).
    static func plugin(_ format: String, for kind: DocumentKind, output: OutputOptions) throws -> any OutputPlugin {
        if let template = output.template { return try TemplateLoader.plugin(template, timeout: output.plugins.timeout) }
        switch output.registry.plugin(named: format, for: kind) {
        case .success(let found):
            return found
        case .failure(let error):
            throw Report.shared.fail(.usage, .unknownFormat, error.message)
        }
    }

    /// Renders `document` with `plugin` and writes it where `output` says. Throws the outcome
    /// after reporting the reason.
    static func emit(_ document: PluginDocument, with plugin: any OutputPlugin, output: OutputOptions) throws {
        // --strict: warnings are errors, so nothing is written (not even standard output).
        if Report.shared.failsStrictly { throw Report.shared.fail(.invalidInput) }
        let options = RenderOptions(color: output.output == nil && Terminal.useColor)
        do {
            if let path = output.output, path != "-" {
                try AtomicFile.write(to: path, policy: .init(force: output.force)) { stream in try plugin.write(document, options: options, to: &stream) }
            } else {
                var stream = StandardOutput.stream()
                defer { StandardOutput.record(stream) }
                try plugin.write(document, options: options, to: &stream)
            }
        } catch let error as PluginError {
            throw Report.shared.fail(plugin is ExternalPlugin ? .internalError : .invalidInput, .pluginFailed, error.message)
        } catch let error as AtomicFile.Failure {
            throw error.reported()
        }
    }
}
