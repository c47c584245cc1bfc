import Foundation

/// The text a rendering thread hands back, waited for with a time limit.
final class RenderResult: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var text: String?

    /// Called once, by the rendering thread.
    func set(_ value: String) {
        lock.withLock { text = value }
        done.signal()
    }

    /// The text, or `nil` when it did not come within `seconds`.
    func wait(seconds: Double) -> String? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { text }
    }
}
