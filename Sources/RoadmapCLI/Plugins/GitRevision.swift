import Foundation

/// A file at a git revision, written `REV:PATH` (`HEAD~1:Roadmaps/mlops.yaml`), read with `git show`.
struct GitRevision {
    let revision: String
    let path: String

    /// Why a revision could not be read.
    struct Failure: Error {
        let message: String
    }

    /// `REV:PATH` split at the first colon; `nil` when either side is empty.
    init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let revision = String(text[..<colon])
        let path = String(text[text.index(after: colon)...])
        guard !revision.isEmpty, !path.isEmpty, !revision.contains("/") || revision.contains("~") || revision.contains("^") else { return nil }
        self.revision = revision
        self.path = path
    }

    /// The file's text at the revision, or why it could not be read.
    func read() -> Result<String, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A path relative to the current folder, as `git show REV:./PATH` reads it.
        let spec = path.hasPrefix("/") || path.hasPrefix("./") ? "\(revision):\(path)" : "\(revision):./\(path)"
        process.arguments = ["git", "show", spec]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(Failure(message: "cannot run git: \(error.localizedDescription)"))
        }
        let errorReader = Thread { _ = errors.fileHandleForReading.readDataToEndOfFile() }
        var errorData = Data()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        errorData = errors.fileHandleForReading.readDataToEndOfFile()
        _ = errorReader
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if message.contains("not a git repository") {
                return .failure(Failure(message: "not inside a git repository, so a REV:PATH argument cannot be read"))
            }
            return .failure(Failure(message: "git cannot read it: \(message.split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)")"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
