#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see the old content or the new, never a half-written file:
/// a temporary file beside it, flushed, then renamed over it.
enum AtomicFile {
    /// Why writing failed.
    struct Failure: Error {
        let message: String
    }

    /// Writes `text` to `path`, replacing what was there (unless `overwrite` is false: then an
    /// existing file is an error, checked when the new file is moved into place).
    static func write(_ text: String, to path: String, overwrite: Bool = true) throws(Failure) {
        do {
            try write(to: path, overwrite: overwrite) { $0.write(text) }
        } catch {
            throw error as? Failure ?? Failure(message: "cannot write \(path): \(error)")
        }
    }

    /// Writes what `body` writes to `path`, as ``write(_:to:overwrite:)`` does. When `body`
    /// throws, nothing is replaced and its error is rethrown. A path that names a device, a
    /// pipe or a socket (`/dev/stdout`, a named pipe) is written in place, never replaced; a
    /// symbolic link keeps pointing where it did, and the file it points to is replaced.
    static func write(to path: String, overwrite: Bool = true, _ body: (inout DescriptorStream) throws -> Void) throws {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            try writeInPlace(to: path, body)
            return
        }
        let target = resolvedLink(path) ?? path
        let directory = target.contains("/") ? String(target[...target.lastIndex(of: "/")!]) : "./"
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = directory + ".\(name).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        var stream = DescriptorStream(descriptor: descriptor)
        do {
            try body(&stream)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        var failed = stream.failure
        if failed == 0 && fsync(descriptor) != 0 { failed = errno }
        close(descriptor)
        if failed == 0 {
            if overwrite {
                if rename(temporary, target) != 0 { failed = errno }
            } else {
                // link() fails when the target exists, so nothing is ever replaced.
                if link(temporary, target) != 0 { failed = errno }
                unlink(temporary)
            }
        }
        if failed != 0 {
            unlink(temporary)
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(failed)))")
        }
    }

    /// Writes to a special file as it is (a device or a pipe cannot be replaced by a file).
    private static func writeInPlace(to path: String, _ body: (inout DescriptorStream) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else {
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var stream = DescriptorStream(descriptor: descriptor)
        try body(&stream)
        if stream.failure != 0 {
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(stream.failure)))")
        }
    }

    /// The file a symbolic link at `path` points to, or `nil` when `path` is not a link (or a dangling one).
    private static func resolvedLink(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
