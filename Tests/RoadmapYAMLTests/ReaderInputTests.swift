import RoadmapYAML
import Testing

@Suite("Reader: sizes, encodings, documents and syntax errors")
struct ReaderInputTests {
    // MARK: Sizes

    @Test("a scalar longer than the limit is refused where it starts; the limit counts bytes")
    func scalarLimit() {
        let limits = YAMLLimits(maxScalarBytes: 8)
        #expect(readError("a: 12345678\n", limits: limits) == nil)
        #expect(readError("a: 123456789\n", limits: limits) == YAMLError(
            .tooLarge, "expected a value of at most 8 bytes, found one of 9 bytes", at: mark(1, 4)))
        // five characters, ten bytes
        #expect(readError("a: b\nc: \"ééééé\"\n", limits: limits) == YAMLError(
            .tooLarge, "expected a value of at most 8 bytes, found one of 10 bytes", at: mark(2, 4)))
        // keys are scalars too
        #expect(readError("abcdefghij: 1\n", limits: limits)?.kind == .tooLarge)
    }

    @Test("the default scalar limit is 1 MiB")
    func defaultScalarLimit() {
        let atLimit = "a: " + String(repeating: "x", count: 1 << 20) + "\n"
        #expect(readError(atLimit) == nil)
        let over = "a: " + String(repeating: "x", count: (1 << 20) + 1) + "\n"
        #expect(readError(over) == YAMLError(.tooLarge, "expected a value of at most 1048576 bytes, found one of 1048577 bytes", at: mark(1, 4)))
    }

    @Test("a text larger than the file limit is refused before parsing")
    func fileLimit() {
        let limits = YAMLLimits(maxFileBytes: 10)
        #expect(readError("a: 1234567", limits: limits) == nil)
        #expect(readError("a: 12345678", limits: limits) == YAMLError(.tooLarge, "the file is 11 bytes; the limit is 10 bytes", at: .start))
        // refused before parsing: broken YAML over the limit gives the size error
        #expect(readError("[[[[[[[[[[[", limits: limits)?.kind == .tooLarge)
    }

    @Test("the default file limit is 16 MiB")
    func defaultFileLimit() {
        var bytes = [UInt8](repeating: UInt8(ascii: " "), count: (16 << 20) + 1)
        bytes[0] = UInt8(ascii: "a")
        #expect(readError(bytes: bytes) == YAMLError(.tooLarge, "the file is 16777217 bytes; the limit is 16777216 bytes", at: .start))
    }

    // MARK: Encodings

    @Test("a UTF-16 byte-order mark is refused, in both byte orders", arguments: [
        [0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00, 0x3A, 0x00],  // little endian "id:"
        [0xFE, 0xFF, 0x00, 0x69, 0x00, 0x64, 0x00, 0x3A],  // big endian "id:"
    ] as [[UInt8]])
    func utf16ByteOrderMark(_ bytes: [UInt8]) {
        #expect(readError(bytes: bytes) == YAMLError(
            .encoding, "expected UTF-8 text, found a UTF-16 byte-order mark; save the file as UTF-8", at: .start))
    }

    @Test("NUL bytes at the start (UTF-16 without a byte-order mark) are refused")
    func nulBytesAtStart() {
        let bytes: [UInt8] = [0x00, 0x69, 0x00, 0x64, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x61]
        #expect(readError(bytes: bytes) == YAMLError(
            .encoding, "expected UTF-8 text, found NUL bytes at the start (UTF-16 or UTF-32 without a byte-order mark?); save the file as UTF-8",
            at: .start))
    }

    @Test("a NUL byte later in the text is refused where it is")
    func nulByteLater() throws {
        let bytes = Array("id: a\ntitle: b".utf8) + [0x00] + Array("c\n".utf8)
        #expect(readError(bytes: bytes) == YAMLError(
            .encoding, "expected printable text, found the control character U+0000; is the file binary or UTF-16?", at: mark(2, 9)))
        let escape = Array("a: b\n".utf8) + [0x1B] + Array("\n".utf8)
        #expect(readError(bytes: escape) == YAMLError(
            .encoding, "expected printable text, found the control character U+001B; is the file binary or UTF-16?", at: mark(2, 1)))
    }

    @Test("invalid UTF-8 is refused at the first bad byte", arguments: [
        // (text before, bad bytes, expected mark, the byte named)
        ("id: ok\ntitle: café ", [0xE9, 0x74, 0xE9], mark(2, 13), "0xE9"),
        ("a: 1\n# comment ", [0xFF], mark(2, 11), "0xFF"),
        ("a: \"x", [0xC0, 0xAF, 0x22], mark(1, 6), "0xC0"),        // overlong '/'
        ("a: ", [0xED, 0xA0, 0x80], mark(1, 4), "0xED"),            // a UTF-16 surrogate
        ("a: b\nc: 日本", [0xE6, 0x97], mark(2, 6), "0xE6"),        // truncated at the end
        ("a: ", [0x80], mark(1, 4), "0x80"),                         // a lone continuation byte
    ] as [(String, [UInt8], YAMLMark, String)])
    func invalidUTF8(_ prefix: String, _ bad: [UInt8], _ expected: YAMLMark, _ byte: String) {
        let bytes = Array(prefix.utf8) + bad + Array("\n".utf8)
        #expect(readError(bytes: bytes) == YAMLError(
            .encoding, "expected UTF-8 text, found the invalid byte \(byte); save the file as UTF-8", at: expected))
    }

    @Test("invalid UTF-8 after a UTF-8 byte-order mark is placed without counting the mark")
    func invalidUTF8AfterBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: ".utf8) + [0xFF] + Array("\n".utf8)
        #expect(readError(bytes: bytes)?.mark == mark(1, 4))
    }

    @Test("a UTF-8 byte-order mark is accepted and not part of the first key")
    func utf8ByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id: a\ntitle: b\n".utf8)
        let events = try readEvents(bytes: bytes)
        #expect(events[0] == .mappingStart(mark(1, 1)))
        #expect(events[1] == .scalar(YAMLScalar(value: "id", mark: mark(1, 1))))
        #expect(events[2] == .scalar(YAMLScalar(value: "a", mark: mark(1, 5))))
        #expect(events[3] == .scalar(YAMLScalar(value: "title", mark: mark(2, 1))))
    }

    @Test("CRLF line ends are accepted, with the same lines and columns as LF")
    func crlf() throws {
        let lf = try scalars("id: a\ntitle: b\nlist:\n  - c\n")
        let crlf = try scalars("id: a\r\ntitle: b\r\nlist:\r\n  - c\r\n")
        #expect(crlf == lf)
        #expect(crlf.map(\.mark) == [mark(1, 1), mark(1, 5), mark(2, 1), mark(2, 8), mark(3, 1), mark(4, 5)])
        #expect(crlf.map(\.value) == ["id", "a", "title", "b", "list", "c"])
    }

    // MARK: Documents

    @Test("an empty file is an error at 1:1")
    func emptyFile() {
        #expect(readError(bytes: []) == YAMLError(.empty, "expected a roadmap, found an empty file (nothing but blank lines or comments)", at: .start))
    }

    @Test("a file of comments and blank lines is an empty file")
    func commentOnlyFile() {
        let message = "expected a roadmap, found an empty file (nothing but blank lines or comments)"
        #expect(readError("# just a comment\n") == YAMLError(.empty, message, at: .start))
        #expect(readError("\n\n   \n# c\n") == YAMLError(.empty, message, at: .start))
        #expect(readError(bytes: [0xEF, 0xBB, 0xBF]) == YAMLError(.empty, message, at: .start))
    }

    @Test("a second document is refused where it starts")
    func twoDocuments() {
        let message = "expected one YAML document, found a second one; a roadmap file holds one document"
        #expect(readError("id: a\n---\nid: b\n") == YAMLError(.multipleDocuments, message, at: mark(2, 1)))
        #expect(readError("---\nid: a\n---\nid: b\n") == YAMLError(.multipleDocuments, message, at: mark(3, 1)))
        #expect(readError("id: a\n...\n---\nid: b\n")?.mark == mark(3, 1))
    }

    @Test("one explicit document, with --- and ..., reads cleanly")
    func oneExplicitDocument() throws {
        #expect(readError("---\nid: a\n...\n") == nil)
        #expect(readError("# leading comment\n---\nid: a\n# trailing comment\n") == nil)
    }

    // MARK: Syntax

    @Test("an unclosed flow list is a syntax error naming where the list starts")
    func unclosedFlowSequence() {
        #expect(readError("id: a\ntitle: [unclosed\n") == YAMLError(
            .syntax, "YAML syntax error: expected ',' or ']' while parsing a flow sequence that starts at line 2, column 8", at: mark(3, 1)))
    }

    @Test("an unclosed quoted scalar is a syntax error naming where it starts")
    func unclosedQuotedScalar() {
        #expect(readError("id: \"abc\n") == YAMLError(
            .syntax, "YAML syntax error: found unexpected end of stream while scanning a quoted scalar that starts at line 1, column 5", at: mark(2, 1)))
        #expect(readError("a: 1\nb: 'abc\n")?.message == "YAML syntax error: found unexpected end of stream while scanning a quoted scalar that starts at line 2, column 4")
    }

    @Test("a badly indented key is a syntax error where the colon is")
    func badIndentation() {
        #expect(readError("id: a\n  title: b\n") == YAMLError(.syntax, "YAML syntax error: mapping values are not allowed in this context", at: mark(2, 8)))
    }

    @Test("the events before a syntax error are delivered first")
    func eventsBeforeSyntaxError() throws {
        let reader = try YAMLEventReader(bytes: Array("id: a\ntitle: [x\n".utf8))
        #expect(try reader.next() == .mappingStart(mark(1, 1)))
        #expect(try reader.next() == .scalar(YAMLScalar(value: "id", mark: mark(1, 1))))
        #expect(try reader.next() == .scalar(YAMLScalar(value: "a", mark: mark(1, 5))))
    }

    @Test("YAMLError prints as line:column: message")
    func errorDescription() {
        #expect(YAMLError(.syntax, "something", at: mark(4, 2)).description == "4:2: something")
    }
}
