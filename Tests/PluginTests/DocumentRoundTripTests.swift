import RoadmapPlugin
import Testing
import RoadmapComposition

/// "A bundled plugin's output must equal what it would make from the document": render the
/// typed document, then the same document after DocumentJSON.encode → DocumentJSON.decode.
@Suite("Plugins: output equals output from the JSON document")
struct DocumentRoundTripTests {
    /// Every document the tests render: the bundled merge, each bundled roadmap, a diff, and
    /// the hostile roadmap of the injection tests (merged and alone).
    static func documents() async throws -> [(name: String, document: PluginDocument)] {
        var documents: [(String, PluginDocument)] = [("bundled merge", .curriculum(try PluginFixture.bundledCurriculum()))]
        documents += PluginFixture.bundledRoadmaps().map { ("roadmap \($0.id)", .roadmap($0)) }
        documents.append(("diff", .diff(try await PluginFixture.diff())))
        let hostile = PluginFixture.load(texts: InjectionTests.files)
        documents.append(("hostile merge", .curriculum(try PluginFixture.curriculum(hostile))))
        documents += hostile.roadmaps.map { ("hostile roadmap \($0.id)", .roadmap(DocumentBuilder.document(for: $0, files: hostile.files))) }
        return documents
    }

    @Test("every plugin, every kind it renders: same text from the typed document and from its JSON")
    func sameOutputFromJSON() async throws {
        var rendered = 0
        for (name, document) in try await Self.documents() {
            let json = try DocumentJSON.encode(document)
            let decoded = try DocumentJSON.decode(json)
            #expect(decoded == document, "\(name): the document survives JSON")
            #expect(try DocumentJSON.encode(decoded) == json, "\(name): JSON is stable")
            for plugin in PluginFixture.plugins where plugin.kinds.contains(document.kind) {
                for color in [false, true] {
                    let direct = PluginFixture.render(plugin, document, color: color)
                    let viaJSON = PluginFixture.render(plugin, decoded, color: color)
                    #expect(!direct.isEmpty)
                    #expect(direct == viaJSON, "\(plugin.name), \(name), color \(color): \(PluginFixture.firstDifference(direct, viaJSON))")
                    rendered += 1
                }
            }
        }
        // Two curricula and six roadmaps (4 bundled, 2 hostile) through 7 plugins each, one diff
        // through 5 (terminal, markdown, json, brief, html); each with colour off and on.
        #expect(rendered == 2 * (2 * 7 + 6 * 7 + 5))
    }

    @Test("x- extension values (lists and mappings in written order) come out the same from the JSON document")
    func extensionsSurviveJSON() throws {
        let text = """
            id: ext
            title: Extensions
            x-owner: {zeta: "1", alpha: "2"}
            sections:
              - id: s
                title: S
                topics:
                  - id: t
                    title: T
                    x-meta:
                      zeta: last
                      alpha: [b, a]
                      middle: null
                    resources:
                      - title: R
                        x-note: {z: "1", a: "2"}
            """
        let result = PluginFixture.load(texts: [("ext.yaml", text)])
        let documents: [PluginDocument] = [
            .roadmap(DocumentBuilder.document(for: try #require(result.roadmaps.first), files: result.files)),
            .curriculum(try PluginFixture.curriculum(result)),
        ]
        for document in documents {
            let decoded = try DocumentJSON.decode(try DocumentJSON.encode(document))
            for plugin in PluginFixture.plugins where plugin.kinds.contains(document.kind) {
                let direct = PluginFixture.render(plugin, document)
                let viaJSON = PluginFixture.render(plugin, decoded)
                #expect(direct == viaJSON, "\(plugin.name), \(document.kind): \(PluginFixture.firstDifference(direct, viaJSON))")
            }
        }
    }

    @Test("a plugin refuses a kind it does not render, with a message naming what it renders")
    func unsupportedKinds() async throws {
        let documents: [PluginDocument] = [
            .curriculum(try PluginFixture.bundledCurriculum()), .roadmap(PluginFixture.bundledRoadmaps()[0]), .diff(try await PluginFixture.diff()),
        ]
        for plugin in PluginFixture.plugins {
            for document in documents where !plugin.kinds.contains(document.kind) {
                #expect(throws: PluginError.unsupported(plugin, document.kind)) {
                    try plugin.render(document, options: RenderOptions())
                }
            }
        }
        #expect(PluginError.unsupported(PluginFixture.plugins[3], .diff).message
            == "the yaml format does not render a diff document; it renders roadmap, curriculum")
    }

    @Test("DocumentJSON writes roadmap-api-version [1, 3] and refuses another major version")
    func versionCheck() throws {
        let json = try DocumentJSON.encode(.roadmap(PluginFixture.bundledRoadmaps()[0]))
        #expect(PluginDocument.apiVersion == [1, 3])
        #expect(json.contains("\"roadmap-api-version\" : [\n    1,\n    3\n  ]"))
        let major = json.replacingOccurrences(of: "\"roadmap-api-version\" : [\n    1,\n    3\n  ]", with: "\"roadmap-api-version\" : [2, 0]")
        #expect(throws: PluginError("expected roadmap-api-version 1.x, found 2.0")) { try DocumentJSON.decode(major) }
    }
}
