import Foundation

/// The text a rendering thread hands back (`nil`: the rendering was stopped), waited for with a
/// time limit.
final class RenderResult: @unchecked Sendable {
    /// What waiting gave.
    enum Outcome: Equatable {
        case done(String?)
        case timedOut
    }

    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var text: String?

    /// Called once, by the rendering thread.
    func set(_ value: String?) {
        lock.withLock { text = value }
        finished.signal()
    }

    /// The outcome, waiting at most `seconds`.
    func wait(seconds: Double) -> Outcome {
        guard finished.wait(timeout: .now() + seconds) == .success else { return .timedOut }
        return .done(lock.withLock { text })
    }
}
