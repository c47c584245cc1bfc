
/// A file at a git revision, written `REV:PATH` as git writes it (`HEAD~1:Roadmaps/mlops.yaml`,
/// `origin/main:Roadmaps/mlops.yaml`): PATH is relative to the top of the repository, and
/// `REV:./PATH` relative to the current folder. Read with git, which is never handed the
/// user's text as an option: the object is verified with `git rev-parse --verify
/// --end-of-options`, then read by its id with `git cat-file blob`.
struct GitRevision {
    let revision: String
    let path: String

    /// Why a revision could not be read.
    struct Failure: Error {
        let message: String
        /// git failed without a word (`rev-parse --quiet`): the caller says why.
        var silent = false
    }

    /// The longest git (and the diff driver's `diff`) may take, in seconds
    /// (`ROADMAP_GIT_TIMEOUT`, else 60).
    static var timeout: Double { Environment.seconds("ROADMAP_GIT_TIMEOUT") ?? 60 }

    /// `REV:PATH` split at the first colon; `nil` without a PATH. An empty REV (`:PATH`) is
    /// git's index, as in `git show :PATH`.
    init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let revision = String(text[..<colon])
        let path = String(text[text.index(after: colon)...])
        guard !path.isEmpty else { return nil }
        self.revision = revision
        self.path = path
    }

    /// The file's bytes at the revision (at most `limit` of them), or why they could not be read.
    func read(limit: Int) -> Result<[UInt8], Failure> {
        let verified: [UInt8]
        switch git(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision):\(path)"], limit: 4096) {
        case .failure(let failure) where failure.silent:
            // Say which half is wrong: the revision, or the path at it.
            if !revision.isEmpty, case .failure = git(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{object}"], limit: 4096) {
                return .failure(Failure(message: "git has no revision `\(revision)`"))
            }
            return .failure(Failure(message: "git has no file `\(path)` at revision `\(revision)` (PATH is relative to the top of the repository; write REV:./PATH for one relative to this folder)"))
        case .failure(let failure): return .failure(failure)
        case .success(let output): verified = output
        }
        let object = String(decoding: verified, as: UTF8.self).filter { !$0.isWhitespace }
        guard !object.isEmpty, object.allSatisfy(\.isHexDigit) else {
            return .failure(Failure(message: "git has no file `\(path)` at revision `\(revision)`"))
        }
        return git(["cat-file", "blob", object], limit: limit)
    }

    /// Where the file is in the work tree, as a path from this folder: PATH from the top of the
    /// repository (`git rev-parse --show-toplevel`), or as written when it starts with `./` or
    /// `../` (git reads those from this folder too). A relative `extends` of the version read is
    /// looked up next to it.
    func workTreePath() -> String {
        if path.hasPrefix("./") || path.hasPrefix("../") || path.hasPrefix("/") { return path }
        guard case .success(let output) = git(["rev-parse", "--show-toplevel"], limit: 64 << 10) else { return path }
        let top = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
        return top.isEmpty ? path : top + "/" + path
    }

    /// What git writes to standard output for `arguments`, or why it failed.
    private func git(_ arguments: [String], limit: Int) -> Result<[UInt8], Failure> {
        var output: [UInt8] = []
        var tooLarge = false
        // Never a prompt (git runs in a process group of its own, where a prompt would only wait).
        let child = ChildProcess(executable: "git", searchesPath: true, arguments: arguments,
                                 environment: ["GIT_TERMINAL_PROMPT": "0"], timeout: Self.timeout)
        let outcome: ChildProcess.Outcome
        do {
            outcome = try child.run(input: []) { piece in
                output += piece
                tooLarge = output.count > limit
                return !tooLarge
            }
        } catch {
            return .failure(Failure(message: "cannot run git: \(error.message)"))
        }
        if tooLarge {
            return .failure(Failure(message: "the file at that revision is more than \(limit) bytes, the limit (raise it with --max-file-size)"))
        }
        switch outcome.ending {
        case .exited(0):
            return .success(output)
        case .timedOut:
            return .failure(Failure(message: "git did not answer within \(Environment.describe(seconds: Self.timeout)) and was stopped (ROADMAP_GIT_TIMEOUT sets the limit)"))
        case .signalled(let signal):
            return .failure(Failure(message: "git was ended by signal \(signal)"))
        case .exited(let status):
            let message = outcome.errorTail
            if message.contains("not a git repository") {
                return .failure(Failure(message: "not inside a git repository, so a REV:PATH argument cannot be read"))
            }
            if message.isEmpty, arguments.first == "rev-parse" {
                return .failure(Failure(message: "", silent: true))
            }
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
            return .failure(Failure(message: "git cannot read it: \(firstLine)"))
        }
    }
}
