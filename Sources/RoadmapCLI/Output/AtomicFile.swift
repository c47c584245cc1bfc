#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see the old content or the new, never a half-written file:
/// a temporary file beside it, flushed, then renamed over it.
///
/// What the user had is kept: the new file gets the old one's permissions, owner and group. A
/// read-only file, or one with other hard links (which a rename would split from it), is not
/// replaced unless the write is forced; nor is a file that changed on disk since it was read
/// (``Stamp``). The temporary file is removed if the tool is interrupted (``SignalCleanup``).
enum AtomicFile {
    /// Why writing failed.
    struct Failure: Error {
        let message: String
        /// True when the file was refused (read-only, hard-linked, changed meanwhile, existing):
        /// exit 73, "cannot create"; otherwise writing itself failed (exit 74).
        var refused = false
    }

    /// What identifies a file's content as read: a later write checks that it is still the same.
    struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        /// The stamp of the file at `path` now, or nil when there is none.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = info.st_mtim
            changed = info.st_ctim
        }

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    /// How a write treats an existing file.
    struct Policy {
        /// Replace an existing file at all (false: an existing file is refused, checked when the
        /// new file is moved into place).
        var overwrite = true
        /// Replace a file that is read-only, has other hard links, or whose owner or group cannot
        /// be kept (the new file is then the user's).
        var force = false
        /// With `overwrite` false: why an existing file is left alone, for the message.
        var existingFile = "it already exists; use --force to replace it"
        /// The file as it was read: it must still be so when it is replaced.
        var unchangedSince: Stamp?
    }

    /// Writes `text` to `path` under `policy`.
    static func write(_ text: String, to path: String, policy: Policy = Policy()) throws(Failure) {
        do {
            try write(to: path, policy: policy) { $0.write(text) }
        } catch {
            throw error as? Failure ?? Failure(message: "cannot write \(path): \(error)")
        }
    }

    /// Writes what `body` writes to `path`, as ``write(_:to:policy:)`` does. When `body`
    /// throws, nothing is replaced and its error is rethrown. A path that names a device, a
    /// pipe or a socket (`/dev/stdout`, a named pipe) is written in place, never replaced; a
    /// symbolic link keeps pointing where it did, and the file it points to is replaced.
    static func write(to path: String, policy: Policy = Policy(), _ body: (inout DescriptorStream) throws -> Void) throws {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw Failure(message: "not replacing \(path): it is a folder; name a file", refused: true)
        }
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            try writeInPlace(to: path, body)
            return
        }
        let target = try resolvedLink(path) ?? path
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists, policy.overwrite { try checkReplaceable(path, existing, policy) }
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? "./"
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let mode = exists ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
        // A fresh name each try (the process id and a random part), created exclusively: a
        // file left by a run that was killed outright never blocks this one.
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<16 {
            temporary = directory + ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            guard SignalCleanup.shared.addTemporaryFile(temporary) else { break }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, mode_t(0o600))
            if descriptor >= 0 || errno != EEXIST { break }
            SignalCleanup.shared.removeTemporaryFile(temporary)
        }
        defer { SignalCleanup.shared.removeTemporaryFile(temporary) }
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
        var refusal: String?
        // Owner and group first (changing them may clear set-id bits), then the permissions. The
        // new file's own owner and group are what its folder gave it (a setgid folder gives its
        // group), so they are compared, not assumed.
        var created = stat()
        if failed == 0, exists, fstat(descriptor, &created) == 0,
           created.st_uid != existing.st_uid || created.st_gid != existing.st_gid,
           fchown(descriptor, existing.st_uid, existing.st_gid) != 0, !policy.force {
            refusal = "cannot keep its owner and group (\(String(cString: strerror(errno)))); it was left as it was (--force replaces it with a file of yours)"
        }
        if failed == 0, refusal == nil, fchmod(descriptor, mode) != 0 { failed = errno }
        if failed == 0, refusal == nil, fsync(descriptor) != 0 { failed = errno }
        close(descriptor)
        if failed == 0, refusal == nil, let stamp = policy.unchangedSince, Stamp(path: target) != stamp {
            refusal = "it changed on disk after it was read; it was left as it is now (run the command again)"
        }
        if failed == 0, refusal == nil {
            if policy.overwrite {
                if rename(temporary, target) != 0 { failed = errno }
            } else {
                // link() fails when the target exists, so nothing is ever replaced.
                if link(temporary, target) != 0 {
                    if errno == EEXIST { refusal = policy.existingFile } else { failed = errno }
                }
                unlink(temporary)
            }
        }
        if failed != 0 || refusal != nil {
            unlink(temporary)
            if let refusal { throw Failure(message: "not replacing \(path): \(refusal)", refused: true) }
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(failed)))")
        }
    }

    /// Refuses to replace a read-only or hard-linked file unless forced.
    private static func checkReplaceable(_ path: String, _ info: stat, _ policy: Policy) throws(Failure) {
        guard !policy.force else { return }
        if info.st_mode & 0o222 == 0 {
            throw Failure(message: "not replacing \(path): it is read-only; make it writable (chmod u+w) or use --force", refused: true)
        }
        if info.st_nlink > 1 {
            throw Failure(message: "not replacing \(path): it has \(info.st_nlink - 1) other hard link\(info.st_nlink == 2 ? "" : "s"), which replacing it would split from it; use --force to replace it anyway", refused: true)
        }
    }

    /// Writes to a special file as it is (a device or a pipe cannot be replaced by a file).
    private static func writeInPlace(to path: String, _ body: (inout DescriptorStream) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
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

    /// The file a symbolic link at `path` points to, or `nil` when `path` is not a link. A
    /// dangling link is followed too (the file it names is created); a loop is an error.
    private static func resolvedLink(_ path: String) throws(Failure) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        // Dangling: follow the chain by hand, as `open(O_CREAT)` would, at most 40 links.
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { return current }   // not a link any more: the file to create
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let base = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
            current = target.hasPrefix("/") ? target : base + target
            guard lstat(current, &info) == 0 else { return current }
            guard info.st_mode & S_IFMT == S_IFLNK else { return current }
        }
        throw Failure(message: "cannot write \(path): the symbolic links it goes through form a loop", refused: true)
    }

    /// The process's umask (read by setting it and setting it back).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
