import ArgumentParser
import RoadmapComposition
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// `--progress FILE`: a learner's progress file, shown in the document every plugin receives.
struct ProgressOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A progress file (`roadmap progress FILE done REF…` writes one; the page exports one): each topic's status goes into the output.",
        valueName: "file"))
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
        guard FileBytes.isRegularFile(path), let bytes = try? FileBytes.read(path, limit: 1 << 24) else { return false }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        return head.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("roadmap-progress:") }
    }

    /// The decoded file; a missing file is exit 66, an invalid one exit 65 (every problem reported).
    static func read(_ path: String, files: inout SourceFiles, maxBytes: Int) throws -> ProgressFile {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: maxBytes)
        } catch {
            throw error.reported()
        }
        let fileID = files.add(SourceFile(displayName: path, origin: .file(path: path), retainedText: String(decoding: bytes, as: UTF8.self)))
        let (progress, problems) = ProgressFile.decode(bytes, file: fileID)
        Report.shared.add(problems, files: files)
        guard let progress, !problems.containsErrors else { throw Report.shared.fail(.invalidInput) }
        return progress
    }
}
