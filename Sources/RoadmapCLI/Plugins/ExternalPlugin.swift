import Foundation
import RoadmapPlugin

/// An output plugin outside the tool: an executable named `roadmap-plugin-NAME`. It gets the
/// JSON document on standard input and the format name as its first argument, and writes the
/// output to standard output. A non-zero exit is an error naming the plugin.
struct ExternalPlugin: OutputPlugin {
    let name: String
    let path: String
    var summary: String { "External plugin at \(path)" }
    let kinds = DocumentKind.allCases
    var fileExtension: String { name }

    /// The prefix of external plugin executables.
    static let prefix = "roadmap-plugin-"

    func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        let input = try DocumentJSON.encode(document)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [name]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw PluginError("plugin `\(name)` (\(path)) could not be started: \(error.localizedDescription)")
        }
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = String(decoding: errorData.get(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PluginError("plugin `\(name)` (\(path)) failed with exit status \(process.terminationStatus)" + (message.isEmpty ? "" : ": \(message)"))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Executables named `roadmap-plugin-*` in `directories`, then on `PATH`; the first of a name wins.
    static func discover(in directories: [String]) -> [ExternalPlugin] {
        var searched = directories
        if let path = ProcessInfo.processInfo.environment["ROADMAP_PLUGIN_PATH"] {
            searched += path.split(separator: ":").map(String.init)
        }
        if let path = ProcessInfo.processInfo.environment["PATH"] {
            searched += path.split(separator: ":").map(String.init)
        }
        var found: [String: ExternalPlugin] = [:]
        var order: [String] = []
        for directory in searched where !directory.isEmpty {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in names.sorted() where file.hasPrefix(prefix) && file.count > prefix.count {
                let full = directory + "/" + file
                guard FileManager.default.isExecutableFile(atPath: full) else { continue }
                let name = String(file.dropFirst(prefix.count))
                if found[name] == nil {
                    found[name] = ExternalPlugin(name: name, path: full)
                    order.append(name)
                }
            }
        }
        return order.map { found[$0]! }
    }
}

/// Data handed from a reader thread, safe to read once it is set.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return data != nil
    }

    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data ?? Data()
    }
}
