import Crypto
import Foundation
import HTMLPlugin
import RoadmapComposition
import RoadmapPlugin
import Testing

/// The `html` page's structure, checked without a browser (`scripts/browser-check` runs it in
/// Chromium): well-formed, nothing loaded, the policy's hashes those of its two inline blocks,
/// every piece of user text escaped, and a graph box per topic with an edge per reduced `requires`.
@Suite("Plugins: the HTML page")
struct HTMLPageTests {
    /// One tag of the page: its name, its attributes, and whether it closes.
    struct Tag: Equatable {
        var name: String
        var attributes: [String: String]
        var closing: Bool
    }

    static let voidElements: Set = ["meta", "input", "br", "rect", "path"]
    /// Every element the page may hold: anything else came from user text.
    static let knownElements: Set = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "ol", "ul", "li", "a", "code", "span",
        "strong", "div", "button", "label", "input", "main", "section", "article", "details", "summary", "blockquote", "footer",
        "script", "svg", "defs", "marker", "path", "g", "rect", "text", "tspan", "br", "table", "thead", "tbody", "tr", "th", "td",
    ]

    /// The tags of `page` outside the style and script blocks, checking quotes and nesting.
    static func tags(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Tag] {
        var tags: [Tag] = []
        var stack: [String] = []
        var rest = Substring(page)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!doctype html>") { rest = rest.dropFirst("!doctype html>".count); continue }
            let end = try #require(rest.firstIndex(of: ">"), "an unclosed tag", sourceLocation: sourceLocation)
            var inside = rest[..<end]
            rest = rest[rest.index(after: end)...]
            let closing = inside.hasPrefix("/")
            if closing { inside = inside.dropFirst() }
            let selfClosing = inside.hasSuffix("/")
            if selfClosing { inside = inside.dropLast() }
            let name = String(inside.prefix { $0.isLetter || $0.isNumber })
            var attributes: [String: String] = [:]
            var text = inside.dropFirst(name.count)
            while let equals = text.firstIndex(of: "=") {
                let key = text[..<equals].trimmingCharacters(in: .whitespaces)
                text = text[text.index(after: equals)...]
                #expect(text.first == "\"", "an unquoted attribute value in <\(name)>", sourceLocation: sourceLocation)
                text = text.dropFirst()
                let close = try #require(text.firstIndex(of: "\""), sourceLocation: sourceLocation)
                attributes[key] = String(text[..<close])
                text = text[text.index(after: close)...]
            }
            #expect(text.trimmingCharacters(in: .whitespaces).allSatisfy { $0.isLetter || $0 == " " || $0 == "-" },
                    "stray text in <\(name)>: \(text)", sourceLocation: sourceLocation)
            tags.append(Tag(name: name, attributes: attributes, closing: closing))
            if closing {
                #expect(stack.popLast() == name, "</\(name)> closes another element", sourceLocation: sourceLocation)
            } else if !selfClosing && !voidElements.contains(name) {
                stack.append(name)
            }
            // The style and script blocks are not markup: skip to their end.
            if !closing, name == "style" || name == "script" {
                let close = try #require(rest.range(of: "</\(name)>"), sourceLocation: sourceLocation)
                rest = rest[close.lowerBound...]
            }
        }
        #expect(stack.isEmpty, "unclosed: \(stack)", sourceLocation: sourceLocation)
        return tags
    }

    static func block(_ name: String, _ page: String) -> String? {
        guard let open = page.range(of: "<\(name)>"), let close = page.range(of: "</\(name)>", range: open.upperBound..<page.endIndex) else { return nil }
        return String(page[open.upperBound..<close.lowerBound])
    }

    static func sha256(_ text: String) -> String {
        "sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
    }

    static func pages() throws -> [(name: String, page: String, graph: GraphOutline?, topics: Int)] {
        let html = HTMLPlugin()
        let bundled = try PluginFixture.bundledCurriculum()
        var out: [(String, String, GraphOutline?, Int)] = [
            ("bundled merge", PluginFixture.render(html, .curriculum(bundled)), GraphOutline(bundled), bundled.topics.count),
        ]
        for document in try InjectionTests.documents(.curriculum) + InjectionTests.documents(.roadmap) {
            switch document {
            case .curriculum(let curriculum):
                out.append(("hostile curriculum", PluginFixture.render(html, document), GraphOutline(curriculum), curriculum.topics.count))
            case .roadmap(let roadmap):
                out.append(("hostile roadmap \(roadmap.id)", PluginFixture.render(html, document), GraphOutline(roadmap), roadmap.topics.count))
            case .diff, .plan, .overlap: break
            }
        }
        return out
    }

    @Test("well-formed, only the page's own elements, nothing loaded from anywhere")
    func structure() throws {
        for (name, page, _, _) in try Self.pages() {
            let tags = try Self.tags(page)
            for tag in tags {
                #expect(Self.knownElements.contains(tag.name), "\(name): <\(tag.name)> is not the page's")
                #expect(tag.attributes["src"] == nil && tag.attributes["srcset"] == nil && tag.attributes["style"] == nil, "\(name): \(tag)")
                #expect(!tag.attributes.keys.contains { $0.hasPrefix("on") }, "\(name): an event handler in \(tag)")
                if tag.name == "a", let href = tag.attributes["href"] {
                    #expect(href.hasPrefix("#") || href.hasPrefix("https://") || href.hasPrefix("http://"), "\(name): a link to \(href)")
                    if !href.hasPrefix("#") { #expect(tag.attributes["rel"] == "noopener noreferrer", "\(name): \(tag)") }
                }
            }
            #expect(tags.filter { $0.name == "script" && !$0.closing }.count == 1, "\(name): one script, the page's")
            #expect(tags.filter { $0.name == "style" && !$0.closing }.count == 1, "\(name): one style sheet, the page's")
            let style = try #require(Self.block("style", page))
            #expect(!style.contains("@import") && !style.contains("url("), "\(name): the style sheet loads nothing")
            let script = try #require(Self.block("script", page))
            #expect(!script.contains("fetch(") && !script.contains("XMLHttpRequest") && !script.contains("eval("), "\(name)")
        }
    }

    @Test("the Content-Security-Policy allows the inline style and script by their hashes, and nothing else")
    func policy() throws {
        for (name, page, _, _) in try Self.pages() {
            let style = try #require(Self.block("style", page))
            let script = try #require(Self.block("script", page))
            let expected = "default-src 'none'; style-src '\(Self.sha256(style))'; script-src '\(Self.sha256(script))'; base-uri 'none'; form-action 'none'"
            #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(expected)\">"), "\(name)")
            // The policy comes before anything it governs.
            let policyAt = try #require(page.range(of: "Content-Security-Policy")).lowerBound
            #expect(policyAt < (try #require(page.range(of: "<style>"))).lowerBound)
        }
    }

    @Test("every piece of user text is escaped: hostile titles are text, not markup")
    func escaping() throws {
        for (name, page, _, _) in try Self.pages() where name.hasPrefix("hostile") {
            let markup = page.replacingOccurrences(of: Self.block("script", page) ?? "", with: "")
            #expect(!markup.contains("<script>alert") && !markup.contains("<img") && !markup.contains("<b>"), "\(name)")
            #expect(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || markup.contains("&lt;b&gt;bold&lt;/b&gt;"), "\(name): the text is shown, escaped")
            #expect(!markup.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name): a control character")
        }
    }

    @Test("the graph: a box per topic (and per outside prerequisite), an edge per reduced `requires`, a card per topic")
    func graph() throws {
        for (name, page, graph, topics) in try Self.pages() {
            let graph = try #require(graph)
            let tags = try Self.tags(page)
            let nodes = tags.filter { !$0.closing && ($0.attributes["class"] ?? "").split(separator: " ").first == "node" }
            #expect(nodes.count == graph.ids.count, "\(name)")
            #expect(nodes.filter { $0.name == "a" }.count == topics, "\(name): every topic's box links to its card")
            #expect(tags.filter { !$0.closing && $0.attributes["class"] == "edge" }.count == graph.edges.count, "\(name)")
            #expect(tags.filter { !$0.closing && $0.attributes["class"] == "card" }.count == topics, "\(name)")
            #expect(tags.filter { $0.name == "input" && $0.attributes["class"] == "done" }.count == topics, "\(name)")
            let cards = Set(tags.filter { $0.attributes["class"] == "card" }.compactMap { $0.attributes["id"] })
            for node in nodes where node.name == "a" {
                #expect(cards.contains(String(node.attributes["href"]?.dropFirst() ?? "")), "\(name): \(node) links to no card")
            }
        }
    }

    @Test("every edge runs left to right, also where a section lists a topic before one it requires")
    func edgesForward() throws {
        let result = PluginFixture.load(texts: [("order.yaml", """
            format: 1
            id: order
            title: Order
            sections:
              - id: s
                title: S
                topics:
                  - id: alpha
                    title: Alpha
                    requires: [beta]
                  - id: beta
                    title: Beta
                    aliases: [b-alias]
                  - id: gamma
                    title: Gamma
                    requires: [order/b-alias, alpha]
            """)])
        let roadmap = DocumentBuilder.document(for: try #require(result.roadmaps.first), files: result.files)
        var pages = [PluginFixture.render(HTMLPlugin(), .roadmap(roadmap))]
        pages += try Self.pages().map(\.page)
        for page in pages {
            for match in page.matches(of: #/class="edge"[^>]* d="M (\d+) \d+ C [^"]*, (\d+) \d+"/#) {
                #expect(Int(match.output.1)! < Int(match.output.2)!, "an edge from x \(match.output.1) to x \(match.output.2)")
            }
        }
        // The alias `order/b-alias` is a topic of the page, not one outside it.
        #expect(pages[0].contains("Requires: <a href=\"#topic-beta\">Beta</a>, <a href=\"#topic-alpha\">Alpha</a>"))
        #expect(!pages[0].contains("outside this page"))
    }

    @Test("progress keys: the canonical id first, then every ROADMAP/ID and alias of the subject")
    func progressKeys() throws {
        let page = PluginFixture.render(HTMLPlugin(), .curriculum(try PluginFixture.bundledCurriculum()))
        #expect(page.contains("data-keys=\"[&quot;data-science/python&quot;,&quot;data-engineering/python&quot;,&quot;mlops/python&quot;]\""))
    }
}

@Suite("Plugins: the HTML page of a roadmap and of a diff")
struct HTMLOtherPagesTests {
    @Test("a roadmap page (a variant with prerequisites outside it) matches its golden file")
    func roadmapGolden() throws {
        let result = PluginFixture.load([.bundled(id: "mlops-lite")])
        let roadmap = try #require(result.roadmaps.first)
        let page = PluginFixture.render(HTMLPlugin(), .roadmap(DocumentBuilder.document(for: roadmap, files: result.files)))
        _ = try HTMLPageTests.tags(page)
        #expect(page.contains("class=\"node external\""), "prerequisites in other roadmaps are drawn, dashed")
        try PluginFixture.assertGolden(page, name: "mlops-lite.html")
    }

    @Test("a diff page marks each change by kind with before → after, and matches its golden file", arguments: ["changed-fields", "moved", "identical"])
    func diffGolden(pair: String) async throws {
        let page = PluginFixture.render(HTMLPlugin(), .diff(try await DiffGoldenTests.document(pair)))
        let tags = try HTMLPageTests.tags(page)
        #expect(tags.allSatisfy { HTMLPageTests.knownElements.contains($0.name) })
        try PluginFixture.assertGolden(page, name: "diff-\(pair).html")
    }
}
