import Foundation
import JSONPlugin
import RoadmapPlugin
import Testing
import RoadmapModel

/// `DocumentJSON.encode` writes documents with ``PrettyJSON`` and promises the bytes
/// `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: the
/// encoder is the reference here, on every kind of document and on hostile values.
@Suite("Plugins: the JSON writer gives JSONEncoder's bytes")
struct PrettyJSONTests {
    /// What `JSONEncoder` makes of `document`, with the final line break `DocumentJSON` adds.
    static func reference(_ document: PluginDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = switch document {
        case .roadmap(let value): try encoder.encode(value)
        case .curriculum(let value): try encoder.encode(value)
        case .diff(let value): try encoder.encode(value)
        case .plan(let value): try encoder.encode(value)
        case .overlap(let value): try encoder.encode(value)
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    @Test("every document of the plugin tests (merges, roadmaps, a diff, the hostile inputs)")
    func documents() async throws {
        let documents = try await DocumentRoundTripTests.documents()
        #expect(documents.count == 9)
        for (name, document) in documents {
            let written = try DocumentJSON.encode(document)
            let expected = try Self.reference(document)
            #expect(written == expected, "\(name): \(PluginFixture.firstDifference(expected, written))")
        }
    }

    /// Every control character, quotes, backslashes, slashes, CR LF (one `Character`, two
    /// escapes), a combining accent after a quote, non-ASCII letters and an emoji.
    static let hostileText: String = {
        var text = ""
        for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        return text + "\"quoted\" back\\slash a/b \r\n \"\u{301} é ü 😀 \u{7F} \u{2028} end"
    }()

    @Test("strings, numbers, empty lists, optional fields and run-time keys, in the encoder's bytes")
    func hostileValues() throws {
        let keys = ["B", "a", "_x", "é", "a10", "a9", "x-y", "x-Y", "", "a b", Self.hostileText]
        let mapping = ExtensionValue.mapping(keys.reversed().map { ExtensionEntry(key: $0, value: .string($0)) })
        let numbers: [Double] = [0, -0.0, 0.1, 2.5, 40, 1e-7, 1e15, 1e16, 1e21, 123456789.123, 1.7976931348623157e308, .leastNonzeroMagnitude]
        let topics = numbers.enumerated().map { index, hours in
            RoadmapDocument.Topic(
                id: "t\(index)", title: Self.hostileText, summary: index == 0 ? nil : "line\nline", aliases: index == 0 ? [] : ["a"],
                hours: hours,
                resources: index == 0 ? [] : [ResourceDocument(title: "R", url: "https://x.org/a?b=c&d=\"e\"", free: index % 2 == 0)],
                extensions: index == 0 ? [:] : ["x-map": mapping, "x-list": .list([.null, .list([]), .mapping([]), mapping]), "X-up": .string("")],
                location: DocumentLocation(file: "dir/file.yaml", line: index + 1, column: 3))
        }
        let roadmap = RoadmapDocument(
            id: "hostile", title: Self.hostileText, authors: [], related: ["a", "b"], file: "<bundled>/x.yaml",
            sections: [RoadmapDocument.Section(id: "s", title: "S", topics: topics), RoadmapDocument.Section(id: "e", title: "E", topics: [])],
            extensions: Dictionary(uniqueKeysWithValues: keys.map { ("x-" + $0, ExtensionValue.string($0)) }))
        let document = PluginDocument.roadmap(roadmap)
        let expected = try Self.reference(document)
        let written = try DocumentJSON.encode(document)
        #expect(written == expected, "\(PluginFixture.firstDifference(expected, written))")
    }

    /// Collects what is written to it, piece by piece.
    struct Pieces: TextOutputStream {
        var pieces: [String] = []
        mutating func write(_ string: String) { pieces.append(string) }
    }

    @Test("written in pieces of about 64 KiB, the JSON is the same text as when built whole")
    func streamed() throws {
        let document = PluginDocument.curriculum(try PluginFixture.bundledCurriculum())
        var output = Pieces()
        DocumentJSON.write(document, to: &output)
        let whole = try DocumentJSON.encode(document)
        #expect(whole.utf8.count > 1 << 16)
        #expect(output.pieces.count == 2)
        #expect(output.pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 16 && $0.utf8.count < (1 << 16) + (1 << 14) })
        #expect(output.pieces.joined() == whole)
        var viaPlugin = Pieces()
        try JSONPlugin().write(document, options: RenderOptions(), to: &viaPlugin)
        #expect(viaPlugin.pieces == output.pieces)
    }

    @Test("a list written in chunks on every core is the same text as written in one go", arguments: [1, 2, 3, 7, 512, 10_000])
    func chunkedList(chunkSize: Int) throws {
        let topics = try PluginFixture.bundledCurriculum().topics
        #expect(topics.count > 30)
        // Three times the topics: more than 64 KiB of them, which a writer moves out of its buffer.
        for elements in [topics + topics + topics, [], Array(topics.prefix(1))] {
            var whole = PrettyJSON()
            whole.object { json in
                json.key("topics")
                json.list(elements) { json, topic in topic.write(to: &json) }
                json.field("z", "after")
            }
            var chunked = PrettyJSON()
            chunked.object { json in
                json.key("topics")
                json.list(elements, chunksOf: chunkSize) { json, topic in topic.write(to: &json) }
                json.field("z", "after")
            }
            #expect(chunked.text == whole.text, "\(elements.count) topics: \(PluginFixture.firstDifference(whole.text, chunked.text))")
        }
    }

    @Test("keys in UTF-8 byte order; equal keys keep their order")
    func keyOrder() {
        let sorted = PrettyJSON.sortedKeys([("b", 1), ("a10", 2), ("B", 3), ("a9", 4), ("é", 5), ("a10", 6), ("_", 7)])
        #expect(sorted.map(\.key) == ["B", "_", "a10", "a10", "a9", "b", "é"])
        #expect(sorted.map(\.value) == [3, 7, 2, 6, 4, 1, 5])
    }
}
