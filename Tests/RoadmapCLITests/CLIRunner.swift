import Foundation
import RoadmapTestSupport
import Testing
import RoadmapModel

/// What one run of the `roadmap` binary gave.
struct CLIRun: Sendable {
    var status: Int32
    /// True when the process died of a signal (a crash) rather than exiting.
    var crashed: Bool
    var timedOut: Bool
    var stdout: Data
    var stderr: Data
    var seconds: Double

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs the built `roadmap` executable.
enum CLI {
    /// The package root, from this file's path.
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The wall-clock time within which one run on a small or hostile input must finish. On an idle
    /// machine such a run of the debug binary takes about a tenth of a second; the bound is wide
    /// because other builds may share the machine's cores. It catches hangs and runaway work
    /// (quadratic nesting, unbounded reads), not small slowdowns.
    static let quickEnough: Double = 10

    /// `Tests/RoadmapLibraryTests/Fixtures`.
    static let fixtures = packageRoot + "/Tests/RoadmapLibraryTests/Fixtures"

    /// The `roadmap` binary: next to the test runner (the package's build folder), or else in a
    /// `.build*/debug/` folder of the package.
    static let binary: String? = {
        let manager = FileManager.default
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {  // on Darwin the runner is inside Foo.xctest/Contents/MacOS
            let candidate = folder.appendingPathComponent("roadmap").path
            if manager.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let builds = ((try? manager.contentsOfDirectory(atPath: packageRoot)) ?? []).filter { $0.hasPrefix(".build") }.sorted()
        for build in builds {
            let candidate = packageRoot + "/" + build + "/debug/roadmap"
            if manager.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// A thread-safe holder for what the reader threads collect.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Int: Data] = [:]
        func set(_ data: Data, for key: Int) { lock.withLock { storage[key] = data } }
        func get(_ key: Int) -> Data { lock.withLock { storage[key] ?? Data() } }
    }

    /// Runs a shell script in `directory` with `$ROADMAP` set to the binary, for what needs the
    /// shell's redirections (`> /dev/full`, `< /dev/zero`, `| head`); as ``run(_:in:timeout:sourceLocation:)``.
    static func shell(_ script: String, in directory: String? = nil, timeout: Double = 30,
                      environment extra: [String: String] = [:],
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CLIRun {
        let path = try #require(binary, "the roadmap binary was not found", sourceLocation: sourceLocation)
        return try run(["-c", script], in: directory, timeout: timeout, executable: "/bin/sh",
                       environment: extra.merging(["ROADMAP": path]) { a, _ in a }, sourceLocation: sourceLocation)
    }

    /// Runs `roadmap arguments…` in `directory`, reading both pipes to the end on their own
    /// threads (so a full pipe cannot deadlock the child), and kills it after `timeout` seconds.
    static func run(_ arguments: [String], in directory: String? = nil, timeout: Double = 30,
                    executable: String? = nil, environment extra: [String: String] = [:],
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CLIRun {
        let path = try executable ?? #require(binary, "the roadmap binary was not found next to the test runner or in .build*/debug", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? packageRoot)
        var environment = ProcessInfo.processInfo.environment
        environment["ROADMAP_PATH"] = nil
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "80"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice

        let collected = Collected()
        let readers = DispatchGroup()
        for (key, pipe) in [(1, outPipe), (2, errPipe)] {
            let handle = pipe.fileHandleForReading
            DispatchQueue.global().async(group: readers) {
                collected.set(handle.readDataToEndOfFile(), for: key)
            }
        }
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let start = Date()
        try process.run()
        // Process closes the parent's copies of the write ends, so the readers see end of file.
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if exited.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL); exited.wait() }
        }
        let seconds = Date().timeIntervalSince(start)
        _ = readers.wait(timeout: .now() + 10)
        return CLIRun(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                      timedOut: timedOut, stdout: collected.get(1), stderr: collected.get(2), seconds: seconds)
    }

    /// The text with every run of white space made one space, to check wrapped help text.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A new empty temporary folder.
    /// The path of `program` on PATH, or `nil`.
    static func which(_ program: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { $0 + "/" + program }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func temporaryFolder() throws -> String {
        let path = try ScratchFolder.make("roadmap-cli")
        return path
    }
}
