import Foundation
import RoadmapYAML
import Testing

/// `roadmap fmt` keeps every comment, with the key or list item it belongs to.
@Suite("Formatting: comments")
struct FormattingCommentTests {
    @Test("the comments fixture formats to its golden file, every comment kept exactly once")
    func commentsGolden() throws {
        let source = try FormattingSupport.text(FormattingSupport.directory + "/comments.yaml")
        let output = try FormattingSupport.format(source)
        try Fixtures.assertGolden(output, path: FormattingSupport.directory + "/comments.formatted.yaml")
        let document = try YAMLCommentReader.read(Array(source.utf8))
        let comments = document.comments
        #expect(comments.count == 30)
        for comment in comments {
            #expect(FormattingSupport.occurrences(of: comment, in: output) == FormattingSupport.occurrences(of: comment, in: source),
                    "\(comment)")
        }
    }

    @Test("comments before the first key stay at the top, even when that key moves down")
    func header() throws {
        let source = """
            # yaml-language-server: $schema=https://example.org/format.json
            # about this file

            # still the header
            title: Sample
            id: sample
            sections: [{id: s, title: S, topics: [{id: t, title: T}]}]
            """
        #expect(try FormattingSupport.format(source) == """
            # yaml-language-server: $schema=https://example.org/format.json
            # about this file

            # still the header
            id: sample
            title: Sample
            sections:
              - id: s
                title: S
                topics:
                  - id: t
                    title: T

            """)
    }

    @Test("whole-line comments stay above their key at every level, re-indented to it, and move with it")
    func beforeKeys() throws {
        let source = """
            id: sample
            # before title (roadmap level)
            title: Sample
            sections:
                -   # before the section's title
                    title: S
                    # before the section's id: it moves up, above the item
                    id: s
                    topics:
                    -   id: t
                        # before the topic's title
                        title: T
                        resources:
                        -   url: https://example.org
                            # before the resource's title
                            title: R
                            # before the resource's type
                            type: book
            """
        #expect(try FormattingSupport.format(source) == """
            id: sample
            # before title (roadmap level)
            title: Sample
            sections:
              # before the section's title
              # before the section's id: it moves up, above the item
              - id: s
                title: S
                topics:
                  - id: t
                    # before the topic's title
                    title: T
                    resources:
                      # before the resource's title
                      - title: R
                        url: https://example.org
                        # before the resource's type
                        type: book

            """)
    }

    @Test("comments before and between list items, and at the end of the file")
    func betweenItems() throws {
        let source = FormattingSupport.roadmap(topic: """
            aliases:
            # before the first alias
            - Python 3
            # between aliases
            - "Py3k: the old name"
            resources:
            - title: One
            # between resources (written at the list's level)
            - title: Two
                # between resources (written deeper)
            - title: Three
            """) + "# the end\n# really the end\n"
        #expect(try FormattingSupport.format(source) == """
            id: sample
            title: Sample
            sections:
              - id: s
                title: S
                topics:
                  - id: t
                    title: T
                    aliases:
                      # before the first alias
                      - Python 3
                      # between aliases
                      - 'Py3k: the old name'
                    resources:
                      - title: One
                      # between resources (written at the list's level)
                      - title: Two
                      # between resources (written deeper)
                      - title: Three
            # the end
            # really the end

            """)
    }

    @Test("trailing comments stay at the end of their key's line: scalars, nested blocks, flow lists, block scalars")
    func trailing() throws {
        let source = """
            id: sample   # on a scalar
            title: Sample	# after a tab
            related: [a, b]    # on a flow list
            summary: |-   # on a block scalar header
              Text
              on two lines.
            sections:   # on a nested block's key line
              - id: s   # on the first key of an item
                title: S
                topics:
                  - id: t
                    title: T
                    tags:     # on a key whose block list becomes a flow list
                      - x1
                      - x2
                    x-data:   # on an x- key holding a mapping
                      key: value  # inside the x- value
                    x-list: [1, 2] # on an x- flow list
            """
        #expect(try FormattingSupport.format(source) == """
            id: sample # on a scalar
            title: Sample # after a tab
            summary: |- # on a block scalar header
              Text
              on two lines.
            related: [a, b] # on a flow list
            sections: # on a nested block's key line
              - id: s # on the first key of an item
                title: S
                topics:
                  - id: t
                    title: T
                    tags: [x1, x2] # on a key whose block list becomes a flow list
                    x-data: # on an x- key holding a mapping
                      key: value # inside the x- value
                    x-list: [1, 2] # on an x- flow list

            """)
    }

    @Test("a long text that folds keeps its trailing comment on the `>-` line")
    func trailingOnFoldedText() throws {
        let long = String(repeating: "a few words ", count: 12).trimmingCharacters(in: .whitespaces)
        let output = try FormattingSupport.format(FormattingSupport.roadmap(topic: "summary: \(long) # why so long"))
        #expect(output.contains("        summary: >- # why so long\n          a few words"))
    }

    @Test("a `#` inside quoted strings, plain words and block scalars is text, not a comment")
    func hashesInText() throws {
        let source = FormattingSupport.roadmap(topic: """
            summary: "C# and F# # are languages"
            aliases: ['#hashtag', "a #b", C#]
            resources:
              - title: |
                  # a heading in text
                  line two # still text
                url: https://example.org/page#section
                x-note: >
                  folded # text
                   # more-indented text
            """)
        let output = try FormattingSupport.format(source)
        let topic = try #require(FormattingSupport.draft(output).sections?.first?.topics?.first)
        #expect(topic.summary?.value == "C# and F# # are languages")
        #expect(topic.aliases?.map(\.value) == ["#hashtag", "a #b", "C#"])
        let resource = try #require(topic.resources?.first)
        #expect(resource.title?.value == "# a heading in text\nline two # still text\n")
        #expect(resource.url?.value == "https://example.org/page#section")
        let document = try YAMLCommentReader.read(Array(source.utf8))
        #expect(document.comments.isEmpty, "no comments in this text")
        #expect(try YAMLCommentReader.read(Array(output.utf8)).comments.isEmpty)
    }

    @Test("comments inside a multi-line flow list go with the item after them; the list is written as a block list")
    func insideFlow() throws {
        let source = FormattingSupport.roadmap(topic: """
            tags: [
              # first
              a,   # trailing on a
              b,
              # before the bracket: above the key
            ]   # after the bracket: on the key's line
            """)
        let output = try FormattingSupport.format(source)
        #expect(output.hasSuffix("""
                    # before the bracket: above the key
                    tags: # after the bracket: on the key's line
                      # first
                      - a # trailing on a
                      - b

            """))
    }

    @Test("a comment between a key and a value on a later line goes above the key")
    func betweenKeyAndValue() throws {
        let source = FormattingSupport.roadmap(topic: """
            summary:
              # about the summary
              The summary.
            """)
        #expect(try FormattingSupport.format(source).hasSuffix("""
                    # about the summary
                    summary: The summary.

            """))
    }

    @Test("a comment after a block scalar, less indented than its text, is a comment; blank lines after it are kept")
    func afterBlockScalar() throws {
        let source = FormattingSupport.roadmap(topic: """
            summary: |
              Text.

            # a comment, not text
            level: beginner
            """)
        #expect(try FormattingSupport.format(source).hasSuffix("""
                    summary: |
                      Text.

                    # a comment, not text
                    level: beginner

            """))
    }

    @Test("blank lines between entries are kept, several as one; none at the start or end of the file")
    func blankLines() throws {
        let source = "\n\n" + FormattingSupport.roadmap(topic: "\n\n\nlevel: beginner\n\nhours: 2") + "\n\n\n"
        #expect(try FormattingSupport.format(source) == FormattingSupport.roadmap(topic: "\nlevel: beginner\n\nhours: 2"))
    }

    @Test("comments in a variant, and on `---`, stay")
    func documentMarker() throws {
        let source = "--- # the document starts\nid: sample # id\n" + String(FormattingSupport.roadmap().dropFirst("id: sample\n".count)) + "... # the end\n"
        let output = try FormattingSupport.format(source)
        #expect(output.hasPrefix("# the document starts\nid: sample # id\ntitle: Sample\n"))
        #expect(output.hasSuffix("        title: T\n# the end\n"))
    }
}
