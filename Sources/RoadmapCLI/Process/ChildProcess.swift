#if canImport(Glibc)
import Glibc
#endif
import RoadmapPlugin


/// Runs another program (an external plugin, git) so that it can neither hang nor kill the
/// tool: it runs in a process group of its own, which is ended (with every process in it) when
/// it overruns its time, when the tool is interrupted (``SignalCleanup``), and once it has
/// exited; its input is written without blocking (a program that exits without reading it is
/// no error here: its exit status says what happened); its output is handed on in pieces as
/// it comes, and only the last ``errorTailLimit`` bytes of its standard error are kept.
struct ChildProcess {
    /// The program to run: a path, or a name looked up on `PATH` when ``searchesPath``.
    var executable: String
    /// Whether ``executable`` is a name to find on `PATH` (as a shell would).
    var searchesPath = false
    /// Its arguments, after the program name.
    var arguments: [String]
    /// Variables added to (or replacing those of) the tool's environment.
    var environment: [String: String] = [:]
    /// The longest it may run, in seconds.
    var timeout: Double
    /// How much of the end of its standard error is kept for the message of a failure.
    var errorTailLimit = 16 * 1024

    /// How a run ended.
    enum Ending: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)
        /// It ran longer than ``ChildProcess/timeout`` and was ended.
        case timedOut
    }

    /// What a finished run left: how it ended and the end of its standard error.
    struct Outcome {
        var ending: Ending
        /// The last bytes of its standard error, as text with control characters made visible.
        var errorTail: String
    }

    /// Why it could not be run at all.
    struct Failure: Error {
        var message: String
    }

    /// Runs the program with `input` on its standard input, calling `output` with each piece of
    /// its standard output. `output` returns false to stop the run early (the program is then
    /// ended); the outcome is what it was at that point.
    func run(input: [UInt8], output: ([UInt8]) -> Bool) throws(Failure) -> Outcome {
        var inputPipe: [Int32] = [-1, -1], outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard pipe(&inputPipe) == 0, pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
            for fd in inputPipe + outputPipe + errorPipe where fd >= 0 { close(fd) }
            throw Failure(message: "cannot create pipes: \(String(cString: strerror(errno)))")
        }
        // Not inherited by the program (it gets copies as 0, 1 and 2) nor by any other.
        for fd in inputPipe + outputPipe + errorPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let pid: pid_t
        do throws(Failure) {
            pid = try spawn(stdin: inputPipe[0], stdout: outputPipe[1], stderr: errorPipe[1])
        } catch {
            for fd in inputPipe + outputPipe + errorPipe { close(fd) }
            throw error
        }
        SignalCleanup.shared.addProcessGroup(pid)
        defer {
            SignalCleanup.shared.removeProcessGroup(pid)
            SignalCleanup.shared.holdIfTerminating()
        }
        close(inputPipe[0]); close(outputPipe[1]); close(errorPipe[1])
        var writeEnd = inputPipe[1], readEnd = outputPipe[0], errorEnd = errorPipe[0]
        for fd in [writeEnd, readEnd, errorEnd] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        defer { for fd in [writeEnd, readEnd, errorEnd] where fd >= 0 { close(fd) } }

        // The time limit is the program's own: time spent handing its output on (a slow reader of
        // our standard output, `| less`) moves the deadline on.
        var deadline = Self.now() + timeout
        var written = 0
        var errorTail: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var stopped = false
        if input.isEmpty { close(writeEnd); writeEnd = -1 }

        /// One read from `fd` (one a round, so that a program that writes without pause cannot
        /// keep the loop from its deadline); false at its end or on an error.
        func readOnce(_ fd: Int32) -> Bool {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            guard count > 0 else { return count < 0 && (errno == EAGAIN || errno == EINTR) }
            let piece = Array(buffer[0..<count])
            if fd == errorEnd {
                errorTail += piece
                if errorTail.count > 2 * errorTailLimit { errorTail.removeFirst(errorTail.count - errorTailLimit) }
            } else {
                let started = Self.now()
                if !output(piece) { stopped = true }
                deadline += Self.now() - started
            }
            return true
        }
        func outcome(_ ending: Ending) -> Outcome {
            Outcome(ending: ending, errorTail: Self.visible(errorTail.suffix(errorTailLimit)))
        }

        while true {
            let remaining = deadline - Self.now()
            if remaining <= 0 { _ = Self.end(pid); return outcome(.timedOut) }
            var fds: [pollfd] = []
            if writeEnd >= 0 { fds.append(pollfd(fd: writeEnd, events: Int16(POLLOUT), revents: 0)) }
            if readEnd >= 0 { fds.append(pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)) }
            if errorEnd >= 0 { fds.append(pollfd(fd: errorEnd, events: Int16(POLLIN), revents: 0)) }
            // Wake up now and then to see whether the program has exited while its pipes stay open.
            let wait = Int32(min(remaining, fds.isEmpty ? 0.01 : 0.2) * 1000) + 1
            if poll(&fds, nfds_t(fds.count), wait) < 0 && errno != EINTR {
                let reason = String(cString: strerror(errno))
                _ = Self.end(pid)
                throw Failure(message: "cannot wait for it: \(reason)")
            }
            for entry in fds where entry.revents != 0 {
                if entry.fd == writeEnd {
                    let count = input.withUnsafeBytes { write(writeEnd, $0.baseAddress! + written, min(input.count - written, 65536)) }
                    if count > 0 { written += count }
                    if (count < 0 && errno != EAGAIN && errno != EINTR) || written == input.count {
                        close(writeEnd); writeEnd = -1   // done, or the program closed its input (EPIPE)
                    }
                } else if entry.fd == readEnd {
                    if !readOnce(readEnd) { close(readEnd); readEnd = -1 }
                } else if entry.fd == errorEnd {
                    if !readOnce(errorEnd) { close(errorEnd); errorEnd = -1 }
                }
            }
            if stopped { _ = Self.end(pid); return outcome(.signalled(SIGKILL)) }
            if Self.hasExited(pid) {
                // What it wrote before exiting is still in the pipes: read it, but not past the
                // deadline (a process it left behind may still be writing).
                for fd in [readEnd, errorEnd] where fd >= 0 {
                    while Self.now() < deadline, !stopped, readOnce(fd) {
                        var ready = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
                        if poll(&ready, 1, 0) <= 0 { break }
                    }
                }
                // The group is ended while its leader is not yet reaped, so its id cannot have
                // been given to another process.
                Self.endGroup(pid)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return outcome(Self.ending(of: status))
            }
        }
    }

    /// True when the program has exited (or was killed), without reaping it: its process id,
    /// and so its group's, stays reserved until ``waitpid`` is called.
    private static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return false }
        return info._sifields._sigchld.si_pid == pid
    }

    /// How long a program has to exit after SIGTERM before it gets SIGKILL.
    static let gracePeriod = 1.0

    /// Ends the program and its group, as a careful user would: SIGTERM, a grace period, then
    /// SIGKILL; returns its wait status.
    /// The group is always signalled while its leader is not yet reaped, so that its id cannot
    /// have been given to another process meanwhile.
    private static func end(_ pid: pid_t) -> Int32 {
        kill(-pid, SIGTERM)
        let deadline = now() + gracePeriod
        while now() < deadline, !hasExited(pid) { usleep(10_000) }
        kill(-pid, SIGKILL)   // the leader if it ignored SIGTERM, and what it left behind
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// Ends what is left in the group of a program that has exited (its background children)
    /// at once: they were the program's to end.
    private static func endGroup(_ pid: pid_t) {
        kill(-pid, SIGKILL)
    }

    /// Starts the program in a new process group, with the given descriptors as 0, 1 and 2 and
    /// the default action for the signals the tool itself handles or ignores.
    private func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var variables: [String] = []
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? text
            if environment[name] == nil { variables.append(text) }
            index += 1
        }
        variables += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = searchesPath
            ? posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
            : posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw Failure(message: String(cString: strerror(result)))
        }
        return pid
    }

    private static func ending(of status: Int32) -> Ending {
        // The wait(2) status macros: low 7 bits the signal (0 = exited), next 8 the exit status.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Text of a program's standard error, safe to print: invalid UTF-8 replaced and control
    /// characters (ESC, bidi overrides) shown as escapes by ``InertText``.
    private static func visible(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        return InertText.make(String(trimmed), keepingNewlines: true)
    }
}
