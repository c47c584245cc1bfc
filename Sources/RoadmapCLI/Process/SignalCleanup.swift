#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// What must not outlive the tool when it is interrupted (Ctrl-C, SIGTERM, SIGHUP): the process
/// groups of the programs it runs (plugins, git) and the temporary files of writes in progress.
/// On such a signal every registered group is ended (SIGTERM, then SIGKILL 0.2 s later), every
/// registered file removed, and the tool then ends by the same signal, so its caller sees what
/// happened.
///
/// The signals are taken on a dispatch queue (not in a signal handler), so the cleanup may
/// lock and allocate.
final class SignalCleanup: Sendable {
    /// The one instance; ``install()`` makes it take the signals.
    static let shared = SignalCleanup()

    private struct State {
        var groups: Set<pid_t> = []
        var files: Set<String> = []
        /// Set once a signal is being handled: what registers after that is ended at once.
        var terminating = false
    }
    private let state = Mutex(State())
    private let sources = Mutex<[DispatchSourceSignal]>([])

    /// Starts handling SIGINT, SIGTERM and SIGHUP, and makes a write to a closed pipe an error
    /// to handle (EPIPE) instead of a signal that ends the tool. A signal the tool was started
    /// with ignored (`nohup`, a background job of a script) stays ignored.
    func install() {
        signal(SIGPIPE, SIG_IGN)
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                let previous = signal(number, SIG_IGN)
                if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in cleanUpAndEnd(by: number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// When the tool is being interrupted, waits for the signal handling to end the process (a
    /// program it ran, ended by that handling, must not be reported as a failure meanwhile).
    func holdIfTerminating() {
        while state.withLock({ $0.terminating }) { usleep(50_000) }
    }

    /// Registers a process group to kill on interruption (at once, if the tool is already
    /// being interrupted).
    func addProcessGroup(_ group: pid_t) {
        let late = state.withLock { state -> Bool in
            state.groups.insert(group)
            return state.terminating
        }
        if late { kill(-group, SIGKILL) }
    }
    /// Forgets a process group that has ended.
    func removeProcessGroup(_ group: pid_t) { state.withLock { _ = $0.groups.remove(group) } }
    /// Registers a temporary file to remove on interruption; false when the tool is already
    /// being interrupted (the caller then removes it and stops).
    @discardableResult
    func addTemporaryFile(_ path: String) -> Bool {
        state.withLock { state in
            state.files.insert(path)
            return !state.terminating
        }
    }
    /// Forgets a temporary file that was renamed into place or removed.
    func removeTemporaryFile(_ path: String) { state.withLock { _ = $0.files.remove(path) } }

    private func cleanUpAndEnd(by number: Int32) -> Never {
        let (groups, files) = state.withLock { state in
            state.terminating = true
            return (state.groups, state.files)
        }
        // SIGTERM first, so that a plugin can clean up; SIGKILL for any still there a moment later.
        for group in groups { kill(-group, SIGTERM) }
        for file in files { unlink(file) }
        if !groups.isEmpty {
            usleep(200_000)
            for group in groups { kill(-group, SIGKILL) }
        }
        // Dispatch's worker threads block most signals: unblock this one before raising it, so
        // that the tool really ends by it (a calling shell then stops too, as after Ctrl-C).
        signal(number, SIG_DFL)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, number)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        raise(number)
        _exit(128 + number)
    }
}
