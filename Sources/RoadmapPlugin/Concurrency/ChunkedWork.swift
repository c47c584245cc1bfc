import Dispatch

/// Work split into consecutive chunks that run on every core, with the results in order:
/// the same result as doing the chunks one after the other, only sooner.
public enum ChunkedWork {
    /// `body` applied to consecutive chunks of `0..<count` of `chunkSize` indices each (the last
    /// may be shorter), in parallel; the results come in chunk order. With one chunk, it runs
    /// on the calling thread.
    public static func map<Result: Sendable>(count: Int, chunkSize: Int,
                                             _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let size = max(1, chunkSize)
        let chunks = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        guard chunks.count > 1 else { return chunks.map(body) }
        var results = [Result?](repeating: nil, count: chunks.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
                slots.buffer[index] = body(chunks[index])
            }
        }
        return results.compactMap { $0 }
    }

    /// `first()` and `second()` run at the same time (each on a core of its own when there
    /// are two), their results returned together: for two independent passes over one input.
    public static func pair<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = map(count: 2, chunkSize: 1) { chunk -> Either<A, B> in
            chunk.lowerBound == 0 ? .first(first()) : .second(second())
        }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else {
            preconditionFailure("ChunkedWork.pair: results out of order")   // map keeps chunk order
        }
        return (a, b)
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
    }

    /// The result slots. Each concurrent iteration writes only its own slot, and the buffer
    /// outlives them all (`concurrentPerform` returns when every iteration has).
    private struct Slots<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element?>
    }
}
