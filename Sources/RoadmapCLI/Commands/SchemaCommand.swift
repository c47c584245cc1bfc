import ArgumentParser
import RoadmapLoading

/// `roadmap schema`: the JSON Schemas of the roadmap format and of the plugin document.
struct SchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of roadmap files (format) or of the plugin document (document).",
        discussion: """
            Editors that speak JSON Schema validate roadmap YAML as you type with a first line \
            `# yaml-language-server: $schema=PATH` pointing at the saved format schema. The \
            document schema describes what output plugins receive (roadmap-api-version 1.1).
            """)

    /// Which schema to print.
    enum Which: String, ExpressibleByArgument, CaseIterable {
        case format, document
    }

    @Argument(help: "format | document")
    var which: Which = .format

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let text = which == .format ? JSONSchemas.format : JSONSchemas.document
        guard let path = output.output, path != "-" else {
            Terminal.writeResult(text)
            return
        }
        do {
            try AtomicFile.write(text, to: path, policy: .init(force: output.force))
        } catch {
            throw error.reported()
        }
    }
}
