import RoadmapWriting
import RoadmapPlugin
import RoadmapModel
import RoadmapLoading
import RoadmapYAML

/// What importing a Markdown outline gave: the roadmap and the notes about what was skipped.
public struct MarkdownImport: Sendable {
    /// The roadmap, as the document a plugin would get (its `file` is the Markdown's name).
    public var roadmap: RoadmapDocument
    /// What the importer left out or changed, for the user to review: notes (`import-skipped`)
    /// located in the Markdown at the start of their line, in line order (those without a line last).
    public var notes: [Diagnostic]

    /// Every web link of the article as the importer reads it, with its line and whether the
    /// roadmap has it (as a resource or the source); one that is not is named in a note.
    public var links: [ImportedLink] = []
    /// The first line of every list item of the article.
    public var listItemLines: [Int] = []

    /// The roadmap as a format-1 file, in `roadmap fmt`'s layout.
    public var yaml: String { RoadmapFileText.yaml(for: roadmap) }
}

/// A web link of an imported article.
public struct ImportedLink: Sendable, Equatable {
    public var destination: String
    public var line: Int
    /// True when the roadmap has the URL.
    public var kept: Bool
    /// For a link not kept: the line of the note that names it (its own, or its section's,
    /// list's or table's).
    public var notedAt: Int? = nil
}

/// Turns a Markdown outline, such as a study-roadmap article, into a roadmap.
///
/// - The first top-level heading (a `#`, or the only heading of the highest level) is the
///   title; the next level down gives the sections; deeper headings in a section are topics.
///   A single section heading named like "Outline", "Roadmap" or "Curriculum" that holds all
///   the sub-headings is looked into: its sub-headings are the sections, its siblings skipped.
/// - In a section without sub-headings, list items are topics; when they are all links they
///   make one topic named after the section. A short item or paragraph ending in `:` starts a
///   group: the links after it are the resources of a topic with that name; a generic one
///   ("Resources:", "Books:", a `### Resources` heading) adds to the section's own topic.
/// - Nested items and links are resources; `[kind/provider] Title — https://…` items give a
///   resource's type and provider.
/// - Paragraphs give summaries; `Author:`, `By …`, `URL:` and `Date:` lines before the first
///   section give the roadmap's authors, source and date.
/// - Tables of contents and conclusions are skipped, and so are introductions without links
///   (their first paragraph may become the summary).
/// - Ids are slugs of the titles, unique across sections and topics (topics choose first).
///
/// The result is deterministic: the same text always gives the same roadmap.
public struct MarkdownImporter: Sendable {
    /// The roadmap's id; by default a slug of the title.
    public var id: String?
    /// The roadmap's title; by default the title heading, else the file name.
    public var title: String?
    /// The Markdown file's name, for a title or id when the text has none.
    public var fileName: String?

    public init(id: String? = nil, title: String? = nil, fileName: String? = nil) {
        self.id = id
        self.title = title
        self.fileName = fileName
    }

    /// The roadmap `markdown` describes, and notes about what was left out, located in `file`.
    public func importMarkdown(_ markdown: String, file: SourceFileID = .none) -> MarkdownImport {
        var session = ImportSession(options: self, document: MarkdownBlockParser.parse(markdown), file: file)
        return session.run()
    }
}

/// One run of the importer.
struct ImportSession {
    typealias Resource = ResourceDocument

    /// A heading with what is written under it, up to the next heading.
    final class Node {
        let level: Int
        let title: String
        let line: Int
        var content: [MarkdownBlock] = []
        var children: [Node] = []

        init(level: Int, title: String, line: Int) {
            self.level = level
            self.title = title
            self.line = line
        }

        /// Every heading below this one, in document order.
        var descendants: [Node] { children.flatMap { [$0] + $0.descendants } }
    }

    struct ProtoTopic {
        var title: String
        var summary: String?
        var resources: [Resource]
        /// From a course table's duration or effort column.
        var hours: Double? = nil
        /// Titles of other topics, from a course table's prerequisites column (resolved to ids at the end).
        var requires: [String] = []
        /// The line it comes from, for notes about its prerequisites.
        var line: Int? = nil
    }

    struct ProtoSection {
        var title: String
        var summary: String?
        var topics: [ProtoTopic]
    }

    /// A list item read for what it holds.
    struct Item {
        var source: MarkdownListItem
        /// The visible text.
        var plain: String
        /// The resources its own text names (not its children's).
        var resources: [Resource]
        /// True when it names a resource: a web link, or a `[kind/provider]` prefix.
        var isResource: Bool
        /// `Name` of `Name: [link](…)`.
        var labelPrefix: String?
        /// Text around a link that has a text of its own: a description.
        var context: String?

        /// A short item ending in `:` with nothing under it: the heading of the items after it.
        var isLabel: Bool {
            !isResource && source.children.isEmpty && (plain.hasSuffix(":") || plain.hasSuffix("：")) && plain.count <= 100
                && plain.contains { $0.isLetter || $0.isNumber }
        }
    }

    enum Element {
        case paragraph(String, line: Int)
        case label(String, line: Int)
        case item(Item)
        /// A row of a course table, read as a topic.
        case row(ProtoTopic)
    }

    let options: MarkdownImporter
    let document: MarkdownBlocks
    var inline: MarkdownInlineParser
    let file: SourceFileID
    var notes: [Diagnostic] = []
    private var noted: Set<String> = []
    private var notedReferences: Set<String> = []

    init(options: MarkdownImporter, document: MarkdownBlocks, file: SourceFileID) {
        self.options = options
        self.file = file
        self.document = document
        self.inline = MarkdownInlineParser(references: document.references)
    }

    mutating func note(_ message: String, line: Int?) {
        let key = "\(line ?? 0):\(message)"
        guard !noted.contains(key) else { return }
        noted.insert(key)
        notes.append(Diagnostic(.note, .importSkipped, message,
                                at: line.map { SourceLocation(file: file, mark: YAMLMark(line: $0, column: 1)) }))
    }

    // MARK: The document

    mutating func run() -> MarkdownImport {
        let root = Node(level: 0, title: "", line: 0)
        var stack = [root]
        for block in document.blocks {
            if case .heading(let level, let text, let line) = block {
                while let last = stack.last, last.level >= level { stack.removeLast() }
                let node = Node(level: level, title: text, line: line)
                stack.last!.children.append(node)
                stack.append(node)
            } else {
                stack.last!.content.append(block)
            }
        }
        let headings = root.descendants
        let topLevel = headings.map(\.level).min()
        let titleNode: Node? = topLevel.flatMap { level in
            let top = headings.filter { $0.level == level }
            return top.count == 1 ? top[0] : nil
        }

        var preamble = root.content
        var candidates: [Node]
        if let titleNode {
            preamble += titleNode.content
            candidates = titleNode.children
            for other in root.children where other !== titleNode && (!other.content.isEmpty || !other.children.isEmpty) {
                note("skipped `\(headingTitle(other.title, fallback: "untitled"))`: it comes before the title heading", line: other.line)
            }
        } else {
            candidates = root.children
        }
        let headingTitleText = titleNode.map { inline.plainText($0.title) }.flatMap { $0.isEmpty ? nil : $0 }
        let title = options.title ?? headingTitleText ?? fileTitle ?? "Imported roadmap"

        var summary: String?
        var source: String?
        var authors: [String] = []
        var published: String?
        var sections: [ProtoSection] = []

        if candidates.isEmpty {
            // No section headings: the whole text is one section named after the roadmap.
            let node = Node(level: 1, title: title, line: titleNode?.line ?? 1)
            node.content = preamble
            let (elements, _) = elements(of: preamble)
            summary = firstProse(elements)
            if let section = section(from: node, title: title, summaryAllowed: false) { sections.append(section) }
        } else {
            // A single "Outline"/"Roadmap" heading that holds all the sub-headings is the outline.
            let withChildren = candidates.filter { !$0.children.isEmpty }
            if withChildren.count == 1, let container = withChildren.first, container.children.count >= 2,
               Self.isContainer(inline.plainText(container.title)) {
                for other in candidates where other !== container {
                    note("skipped `\(headingTitle(other.title, fallback: "untitled"))`: it is outside the outline under `\(headingTitle(container.title, fallback: "untitled"))`", line: other.line)
                }
                preamble += container.content
                candidates = container.children
            }
            var meta = metadata(preamble)
            (summary, source, authors, published) = (meta.summary, meta.source, meta.authors, meta.published)
            // Lists of links under the title, before the first section ("Before you start:"):
            // a section of their own, named after the label before them.
            // (Only after a label, with links in most items: metadata lists stay metadata.)
            if let listIndex = preamble.firstIndex(where: { if case .list = $0 { true } else { false } }), listIndex > 0,
               case .list(let items) = preamble[listIndex], case .paragraph(let text, let line) = preamble[listIndex - 1],
               items.filter({ hasWebLink($0) }).count * 2 >= items.count, tableOfContents(items) == nil {
                let plain = inline.plainText(text)
                if plain.hasSuffix(":") || plain.hasSuffix("："), Self.isPhrase(plain) {
                    let label = ImportText.droppingColon(plain)
                    let node = Node(level: 1, title: label, line: line)
                    node.content = [preamble[listIndex]]
                    if let section = section(from: node, title: label, summaryAllowed: false) {
                        sections.append(section)
                        let used = Set(items.map(\.line))
                        meta.otherItems.removeAll { used.contains($0.line) }
                    }
                }
            }
            // Any other list item before the first section is named, not dropped.
            if let first = meta.otherItems.first {
                let count = meta.otherItems.count
                note("left out \(count) list item\(count == 1 ? "" : "s") before the first section (`\(first.text.abbreviatedForMessage)`\(count > 1 ? ", …" : ""))", line: first.line)
            }
            for node in candidates {
                let name = headingTitle(node.title, fallback: "Untitled section")
                var kind = Self.framingKind(name)
                // "Summary" or "TL;DR" first of all is the article's introduction, not its end.
                if kind == .conclusion, node === candidates.first(where: { Self.framingKind(headingTitle($0.title, fallback: "")) != .contents }),
                   ["summary", "tl;dr", "tldr", "in summary"].contains(name.lowercased().importTrimming(" .:!?")) {
                    kind = .introduction
                }
                if kind == .contents {
                    note("skipped `\(name)`: a table of contents", line: node.line)
                    continue
                }
                if kind == .conclusion {
                    note("skipped `\(name)`: a conclusion" + (hasWebLink(node) ? " (its links are not imported)" : ""), line: node.line)
                    continue
                }
                if kind == .noise {
                    note("skipped `\(name)`: not part of the curriculum (licence, contributors, sponsors, contact…)" + (hasWebLink(node) ? "; its links are not imported" : ""), line: node.line)
                    continue
                }
                if kind == .introduction, !hasWebLink(node) {
                    if summary == nil {
                        let (elements, _) = elements(of: node.content)
                        summary = firstProse(elements)
                    }
                    note("skipped `\(name)`: an introduction without links", line: node.line)
                    continue
                }
                if let section = section(from: node, title: name, summaryAllowed: true) { sections.append(section) }
            }
        }
        for label in Set(inline.undefinedReferences).sorted() where !notedReferences.contains(MarkdownInlineParser.normalizeLabel(label)) {
            note("no definition for the link reference `[\(label)]`; its text is kept as text", line: nil)
        }
        noteUnresolvedPrerequisites(sections)
        let roadmap = finish(title: title, summary: summary, source: source, authors: authors, published: published, sections: sections)
        let (links, itemLines) = audit(roadmap, headings: headings)
        let ordered = notes.enumerated().sorted { a, b in
            switch (a.element.location?.line, b.element.location?.line) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): false
            case (_?, nil): true
            default: a.offset < b.offset
            }
        }.map(\.element)
        return MarkdownImport(roadmap: roadmap, notes: ordered, links: links, listItemLines: itemLines)
    }

    /// A note for each prerequisite of a course table that names no topic (it is no `requires`).
    mutating func noteUnresolvedPrerequisites(_ sections: [ProtoSection]) {
        let titles = Set(sections.flatMap { $0.topics.map { ImportText.matchKey($0.title) } })
        for topic in sections.flatMap(\.topics) {
            for name in topic.requires where !titles.contains(ImportText.matchKey(name)) {
                note("the prerequisite `\(name.abbreviatedForMessage)` of `\(topic.title.abbreviatedForMessage)` names no topic; it is not a `requires`", line: topic.line)
            }
        }
    }

    /// Nothing dropped in silence: every web link of the article is in the roadmap or covered
    /// by a note (on its line, on the heading of the section it is in, or on the start of its
    /// list or table); one that is neither gets a note of its own. Returns the links and the
    /// lines of the list items, as read.
    mutating func audit(_ roadmap: RoadmapDocument, headings: [Node]) -> ([ImportedLink], [Int]) {
        var reader = MarkdownInlineParser(references: document.references)
        var found: [(destination: String, text: String, line: Int, badge: Bool)] = []
        var itemLines: [Int] = []
        var blockEnd: [Int: Int] = [:]   // a list's or table's first line → its last line
        let hasReferences = !document.references.isEmpty
        func read(_ text: String, line: Int) {
            // A web link is written with its `http` (inline, bare, autolink, HTML) or through a reference.
            guard text.contains("http") || (hasReferences && text.contains("]")) else { return }
            for piece in reader.parse(text) {
                switch piece {
                case .link(let text, let destination, _) where FormatRules.isWebURL(destination): found.append((destination, text, line, false))
                case .badge(let alt, let destination) where FormatRules.isWebURL(destination): found.append((destination, alt, line, true))
                default: break
                }
            }
        }
        for block in document.blocks {
            switch block {
            case .heading(_, let text, let line): read(text, line: line)
            case .paragraph(let text, let line):
                for (offset, part) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() { read(String(part), line: line + offset) }
            case .list(let items):
                var pending = Array(items.reversed())
                var last = items.first?.line ?? 0
                while let item = pending.popLast() {
                    itemLines.append(item.line)
                    last = max(last, item.line)
                    read(item.text, line: item.line)
                    for paragraph in item.paragraphs { read(paragraph, line: item.line) }
                    pending += item.children.reversed()
                }
                if let first = items.first?.line { blockEnd[first] = last }
            case .table(let header, let rows, let line):
                for cell in header { read(cell, line: line) }
                for row in rows { for cell in row.cells { read(cell, line: row.line) } }
                blockEnd[line] = rows.last?.line ?? line + 1
            }
        }
        // What each note covers.
        var headingEnd: [Int: Int] = [:]
        var open: [Node] = []   // a heading's section ends before the next heading of its level or higher
        for heading in headings {
            while let last = open.last, last.level >= heading.level {
                headingEnd[last.line] = heading.line - 1
                open.removeLast()
            }
            open.append(heading)
        }
        for heading in open { headingEnd[heading.line] = Int.max - 1 }
        var ranges = notes.compactMap(\.location?.line).map { line in (line, headingEnd[line] ?? blockEnd[line] ?? line) }
        ranges.sort { $0.0 < $1.0 }
        // The note covering a line: the latest note line at or before it whose range reaches it.
        let starts = ranges.map(\.0)
        var reachEnd: [Int] = []   // the farthest end of the ranges up to each, and the note that reaches it
        var reachBy: [Int] = []
        for (index, range) in ranges.enumerated() {
            if index > 0, reachEnd[index - 1] >= range.1 {
                reachEnd.append(reachEnd[index - 1])
                reachBy.append(reachBy[index - 1])
            } else {
                reachEnd.append(range.1)
                reachBy.append(range.0)
            }
        }
        func covered(_ line: Int) -> Int? {
            var low = 0, high = starts.count
            while low < high {   // the number of ranges starting at or before `line`
                let middle = (low + high) / 2
                if starts[middle] <= line { low = middle + 1 } else { high = middle }
            }
            return low > 0 && reachEnd[low - 1] >= line ? reachBy[low - 1] : nil
        }
        var kept: Set<String> = Set(roadmap.topics.flatMap { $0.resources.compactMap(\.url) })
        if let source = roadmap.source { kept.insert(source) }
        var links: [ImportedLink] = []
        for link in found {
            let isKept = !link.badge && kept.contains(link.destination)
            var notedAt = isKept ? nil : covered(link.line)
            if !isKept, notedAt == nil {
                notedAt = link.line
                let collapsed = MarkdownInlineParser.collapse(link.text)
                let text = (collapsed.isEmpty && !link.badge ? ImportText.display(link.destination) : collapsed).abbreviatedForMessage
                note(link.badge ? "skipped the badge `\(text.isEmpty ? "image" : text)` (\(link.destination.abbreviatedForMessage))"
                                : "left out the link `\(text)` (\(link.destination.abbreviatedForMessage)): it is in no topic", line: link.line)
            }
            links.append(ImportedLink(destination: link.destination, line: link.line, kept: isKept, notedAt: notedAt))
        }
        return (links, itemLines)
    }

    /// The file name without folders and extension, as a title: `study-roadmap.md` → `Study roadmap`.
    var fileTitle: String? {
        guard let fileName = options.fileName else { return nil }
        var name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        if let dot = name.lastIndex(of: "."), dot > name.startIndex { name = String(name[..<dot]) }
        name = MarkdownInlineParser.collapse(name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
        guard let first = name.first, name.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return first.uppercased() + name.dropFirst()
    }

    /// Ids for everything: topics first (their ids are the vocabulary roadmaps share), then sections.
    func finish(title: String, summary: String?, source: String?, authors: [String], published: String?,
                sections: [ProtoSection]) -> RoadmapDocument {
        var used: Set<String> = []
        // The next number to try for each base, so that the same title 8,000 times stays linear.
        var nextNumber: [String: Int] = [:]
        func allocate(_ base: String) -> String {
            var candidate = base
            var counter = nextNumber[base] ?? 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            nextNumber[base] = counter
            used.insert(candidate)
            return candidate
        }
        let roadmapID = options.id ?? ImportText.slug(title) ?? fileTitle.flatMap(ImportText.slug) ?? "roadmap"
        // No id is a placeholder: a title without letters (an emoji) is named after what the
        // topic holds (its first resource, its link), else after its section and place.
        let sectionSlugs = sections.map { ImportText.slug($0.title) }
        let topicIDs = sections.enumerated().map { sectionIndex, section in
            section.topics.enumerated().map { topicIndex, topic in
                allocate((topic.title == Self.untitledTopic ? nil : ImportText.slug(topic.title))
                    ?? topic.resources.lazy.compactMap { ImportText.slug($0.title) ?? $0.url.flatMap(ImportText.urlSlug) }.first
                    ?? "\(sectionSlugs[sectionIndex] ?? roadmapID)-\(topicIndex + 1)")
            }
        }
        // A course table's prerequisites name other rows by title: each one found is a `requires`.
        var idByTitle: [String: String] = [:]
        for (sectionIndex, section) in sections.enumerated() {
            for (topicIndex, topic) in section.topics.enumerated() where idByTitle[ImportText.matchKey(topic.title)] == nil {
                idByTitle[ImportText.matchKey(topic.title)] = topicIDs[sectionIndex][topicIndex]
            }
        }
        let requirements = sections.enumerated().map { sectionIndex, section in
            section.topics.enumerated().map { topicIndex, topic in
                topic.requires.compactMap { name in idByTitle[ImportText.matchKey(name)] }
                    .filter { $0 != topicIDs[sectionIndex][topicIndex] }
            }
        }
        let sectionIDs = sections.indices.map { index in
            allocate(sectionSlugs[index] ?? topicIDs[index].first.map { $0 + "-section" } ?? "\(roadmapID)-part-\(index + 1)")
        }
        // Every title must say something: a blank one (from text that was all markup) gets a placeholder.
        func named(_ title: String, _ fallback: String) -> String {
            title.contains { !$0.isWhitespace } ? title : fallback
        }
        return RoadmapDocument(
            id: roadmapID, title: title, summary: summary, source: source, authors: authors, published: published,
            file: options.fileName ?? "<stdin>",
            sections: sections.enumerated().map { index, section in
                RoadmapDocument.Section(
                    id: sectionIDs[index], title: named(section.title, "Untitled section"), summary: section.summary,
                    topics: section.topics.enumerated().map { topicIndex, topic in
                        RoadmapDocument.Topic(id: topicIDs[index][topicIndex], title: named(topic.title, "Untitled topic"),
                                              summary: topic.summary, requires: requirements[index][topicIndex],
                                              hours: topic.hours, resources: topic.resources.map { resource in
                                                  var resource = resource
                                                  resource.title = named(resource.title, "Untitled resource")
                                                  if resource.provider?.contains(where: { !$0.isWhitespace }) == false { resource.provider = nil }
                                                  return resource
                                              })
                    })
            })
    }

    // MARK: Sections and topics

    /// A section from a heading and everything under it, or nil (with a note) when it has no topics.
    mutating func section(from node: Node, title: String, summaryAllowed: Bool) -> ProtoSection? {
        let (elements, paragraphLinks) = elements(of: node.content)
        var built = topics(from: elements, sectionTitle: title)
        var summary = summaryAllowed ? firstProse(elements) : nil
        if summaryAllowed, summary == nil { summary = built.description }
        if !paragraphLinks.isEmpty {
            if let index = built.sectionTopic {
                built.topics[index].resources += paragraphLinks
            } else {
                built.topics.append(ProtoTopic(title: title, summary: nil, resources: paragraphLinks))
            }
        }
        for child in node.descendants {
            let made = topic(from: child)
            guard Self.isGenericLabel(made.title) else {
                built.topics.append(made)
                continue
            }
            // "### Resources", "### Books": what is listed there belongs to the section's own topic.
            if let index = built.sectionTopic {
                built.topics[index].resources += made.resources
            } else {
                built.topics.append(ProtoTopic(title: title, summary: nil, resources: made.resources))
                built.sectionTopic = built.topics.count - 1
            }
        }
        guard !built.topics.isEmpty else {
            note("skipped `\(title)`: it has no list items or links to make topics of", line: node.line)
            return nil
        }
        return ProtoSection(title: title, summary: summary, topics: built.topics)
    }

    /// The topics that a section's own list items make.
    mutating func topics(from elements: [Element], sectionTitle: String) -> (topics: [ProtoTopic], sectionTopic: Int?, description: String?) {
        struct Group {
            var label: String?
            var items: [Item] = []
            /// A table's row topics, in their place among the groups.
            var rows: [ProtoTopic] = []
        }
        var groups = [Group(label: nil)]
        for element in elements {
            switch element {
            case .paragraph: break
            case .label(let text, _): groups.append(Group(label: text))
            case .item(let item):
                if !groups[groups.count - 1].rows.isEmpty { groups.append(Group(label: nil)) }   // items after a table
                if item.isLabel { groups.append(Group(label: item.plain)) } else { groups[groups.count - 1].items.append(item) }
            case .row(let topic):
                if groups[groups.count - 1].rows.isEmpty { groups.append(Group(label: nil)) }
                groups[groups.count - 1].rows.append(topic)
            }
        }
        var topics: [ProtoTopic] = []
        var sectionTopic: Int?
        var description: String?
        for (groupIndex, group) in groups.enumerated() where !group.items.isEmpty || !group.rows.isEmpty {
            guard group.rows.isEmpty else {
                topics += group.rows
                continue
            }
            var labelTitle: String?
            var labelNote: String?
            var hint: ResourceType?
            if let label = group.label {
                (labelTitle, labelNote) = ImportText.splittingParenthetical(ImportText.droppingNumbering(ImportText.droppingColon(label)))
                hint = Self.typeHint(labelTitle!)
            }
            let generic = labelTitle.map(Self.isGenericLabel) ?? true
            var items = group.items
            let lead = items.prefix { !$0.isResource && $0.source.children.isEmpty && ImportText.isProse($0.plain) }.count
            if groupIndex == 0, lead == items.count, groups.dropFirst().contains(where: { !$0.items.isEmpty }) {
                // Sentences before the first labelled group describe the section.
                description = ImportText.summary(items.map(\.plain).joined(separator: " "))
                continue
            }
            var lines: [String] = []
            if lead > 0, lead < items.count, items[lead...].allSatisfy(\.isResource) {
                lines = items[..<lead].map(\.plain)
                items.removeFirst(lead)
            }
            let leadText = lines.isEmpty ? nil : ImportText.summary(lines.joined(separator: " "))
            // Under "Books:" or "Resources:" every item is a resource, with a link or not.
            guard items.allSatisfy(\.isResource) || (group.label != nil && generic) else {
                for item in items { topics.append(topic(from: item)) }
                continue
            }
            let resources = items.flatMap { flattened($0, hint: hint) }
            let contexts = items.compactMap(\.context)
            if generic {
                if groupIndex == 0 { description = leadText }
                if let index = sectionTopic {
                    topics[index].resources += resources
                } else {
                    let summary = (groupIndex == 0 ? nil : leadText) ?? (items.count == 1 ? contexts.first.flatMap(ImportText.summary) : nil)
                    topics.append(ProtoTopic(title: sectionTitle, summary: summary, resources: resources))
                    sectionTopic = topics.count - 1
                }
            } else {
                let summary = labelNote.flatMap(ImportText.summary) ?? leadText
                    ?? (items.count == 1 ? contexts.first.flatMap(ImportText.summary) : nil)
                topics.append(ProtoTopic(title: labelTitle!, summary: summary, resources: resources))
            }
        }
        return (topics, sectionTopic, description)
    }

    /// A topic from a list item: its text or its link names it, its children are resources.
    mutating func topic(from item: Item) -> ProtoTopic {
        let details = item.source.paragraphs.first.map { inline.plainText($0) }.flatMap(ImportText.summary)
        var children: [Resource] = []
        var hint: ResourceType?
        for child in item.source.children {
            let analyzed = analyze(child)
            if analyzed.isLabel {
                hint = Self.typeHint(ImportText.droppingColon(analyzed.plain))
                continue
            }
            children += flattened(analyzed, hint: hint)
        }
        if item.isResource {
            let title = item.labelPrefix ?? item.resources.first?.title ?? item.plain
            return ProtoTopic(title: title, summary: item.context.flatMap(ImportText.summary) ?? details,
                              resources: item.resources + children)
        }
        let (title, summary) = ImportText.titleAndSummary(item.plain)
        if title.isEmpty { note("an item without text (`\(item.source.text.abbreviatedForMessage)`) is titled `\(Self.untitledTopic)`", line: item.source.line) }
        return ProtoTopic(title: title.isEmpty ? Self.untitledTopic : title, summary: summary ?? details, resources: children)
    }

    /// The title of a topic whose text has nothing to say (an item of markup alone); its id is
    /// then made from what it holds, never from this.
    static let untitledTopic = "Untitled topic"

    /// A topic from a heading below a section: its paragraphs give the summary, its list items
    /// and links the resources.
    mutating func topic(from node: Node) -> ProtoTopic {
        let title = headingTitle(node.title, fallback: "Untitled topic")
        let (elements, paragraphLinks) = elements(of: node.content)
        var summary = firstProse(elements)
        var items: [Item] = []
        var resources: [Resource] = []
        var hint: ResourceType? = Self.isGenericLabel(title) ? Self.typeHint(title) : nil
        var contexts: [String] = []
        var leading = true
        var lead: [String] = []
        for element in elements {
            switch element {
            case .paragraph: break
            case .label(let text, _): hint = Self.typeHint(ImportText.droppingColon(text))
            case .row(let row):
                // A table under a topic's heading: each row is a resource of the topic.
                resources += row.resources.isEmpty ? [Resource(title: row.title)] : row.resources
            case .item(let item):
                if item.isLabel {
                    hint = Self.typeHint(ImportText.droppingColon(item.plain))
                    continue
                }
                if leading, !item.isResource, item.source.children.isEmpty, ImportText.isProse(item.plain) {
                    lead.append(item.plain)
                    items.append(item)
                    continue
                }
                leading = false
                items.append(item)
                resources += flattened(item, hint: hint)
                if let context = item.context { contexts.append(context) }
            }
        }
        if !lead.isEmpty {
            if resources.isEmpty {
                // Only sentences: they are the topic's points, kept as resources without a link.
                resources = items.filter { !$0.isResource }.map { Resource(title: ImportText.droppingColon($0.plain)) } + resources
            } else if summary == nil {
                summary = ImportText.summary(lead.joined(separator: " "))
            } else {
                resources = lead.map { Resource(title: ImportText.droppingColon($0)) } + resources
            }
        }
        if summary == nil, contexts.count == 1 { summary = ImportText.summary(contexts[0]) }
        return ProtoTopic(title: title, summary: summary, resources: resources + paragraphLinks)
    }

    /// The resources of an item and of everything nested in it. A plain item with items under
    /// it is a group heading: its name gives a resource type when it names one.
    mutating func flattened(_ item: Item, hint: ResourceType?) -> [Resource] {
        var result: [Resource] = []
        var childHint = hint
        if item.isResource {
            result += item.resources.map { resource in
                var resource = resource
                if resource.type == nil { resource.type = hint?.rawValue }
                return resource
            }
        } else if !item.source.children.isEmpty {
            let named = Self.typeHint(ImportText.droppingColon(item.plain))
            childHint = named ?? hint
            // `- Implement a vector:` over its sub-items: its own text is a point of the topic
            // too (a label that names a resource type, `Books:`, is only a label).
            if named == nil, item.plain.contains(where: { $0.isLetter || $0.isNumber }) {
                result.append(Resource(title: ImportText.droppingColon(item.plain), type: hint?.rawValue))
            }
        } else if !item.isLabel, !item.plain.isEmpty {
            result.append(Resource(title: ImportText.droppingColon(item.plain), type: hint?.rawValue))
        }
        for child in item.source.children {
            let analyzed = analyze(child)
            if analyzed.isLabel {
                childHint = Self.typeHint(ImportText.droppingColon(analyzed.plain)) ?? childHint
                continue
            }
            result += flattened(analyzed, hint: childHint)
        }
        return result
    }

    // MARK: Blocks and items

    /// The paragraphs, labels and top-level list items of some blocks, and the web links of
    /// their prose paragraphs (as resources). A paragraph whose every line holds a link is read
    /// as a list, one item a line.
    mutating func elements(of blocks: [MarkdownBlock]) -> ([Element], [Resource]) {
        var elements: [Element] = []
        var links: [Resource] = []
        for block in blocks {
            switch block {
            case .heading: break
            case .table(let header, let rows, let line):
                for topic in tableTopics(header: header, rows: rows, line: line) { elements.append(.row(topic)) }
            case .list(let items):
                if let count = tableOfContents(items) {
                    note("skipped the table of contents (\(count) in-page link\(count == 1 ? "" : "s"))", line: items.first?.line)
                    continue
                }
                for item in items { elements.append(.item(analyze(item))) }
            case .paragraph(let text, let line):
                let lines = text.split(separator: "\n").map(String.init)
                if !lines.isEmpty, lines.allSatisfy({ Self.hasWebLink(inline.parse($0)) }), lines.allSatisfy({ isLinkLine($0) }) {
                    for (offset, text) in lines.enumerated() {
                        elements.append(.item(analyze(MarkdownListItem(text: text, line: line + offset))))
                    }
                    continue
                }
                let pieces = parse(text, line: line)
                let plain = MarkdownInlineParser.collapse(pieces.map(\.visibleText).joined())
                guard plain.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                // Navigation (`**[⬆ back to top](#contents)**`): in-page links and nothing else.
                let destinations = pieces.compactMap { piece -> String? in if case .link(_, let destination, _) = piece { destination } else { nil } }
                let outside = pieces.filter { if case .text = $0 { true } else { false } }.map(\.visibleText).joined()
                let badges = pieces.contains { if case .badge = $0 { true } else { false } }
                if badges, destinations.isEmpty, !outside.contains(where: { $0.isLetter || $0.isNumber }) { continue }   // badges only (noted)
                if !destinations.isEmpty, destinations.allSatisfy({ $0.hasPrefix("#") }), !outside.contains(where: { $0.isLetter || $0.isNumber }) {
                    _ = resources(fromLinks: pieces, line: line)
                    continue
                }
                if lines.count == 1, plain.hasSuffix(":") || plain.hasSuffix("："), Self.isPhrase(plain) {
                    elements.append(.label(plain, line: line))
                    continue
                }
                elements.append(.paragraph(plain, line: line))
                links += resources(fromLinks: pieces, line: line).resources
            }
        }
        return (elements, links)
    }

    /// The number of in-page links when `items` (and their sub-items) are a table of contents:
    /// at least two items, four in five of them nothing but a link to `#…`; else nil.
    mutating func tableOfContents(_ items: [MarkdownListItem]) -> Int? {
        // Most lists are no table of contents: one look at the text of the top items says so.
        guard items.count >= 2 || !(items.first?.children.isEmpty ?? true),
              items.filter({ $0.text.contains("](#") || $0.text.contains("href=\"#") }).count * 5 >= items.count * 4 else { return nil }
        var pending = items
        var total = 0
        var anchors = 0
        while let item = pending.popLast() {
            total += 1
            pending += item.children
            let pieces = inline.parse(item.text)
            let links = pieces.filter { if case .link = $0 { true } else { false } }
            let outside = pieces.filter { if case .text = $0 { true } else { false } }.map(\.visibleText).joined()
            if links.count == 1, case .link(_, let destination, _)? = links.first, destination.hasPrefix("#"),
               !ImportText.droppingNumbering(outside).contains(where: { $0.isLetter }) {
                anchors += 1
            }
        }
        return total >= 2 && anchors * 5 >= total * 4 ? anchors : nil
    }

    /// The topics of a table's rows (``CourseTable``), with a note on how hours were read and on
    /// prerequisites that name no row.
    mutating func tableTopics(header: [String], rows: [MarkdownTableRow], line: Int) -> [ProtoTopic] {
        let table = CourseTable(header: header)
        guard let nameColumn = table.roles.firstIndex(of: .name) else {
            note("skipped a table of \(rows.count) row\(rows.count == 1 ? "" : "s"): no column names its topics", line: line)
            return []
        }
        func column(_ role: CourseTable.Role) -> Int? { table.roles.firstIndex(of: role) }
        var topics: [ProtoTopic] = []
        var prerequisites: [[String]] = []
        var reading: String?
        for row in rows {
            func cell(_ index: Int?) -> String? {
                guard let index, index < row.cells.count else { return nil }
                let text = row.cells[index]
                return text.contains(where: { $0.isLetter || $0.isNumber }) ? text : nil
            }
            let namePieces = parse(cell(nameColumn) ?? "", line: row.line)
            let title = ImportText.droppingNumbering(MarkdownInlineParser.collapse(namePieces.map(\.visibleText).joined()))
            guard title.contains(where: { $0.isLetter || $0.isNumber }) else {
                note("skipped a table row without a name", line: row.line)
                prerequisites.append([])
                continue
            }
            var rowResources: [Resource] = []
            for (index, role) in table.roles.enumerated() where role != .prerequisites {
                guard let text = cell(index) else { continue }
                let found = self.resources(fromLinks: parse(text, line: row.line), line: row.line).resources.filter { $0.url != nil }
                rowResources += found.map { resource in
                    var resource = resource
                    // `[Link](…)` in a link column: the row's name is the resource's title.
                    if let url = resource.url, resource.title == ImportText.display(url) || role == .link { resource.title = title }
                    return resource
                }
            }
            let summary = cell(column(.description)).map { inline.plainText($0) }.flatMap(ImportText.summary)
            let hours = CourseTable.hours(duration: cell(column(.hours)).map { inline.plainText($0) },
                                          effort: cell(column(.effort)).map { inline.plainText($0) })
            if reading == nil { reading = hours?.reading }
            let names = cell(column(.prerequisites)).map { text in
                inline.plainText(text).split(whereSeparator: { ",;、，；/".contains($0) }).map { ImportText.around(String($0)) }
                    .filter { name in name.contains(where: { $0.isLetter || $0.isNumber }) && !["none", "no", "n/a", "无", "nenhum"].contains(name.lowercased()) }
            } ?? []
            prerequisites.append(names)
            topics.append(ProtoTopic(title: title, summary: summary, resources: rowResources, hours: hours?.hours, line: row.line))
        }
        // Prerequisites become requires where they name another topic (resolved when every
        // topic is known, ``unresolvedPrerequisites(_:)``).
        var topicIndex = 0
        for (rowIndex, names) in prerequisites.enumerated() {
            guard rowIndex < rows.count, topicIndex < topics.count, topics[topicIndex].line == rows[rowIndex].line else { continue }
            topics[topicIndex].requires = names
            topicIndex += 1
        }
        if let reading { note("read the table's duration and effort as hours: \(reading), and so on", line: line) }
        return topics
    }

    /// True when some of `pieces` is a link to an absolute http(s) URL.
    static func hasWebLink(_ pieces: [MarkdownInline]) -> Bool {
        pieces.contains { if case .link(_, let url, _) = $0 { FormatRules.isWebURL(url) } else { false } }
    }

    /// The inline pieces of `text`, with a note for each reference link that has no definition.
    mutating func parse(_ text: String, line: Int) -> [MarkdownInline] {
        let known = inline.undefinedReferences.count
        let pieces = inline.parse(text)
        for case .badge(let alt, let destination) in pieces {
            note("skipped the badge `\(alt.isEmpty ? "image" : alt.abbreviatedForMessage)` (\(destination.abbreviatedForMessage))", line: line)
        }
        for label in inline.undefinedReferences.dropFirst(known) {
            notedReferences.insert(MarkdownInlineParser.normalizeLabel(label))
            note("no definition for the link reference `[\(label)]`; its text is kept as text", line: line)
        }
        return pieces
    }

    /// True for a short phrase (a label such as "Books:"), not a sentence ("You will need:"):
    /// at most six words outside parentheses, no sentence end inside, no pronoun to start.
    static func isPhrase(_ text: String) -> Bool {
        let words = ImportText.withoutParentheticals(ImportText.droppingColon(text))
        guard words.contains(where: { $0.isLetter || $0.isNumber }) else { return false }
        let starters: Set<String> = ["i", "you", "we", "here", "this", "these", "there", "it", "they", "but", "and", "so", "if",
                                     "now", "then", "below", "let's", "let", "in", "for", "to", "as", "when", "what", "that"]
        let first = words.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return words.split(separator: " ").count <= 6 && !words.contains(". ") && !words.contains("? ") && !words.contains("! ")
            && !starters.contains(first)
    }

    /// True when a line is one link with a few words before or after it, not both: a line of a
    /// list written without bullets, rather than a sentence that happens to hold a link.
    mutating func isLinkLine(_ line: String) -> Bool {
        let pieces = inline.parse(line)
        guard let index = pieces.firstIndex(where: { if case .link = $0 { true } else { false } }),
              pieces.filter({ if case .link = $0 { true } else { false } }).count == 1 else { return false }
        let before = ImportText.around(pieces[..<index].map(\.visibleText).joined())
        let after = ImportText.around(pieces[(index + 1)...].map(\.visibleText).joined())
        return (before.isEmpty || after.isEmpty) && before.count + after.count <= 60
    }

    /// The first prose paragraph as a summary.
    func firstProse(_ elements: [Element]) -> String? {
        for element in elements {
            if case .paragraph(let text, _) = element, let summary = ImportText.summary(text) { return summary }
        }
        return nil
    }

    /// What a list item holds: its text, its resources, a label before its link, a description.
    mutating func analyze(_ source: MarkdownListItem) -> Item {
        var raw = source.text
        var type: ResourceType?
        var provider: String?
        var free: Bool?
        if let prefix = Self.kindPrefix(raw) {
            (type, provider, free) = (prefix.type, prefix.provider, prefix.free)
            raw = prefix.rest
        }
        if type != nil, let dash = raw.range(of: " — ") ?? raw.range(of: " -- ") {
            // `[kind/provider] Title — https://… (notes)`: the URL right after the dash, if any.
            let titlePieces = parse(String(raw[..<dash.lowerBound]), line: source.line)
            let afterPieces = parse(String(raw[dash.upperBound...]), line: source.line)
            var url: String?
            var title = MarkdownInlineParser.collapse(titlePieces.map(\.visibleText).joined())
            if case .link(_, let destination, true)? = afterPieces.first { url = destination }
            if let link = titlePieces.first(where: { if case .link = $0 { true } else { false } }), case .link(let text, let destination, _) = link {
                url = url ?? destination
                if ImportText.isGenericLinkText(text, destination: destination) {
                    title = ImportText.around(titlePieces.filter { if case .text = $0 { true } else { false } }.map(\.visibleText).joined())
                }
            }
            if let candidate = url, !FormatRules.isWebURL(candidate) {
                note("dropped the URL `\(candidate)` of `\(title)`: only absolute http(s) URLs are kept", line: source.line)
                url = nil
            }
            if title.isEmpty { title = url.map(ImportText.display) ?? "Untitled resource" }
            let resource = Resource(title: title, url: url, type: type?.rawValue, provider: provider, free: free)
            return Item(source: source, plain: title, resources: [resource], isResource: true, labelPrefix: nil, context: nil)
        }
        let pieces = parse(raw, line: source.line)
        let plain = MarkdownInlineParser.collapse(pieces.map(\.visibleText).joined())
        var found = resources(fromLinks: pieces, line: source.line)
        if type != nil {
            if found.resources.isEmpty {
                found.resources = [Resource(title: plain.isEmpty ? "Untitled resource" : plain)]
            }
            found.resources = found.resources.map { resource in
                var resource = resource
                resource.type = resource.type ?? type?.rawValue
                resource.provider = resource.provider ?? provider
                resource.free = resource.free ?? free
                return resource
            }
            return Item(source: source, plain: found.resources[0].title, resources: found.resources, isResource: true,
                        labelPrefix: found.label, context: found.context)
        }
        let isResource = found.resources.contains { $0.url != nil }
        return Item(source: source, plain: plain, resources: isResource ? found.resources : [], isResource: isResource,
                    labelPrefix: isResource ? found.label : nil, context: isResource ? found.context : nil)
    }

    /// The resources named by the links among `pieces`: a link's own text is the title unless it
    /// is "here", "link" or the URL, when the text before it (else after it) is. `Name:` or
    /// `Name —` before the first link is a label; other text around titled links is a description.
    mutating func resources(fromLinks pieces: [MarkdownInline], line: Int) -> (resources: [Resource], label: String?, context: String?) {
        var resources: [Resource] = []
        var titled = false
        for (index, piece) in pieces.enumerated() {
            guard case .link(var text, let destination, _) = piece else { continue }
            if destination.hasPrefix("#") {
                // An in-page link (back to top, navigation) points into the article, not to a resource.
                note("skipped the in-page link `\(MarkdownInlineParser.collapse(text).abbreviatedForMessage)` (\(destination.abbreviatedForMessage))", line: line)
                continue
            }
            // roadmap.sh's `[@video@Title](…)`: the prefix is the resource's type.
            var prefixType: ResourceType?
            if let (type, rest) = Self.roadmapShPrefix(text) {
                prefixType = type
                text = rest
            }
            let beforeText: String = if index > 0, case .text(let value) = pieces[index - 1] { value } else { "" }
            let afterText: String = if index + 1 < pieces.count, case .text(let value) = pieces[index + 1] { value } else { "" }
            var title: String
            if ImportText.isGenericLinkText(text, destination: destination) {
                let clause = ImportText.around(ImportText.lastClause(beforeText))
                title = !clause.isEmpty && clause.count <= 150 ? clause : ImportText.around(afterText)
                if title.isEmpty || title.count > 150 { title = ImportText.display(destination) }
            } else {
                title = MarkdownInlineParser.collapse(text)
                titled = true
            }
            var url: String? = destination
            if !FormatRules.isWebURL(destination) {
                if !destination.isEmpty {
                    note("dropped the URL `\(destination)` of `\(title)`: only absolute http(s) URLs are kept", line: line)
                }
                url = nil
            }
            resources.append(Resource(title: title, url: url, type: prefixType?.rawValue))
        }
        guard titled, !resources.isEmpty else { return (resources, nil, nil) }
        // A label: the text before the first link, up to a colon or ending in a dash.
        var label: String?
        var rest = pieces
        if case .text(let lead)? = pieces.first {
            let trimmed = lead.mdTrimmed()
            if trimmed.hasSuffix(":") || trimmed.hasSuffix("：") || trimmed.hasSuffix(" —") || trimmed.hasSuffix(" –") || trimmed.hasSuffix(" -")
                || trimmed.hasSuffix("(") {
                let name = ImportText.around(trimmed)
                if !name.isEmpty, name.count <= 60 {
                    label = name
                    rest.removeFirst()
                }
            } else if let colon = lead.firstIndex(where: { $0 == ":" || $0 == "：" }),
                      case let name = ImportText.around(String(lead[..<colon])), !name.isEmpty, name.count <= 40,
                      name.split(separator: " ").count <= 5 {
                label = name
                rest[0] = .text(String(lead[lead.index(after: colon)...]))
            }
        }
        // A description: the whole sentence when text comes before the link, else the text after it.
        let outside = rest.compactMap { if case .text(let value) = $0 { value } else { nil } }.joined(separator: " ")
        guard !ImportText.around(outside).isEmpty else { return (resources, label, nil) }
        let leads: Bool = if case .text(let value)? = rest.first { !ImportText.around(value).isEmpty } else { false }
        // `[Docker](…) — containers` describes; `[Pro Git](…) is free online` is one sentence.
        let firstAfter = rest.drop { if case .text = $0 { true } else { false } }.dropFirst().first
        let separated: Bool = if case .text(let value)? = firstAfter,
            let mark = value.first(where: { !$0.isWhitespace }) { "—–-:(,;|".contains(mark) } else { true }
        let context = leads || !separated ? ImportText.around(rest.map(\.visibleText).joined()) : ImportText.around(outside)
        return (resources, label, context.isEmpty || context == resources.first?.title ? nil : context)
    }

    /// `@video@Title` (roadmap.sh's links): the type the prefix names and the title after it.
    static func roadmapShPrefix(_ text: String) -> (ResourceType, String)? {
        guard text.hasPrefix("@"), let end = text.dropFirst().firstIndex(of: "@") else { return nil }
        let kind = text[text.index(after: text.startIndex)..<end].lowercased()
        let types: [String: ResourceType] = [
            "video": .video, "article": .article, "course": .course, "book": .book, "official": .docs, "docs": .docs,
            "opensource": .project, "open-source": .project, "feed": .community, "podcast": .other, "roadmap": .other, "tool": .tool,
            "dataset": .dataset, "community": .community,
        ]
        guard let type = types[kind] else { return nil }
        let rest = ImportText.around(String(text[text.index(after: end)...]))
        return rest.isEmpty ? nil : (type, rest)
    }

    /// `[course/Udemy] rest`: the type, the provider (", free" taken out as `free: true`) and the rest.
    static func kindPrefix(_ text: String) -> (type: ResourceType, provider: String?, free: Bool?, rest: String)? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        let after = text[text.index(after: close)...]
        guard let next = after.first, next == " " || next == "\t" else { return nil }
        let parts = inner.split(separator: "/", maxSplits: 1).map { $0.mdTrimmed() }
        guard let kind = parts.first, let type = ResourceType(rawValue: kind.lowercased()) else { return nil }
        var provider = parts.count > 1 ? parts[1] : nil
        var free: Bool?
        if let value = provider, let range = value.range(of: ", free", options: .caseInsensitive) {
            provider = (value[..<range.lowerBound] + value[range.upperBound...]).mdTrimmed()
            free = true
        }
        if provider?.isEmpty == true { provider = nil }
        return (type, provider, free, after.mdTrimmed())
    }

    // MARK: Headings, metadata, vocabulary

    /// A heading's text as a title: Markdown removed, numbering (`1.`, `Step 2:`) and a trailing `:` dropped.
    mutating func headingTitle(_ text: String, fallback: String) -> String {
        let plain = ImportText.droppingColon(ImportText.droppingNumbering(inline.plainText(text)))
        return plain.isEmpty ? fallback : plain
    }

    /// True when any web link is written under `node`.
    mutating func hasWebLink(_ item: MarkdownListItem) -> Bool {
        var pending = [item]
        while let next = pending.popLast() {
            if Self.hasWebLink(inline.parse(next.text)) { return true }
            pending += next.children
        }
        return false
    }

    mutating func hasWebLink(_ node: Node) -> Bool {
        func texts(_ items: [MarkdownListItem]) -> [String] {
            items.flatMap { [$0.text] + $0.paragraphs + texts($0.children) }
        }
        for block in node.content {
            let candidates: [String]
            switch block {
            case .paragraph(let text, _): candidates = [text]
            case .list(let items): candidates = texts(items)
            default: candidates = []
            }
            for text in candidates where Self.hasWebLink(inline.parse(text)) { return true }
        }
        return node.children.contains { hasWebLink($0) }
    }

    struct Metadata {
        var summary: String?
        var source: String?
        var authors: [String] = []
        var published: String?
        /// List items that said none of these: (line, text).
        var otherItems: [(line: Int, text: String)] = []
    }

    /// The roadmap's summary, source, authors and date from the text before the first section:
    /// lines such as `Author: …`, `By …`, `URL: …`, `Date: …`, and the first paragraph.
    mutating func metadata(_ blocks: [MarkdownBlock]) -> Metadata {
        var meta = Metadata()
        var texts: [(String, isParagraph: Bool, line: Int)] = []
        for block in blocks {
            switch block {
            case .paragraph(let text, let line): texts.append((text, true, line))
            case .list(let items): texts += items.map { ($0.text, false, $0.line) }
            default: break
            }
        }
        for (text, isParagraph, line) in texts {
            let pieces = inline.parse(text)
            let plain = MarkdownInlineParser.collapse(pieces.map(\.visibleText).joined())
            let firstURL = pieces.compactMap { piece -> String? in
                if case .link(_, let url, _) = piece, FormatRules.isWebURL(url) { return url }
                return nil
            }.first
            if let colon = plain.firstIndex(where: { $0 == ":" || $0 == "：" }), plain.distance(from: plain.startIndex, to: colon) <= 24 {
                let key = plain[..<colon].lowercased().mdTrimmed()
                let value = plain[plain.index(after: colon)...].mdTrimmed()
                switch key {
                case "author", "authors", "by", "written by", "writer", "auteur", "autor":
                    if meta.authors.isEmpty { meta.authors = ImportText.names(value) }
                    continue
                case "url", "source", "original", "original article", "link", "article", "canonical":
                    if meta.source == nil { meta.source = firstURL ?? (FormatRules.isWebURL(value) ? value : nil) }
                    continue
                case "date", "published", "published on", "publication date", "posted", "posted on", "updated":
                    if meta.published == nil { meta.published = ImportText.date(in: value) }
                    continue
                default: break
                }
            }
            let lower = plain.lowercased()
            if ["published", "posted", "updated", "last updated", "written on", "date"].contains(where: { lower.hasPrefix($0 + " ") }),
               plain.split(separator: " ").count <= 14 {
                if meta.published == nil { meta.published = ImportText.date(in: plain) }
                continue
            }
            if plain.hasPrefix("By ") || plain.hasPrefix("by "), plain.split(separator: " ").count <= 14 {
                // A byline: `By Ada Lovelace and Alan Turing · March 5, 2024`.
                var names = String(plain.dropFirst(3))
                for separator in [" on ", " · ", " | ", " — ", " – ", " - ", " • "] {
                    if let range = names.range(of: separator) { names = String(names[..<range.lowerBound]) }
                }
                if meta.published == nil { meta.published = ImportText.date(in: plain) }
                if meta.authors.isEmpty { meta.authors = ImportText.names(names) }
                continue
            }
            if isParagraph, meta.summary == nil, !plain.hasSuffix(":") { meta.summary = ImportText.summary(plain) }
            if !isParagraph, plain.contains(where: { $0.isLetter || $0.isNumber }) { meta.otherItems.append((line, plain)) }
        }
        return meta
    }

    enum FramingKind {
        case introduction, conclusion, contents, noise
    }

    /// Headings around the outline rather than in it, in the languages articles are written in.
    static func framingKind(_ title: String) -> FramingKind? {
        var name = title.lowercased().importTrimming(" .:!?：")
        // Emoji and symbols around a heading ("📖 Contents", "Contributors ✨") say nothing of its kind.
        name = String(name.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " || $0 == "-" || $0 == "'" || $0 == ";" || $0 == "&" })
            .importTrimming(" ")
        switch name {
        case "table of contents", "contents", "toc", "on this page", "in this article", "content", "index", "目录", "目錄", "内容目录",
             "índice", "indice", "sumário", "sumario", "conteúdo", "conteudo", "sommaire", "table des matières", "inhalt",
             "inhaltsverzeichnis", "contenido", "contenidos", "tabla de contenidos", "оглавление", "содержание", "목차":
            return .contents
        case "introduction", "intro", "foreword", "preface", "about", "about this roadmap", "about this guide", "overview", "background",
             "简介", "介绍", "前言", "引言", "introdução", "introducao", "apresentação", "sobre", "introducción":
            return .introduction
        case "conclusion", "conclusions", "final thoughts", "closing thoughts", "wrapping up", "wrap up", "wrap-up", "summary",
             "in summary", "in conclusion", "tl;dr", "tldr", "about the author", "about me", "the end", "final words", "outro",
             "总结", "结语", "结束语", "conclusão", "conclusao", "considerações finais":
            return .conclusion
        case "license", "licence", "licensing", "contributing", "contribute", "contributors", "contribution", "contributions",
             "how to contribute", "sponsors", "sponsor", "backers", "supporters", "support", "donate", "donation", "donations",
             "acknowledgements", "acknowledgments", "acknowledgement", "credits", "thanks", "special thanks", "star history",
             "stargazers", "code of conduct", "maintainers", "authors", "team", "the team", "contact", "contact me", "feedback", "testimonials",
             "what people say", "translations", "other languages", "disclaimer", "changelog", "citation", "cite", "follow me",
             "许可", "许可证", "协议", "开源协议", "贡献", "贡献者", "贡献指南", "如何贡献", "致谢", "鸣谢", "感谢", "联系", "联系我",
             "联系方式", "赞助", "支持", "交流", "licença", "licenca", "contribuição", "contribuicao", "contribuições", "contribuindo",
             "como contribuir", "contribuidores", "agradecimentos", "autores", "contato", "patrocínio", "licencia", "contribuir":
            return .noise
        default: return nil
        }
    }

    /// A heading that holds the whole outline: "Outline", "The Roadmap", "Curriculum", …
    static func isContainer(_ title: String) -> Bool {
        let name = " " + ImportText.droppingNumbering(title).lowercased() + " "
        return [" outline ", "roadmap", "road map", "curriculum", "syllabus", "learning path", "study plan", "study guide",
                "learning plan", " the steps "].contains { name.contains($0) }
    }

    /// Labels that name no subject, only the kind of list that follows: "Resources:", "Courses:".
    static func isGenericLabel(_ label: String) -> Bool {
        let name = label.lowercased().importTrimming(" .:!?")
        return ["resources", "resource", "links", "useful links", "courses", "books", "videos", "tools", "reading",
                "further reading", "recommended reading", "materials", "learning materials", "references", "learning resources",
                "recommended resources", "where to learn", "learn", "study", "courses and books", "recommended courses",
                "free resources", "sources", "tutorials", "articles", "docs", "documentation"].contains(name)
    }

    /// The resource type a label names: "Books:" → book, "Free courses" → course.
    static func typeHint(_ label: String) -> ResourceType? {
        let words = label.lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty, words.count <= 3 else { return nil }
        let stems: [(String, ResourceType)] = [
            ("course", .course), ("mooc", .course), ("book", .book), ("ebook", .book), ("video", .video), ("youtube", .video),
            ("playlist", .video), ("talk", .video), ("article", .article), ("blog", .article), ("post", .article),
            ("reading", .article), ("doc", .docs), ("documentation", .docs), ("tool", .tool), ("librar", .tool),
            ("framework", .tool), ("dataset", .dataset), ("project", .project), ("communit", .community),
            ("forum", .community),
        ]
        for word in words {
            for (stem, type) in stems where word.hasPrefix(stem) { return type }
        }
        return nil
    }
}
