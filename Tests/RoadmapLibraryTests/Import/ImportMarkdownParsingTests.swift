import Testing
@testable import RoadmapModel
@testable import RoadmapAuthoring

/// The Markdown reader under `roadmap import`: blocks (headings, lists, paragraphs) and inline
/// text (links, emphasis, code, HTML), as articles in the wild write them.
@Suite("Import: reading Markdown")
struct ImportMarkdownParsingTests {
    typealias Item = MarkdownListItem

    /// The headings of `markdown` as (level, text).
    func headings(_ markdown: String) -> [String] {
        Importing.blocks(markdown).compactMap { block in
            if case .heading(let level, let text, _) = block { "\(level) \(text)" } else { nil }
        }
    }

    /// The first list of `markdown`.
    func list(_ markdown: String) -> [Item] {
        for block in Importing.blocks(markdown) {
            if case .list(let items) = block { return items }
        }
        return []
    }

    /// A nested outline of item texts, one line per item, indented by depth.
    func outline(_ items: [Item], depth: Int = 0) -> [String] {
        items.flatMap { [String(repeating: "  ", count: depth) + $0.text] + outline($0.children, depth: depth + 1) }
    }

    // MARK: Headings

    @Test("ATX headings: levels 1–6, closing #s dropped, #hashtags and 7 #s are text")
    func atxHeadings() {
        let text = "# One\n## Two ##\n### Three ###   \n#### Four #5\n##### Five\\#\n###### Six\n####### Seven\n#hashtag\n#\n"
        #expect(headings(text) == ["1 One", "2 Two", "3 Three", "4 Four #5", "5 Five\\#", "6 Six", "1 "])
        #expect(Importing.roadmap("# Title\n## Five\\# and C#\n- x\n").sections.first?.title == "Five# and C#")
    }

    @Test("setext headings (=== and ---) and thematic breaks")
    func setextHeadings() {
        let text = "Title\nspread over lines\n=====\n\nSection\n---\n\ntext\n\n---\n\n***\n- - -\nAfter\n"
        #expect(headings(text) == ["1 Title spread over lines", "2 Section"])
        let paragraphs = Importing.blocks(text).compactMap { block -> String? in
            if case .paragraph(let text, _) = block { text } else { nil }
        }
        #expect(paragraphs == ["text", "After"])
        // A `---` under a list item is a break, not a heading.
        #expect(headings("- item\n---\n").isEmpty)
    }

    @Test("code fences (backticks, tildes, indented, unclosed) are never headings or lists")
    func codeFences() {
        let text = """
            # Title
            ```bash
            # not a heading
            - not an item
            ```
            - item
              ~~~~
              ## nor this
              ~~~
              ~~~~
            - second
            ````
            ```
            # still code
            ````
            ## Real

                # indented code

            ```
            # unclosed: code to the end
            """
        #expect(headings(text) == ["1 Title", "2 Real"])
        #expect(outline(list(text)) == ["item", "second"])
    }

    @Test("HTML comments, on one line or many, vanish without splitting lists")
    func comments() {
        let text = "# T <!-- hidden -->\n<!--\n## Hidden\n- hidden\n-->\n- a\n<!-- between -->\n- b <!-- x --> c\n<!-- unclosed\n## gone\n"
        #expect(headings(text) == ["1 T"])
        #expect(outline(list(text)) == ["a", "b  c"])
    }

    @Test("front matter (--- or +++) at the very start is skipped; a lone --- is not front matter")
    func frontMatter() {
        #expect(headings("---\ntitle: x\nlist:\n  - a\n---\n# Real\n") == ["1 Real"])
        #expect(headings("+++\ntitle = \"x\"\n+++\n# Real\n") == ["1 Real"])
        #expect(headings("---\n# Title\n\nSome prose here.\n") == ["1 Title"])
    }

    // MARK: Lists

    @Test("bullets -, *, + and ordered 1. 1) lists; nesting by 2 or 4 spaces or tabs")
    func nesting() {
        let text = """
            - a
              - a1
                - a11
            * b
                * b1
            + c
            \t+ c1
            \t\t+ c11
            1. d
               1. d1
            2) e
              - e1
            """
        #expect(outline(list(text)) == ["a", "  a1", "    a11", "b", "  b1", "c", "  c1", "    c11", "d", "  d1", "e", "  e1"])
    }

    @Test("irregular indentation: an item belongs to the closest less-indented item before it")
    func irregularIndentation() {
        #expect(outline(list("- a\n   - b\n  - c\n - d\n- e\n")) == ["a", "  b", "  c", "  d", "e"])
    }

    @Test("lazy continuation lines join the item; later indented paragraphs are its paragraphs")
    func continuation() {
        let items = list("- first line\ncontinued\n  and more\n\n  A paragraph of the item.\n\n- next\n\nAfter the list.\n")
        #expect(items.map(\.text) == ["first line\ncontinued\nand more", "next"])
        #expect(items.first?.paragraphs == ["A paragraph of the item."])
        #expect(Importing.blocks("- a\n\nAfter.\n").last == .paragraph(text: "After.", line: 3))
    }

    @Test("task boxes are dropped; a number that is not 1 does not start a list inside a paragraph")
    func markers() {
        #expect(list("- [ ] todo\n- [x] done\n").map(\.text) == ["todo", "done"])
        #expect(Importing.blocks("In\n2022. It was a year.\n") == [.paragraph(text: "In\n2022. It was a year.", line: 1)])
        #expect(list("Intro:\n1. one\n2. two\n").map(\.text) == ["one", "two"])
        #expect(list("*emphasis* is not a list\n").isEmpty)
    }

    @Test("tables with and without outer pipes, escaped pipes and code spans in cells; block quotes are read as their content")
    func tablesAndQuotes() {
        let blocks = Importing.blocks("| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n> - item\n")
        #expect(blocks.first == .table(header: ["a", "b"], rows: [MarkdownTableRow(cells: ["1", "2"], line: 3)], line: 1))
        #expect(Importing.blocks("Intro\nName | Link\n:-- | --:\n`a|b` | x \\| y\nlast | row\n\nafter\n") == [
            .paragraph(text: "Intro", line: 1),
            .table(header: ["Name", "Link"], rows: [MarkdownTableRow(cells: ["`a|b`", "x | y"], line: 4), MarkdownTableRow(cells: ["last", "row"], line: 5)], line: 2),
            .paragraph(text: "after", line: 7),
        ])
        // A delimiter row with another number of cells than the header is no table.
        #expect(Importing.blocks("a | b\n--- | --- | ---\n").first == .paragraph(text: "a | b\n--- | --- | ---", line: 1))
        #expect(outline(list("> - q1\n>   - q2\n")) == ["q1", "  q2"])
    }

    @Test("CRLF and CR line ends, a byte-order mark, and line numbers")
    func lineEnds() {
        let blocks = Importing.blocks("\u{FEFF}# T\r\n\r\n- a\r\n- b\r## U\r")
        #expect(blocks == [.heading(level: 1, text: "T", line: 1),
                           .list([Item(text: "a", line: 3), Item(text: "b", line: 4)]),
                           .heading(level: 2, text: "U", line: 5)])
    }

    @Test("link reference definitions are collected (case-insensitive, <…>, titles) and removed")
    func referenceDefinitions() {
        let parsed = MarkdownBlockParser.parse("""
            - item

            [One]: https://one.example/
            [two words]:   <https://two.example/a b>  "Title"
              [3]: https://three.example/ 'x'
            [one]: https://duplicate.example/
            [^note]: a footnote
            [not a def]: has words after
            """)
        #expect(parsed.references == ["one": "https://one.example/", "two words": "https://two.example/a%20b",
                                      "3": "https://three.example/"])
        #expect(parsed.blocks.count == 2)  // the list, and the paragraph that is not a definition
    }

    // MARK: Inline

    @Test("emphasis, code, inline HTML, entities and escapes are stripped from text")
    func inlineText() {
        var parser = MarkdownInlineParser(references: [:])
        #expect(parser.plainText("**Bold** and *it* and __b__ and _i_ and ~~gone~~") == "Bold and it and b and i and gone")
        #expect(parser.plainText("`code *kept*` and snake_case_name and 2 * 3") == "code *kept* and snake_case_name and 2 * 3")
        #expect(parser.plainText("<b>HTML</b> <span class=\"x\">tags</span><br/>gone") == "HTML tags gone")
        #expect(parser.plainText("Q&amp;A &lt;tag&gt; &#233;t&#xE9; &mdash; &bogus;") == "Q&A <tag> été — &bogus;")
        #expect(parser.plainText("\\*not emphasis\\* \\[x\\]") == "*not emphasis* [x]")
        #expect(parser.plainText("Ünïcödé 機械学習 🐍") == "Ünïcödé 機械学習 🐍")
        #expect(parser.plainText("a < b > c") == "a < b > c")
    }

    @Test("inline links: titles, nested brackets, parentheses and <…> in destinations")
    func inlineLinks() {
        #expect(Importing.inline("[Docs](https://d.example/ \"Title\")") == [.link(text: "Docs", destination: "https://d.example/", bare: false)])
        #expect(Importing.inline("[a [nested] b](https://x.example/a_(b))") == [.link(text: "a [nested] b", destination: "https://x.example/a_(b)", bare: false)])
        #expect(Importing.inline("[**Bold** `code`](<https://x.example/a b>)") == [.link(text: "Bold code", destination: "https://x.example/a%20b", bare: false)])
        #expect(Importing.inline("see [x](https://x.example/) now") == [.text("see "), .link(text: "x", destination: "https://x.example/", bare: false), .text(" now")])
        #expect(Importing.inline("[broken](https://x.example/") == [
            .text("[broken]("), .link(text: "https://x.example/", destination: "https://x.example/", bare: true),
        ])
    }

    @Test("images are dropped; a link that is only images is a badge; a link with an image and text takes the alternative text")
    func images() {
        #expect(Importing.inline("![logo](logo.png) Name") == [.text(" Name")])
        #expect(Importing.inline("[![Build](badge.svg)](https://ci.example/)") == [.badge(alt: "Build", destination: "https://ci.example/")])
        #expect(Importing.inline("[![logo](l.png) Docker](https://docker.example/)") == [.link(text: "logo Docker", destination: "https://docker.example/", bare: false)])
    }

    @Test("HTML links, in-page links, lone stars: `<a href>` is a link, `A* search` keeps its star")
    func htmlAndStars() {
        #expect(Importing.inline("Read <a href=\"https://a.example/x\" target=\"_blank\">the <b>guide</b></a> now")
                == [.text("Read "), .link(text: "the guide", destination: "https://a.example/x", bare: false), .text(" now")])
        #expect(Importing.inline("<A HREF='https://a.example/'>A</A>") == [.link(text: "A", destination: "https://a.example/", bare: false)])
        #expect(Importing.inline("<a href=\"https://a.example/\">never closed") == [.text("never closed")])
        #expect(Importing.inline("A* search") == [.text("A* search")])
        #expect(Importing.inline("*emphasis* and A") == [.text("emphasis and A")])
    }

    @Test("reference links: full, collapsed, shortcut; an undefined one keeps its text")
    func referenceLinks() {
        let references = ["ref": "https://r.example/", "short": "https://s.example/"]
        #expect(Importing.inline("[Text][REF]", references: references) == [.link(text: "Text", destination: "https://r.example/", bare: false)])
        #expect(Importing.inline("[Ref][]", references: references) == [.link(text: "Ref", destination: "https://r.example/", bare: false)])
        #expect(Importing.inline("[short]", references: references) == [.link(text: "short", destination: "https://s.example/", bare: false)])
        #expect(Importing.inline("[kind/provider] x", references: references) == [.text("[kind/provider] x")])
        var parser = MarkdownInlineParser(references: references)
        #expect(parser.parse("[Text][missing]") == [.text("Text")])
        #expect(parser.undefinedReferences == ["missing"])
        #expect(Importing.inline("Note[^1] here") == [.text("Note here")])
    }

    @Test("autolinks and bare URLs, without trailing punctuation or unbalanced parentheses")
    func bareLinks() {
        #expect(Importing.inline("<https://a.example/x>") == [.link(text: "https://a.example/x", destination: "https://a.example/x", bare: true)])
        #expect(Importing.inline("<me@example.com>") == [.link(text: "mailto:me@example.com", destination: "mailto:me@example.com", bare: true)])
        #expect(Importing.inline("(see https://a.example/wiki/X_(y)).") == [
            .text("(see "), .link(text: "https://a.example/wiki/X_(y)", destination: "https://a.example/wiki/X_(y)", bare: true), .text(")."),
        ])
        #expect(Importing.inline("Title — https://a.example/p?q=1, then") == [
            .text("Title — "), .link(text: "https://a.example/p?q=1", destination: "https://a.example/p?q=1", bare: true), .text(", then"),
        ])
        #expect(Importing.inline("xhttps://a.example/") == [.text("xhttps://a.example/")])
    }
}
