import RoadmapLoading
import RoadmapModel
import RoadmapPlugin
import RoadmapYAML
import TemplatePlugin

/// Reads `--template FILE` and the partials it uses (`{{> name}}` reads `name.mustache` in the
/// template's folder; `{{> sub/name}}` one below it) and makes the template plugin, or reports
/// every problem, located, and fails: 66 when the template cannot be read, 65 when it or a
/// partial does not parse, cannot end, is larger than 64 KiB or cannot be read. A partial that
/// does not exist is a located warning (it renders as nothing).
enum TemplateLoader {
    /// The largest template or partial read: swift-mustache's parser takes time quadratic in the
    /// length of a template (it measures what is left of the text at every tag), about a second
    /// for 200 KB in a release build; real templates are a few kilobytes. Split a larger one
    /// into partials.
    static let maxBytes = 64 << 10
    /// The most partials read.
    static let maxPartials = 1_000

    static func plugin(_ path: String, timeout: Double) throws -> TemplatePlugin {
        let report = Report.shared
        let main: [UInt8]
        do {
            main = try FileBytes.read(path, limit: maxBytes)
        } catch {
            if case .tooLarge(_, let size, _) = error {
                throw report.fail(.invalidInput, .templateError, "--template: expected a template of at most 64 KiB, found \(path)\(size.map { " of \($0) bytes" } ?? ""); split it into partials (`{{> name}}` reads name.mustache next to it): the template parser takes time that grows with the square of a template's length")
            }
            throw report.fail(error.outcome, .templateError, "--template: \(error.message)")
        }
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        var read = 0
        let (plugin, sources, problems) = TemplatePlugin.make(main: TemplateSource(name: path, text: String(decoding: main, as: UTF8.self)),
                                                              timeout: timeout) { name -> PartialLookup in
            // Only files in or below the template's folder (by name: a symbolic link there is
            // followed), and not without end.
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard !name.hasPrefix("/"), !parts.contains(".."), !parts.contains("") else {
                return .refused("expected a name of a file in or below the template's folder, found one that leads out of it")
            }
            guard read < maxPartials else { return .refused("a template reads at most \(maxPartials) partials") }
            let partialPath = folder + name + ".mustache"
            guard FileBytes.exists(partialPath) else { return .missing }
            do throws(FileBytes.Failure) {
                let bytes = try FileBytes.read(partialPath, limit: maxBytes)
                read += 1
                return .found(TemplateSource(name: name, text: String(decoding: bytes, as: UTF8.self)))
            } catch {
                if case .tooLarge = error { return .refused("\(partialPath) is larger than 64 KiB; split it further") }
                return .refused(error.message)
            }
        }
        var files = SourceFiles()
        let ids = sources.enumerated().map { index, source in
            let display = index == 0 ? path : folder + source.name + ".mustache"
            return files.add(SourceFile(displayName: display, origin: .file(path: display), retainedText: source.text))
        }
        report.add(problems.map { problem in
            Diagnostic(problem.isError ? .error : .warning, .templateError, problem.message,
                       at: SourceLocation(file: ids[problem.source], mark: YAMLMark(line: problem.line, column: problem.column)))
        }, files: files)
        guard let plugin else { throw report.fail(.invalidInput) }
        return plugin
    }
}
