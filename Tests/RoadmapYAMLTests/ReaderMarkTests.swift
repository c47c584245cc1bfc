import RoadmapYAML
import Testing

@Suite("Reader: events and 1-based marks")
struct ReaderMarkTests {
    @Test("a block document gives every event with its 1-based line and column")
    func blockDocumentEvents() throws {
        let text = """
            id: mlops
            title: "The MLOps roadmap"
            sections:
              - id: foundations
                topics: [python, 'sql']
                meta: {a: 1}
            """
        let events = try readEvents(text)
        let expected: [YAMLEvent] = [
            .mappingStart(mark(1, 1)),
            .scalar(YAMLScalar(value: "id", mark: mark(1, 1))),
            .scalar(YAMLScalar(value: "mlops", mark: mark(1, 5))),
            .scalar(YAMLScalar(value: "title", mark: mark(2, 1))),
            .scalar(YAMLScalar(value: "The MLOps roadmap", mark: mark(2, 8), style: .doubleQuoted)),
            .scalar(YAMLScalar(value: "sections", mark: mark(3, 1))),
            .sequenceStart(mark(4, 3)),
            .mappingStart(mark(4, 5)),
            .scalar(YAMLScalar(value: "id", mark: mark(4, 5))),
            .scalar(YAMLScalar(value: "foundations", mark: mark(4, 9))),
            .scalar(YAMLScalar(value: "topics", mark: mark(5, 5))),
            .sequenceStart(mark(5, 13)),
            .scalar(YAMLScalar(value: "python", mark: mark(5, 14))),
            .scalar(YAMLScalar(value: "sql", mark: mark(5, 22), style: .singleQuoted)),
            .sequenceEnd(mark(5, 27)),
            .scalar(YAMLScalar(value: "meta", mark: mark(6, 5))),
            .mappingStart(mark(6, 11)),
            .scalar(YAMLScalar(value: "a", mark: mark(6, 12))),
            .scalar(YAMLScalar(value: "1", mark: mark(6, 15))),
            .mappingEnd(mark(6, 16)),
        ]
        #expect(Array(events.prefix(expected.count)) == expected)
        let tail = events.dropFirst(expected.count).map { event -> String in
            switch event {
            case .sequenceEnd: "sequenceEnd"
            case .mappingEnd: "mappingEnd"
            case .documentEnd: "documentEnd"
            default: "other"
            }
        }
        #expect(tail == ["mappingEnd", "sequenceEnd", "mappingEnd", "documentEnd"])
    }

    @Test("an indentless block sequence starts at its first dash")
    func indentlessSequence() throws {
        let events = try readEvents("tags:\n- a\n- b\n")
        #expect(events[2] == .sequenceStart(mark(2, 1)))
        #expect(events[3] == .scalar(YAMLScalar(value: "a", mark: mark(2, 3))))
        #expect(events[4] == .scalar(YAMLScalar(value: "b", mark: mark(3, 3))))
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() throws {
        // "é" and "日本" are 2 and 6 bytes but 1 and 2 columns.
        let text = "é: 日本 x\nk: [ü, v]\n"
        let all = try scalars(text)
        #expect(all.map(\.mark) == [mark(1, 1), mark(1, 4), mark(2, 1), mark(2, 5), mark(2, 8)])
        #expect(all.map(\.value) == ["é", "日本 x", "k", "ü", "v"])
    }

    @Test("the reader tracks how many collections are open")
    func depthIsTracked() throws {
        let reader = try YAMLEventReader(bytes: Array("a: [[1]]\n".utf8))
        #expect(reader.depth == 0)
        _ = try reader.next()  // mapping
        #expect(reader.depth == 1)
        _ = try reader.next()  // a
        _ = try reader.next()  // [
        _ = try reader.next()  // [
        #expect(reader.depth == 3)
        _ = try reader.next()  // 1
        _ = try reader.next()  // ]
        #expect(reader.depth == 2)
    }

    @Test("skipValue reads past a whole collection and leaves the reader after it")
    func skipValue() throws {
        let reader = try YAMLEventReader(bytes: Array("a: {b: [1, {c: 2}], d: 3}\ne: 4\n".utf8))
        _ = try reader.next()  // top mapping
        _ = try reader.next()  // a
        let value = try reader.next()
        #expect(value == .mappingStart(mark(1, 4)))
        try reader.skipValue(startingWith: value)
        #expect(reader.depth == 1)
        #expect(try reader.next() == .scalar(YAMLScalar(value: "e", mark: mark(2, 1))))
        let scalarValue = try reader.next()
        try reader.skipValue(startingWith: scalarValue)  // a scalar: nothing to skip
        #expect(try reader.next() == .mappingEnd(mark(3, 1)))
    }

    @Test("YAMLMark is 1-based, clamps to 1, orders by line then column, prints line:column")
    func markBasics() {
        #expect(YAMLMark.start == mark(1, 1))
        #expect(YAMLMark(line: 0, column: -4) == mark(1, 1))
        #expect(mark(3, 7).description == "3:7")
        #expect(mark(2, 9) < mark(3, 1))
        #expect(mark(3, 1) < mark(3, 2))
        #expect(!(mark(3, 2) < mark(3, 2)))
    }

    @Test("the end of the document is reported with its mark")
    func documentEndMark() throws {
        let events = try readEvents("a: 1\n")
        #expect(events.last == .documentEnd(mark(2, 1)))
    }
}

@Suite("Reader: scalars as written")
struct ReaderScalarTests {
    @Test("plain scalars are never coerced", arguments: [
        "yes", "no", "on", "off", "3.10", "012", "0x1F", "1e3", "+12", ".inf", "2024-01-01", "12:30", "True",
    ])
    func plainScalarKeptAsWritten(_ written: String) throws {
        let value = try scalar(written, in: "k: \(written)\n")
        #expect(value.value == written)
        #expect(value.style == .plain)
        #expect(value.tag == nil)
        #expect(!value.isNull)
        #expect(value.mark == mark(1, 4))
    }

    @Test("null is detected only for plain ~, null, Null, NULL, nothing, or !!null")
    func nullDetection() throws {
        let text = """
            a: ~
            b: null
            c: Null
            d: NULL
            e:
            f: '~'
            g: "null"
            h: !!null ''
            i: nULL
            j: ""
            k: !!str ~
            """
        let values = try scalars(text)
        // keys and values alternate
        let byKey = Dictionary(uniqueKeysWithValues: stride(from: 0, to: values.count, by: 2).map { (values[$0].value, values[$0 + 1]) })
        for key in ["a", "b", "c", "d", "e", "h"] {
            #expect(byKey[key]?.isNull == true, "`\(key)` should be null")
        }
        for key in ["f", "g", "i", "j", "k"] {
            #expect(byKey[key]?.isNull == false, "`\(key)` should not be null")
        }
        #expect(byKey["e"]?.value == "")
        #expect(byKey["e"]?.mark == mark(5, 3))
    }

    @Test("styles are reported, and quotes and escapes resolved")
    func styles() throws {
        let text = """
            plain: some text
            single: 'it''s'
            double: "tab\\there \\u00e9"
            literal: |
              line one
              line two
            folded: >
              folded
              text
            end: x
            """
        let all = try scalars(text)
        #expect(all[1] == YAMLScalar(value: "some text", mark: mark(1, 8), style: .plain))
        #expect(all[3] == YAMLScalar(value: "it's", mark: mark(2, 9), style: .singleQuoted))
        #expect(all[5] == YAMLScalar(value: "tab\there é", mark: mark(3, 9), style: .doubleQuoted))
        #expect(all[7] == YAMLScalar(value: "line one\nline two\n", mark: mark(4, 10), style: .literal))
        #expect(all[9] == YAMLScalar(value: "folded text\n", mark: mark(7, 9), style: .folded))
    }

    @Test("core-schema tags are accepted and reported; the non-specific tag too")
    func coreTags() throws {
        let text = """
            a: !!str 40
            b: !!int 40
            c: !!float 2.5
            d: !!bool true
            e: ! 40
            f: !!map {x: 1}
            g: !!seq [1]
            """
        let all = try scalars(text)
        #expect(all[1].tag == .string)
        #expect(all[1].value == "40")
        #expect(!all[1].isUntypedOrTyped)
        #expect(all[3].tag == .integer)
        #expect(all[3].isUntypedOrTyped)
        #expect(all[5].tag == .float)
        #expect(all[7].tag == .boolean)
        #expect(all[9].tag == .nonSpecific)
        #expect(!all[9].isUntypedOrTyped)
    }

    @Test("quoted scalars are strings; plain untagged ones may be typed")
    func untypedOrTyped() throws {
        let all = try scalars("a: 40\nb: '40'\nc: \"40\"\n")
        #expect(all[1].isUntypedOrTyped)
        #expect(!all[3].isUntypedOrTyped)
        #expect(!all[5].isUntypedOrTyped)
    }

    @Test("a multi-line plain scalar starts where it is written")
    func multiLinePlain() throws {
        let all = try scalars("summary: one\n  two\n  three\nnext: x\n")
        #expect(all[1] == YAMLScalar(value: "one two three", mark: mark(1, 10)))
        #expect(all[2].mark == mark(4, 1))
    }

    @Test("abbreviatedForMessage keeps short one-line text and cuts the rest")
    func abbreviation() {
        #expect("short".abbreviatedForMessage == "short")
        #expect(String(repeating: "a", count: 40).abbreviatedForMessage == String(repeating: "a", count: 40))
        #expect(String(repeating: "a", count: 41).abbreviatedForMessage == String(repeating: "a", count: 40) + "…")
        #expect("first\nsecond".abbreviatedForMessage == "first…")
    }

    @Test("event nouns name what was found")
    func nouns() {
        #expect(YAMLEvent.scalar(YAMLScalar(value: "x", mark: .start)).noun == "`x`")
        #expect(YAMLEvent.scalar(YAMLScalar(value: "~", mark: .start)).noun == "null")
        #expect(YAMLEvent.sequenceStart(.start).noun == "a list")
        #expect(YAMLEvent.mappingStart(.start).noun == "a mapping")
    }
}
