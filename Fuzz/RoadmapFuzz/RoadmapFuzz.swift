// libFuzzer targets for `roadmap`; one executable, the target chosen by ROADMAP_FUZZ_TARGET:
//
//   load    a roadmap file: load and validate it; when valid, render it, a merge and a diff
//           both ways through every bundled plugin and check the outputs (see `fuzzLoad`)
//   fmt     `roadmap fmt`: the output holds the same values and formats to itself (`fuzzFmt`)
//   import  `roadmap import`: the YAML made from Markdown loads as a valid roadmap (`fuzzImport`)
//   template `--template`: a Mustache template (and partials) made and rendered (`fuzzTemplate`)
//
// scripts/fuzz builds it with `-sanitize=fuzzer,address -D ROADMAP_LIBFUZZER`; `main` then hands
// over to libFuzzer (LLVMFuzzerRunDriver: SwiftPM links every executable with
// `--defsym main=RoadmapFuzz_main`, so libFuzzer's own `main` cannot be used). A normal
// `swift build` compiles the same checks with a `main` that replays files instead
// (`roadmap-fuzz TARGET FILE|FOLDER...`), so the target always builds with the package and a
// saved input reruns without the fuzzer.
//
// An invariant that fails stops the process with `fatalError` (libFuzzer saves the input).
// Keep this target one file: SwiftPM parses a one-file executable as a library (for `@main`).

import Foundation
import RoadmapPlugin

import BriefPlugin
import DOTPlugin
import JSONPlugin
import MarkdownPlugin
import MermaidPlugin
import TemplatePlugin
import TerminalPlugin
import YAMLPlugin

#if ROADMAP_LIBFUZZER
import CLibFuzzer
#endif
import RoadmapModel
import RoadmapLoading
import RoadmapComposition
import RoadmapAuthoring

// MARK: - Entry points

@_cdecl("LLVMFuzzerTestOneInput")
public func roadmapFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    Fuzz.run(Fuzz.selected, bytes)
    return 0
}

@main
struct RoadmapFuzzMain {
    static func main() {
        #if ROADMAP_LIBFUZZER
        _ = Fuzz.selected  // stop before fuzzing when no target is named
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in roadmapFuzzTestOneInput(data, size) })
        #else
        replay()
        #endif
    }

    /// Without libFuzzer: `roadmap-fuzz TARGET FILE|FOLDER...` runs the target's checks on each file.
    static func replay() {
        var arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.popFirst(), let target = Fuzz.Target(rawValue: name), !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: roadmap-fuzz load|fmt|import|template FILE|FOLDER...\n".utf8))
            exit(64)
        }
        var count = 0
        for path in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("roadmap-fuzz: no file \(path)\n".utf8))
                exit(66)
            }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                Fuzz.run(target, Array(data))
                count += 1
            }
        }
        print("roadmap-fuzz \(target.rawValue): \(count) input\(count == 1 ? "" : "s"), every check passed")
    }
}

enum Fuzz {
    enum Target: String {
        case load, fmt, `import`, template
    }

    /// The target named by ROADMAP_FUZZ_TARGET (read once; the process stops when it is unset).
    static let selected: Target = {
        let name = ProcessInfo.processInfo.environment["ROADMAP_FUZZ_TARGET"] ?? ""
        guard let target = Target(rawValue: name) else {
            FileHandle.standardError.write(Data("roadmap-fuzz: set ROADMAP_FUZZ_TARGET to load, fmt, import or template (found `\(name)`)\n".utf8))
            exit(2)
        }
        return target
    }()


    static func run(_ target: Target, _ bytes: [UInt8]) {
        switch target {
        case .load: fuzzLoad(bytes)
        case .fmt: fuzzFmt(bytes)
        case .import: fuzzImport(bytes)
        case .template: fuzzTemplate(bytes)
        }
    }
}

// MARK: - Shared helpers

/// The bundled plugins, as in PluginRegistry.bundled (Sources/RoadmapCLI): keep the two in step.
let bundledPlugins: [any OutputPlugin] = [
    TerminalPlugin(), MarkdownPlugin(), JSONPlugin(), YAMLPlugin(), MermaidPlugin(), DOTPlugin(), BriefPlugin(),
]

/// Separates two roadmaps in one `load` input: the old and the new side of a diff, merged together.
let splitMarker = Array("\n#--new--\n".utf8)

/// Stops the process: an invariant does not hold.
func fail(_ message: String, _ detail: String = "") -> Never {
    fatalError("roadmap-fuzz: invariant failed: \(message)" + (detail.isEmpty ? "" : "\n" + String(detail.prefix(4000))))
}

/// Input bytes as a roadmap input, read as a file's bytes are (UTF-8 checked, a byte-order mark, CRLF).
func bytesInput(_ bytes: some Collection<UInt8>, _ name: String) -> RoadmapInput {
    .bytes(Array(bytes), origin: .standardInput, displayName: name)
}

/// Runs async work on the calling thread (libFuzzer's callback is synchronous).
final class Box<T>: @unchecked Sendable {
    var value: T?
}

func blocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        box.value = await body()
        done.signal()
    }
    done.wait()
    return box.value!
}

/// The messages of the errors of a load, for failure reports.
func errorText(_ result: LoadResult) -> String {
    result.diagnostics.filter { $0.severity == .error }
        .map { "\($0.location.map { result.files.describe($0) } ?? "-"): \($0.message)" }
        .joined(separator: "\n")
}

/// A text with `ESC [ digits/semicolons m` (the only sequences the terminal plugin writes) removed.
func withoutColor(_ text: String) -> String {
    var out: [UInt8] = []
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
            var end = index + 2
            while end < bytes.count, bytes[end] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[end]) { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "m") {
                index = end + 1
                continue
            }
        }
        out.append(bytes[index])
        index += 1
    }
    return String(decoding: out, as: UTF8.self)
}

/// The first line where two texts differ, for failure reports.
func firstDifference(_ a: String, _ b: String) -> String {
    let (x, y) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
    for index in 0..<max(x.count, y.count) {
        let (l, r) = (index < x.count ? String(x[index]) : "<end>", index < y.count ? String(y[index]) : "<end>")
        if l != r { return "line \(index + 1):\n- \(l.debugDescription)\n+ \(r.debugDescription)" }
    }
    return "(no line differs)"
}

/// Renders `document` through every bundled plugin that takes its kind and checks each output:
/// no raw ESC in any plugin's text without colour; the terminal text with colour is the text
/// without colour plus SGR sequences; `write` gives the text `render` gives; JSON parses with
/// JSONSerialization and decodes to the same document. Returns the outputs by plugin name.
@discardableResult
func renderEveryPlugin(_ document: PluginDocument, _ what: String) -> [String: String] {
    var outputs: [String: String] = [:]
    for plugin in bundledPlugins where plugin.kinds.contains(document.kind) {
        let text: String
        do {
            text = try plugin.render(document, options: RenderOptions(color: false))
        } catch {
            fail("the \(plugin.name) plugin refused \(what): \(error)")
        }
        outputs[plugin.name] = text
        if text.utf8.contains(0x1B) {
            fail("raw ESC in the \(plugin.name) output of \(what)", text)
        }
        var streamed = ""
        do {
            try plugin.write(document, options: RenderOptions(color: false), to: &streamed)
        } catch {
            fail("the \(plugin.name) plugin refused to write \(what): \(error)")
        }
        if streamed != text {
            fail("the \(plugin.name) plugin writes other text than it renders for \(what)", firstDifference(text, streamed))
        }
        if plugin.name == "terminal" {
            guard let colored = try? plugin.render(document, options: RenderOptions(color: true)) else {
                fail("the terminal plugin refused \(what) in colour")
            }
            let plain = withoutColor(colored)
            if plain.utf8.contains(0x1B) { fail("an ESC other than a colour code in the terminal output of \(what)", colored) }
            if plain != text { fail("the terminal output of \(what) in colour is not the plain text with colour codes", firstDifference(text, plain)) }
        }
        if plugin.name == "json" {
            do {
                _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            } catch {
                fail("the json output of \(what) does not parse: \(error)", text)
            }
            do {
                let decoded = try DocumentJSON.decode(text)
                if decoded != document {
                    let again = (try? DocumentJSON.encode(decoded)) ?? "<no JSON>"
                    fail("the json output of \(what) decodes to another document", firstDifference(text, again))
                }
            } catch {
                fail("the json output of \(what) does not decode as a document: \(error)", text)
            }
        }
    }
    return outputs
}

/// The JSON of a roadmap document without where things were written (file, locations) and
/// without `extends` (the yaml plugin writes a variant resolved).
func comparableJSON(_ document: RoadmapDocument) -> String {
    var copy = document
    copy.file = ""
    copy.extends = nil
    copy.bases = nil
    copy.sections = copy.sections.map { section in
        var section = section
        section.topics = section.topics.map { topic in
            var topic = topic
            topic.location = nil
            topic.editedAt = nil
            return topic
        }
        return section
    }
    guard let json = try? DocumentJSON.encode(.roadmap(copy)) else { fail("DocumentJSON.encode threw") }
    return json
}

/// Loads YAML text as `roadmap validate -` would.
func loadText(_ text: String, _ name: String) -> LoadResult {
    RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([.text(text, origin: .standardInput, displayName: name)])
}

// MARK: - load

/// (1) Loading and validating a file. Invalid input: the diagnostics render with no raw ESC
/// (they are made inert, InertText). Valid input:
/// - the roadmap document through every plugin (`renderEveryPlugin`);
/// - the yaml output loads with no error to the same JSON document (locations aside),
///   and diffs as empty against the original);
/// - an empty self-diff;
/// - the merge of the roadmap alone exists (a valid roadmap has no cycle) and renders; the
///   curriculum's yaml output loads with no error;
/// - a diff both ways with another roadmap, rendered: the part after a `#--new--` line when
///   the input has one (then the two are also merged), else the bundled roadmap with the same
///   id, else the bundled `mlops-lite`.
func fuzzLoad(_ bytes: [UInt8]) {
    var first = bytes[...]
    var second: ArraySlice<UInt8>?
    if let range = bytes.firstRange(of: splitMarker) {
        first = bytes[..<(range.lowerBound + 1)]
        second = bytes[range.upperBound...]
    }
    let primary = bytesInput(first, "a.yaml")

    let alone = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([primary])
    if alone.hasErrors || alone.roadmaps.count != 1 {
        renderDiagnostics(alone)
        return
    }
    let roadmap = alone.roadmaps[0]
    let document = DocumentBuilder.document(for: roadmap, files: alone.files)
    let outputs = renderEveryPlugin(.roadmap(document), "the roadmap")

    // The yaml output loads back to the same roadmap.
    guard let yaml = outputs["yaml"] else { fail("no yaml output") }
    let reloaded = loadText(yaml, "<yaml output>")
    guard !reloaded.hasErrors, reloaded.roadmaps.count == 1 else {
        fail("the yaml output of a valid roadmap does not load:\n\(errorText(reloaded))", yaml)
    }
    let (original, again) = (comparableJSON(document), comparableJSON(DocumentBuilder.document(for: reloaded.roadmaps[0], files: reloaded.files)))
    if original != again {
        fail("the yaml output loads to another roadmap", firstDifference(original, again) + "\n--- yaml output:\n" + yaml)
    }

    // Self-diffs are empty: the roadmap with itself, and with what its yaml output loads to.
    let same = RoadmapDiffer.diff(roadmap, roadmap)
    if !same.isEmpty { fail("the diff of a roadmap with itself is not empty: \(same.changes.map { "\($0.kind) \($0.subject) \($0.id)" })") }
    var reloadedRoadmap = reloaded.roadmaps[0]
    reloadedRoadmap.bases = roadmap.bases
    if case let sameAgain = RoadmapDiffer.diff(roadmap, reloadedRoadmap), !sameAgain.isEmpty {
        fail("the diff of a roadmap with its yaml output is not empty: \(sameAgain.changes.map { "\($0.kind) \($0.subject) \($0.id) \($0.fields.map(\.field))" })", yaml)
    }
    renderEveryPlugin(.diff(DocumentBuilder.document(for: same, files: alone.files)), "the self-diff")

    // The merge of the roadmap alone.
    let (curriculum, problems) = CurriculumComposer.compose([roadmap], files: alone.files)
    guard let curriculum else {
        fail("a valid roadmap does not merge on its own: \(problems.map(\.message))")
    }
    let merged = renderEveryPlugin(.curriculum(DocumentBuilder.document(for: curriculum, files: alone.files)), "the merge")
    if let mergedYAML = merged["yaml"] {
        let loaded = loadText(mergedYAML, "<merge yaml output>")
        if loaded.hasErrors { fail("the yaml output of a merge does not load:\n\(errorText(loaded))", mergedYAML) }
    }

    // A diff both ways with another roadmap (and a merge with it when the input gave it).
    let other: RoadmapInput
    if let second {
        other = bytesInput(second, "b.yaml")
    } else if BundledRoadmap.named(roadmap.id) != nil {
        other = .bundled(id: roadmap.id)
    } else {
        other = .bundled(id: "mlops-lite")
    }
    let pair = blocking { await RoadmapLoader(composer: CurriculumBaseComposer()).load([primary, other], independently: true) }
    guard !pair.hasErrors, pair.roadmaps.count == 2 else {
        if second == nil { fail("a valid roadmap and a bundled one do not load independently:\n\(errorText(pair))") }
        return  // the second part is not valid
    }
    let (a, b) = (pair.roadmaps[0], pair.roadmaps[1])
    for (old, new, name) in [(a, b, "the diff with the other roadmap"), (b, a, "the diff from the other roadmap")] {
        let diff = RoadmapDiffer.diff(old, new)
        renderEveryPlugin(.diff(DocumentBuilder.document(for: diff, files: pair.files)), name)
    }
    if second != nil, a.id != b.id {
        let together = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([primary, other])
        if !together.hasErrors, together.roadmaps.count == 2,
           let both = CurriculumComposer.compose(together.roadmaps, files: together.files).curriculum {
            renderEveryPlugin(.curriculum(DocumentBuilder.document(for: both, files: together.files)), "the merge of both")
        }
    }
}

/// Renders the diagnostics of an invalid input with source excerpts, as the CLI's
/// DiagnosticPrinter does (lines split the same way), and checks that no raw ESC is printed.
func renderDiagnostics(_ result: LoadResult) {
    var lines: [SourceFileID: [Substring]] = [:]
    for id in result.files.ids {
        guard var text = result.files[id]?.retainedText else { continue }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        lines[id] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
    let rendered = DiagnosticRenderer().render(result.diagnostics.sortedByLocation(), files: result.files) { file, line in
        guard let fileLines = lines[file], line >= 1, line <= fileLines.count else { return nil }
        return fileLines[line - 1]
    }
    if rendered.utf8.contains(0x1B) { fail("raw ESC in the diagnostics", rendered) }
}

// MARK: - fmt

/// (2) `roadmap fmt`: a text that decodes formats without the formatter's own check failing;
/// the output has no byte-order mark, ends its lines as the input's first line does (CRLF or LF),
/// formats to itself, and (when the input loads cleanly) loads cleanly to the same JSON
/// document, locations aside.
func fuzzFmt(_ bytes: [UInt8]) {
    let output: String
    do {
        output = try RoadmapFormatter.format(bytes)
    } catch {
        switch error {
        case .invalid: return
        case .notEquivalent(let reason): fail("fmt refused its own output: \(reason)")
        }
    }
    if output.hasPrefix("\u{FEFF}") { fail("fmt output has a byte-order mark", output) }
    // Lines end as the input's first line does: every LF after a CR for a CRLF file, no CR else.
    let crlf = bytes.firstIndex(of: 0x0A).map { $0 > bytes.startIndex && bytes[bytes.index(before: $0)] == 0x0D } ?? false
    let utf8 = Array(output.utf8)
    for (index, byte) in utf8.enumerated() {
        let endsCRLF = byte == 0x0D && index + 1 < utf8.count && utf8[index + 1] == 0x0A
        if byte == 0x0D && !(crlf && endsCRLF) { fail("fmt output has a CR that does not end a line of a CRLF file", output) }
        if byte == 0x0A && crlf && !(index > 0 && utf8[index - 1] == 0x0D) { fail("fmt output of a CRLF file has a line ending in LF alone", output) }
    }
    do {
        let again = try RoadmapFormatter.format(Array(output.utf8))
        if again != output { fail("fmt is not stable: formatting its output changes it", firstDifference(output, again)) }
    } catch {
        fail("fmt output does not format again: \(error)", output)
    }
    let before = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([bytesInput(bytes, "<fmt input>")])
    guard !before.hasErrors, before.roadmaps.count == 1 else { return }
    let after = loadText(output, "<fmt output>")
    guard !after.hasErrors, after.roadmaps.count == 1 else {
        fail("the input loads cleanly but the fmt output does not:\n\(errorText(after))", output)
    }
    let (x, y) = (comparableJSON(DocumentBuilder.document(for: before.roadmaps[0], files: before.files)),
                  comparableJSON(DocumentBuilder.document(for: after.roadmaps[0], files: after.files)))
    if x != y { fail("the fmt output loads to another roadmap", firstDifference(x, y) + "\n--- output:\n" + output) }
}

// MARK: - import

/// (3) `roadmap import`: UTF-8 Markdown imports the same way twice; when it gives a section,
/// the YAML loads as a valid roadmap holding the values imported.
func fuzzImport(_ bytes: [UInt8]) {
    guard let text = String(bytes: bytes, encoding: .utf8) else { return }  // the CLI refuses non-UTF-8
    let imported = MarkdownImporter().importMarkdown(text)
    let twice = MarkdownImporter().importMarkdown(text)
    if twice.yaml != imported.yaml || twice.notes != imported.notes { fail("importing is not deterministic") }
    let roadmap = imported.roadmap
    // With no section the CLI says so and exits 65 (a roadmap needs a section): nothing to check.
    guard !roadmap.sections.isEmpty else { return }
    let yaml = imported.yaml
    let result = loadText(yaml, "<import>")
    guard !result.hasErrors, let loaded = result.roadmaps.first else {
        fail("the imported roadmap does not load:\n\(errorText(result))", yaml)
    }
    func check<T: Equatable>(_ field: String, _ a: T, _ b: T) {
        if a != b { fail("the imported \(field) loads back as another value:\n  imported \(a)\n  loaded   \(b)", yaml) }
    }
    check("id", loaded.id, roadmap.id)
    check("title", loaded.title, roadmap.title)
    check("summary", loaded.summary, roadmap.summary)
    check("source", loaded.source, roadmap.source)
    check("authors", loaded.authors, roadmap.authors)
    check("published", loaded.published, roadmap.published)
    check("section ids", loaded.sections.map(\.id), roadmap.sections.map(\.id))
    check("section titles", loaded.sections.map(\.title), roadmap.sections.map(\.title))
    check("section summaries", loaded.sections.map(\.summary), roadmap.sections.map(\.summary))
    check("topic ids", loaded.topics.map(\.id), roadmap.sections.flatMap { $0.topics.map(\.id) })
    check("topic titles", loaded.topics.map(\.title), roadmap.sections.flatMap { $0.topics.map(\.title) })
    check("topic summaries", loaded.topics.map { $0.summary?.value }, roadmap.sections.flatMap { $0.topics.map(\.summary) })
    let resources = roadmap.sections.flatMap { $0.topics.flatMap(\.resources) }
    let loadedResources = loaded.topics.flatMap(\.resources)
    check("resource titles", loadedResources.map(\.title), resources.map(\.title))
    check("resource urls", loadedResources.map(\.url), resources.map(\.url))
    check("resource types", loadedResources.map { $0.type?.rawValue }, resources.map(\.type))
    check("resource providers", loadedResources.map(\.provider), resources.map(\.provider))
    check("resource free flags", loadedResources.map(\.free), resources.map(\.free))
}

/// (4) `--template`: the input is a template, then partials after each `{{!--partial--}}` line
/// (named p1, p2, …). Making the plugin never crashes, whatever the text (deep nesting, partials
/// that include each other, unclosed tags); when it is made, it renders the bundled `mlops-lite`
/// the same way twice. Templates with more than 8 sections are not rendered: sections over the
/// same list multiply, which is the time limit's business, not the fuzzer's.
func fuzzTemplate(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let pieces = text.components(separatedBy: "\n{{!--partial--}}\n")
    var partials: [String: TemplateSource] = [:]
    for (index, piece) in pieces.dropFirst().enumerated() { partials["p\(index + 1)"] = TemplateSource(name: "p\(index + 1)", text: piece) }
    let (plugin, sources, problems) = TemplatePlugin.make(main: TemplateSource(name: "main", text: pieces[0]), timeout: 5) { partials[$0].map(PartialLookup.found) ?? .missing }
    for problem in problems where !sources.indices.contains(problem.source) || problem.line < 1 || problem.column < 1 {
        fail("a template problem without a place in a source: \(problem)")
    }
    guard let plugin, text.components(separatedBy: "{{#").count + text.components(separatedBy: "{{^").count <= 10 else { return }
    let document = templateDocument
    let first = try? plugin.render(document, options: RenderOptions())
    let second = try? plugin.render(document, options: RenderOptions())
    if first != second { fail("rendering a template twice gave two texts") }
}

/// The document the template target renders (made once).
let templateDocument: PluginDocument = {
    let result = RoadmapLoader(composer: CurriculumBaseComposer()).loadSynchronously([.bundled(id: "mlops-lite")])
    guard let roadmap = result.roadmaps.first else { fail("the bundled mlops-lite does not load") }
    return .roadmap(DocumentBuilder.document(for: roadmap, files: result.files))
}()
