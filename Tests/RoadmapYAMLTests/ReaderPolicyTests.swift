import RoadmapYAML
import Testing

@Suite("Reader: policy (anchors, aliases, merge keys, tags, complex keys, depth)")
struct ReaderPolicyTests {
    @Test("an anchor on a scalar is refused where it is written")
    func anchorOnScalar() {
        let error = readError("a: &x 1\nb: 2\n")
        #expect(error == YAMLError(.anchor, "expected a value, found the anchor `&x`; roadmap files do not use anchors or aliases", at: mark(1, 4)))
    }

    @Test("an anchor on a collection is refused")
    func anchorOnCollection() {
        #expect(readError("a: 1\nb: &list [1, 2]\n") == YAMLError(
            .anchor, "expected a value, found the anchor `&list`; roadmap files do not use anchors or aliases", at: mark(2, 4)))
        #expect(readError("a: 1\nb: &map\n  c: 1\n")?.kind == .anchor)
    }

    @Test("an alias is refused, even without its anchor")
    func alias() {
        let error = readError("a: 1\nb: *base\n")
        #expect(error == YAMLError(.alias, "expected a value, found the alias `*base`; roadmap files do not use anchors or aliases, write the value out", at: mark(2, 4)))
    }

    @Test("a merge key is refused as a key; a quoted \"<<\" key and a << value are plain data")
    func mergeKey() throws {
        let error = readError("topic:\n  <<: {a: 1}\n  b: 2\n")
        #expect(error == YAMLError(.mergeKey, "expected a key, found the merge key `<<`; roadmap files do not use merge keys, write the values out", at: mark(2, 3)))
        #expect(readError("\"<<\": 1\n") == nil)
        #expect(readError("a: <<\n") == nil)
        #expect(readError("- <<\n") == nil)
    }

    @Test("foreign tags are refused and never acted on", arguments: [
        ("id: !include other.yaml\n", "!include", mark(1, 5)),
        ("x: !!python/object:os.system [ls]\n", "!!python/object:os.system", mark(1, 4)),
        ("x: !!python/object/apply:os.system\n  args: [ls]\n", "!!python/object/apply:os.system", mark(1, 4)),
        ("x: !custom value\n", "!custom", mark(1, 4)),
        ("x: !<tag:example.com,2024:t> value\n", "tag:example.com,2024:t", mark(1, 4)),
        ("a: 1\nb: !!binary aGVsbG8=\n", "!!binary", mark(2, 4)),
        ("a: !!seq {x: 1}\n", "!!seq", mark(1, 4)),
        ("a: !!map [1]\n", "!!map", mark(1, 4)),
        ("a: !!int [1]\n", "!!int", mark(1, 4)),
        ("a: !!seq text\n", "!!seq", mark(1, 4)),
    ])
    func foreignTag(_ text: String, shown: String, at expected: YAMLMark) {
        let message = "expected a plain value, found the tag `\(shown)`; roadmap files allow only the core schema's tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`) and never act on a tag"
        #expect(readError(text) == YAMLError(.tag, message, at: expected))
    }

    @Test("core-schema tags on scalars and collections read cleanly")
    func coreTagsAccepted() {
        #expect(readError("a: !!str 40\nb: !!int 1\nc: !!float 1.5\nd: !!bool true\ne: !!null ~\nf: ! x\n") == nil)
        #expect(readError("a: !!map {x: 1}\nb: !!seq [1]\n") == nil)
    }

    @Test("a list or mapping used as a key is refused where it starts")
    func complexKey() {
        let message = "expected a plain key, found a list or mapping used as a key"
        #expect(readError("? [a, b]\n: c\n") == YAMLError(.complexKey, message, at: mark(1, 3)))
        #expect(readError("top:\n  {a: 1}: x\n") == YAMLError(.complexKey, message, at: mark(2, 3)))
        #expect(readError("a: 1\n[x]: y\n") == YAMLError(.complexKey, message, at: mark(2, 1)))
        // A collection as a value, or inside a list, is not a key.
        #expect(readError("a: [1]\nb: {c: [2]}\n") == nil)
        #expect(readError("- [a]\n- {b: [c]}\n") == nil)
    }

    @Test("10,000 nested flow lists stop at the 65th with the default limit")
    func deepFlowNesting() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(readError(text) == YAMLError(.tooDeep, "expected at most 64 nested lists and mappings, found deeper nesting", at: mark(1, 65)))
    }

    @Test("10,000 nested block lists (`- - - … x`) stop at the 65th with the default limit")
    func deepBlockNesting() throws {
        let text = String(repeating: "- ", count: 10_000) + "x\n"
        // The text really is a nesting: a few levels read as nested lists.
        let shallow = try readEvents(String(repeating: "- ", count: 3) + "x\n")
        #expect(shallow.prefix(4) == [.sequenceStart(mark(1, 1)), .sequenceStart(mark(1, 3)), .sequenceStart(mark(1, 5)),
                                      .scalar(YAMLScalar(value: "x", mark: mark(1, 7)))])
        #expect(readError(text) == YAMLError(.tooDeep, "expected at most 64 nested lists and mappings, found deeper nesting", at: mark(1, 129)))
    }

    @Test("10,000 nested flow mappings stop at the limit too")
    func deepMappingNesting() {
        let text = String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n"
        #expect(readError(text)?.kind == .tooDeep)
        #expect(readError(text)?.mark == mark(1, 4 * 64 + 1))
    }

    @Test("nesting up to the limit reads cleanly; one more is refused")
    func depthBoundary() {
        let atLimit = String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"
        #expect(readError(atLimit) == nil)
        let limits = YAMLLimits(maxDepth: 3)
        #expect(readError("a: {b: {c: 1}}\n", limits: limits) == nil)
        #expect(readError("a: {b: {c: [1]}}\n", limits: limits) == YAMLError(
            .tooDeep, "expected at most 3 nested lists and mappings, found deeper nesting", at: mark(1, 12)))
    }

    @Test("the default limits are those documented")
    func defaultLimits() {
        #expect(YAMLLimits.default == YAMLLimits(maxFileBytes: 16 * 1024 * 1024, maxScalarBytes: 1024 * 1024, maxDepth: 64))
    }
}
