import Foundation
import RoadmapPlugin
import Testing
import RoadmapComposition

/// Roadmaps whose text tries to break out of every output format; every plugin must keep it text.
@Suite("Plugins: hostile text stays text")
struct InjectionTests {
    /// Two valid roadmaps full of markup for Markdown, Mermaid, DOT and terminals. They share the
    /// topic `shared` (so the merge names both hostile roadmap titles) and have a prerequisite
    /// (so the Markdown stage graph and the graph formats have edges).
    static let files: [(String, String)] = [
        ("evil-a.yaml", #"""
            id: evil-a
            title: "# Evil <script>alert(1)</script> [x](javascript:alert(1)) ![img](http://e/x.png)"
            summary: "line one\n# heading\n| a | b |\n|---|---|\n<img src=x onerror=alert(1)>\n    indented\n```\ncode"
            source: "https://evil.example/a)](javascript:alert(1)"
            sections:
              - id: intro
                title: "Intro\"] --> X[\"pwn\"] %% end\nsubgraph hack \e[2J"
                topics:
                  - id: shared
                    title: "![img](http://e/x.png) `rm -rf` | table | http://autolink.example www.autolink.example a@b.example <b>bold</b> %%{init: {\"theme\": \"forest\"}}%% \e[31mred\a"
                    summary: "\e[31mRED\e[0m \x9B31m bell\a CR\rLF\n\"} \\ &lt;script&gt; [x]: http://ref.example"
                    hours: 2.5
                    resources:
                      - title: "[click](javascript:alert(1)) <b>bold</b> \e]8;;http://e\e\\link"
                        url: "https://e.example/x)](javascript:alert(1)<script>"
                      - title: "back\\slash\" } ]; \"evil\" -> \"x\" [label=\"pwn\"]; digraph x {"
                      - title: "<https://autolink.example>"
                        url: 'https://e.example/a>b<c"d\e|f`g'
                  - id: second
                    title: "ends with a backslash \\"
                    summary: "# not a heading\n## nor this\n- nor a list item\n> nor a quote\n=====\n---"
                    requires: [shared]
            """#),
        ("evil-b.yaml", #"""
            id: evil-b
            title: "Evil B\"; } digraph { \"x\" -> \"y\"; <b>bold</b> `code` \e[2J"
            sections:
              - id: s
                title: "\"]\nend\nclick t0 call alert(1)\n%%{init: {}}%%"
                topics:
                  - id: shared
                    title: "Shared --> t9[\"x\"] %%{init: {\"theme\": \"forest\"}}%%"
                    summary: "<script>alert(2)</script>"
                    resources:
                      - title: "Same URL, other spelling"
                        url: "https://E.example/x)](javascript:alert(1)<script>"
                  - id: third
                    title: "\"] --> t0\n  click t0 \"javascript:alert(1)\" \e[5m\x7F"
                    requires: [shared]
            """#),
    ]

    enum Kind: String, CaseIterable { case curriculum, roadmap }

    /// The hostile documents: the merge of both, and each roadmap alone.
    static func documents(_ kind: Kind) throws -> [PluginDocument] {
        let result = PluginFixture.load(texts: files)
        switch kind {
        case .curriculum: return [.curriculum(try PluginFixture.curriculum(result))]
        case .roadmap: return result.roadmaps.map { .roadmap(DocumentBuilder.document(for: $0, files: result.files)) }
        }
    }

    static func plugin(_ name: String) -> any OutputPlugin {
        PluginFixture.plugins.first { $0.name == name }!
    }

    static func titles(_ document: PluginDocument) -> [String] {
        switch document {
        case .curriculum(let curriculum): curriculum.topics.map(\.title)
        case .roadmap(let roadmap): roadmap.topics.map(\.title)
        case .diff, .plan, .overlap: []
        }
    }

    /// The text with every backslash escape `\X` replaced by two placeholder characters, so that
    /// what remains is only what Markdown reads as markup.
    static func unescaped(_ text: String) -> String {
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                out += "·"
                escaping = false
            } else if character == "\\" {
                out += "·"
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Every link destination Markdown sees in `text` (already unescaped): `](<…>)` or `](…)`.
    static func linkDestinations(_ text: String) -> [String] {
        var destinations: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: "](") {
            rest = rest[range.upperBound...]
            if rest.hasPrefix("<") {
                let end = rest.firstIndex(of: ">") ?? rest.endIndex
                destinations.append(String(rest[..<end]) + ">")
                rest = rest[end...]
            } else {
                let end = rest.firstIndex { $0 == ")" || $0 == " " } ?? rest.endIndex
                destinations.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return destinations
    }

    @Test("Markdown: no link but to http(s) or an anchor, no image, raw HTML, autolink, heading, table or code from user text",
          arguments: Kind.allCases)
    func markdown(kind: Kind) throws {
        for document in try Self.documents(kind) {
            let rendered = PluginFixture.render(Self.plugin("markdown"), document)
            // The graph's fenced block is Mermaid, not Markdown: checked as Mermaid, then left out.
            var inFence = false
            var markdownLines: [Substring] = []
            for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "```mermaid" { inFence = true; markdownLines.append(line); continue }
                if inFence && line == "```" { inFence = false; markdownLines.append(line); continue }
                if inFence {
                    #expect(Self.isMermaidLine(line) || line.wholeMatch(of: #/  S\d+\["[^"<>`\n]*"\]|  S\d+ --> S\d+/#) != nil,
                            "graph line \(line.debugDescription)")
                } else {
                    markdownLines.append(line)
                }
            }
            #expect(!inFence, "an unclosed fence")
            let output = markdownLines.joined(separator: "\n")
            let text = Self.unescaped(output)
            for destination in Self.linkDestinations(text) {
                #expect(destination.hasPrefix("<https://") || destination.hasPrefix("<http://") || destination.hasPrefix("#"),
                        "link to \(destination)")
                #expect(!destination.dropFirst().dropLast().contains { $0 == "<" || $0 == ">" || $0 == "\n" || $0 == " " })
            }
            #expect(!text.contains("!["), "an image")
            // Outside link destinations and the plugin's own anchors, no `<` at all: no raw HTML, no <autolink>.
            var outside = text.replacing(#/\]\(<[^>\n]*>\)/#, with: "](…)")
            outside = outside.replacing(#/<a id="[a-z0-9-]+"></a>/#, with: "")
            #expect(!outside.contains("<"), "raw HTML or an autolink: \(outside.split(separator: "\n").filter { $0.contains("<") })")
            #expect(!text.lowercased().contains("<script") && !text.contains("<b>") && !text.contains("<img"))
            // No bare URL, www. or e-mail address that GFM would turn into a link.
            #expect(!outside.contains("://"), "\(outside.split(separator: "\n").filter { $0.contains("://") })")
            #expect(!outside.lowercased().contains("www."))
            #expect(!outside.contains("@"))
            // Every `&` starts one of the plugin's own entities.
            #expect(outside.replacing(#/&(amp|#8203|#64);/#, with: "").contains("&") == false)
            // Every code span is the plugin's own (an id or a path of ids); the only fences are the parts graph's.
            let withoutFences = outside.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { $0 != "```mermaid" && $0 != "```" }.joined(separator: "\n")
            #expect(!withoutFences.replacing(#/`[a-z0-9/-]+`/#, with: "").contains("`"))
            let outsideLines = outside.split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in output.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Headings: only the plugin's own (title, the parts graph, numbered part or section, topic with anchor).
                if line.hasPrefix("#") || line.hasPrefix(" #") || line.hasPrefix("  #") || line.hasPrefix("   #") {
                    #expect(line.wholeMatch(of: #/# \S.*|## Parts|## \d+\. .*|### <a id="[a-z0-9-]+"></a>.*/#) != nil, "heading \(line)")
                    #expect(!line.hasPrefix("# #") && !line.hasPrefix("# heading"))
                }
                // Tables: only the totals table; no line made of = or - (a setext heading or a rule).
                if line.hasPrefix("|") {
                    #expect(line.wholeMatch(of: #/\| (Totals \||--- \| ---|Topics \| .*|Study hours \| .*|Resources \| .*|Parts \| .*) \|/#) != nil, "table row \(line)")
                } else {
                    #expect(!outsideLines[number].contains("|"), "a table cell \(line)")
                }
                #expect(line.wholeMatch(of: #/ {0,3}(=+|-+|\*+|_+)\s*/#) == nil, "a setext heading or rule: \(line)")
                #expect(!line.hasPrefix(">") && !line.hasPrefix("    "), "a quote or indented code: \(line)")
            }
        }
    }

    @Test("Mermaid: every line is the plugin's own; no label can close its quote or hold HTML", arguments: Kind.allCases)
    func mermaid(kind: Kind) throws {
        for document in try Self.documents(kind) {
            let output = PluginFixture.render(Self.plugin("mermaid"), document)
            var nodes = 0
            for line in output.split(separator: "\n") {
                #expect(Self.isMermaidLine(line), "line \(line.debugDescription)")
                if line.hasPrefix("    t") { nodes += 1 }
            }
            #expect(nodes == Self.titles(document).count)
            #expect(output.hasSuffix("\n"))
            #expect(!output.contains("%%{"))
        }
    }

    /// True for a line the Mermaid flowchart writer makes, with no label that closes its quote or holds HTML.
    static func isMermaidLine(_ line: Substring) -> Bool {
        line.wholeMatch(of: #/flowchart LR|  subgraph g\d+\["[^"<>`\n]*"\]|    t\d+\["[^"<>`\n]*"\]|  end|  t\d+ --> t\d+|  t\d+\["[^"<>`\n]*"\]:::external|  (g\d+ ~~~ )+g\d+|  subgraph legend\["Roadmaps"\]|    l\d+\["[^"<>`\n]*"\]:::r\d+|    lshared\["shared by several"\]:::shared|  classDef r\d+ fill:#[0-9a-f]{6}|  class (t\d+,)*t\d+ (r\d+|shared)|  classDef shared stroke-width:3px|  classDef external stroke-dasharray:5 5,color:#555/#) != nil
    }

    /// The DOT quoted strings of a line, unescaped.
    static func dotStrings(_ line: Substring) -> [String] {
        line.matches(of: #/"((?:[^"\\\n]|\\.)*)"/#).map { match in
            var out = ""
            var escaping = false
            for character in match.output.1 {
                if escaping {
                    out += character == "n" ? "\n" : String(character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else {
                    out.append(character)
                }
            }
            return out
        }
    }

    @Test("DOT: every line is the plugin's own, every string closes where it should and reads back as the title", arguments: Kind.allCases)
    func dot(kind: Kind) throws {
        for document in try Self.documents(kind) {
            let output = PluginFixture.render(Self.plugin("dot"), document)
            let quoted = #"("(?:[^"\\\n]|\\.)*")"#
            let pattern = try Regex(
                "digraph \(quoted) \\{|  rankdir=LR;|  newrank=true;|  node \\[shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"\\];|"
                + "  edge \\[color=\"#666666\"\\];|  subgraph \"cluster_(\\d+|legend)\" \\{|    label=\(quoted);|    style=rounded;|    color=\"#bbbbbb\";|"
                + "    \(quoted) \\[label=\(quoted)(, fillcolor=\"#[0-9a-f]{6}\")?(, penwidth=3)?\\];|  \\}|  \(quoted) -> \(quoted)( \\[style=invis(, weight=10)?\\])?;|\\}|"
                + "    \"part:\\d+\" \\[shape=point, style=invis, width=0, label=\"\"\\];|"
                + "  \(quoted) \\[label=\(quoted), style=\"rounded,dashed\", color=\"#888888\", fontcolor=\"#555555\"\\];")
            var labels: [String] = []
            for line in output.split(separator: "\n") {
                #expect(line.wholeMatch(of: pattern) != nil, "line \(line.debugDescription)")
                if line.hasPrefix("    \""), line.contains(" [label="), !line.hasPrefix("    \"legend:") {
                    let strings = Self.dotStrings(line)
                    labels.append(strings.count >= 2 ? strings[1] : "unparsable: \(line)")
                }
            }
            // Control characters never reach a DOT file; line breaks become spaces.
            let expected = Self.titles(document).map(PlainText.singleLine)
            #expect(labels == expected)
        }
    }

    @Test("Markdown, Mermaid and DOT text drops bidi formatting characters (a title cannot reorder what a page shows)")
    func bidiDropped() {
        #expect(PlainText.singleLine("abc\u{202E}def\u{2066}g\u{200F}h\u{061C}") == "abcdefgh")
        #expect(PlainText.mermaidLabel("x\u{202E}y") == "xy")
    }

    @Test("a Mermaid part title is cut at a word, with …, only when it is too long")
    func abbreviatedTitles() {
        #expect(PlainText.abbreviated("7. Interview Preparation", limit: 24) == "7. Interview Preparation")
        #expect(PlainText.abbreviated("3. Mathematics and Statistics, Prerequisite", limit: 24) == "3. Mathematics and…")
        #expect(PlainText.abbreviated("4. Machine Learning, Deep Learning", limit: 24) == "4. Machine Learning…")
        #expect(PlainText.abbreviated("Supercalifragilisticexpialidocious", limit: 10) == "Supercali…")
        #expect(PlainText.abbreviated("", limit: 10) == "")
        #expect(PlainText.abbreviated("abc def ghi", limit: 8) == "abc def…", "a head that ends at a word keeps it")
    }

    @Test("terminal: no escape sequence or other control character from user text, with colour off or on", arguments: Kind.allCases)
    func terminal(kind: Kind) throws {
        for document in try Self.documents(kind) {
            let plain = PluginFixture.render(Self.plugin("terminal"), document)
            #expect(!plain.unicodeScalars.contains("\u{1B}"), "an ESC byte")
            let controls = plain.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "control characters \(controls.map { String($0.value, radix: 16) })")

            let colored = PluginFixture.render(Self.plugin("terminal"), document, color: true)
            // Only the plugin's own styling: bold, dim and reset.
            let styling = colored.replacing(#/\x{1B}\[(0|1|2)m/#, with: "")
            #expect(!styling.unicodeScalars.contains("\u{1B}"))
            #expect(styling == plain)
        }
    }

    @Test("JSON and YAML carry the hostile text unchanged: JSON decodes to the document, YAML loads back to the same titles and summaries")
    func jsonAndYAML() throws {
        for kind in Kind.allCases {
            for document in try Self.documents(kind) {
                let json = PluginFixture.render(Self.plugin("json"), document)
                #expect(try DocumentJSON.decode(json) == document)

                let yaml = PluginFixture.render(Self.plugin("yaml"), document)
                let reloaded = PluginFixture.load(texts: [("out.yaml", yaml)])
                let roadmap = try #require(reloaded.roadmaps.first)
                #expect(reloaded.diagnostics.filter { $0.severity == .error }.isEmpty)
                #expect(roadmap.topics.map(\.title) == Self.titles(document))
                switch document {
                case .curriculum(let curriculum):
                    #expect(roadmap.title == curriculum.title)
                    #expect(roadmap.topics.map { $0.summary?.value } == curriculum.topics.map(\.summary))
                    #expect(roadmap.topics.map { $0.resources.map(\.title) } == curriculum.topics.map { $0.resources.map(\.title) })
                    #expect(roadmap.topics.map { $0.resources.map(\.url) } == curriculum.topics.map { $0.resources.map(\.url) })
                case .roadmap(let original):
                    #expect(roadmap.title == original.title)
                    #expect(roadmap.summary == original.summary)
                    #expect(roadmap.source == original.source)
                    #expect(roadmap.sections.map(\.title) == original.sections.map(\.title))
                    #expect(roadmap.topics.map { $0.summary?.value } == original.topics.map(\.summary))
                case .diff, .plan, .overlap: break
                }
            }
        }
    }

    @Test("Markdown, Mermaid and DOT pass no terminal control characters (they print to a terminal by default)")
    func noControlCharactersInTextFormats() throws {
        for name in ["markdown", "mermaid", "dot"] {
            for kind in Kind.allCases {
                for document in try Self.documents(kind) {
                    let output = PluginFixture.render(Self.plugin(name), document)
                    let controls = output.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
                    #expect(controls.isEmpty, "\(name) \(kind): \(Set(controls.map { String($0.value, radix: 16) }).sorted())")
                }
            }
        }
    }
}
