#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// What must not outlive the tool when it is interrupted (Ctrl-C, SIGTERM, SIGHUP): the process
/// groups of the programs it runs (plugins, git) and the temporary files of writes in progress.
/// On such a signal every registered group is killed, every registered file removed, and the
/// tool then ends by the same signal, so its caller sees what happened.
///
/// The signals are taken on a dispatch queue (not in a signal handler), so the cleanup may
/// lock and allocate.
final class SignalCleanup: Sendable {
    /// The one instance; ``install()`` makes it take the signals.
    static let shared = SignalCleanup()

    private struct State {
        var groups: Set<pid_t> = []
        var files: Set<String> = []
    }
    private let state = Mutex(State())
    private let sources = Mutex<[DispatchSourceSignal]>([])

    /// Starts handling SIGINT, SIGTERM and SIGHUP, and makes a write to a closed pipe an error
    /// to handle (EPIPE) instead of a signal that ends the tool.
    func install() {
        signal(SIGPIPE, SIG_IGN)
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in cleanUpAndEnd(by: number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Registers a process group to kill on interruption.
    func addProcessGroup(_ group: pid_t) { state.withLock { _ = $0.groups.insert(group) } }
    /// Forgets a process group that has ended.
    func removeProcessGroup(_ group: pid_t) { state.withLock { _ = $0.groups.remove(group) } }
    /// Registers a temporary file to remove on interruption.
    func addTemporaryFile(_ path: String) { state.withLock { _ = $0.files.insert(path) } }
    /// Forgets a temporary file that was renamed into place or removed.
    func removeTemporaryFile(_ path: String) { state.withLock { _ = $0.files.remove(path) } }

    private func cleanUpAndEnd(by number: Int32) -> Never {
        let (groups, files) = state.withLock { ($0.groups, $0.files) }
        for group in groups { kill(-group, SIGKILL) }
        for file in files { unlink(file) }
        signal(number, SIG_DFL)
        raise(number)
        _exit(128 + number)
    }
}
