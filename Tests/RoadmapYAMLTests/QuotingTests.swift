@testable import RoadmapYAML
import Testing

/// The writer's quoting rules on their bytes, against the plain reading of the rule.
@Suite("Writer: quoting")
struct QuotingTests {
    @Test("`: ` and ` #` are found wherever they are, in ASCII and non-ASCII text alike")
    func commentOrMappingMark() {
        let pieces = [":", " ", "#", "a", "é", "日本", ": ", " #", "\t", "::", "##", "x:y", "#x"]
        // Every string of up to four pieces: 13^4 = 28,561 cases, compared with `contains`.
        var cases = [""]
        for _ in 0..<4 { cases = cases.flatMap { prefix in pieces.map { prefix + $0 } } }
        for text in cases {
            #expect(YAMLQuoting.hasCommentOrMappingMark(text) == (text.contains(": ") || text.contains(" #")), "\(text.debugDescription)")
        }
    }
}
