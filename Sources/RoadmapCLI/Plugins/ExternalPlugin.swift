import Foundation
import RoadmapPlugin
import RoadmapLoading

/// An output plugin outside the tool: an executable named `roadmap-plugin-NAME`. It gets the
/// JSON document on standard input and the format name as its first argument, and writes the
/// output to standard output. A non-zero exit, or no output at all, is an error naming the
/// plugin (and `-o` keeps what it holds). Its environment is
/// the tool's with `ROADMAP_API_VERSION` (the document's, as MAJOR.MINOR), `ROADMAP_FORMAT` (its
/// name) and `ROADMAP_COLOR` (`1` when its output goes to a terminal that takes colour, else
/// `0`). docs/plugins.md is the guide.
struct ExternalPlugin: OutputPlugin {
    let name: String
    let path: String
    var summary: String { "External plugin at \(path)" }
    let kinds = DocumentKind.allCases
    var fileExtension: String { name }

    /// The prefix of external plugin executables.
    static let prefix = "roadmap-plugin-"

    /// The longest a plugin may run, in seconds (`--plugin-timeout`, `ROADMAP_PLUGIN_TIMEOUT`).
    var timeout: Double = ExternalPlugin.defaultTimeout

    /// The default time limit, in seconds.
    static let defaultTimeout: Double = 60

    func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        var text = ""
        try write(document, options: options, to: &text)
        return text
    }

    /// Runs the plugin with the document on its standard input and hands its output on as it
    /// comes (it is never held whole): to a file or standard output byte for byte (it need not
    /// be UTF-8), to text decoded. The plugin runs in its own process group, ended when it
    /// overruns ``timeout``, when the tool is interrupted, or when writing its output fails (a
    /// full disk, a reader that went away: reported as that, not as a plugin failure). A plugin
    /// that fails is named with its exit status and the end of what it wrote to standard error;
    /// what a plugin that succeeds writes there is passed on, made inert.
    func write<Output: TextOutputStream>(_ document: PluginDocument, options: RenderOptions, to output: inout Output) throws(PluginError) {
        let input = try DocumentJSON.encode(document)
        let version = document.documentVersion.map(String.init).joined(separator: ".")
        let child = ChildProcess(executable: path, arguments: [name], environment: ["ROADMAP_API_VERSION": version, "ROADMAP_FORMAT": name, "ROADMAP_COLOR": options.color ? "1" : "0"], timeout: timeout)
        var bytes = output as? DescriptorStream
        var decoder = UTF8Pieces()
        var written = 0
        let outcome: ChildProcess.Outcome
        do {
            outcome = try child.run(input: Array(input.utf8)) { piece in
                written += piece.count
                guard bytes != nil else {
                    output.write(decoder.text(of: piece))
                    return true
                }
                piece.withUnsafeBufferPointer { bytes!.write(bytes: $0) }
                return bytes!.failure == 0
            }
        } catch {
            throw PluginError("plugin `\(shownName)` (\(shownPath)) could not be started: \(error.message)")
        }
        if let bytes {
            // Hand the stream back with its state: a failed write is reported by whoever writes.
            if let same = bytes as? Output { output = same }
            if bytes.failure != 0 { return }
        } else {
            output.write(decoder.finish())
        }
        let why: String
        switch outcome.ending {
        case .exited(0) where written == 0:
            // Nothing at all is a failure, not an empty result: `-o` keeps what it holds.
            why = "exited 0 but wrote nothing to standard output"
        case .exited(0):
            if !outcome.errorTail.isEmpty {
                Terminal.writeError("roadmap: plugin `\(shownName)` wrote to standard error:\n\(outcome.errorTail)\n")
            }
            return
        case .exited(let status): why = "failed with exit status \(status)"
        case .signalled(let signal): why = "was ended by signal \(signal)"
        case .timedOut: why = "did not finish within \(Environment.describe(seconds: timeout)) (it was stopped; raise the limit with --plugin-timeout or ROADMAP_PLUGIN_TIMEOUT)"
        }
        throw PluginError("plugin `\(shownName)` (\(shownPath)) \(why)" + (outcome.errorTail.isEmpty ? "" : "; its standard error ends:\n\(outcome.errorTail)"))
    }

    /// The name and path as they may be printed (a file name can hold an escape sequence).
    private var shownName: String { InertText.make(name) }
    private var shownPath: String { InertText.make(path) }

    /// Executables named `roadmap-plugin-*` in `directories`, then on `PATH`; the first of a name wins.
    static func discover(in directories: [String], timeout: Double = defaultTimeout) -> [ExternalPlugin] {
        discoverWithProblems(in: directories, timeout: timeout).plugins
    }

    /// As ``discover(in:timeout:)``, with what `roadmap plugins` warns about: a
    /// `roadmap-plugin-*` entry that is not an executable file, and a plugin hidden by one of its
    /// name found earlier on the path.
    static func discoverWithProblems(in directories: [String], timeout: Double = defaultTimeout) -> (plugins: [ExternalPlugin], problems: [PluginRegistry.Problem]) {
        var searched = directories
        if let path = ProcessInfo.processInfo.environment["ROADMAP_PLUGIN_PATH"] {
            searched += path.split(separator: ":").map(String.init)
        }
        if let path = ProcessInfo.processInfo.environment["PATH"] {
            searched += path.split(separator: ":").map(String.init)
        }
        var found: [String: ExternalPlugin] = [:]
        var order: [String] = []
        var problems: [PluginRegistry.Problem] = []
        var seenDirectories: Set<String> = []
        for directory in searched where !directory.isEmpty && seenDirectories.insert(directory).inserted {
            for file in FileBytes.directoryEntries(directory).sorted() where file.hasPrefix(prefix) && file.count > prefix.count {
                let full = directory + "/" + file
                let name = String(file.dropFirst(prefix.count))
                guard FileBytes.isExecutableFile(full) else {
                    problems.append(PluginRegistry.Problem(name: name, code: .pluginNotExecutable,
                                                           message: "`\(full)` looks like a plugin but is not an executable file; it is skipped (chmod +x it, or rename it)"))
                    continue
                }
                if let winner = found[name] {
                    problems.append(PluginRegistry.Problem(name: name, code: .pluginShadowed,
                                                           message: "`\(full)` is hidden by `\(winner.path)`, found earlier on the plugin path (--plugin-dir, ROADMAP_PLUGIN_PATH, PATH)"))
                } else {
                    found[name] = ExternalPlugin(name: name, path: full, timeout: timeout)
                    order.append(name)
                }
            }
        }
        return (order.map { found[$0]! }, problems)
    }
}
