import Foundation
import ArgumentParser
import RoadmapComposition
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// `--progress FILE`: a learner's progress file, shown in the document every plugin receives.
struct ProgressOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A progress file (`roadmap progress FILE done REF…` writes one; the page exports one): each topic's status goes into the output.",
        valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    /// The progress file, read and checked (errors reported: exit 65), or `nil` without the option.
    func load(files: inout SourceFiles, maxBytes: Int) throws -> ProgressFile? {
        guard let progress else { return nil }
        return try ProgressInput.read(progress, files: &files, maxBytes: maxBytes)
    }

    /// The curriculum with the progress file's statuses and totals (warnings reported).
    func applied(to document: CurriculumDocument, files: inout SourceFiles, maxBytes: Int) throws -> CurriculumDocument {
        guard let file = try load(files: &files, maxBytes: maxBytes), let progress else { return document }
        let report = ProgressReport(file, curriculum: document)
        Report.shared.add(report.diagnostics, files: files)
        return report.applied(to: document, file: progress)
    }

    /// The roadmap with the progress file's statuses and totals (warnings reported).
    func applied(to document: RoadmapDocument, files: inout SourceFiles, maxBytes: Int) throws -> RoadmapDocument {
        guard let file = try load(files: &files, maxBytes: maxBytes), let progress else { return document }
        let report = ProgressReport(file, roadmap: document)
        Report.shared.add(report.diagnostics, files: files)
        return report.applied(to: document, file: progress)
    }
}

/// Reading a progress file for any command: located errors through the report.
enum ProgressInput {
    /// True when `path` is a file that starts as a progress file does (`roadmap-progress:`
    /// among its first lines), so that `--skip-known` can take a progress file or a roadmap.
    static func isProgressFile(_ path: String) -> Bool {
        guard FileBytes.isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        // The first key, after comments, blank lines and a `---`, says which format the file is in.
        var text = ""
        while let chunk = try? handle.read(upToCount: 65_536), !chunk.isEmpty {
            text += String(decoding: chunk, as: UTF8.self)
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for line in lines.dropLast() {
                let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
                if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("---") || trimmed.hasPrefix("%") { continue }
                return trimmed.hasPrefix("roadmap-progress:")
            }
            text = String(lines.last ?? "")
            if text.utf8.count > 1 << 20 { return false }   // one line of a megabyte: no progress file
        }
        let last = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
        return last.hasPrefix("roadmap-progress:")
    }

    /// The decoded file; a missing file is exit 66, an invalid one exit 65 (every problem reported).
    static func read(_ path: String, files: inout SourceFiles, maxBytes: Int) throws -> ProgressFile {
        try decode(try bytes(path, maxBytes: maxBytes), path: path, files: &files)
    }

    /// The file's bytes (a missing or unreadable file reported: exit 66 or 74).
    static func bytes(_ path: String, maxBytes: Int) throws -> [UInt8] {
        do {
            return try FileBytes.read(path, limit: maxBytes)
        } catch {
            throw error.reported()
        }
    }

    /// The progress file in `bytes`, read from `path` (its problems reported, all of them: exit 65).
    static func decode(_ bytes: [UInt8], path: String, files: inout SourceFiles) throws -> ProgressFile {
        let fileID = files.add(SourceFile(displayName: path, origin: .file(path: path), retainedText: String(decoding: bytes, as: UTF8.self)))
        let (progress, problems) = ProgressFile.decode(bytes, file: fileID)
        Report.shared.add(problems, files: files)
        guard let progress, !problems.containsErrors else { throw Report.shared.fail(.invalidInput) }
        return progress
    }
}
