import RoadmapLoading
import RoadmapModel
import RoadmapPlugin
import RoadmapYAML
import TemplatePlugin

/// Reads `--template FILE` and its partials (the other `.mustache` files in its folder, not
/// below it) and makes the template plugin, or reports every problem, located, and fails: 66
/// when the template cannot be read, 65 when it or a partial does not parse. A `{{> name}}`
/// naming no partial is a located warning.
enum TemplateLoader {
    /// The largest template or partial read.
    static let maxBytes = 4 << 20
    /// The most partials read from the template's folder.
    static let maxPartials = 1_000

    static func plugin(_ path: String) throws -> TemplatePlugin {
        let report = Report.shared
        let main: [UInt8]
        do {
            main = try FileBytes.read(path, limit: maxBytes)
        } catch {
            throw report.fail(error.outcome, .templateError, "--template: \(error.message)")
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) }
        let mainName = String(path[(slash.map { path.index(after: $0) } ?? path.startIndex)...])
        var partialPaths = FileBytes.directoryEntries(folder.map { $0.isEmpty ? "/" : $0 } ?? ".")
            .filter { $0.hasSuffix(".mustache") && $0 != mainName && !$0.hasPrefix(".") }
            .sorted()
        if partialPaths.count > maxPartials {
            report.add(.warning, .templateError, "the template's folder has \(partialPaths.count) .mustache files; only the first \(maxPartials) (by name) are read as partials")
            partialPaths = Array(partialPaths.prefix(maxPartials))
        }
        var files = SourceFiles()
        var ids = [files.add(SourceFile(displayName: path, origin: .file(path: path), retainedText: String(decoding: main, as: UTF8.self)))]
        var partials: [TemplateSource] = []
        for name in partialPaths {
            let partialPath = (folder.map { $0 + "/" } ?? "") + name
            guard FileBytes.isRegularFile(partialPath) else { continue }
            do {
                let text = String(decoding: try FileBytes.read(partialPath, limit: maxBytes), as: UTF8.self)
                ids.append(files.add(SourceFile(displayName: partialPath, origin: .file(path: partialPath), retainedText: text)))
                partials.append(TemplateSource(name: String(name.dropLast(".mustache".count)), text: text))
            } catch {
                report.add(.warning, .templateError, "the partial \(partialPath) is left out: \(error.message)")
            }
        }
        let (plugin, problems) = TemplatePlugin.make(main: TemplateSource(name: path, text: String(decoding: main, as: UTF8.self)), partials: partials)
        report.add(problems.map { problem in
            Diagnostic(problem.isError ? .error : .warning, .templateError, problem.message,
                       at: SourceLocation(file: ids[problem.source], mark: YAMLMark(line: problem.line, column: problem.column)))
        }, files: files)
        guard let plugin else { throw report.fail(.invalidInput) }
        return plugin
    }
}
