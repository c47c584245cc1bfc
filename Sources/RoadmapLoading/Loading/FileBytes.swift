#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapModel

/// Reads whole files into memory with plain POSIX calls (no Foundation round trip).
public enum FileBytes {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable, Sendable {
        case missing(String)
        case notAFile(String)
        /// Larger than the limit; `size` is nil where it is not known (standard input, read until the limit).
        case tooLarge(String, size: Int?, limit: Int)
        /// Its name, or the name of the file a symbolic link at it points to, does not end in
        /// `.yaml` or `.yml`: only roadmap files are read as roadmaps.
        case notARoadmap(String)
        /// It cannot be opened (permissions, for example).
        case unreadable(String, reason: String)
        /// It was opened, but reading it failed (an I/O error).
        case readFailed(String, reason: String)

        /// A sentence for the user.
        public var message: String {
            switch self {
            case .missing(let path): "no such file: \(path)"
            case .notAFile(let path): "not a regular file: \(path)"
            case .notARoadmap(let path): "not a roadmap file: \(path) (\(FileBytes.roadmapNameRule))"
            case .tooLarge(let path, let size?, let limit): "\(path) is \(size) bytes; the limit is \(limit) bytes (raise it with --max-file-size)"
            case .tooLarge(let path, nil, let limit): "\(path) is more than \(limit) bytes, the limit (raise it with --max-file-size)"
            case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
            case .readFailed(let path, let reason): "reading \(path) failed: \(reason)"
            }
        }
    }

    /// The bytes of the file at `path`, refusing files larger than `limit` before reading them.
    ///
    /// Only a regular file is read: the file is opened without blocking (a named pipe or a
    /// device would otherwise wait for a writer forever) and its type checked on the open
    /// descriptor, so a FIFO, a socket or a device is ``Failure/notAFile(_:)`` at once.
    public static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing(path) }
            if errno == ENXIO || errno == EISDIR { throw .notAFile(path) }
            throw .unreadable(path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAFile(path) }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(path, size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }

    /// The bytes of the roadmap file at `path`, as ``read(_:limit:)``, refused unless its name
    /// ends in `.yaml` or `.yml` and, when it is a symbolic link, so does the name of the file
    /// the link resolves to (`base.yaml → /etc/shadow` is never opened).
    public static func readRoadmap(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        guard isRoadmapName(path), isRoadmapName(canonicalPath(path)) else { throw .notARoadmap(path) }
        return try read(path, limit: limit)
    }

    /// The rule ``isRoadmapName(_:)`` checks, as messages say it.
    public static let roadmapNameRule = "a roadmap file's name ends in .yaml or .yml, and so does the name of the file a link points to"

    /// True when `path` names a roadmap file: it ends in `.yaml` or `.yml`.
    public static func isRoadmapName(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    /// All of standard input, refusing more than `limit` bytes: reading stops as soon as the
    /// limit is passed (`< /dev/zero` fails at once instead of filling memory).
    public static func readStandardInput(limit: Int) throws(Failure) -> [UInt8] {
        let name = "standard input"
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in systemRead(0, buffer.baseAddress!, buffer.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // Standard input left non-blocking by whoever started the tool: wait for it.
                    var ready = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                throw .readFailed(name, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            if bytes.count + count > limit { throw .tooLarge(name, size: nil, limit: limit) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// `path` with symbolic links, `.` and `..` resolved (`realpath`), or `path` itself when it
    /// does not exist: two spellings of one file compare equal.
    public static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// True when `path` is a regular file (a link to one too).
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// True when `path` is a regular file (a link to one too) that this process may run.
    public static func isExecutableFile(_ path: String) -> Bool {
        isRegularFile(path) && access(path, X_OK) == 0
    }

    /// True when `path` is a folder.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The `.yaml` and `.yml` files directly in `directory`, sorted by name; empty when it cannot be read.
    public static func roadmapFiles(in directory: String) -> [String] {
        let names = directoryEntries(directory).filter { isRoadmapName($0) && !$0.hasPrefix(".") }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return names.sorted().map { base + $0 }
    }

    /// The names in `directory` (without `.` and `..`), in no particular order; empty when it
    /// cannot be read.
    public static func directoryEntries(_ directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Musl)
private let systemRead = Musl.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

extension FileBytes.Failure {
    /// The diagnostic code of the failure.
    public var code: DiagnosticCode {
        switch self {
        case .missing: .fileMissing
        case .notAFile: .notAFile
        case .notARoadmap: .notARoadmapFile
        case .tooLarge: .fileTooLarge
        case .unreadable, .readFailed: .fileUnreadable
        }
    }
}
