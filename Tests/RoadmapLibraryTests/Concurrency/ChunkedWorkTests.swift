import Testing
import RoadmapPlugin

/// `ChunkedWork.map` runs chunks in parallel and must give what a plain loop gives.
@Suite("Chunked work on every core")
struct ChunkedWorkTests {
    @Test("results come in chunk order, every index once, for any count and chunk size",
          arguments: [(0, 4), (1, 4), (4, 4), (5, 4), (1000, 7), (1000, 1), (3, 0)])
    func inOrder(count: Int, chunkSize: Int) {
        let chunks = ChunkedWork.map(count: count, chunkSize: chunkSize) { range in range.map { $0 * $0 } }
        #expect(chunks.joined().elementsEqual((0..<count).map { $0 * $0 }))
        #expect(chunks.allSatisfy { $0.count <= max(1, chunkSize) && !$0.isEmpty })
    }
}
