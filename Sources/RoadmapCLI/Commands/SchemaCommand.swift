import ArgumentParser
import RoadmapLoading

/// `roadmap schema`: the JSON Schemas of the roadmap format and of the plugin document.
struct SchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of roadmap files (format), of the plugin document (document) or of progress files (progress).",
        discussion: """
            Editors that speak JSON Schema validate roadmap YAML as you type with a first line \
            `# yaml-language-server: $schema=PATH` pointing at the saved format schema. The \
            document schema describes what output plugins receive (roadmap-api-version 1.3); the \
            progress schema, the files `roadmap progress` writes and `--progress` reads.

            Exit codes: 0 success, 64 a wrong command line, 73 -o was not replaced to keep what \
            it holds, 74 the schema could not be written.
            """)

    /// Which schema to print.
    enum Which: String, ExpressibleByArgument, CaseIterable {
        case format, document, progress
    }

    @Argument(help: "format | document | progress")
    var which: Which = .format

    @OptionGroup var output: OutputFileOptions
    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let text = switch which {
        case .format: JSONSchemas.format
        case .document: JSONSchemas.document
        case .progress: JSONSchemas.progress
        }
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
