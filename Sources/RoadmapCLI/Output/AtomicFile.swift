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
        let directory = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : "./"
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = directory + ".\(name).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        var text = text
        var failed: Int32 = 0
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                offset += written
            }
        }
        if failed == 0 && fsync(descriptor) != 0 { failed = errno }
        close(descriptor)
        if failed == 0 {
            if overwrite {
                if rename(temporary, path) != 0 { failed = errno }
            } else {
                // link() fails when the target exists, so nothing is ever replaced.
                if link(temporary, path) != 0 { failed = errno }
                unlink(temporary)
            }
        }
        if failed != 0 {
            unlink(temporary)
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(failed)))")
        }
    }
}
