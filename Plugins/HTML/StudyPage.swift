import RoadmapPlugin

/// The page of a curriculum or of a roadmap: title and totals, the progress tools, the graph
/// (or, past ``GraphPicture/maxNodes``, the groups and their sizes, saying so), then a card a
/// topic, group by group.
enum StudyPage {
    static func curriculum(_ document: CurriculumDocument) -> String {
        var header = "<header>\n<h1>\(HTMLText.escaped(document.title))</h1>\n"
        header += "<p>Merged from \(document.roadmaps.count) roadmap\(document.roadmaps.count == 1 ? "" : "s"), in this order:</p>\n<ol class=\"sources\">\n"
        for input in document.roadmaps {
            let title = HTMLText.escaped(input.title)
            let linked = input.source.flatMap(HTMLText.webURL).map { "<a href=\"\($0)\" rel=\"noopener noreferrer\">\(title)</a>" } ?? title
            header += "<li>\(linked) (<code>\(HTMLText.escaped(input.id))</code>): \(Counted.string(input.topicCount, "topic")), \(input.sharedTopicCount) shared with the others</li>\n"
        }
        header += "</ol>\n"
        let totals = document.totals
        let extra = "<span>\(totals.topicsBeforeMerge) before merging, \(totals.sharedTopics) shared</span><span>\(Counted.string(totals.resources, "resource"))</span><span>\(Counted.string(totals.stages, "part"))</span>"
        return page(title: document.title, id: document.id, header: header, extraTotals: extra, progress: document.progress,
                    groups: PageGroup.groups(document), graph: GraphOutline(document), groupNoun: "part",
                    roadmapTitles: Dictionary(document.roadmaps.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }))
    }

    static func roadmap(_ document: RoadmapDocument) -> String {
        var header = "<header>\n<h1>\(HTMLText.escaped(document.title))</h1>\n"
        if let summary = document.summary { header += HTMLText.paragraphs(summary) + "\n" }
        var facts = ["<code>\(HTMLText.escaped(document.id))</code>"]
        if let source = document.source.flatMap(HTMLText.webURL) { facts.append("<a href=\"\(source)\" rel=\"noopener noreferrer\">source</a>") }
        if !document.authors.isEmpty { facts.append("by " + document.authors.map(HTMLText.escaped).joined(separator: ", ")) }
        if let extends = document.extends {
            facts.append("a variant of <code>\(HTMLText.escaped(extends))</code>")
        } else if let bases = document.bases, bases.count > 1 {
            facts.append("composed of " + bases.map { "<code>\(HTMLText.escaped($0))</code>" }.joined(separator: " + "))
        }
        header += "<p class=\"meta\">" + facts.joined(separator: " · ") + "</p>\n"
        let extra = "<span>\(Counted.string(document.sections.count, "section"))</span>"
        return page(title: document.title, id: document.id, header: header, extraTotals: extra, progress: document.progress,
                    groups: PageGroup.groups(document), graph: GraphOutline(document), groupNoun: "section",
                    roadmapTitles: [document.id: document.title])
    }

    static func page(title: String, id: String, header: String, extraTotals: String, progress: ProgressTotals?, groups: [PageGroup],
                     graph: GraphOutline, groupNoun: String, roadmapTitles: [String: String]) -> String {
        let topics = groups.flatMap(\.topics)
        let hours = topics.compactMap(\.hours).reduce(0, +)
        var body = header
        body += "<p class=\"totals\" aria-live=\"polite\"><span><strong id=\"done-count\">0</strong> of \(Counted.string(topics.count, "topic")) done, "
        body += "<strong id=\"left-count\">\(topics.count)</strong> left</span>"
        body += "<span><strong id=\"hours-done\">0</strong> of \(HoursFormat.string(hours)) hours done, <strong id=\"hours-left\">\(HoursFormat.string(hours))</strong> left</span>"
        body += extraTotals + "</p>\n"
        body += "<div class=\"tools\" id=\"progress-tools\" hidden><button type=\"button\" id=\"export-progress\">Export progress</button>"
        body += "<label class=\"button\">Import progress<input type=\"file\" id=\"import-progress\" class=\"visually-hidden\" accept=\".yaml,.yml,text/yaml\"></label>"
        body += "<span class=\"meta\">Ticks are kept in this browser; the export is a progress file <code>roadmap progress</code> reads.</span>"
        if let progress {
            body += "<span class=\"meta\">Preloaded from <code>\(HTMLText.escaped(progress.file))</code>: \(HTMLText.escaped(progress.line)) (a tick you change here wins).</span>"
        }
        body += "<span class=\"meta\" id=\"import-result\" role=\"status\"></span></div>\n"
        body += "</header>\n"
        body += picture(graph, groups: groups, groupNoun: groupNoun)
        body += "<main>\n"
        let titles = Dictionary(topics.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for (number, group) in groups.enumerated() {
            body += "<section aria-labelledby=\"group-\(number + 1)\">\n"
            body += "<h2 id=\"group-\(number + 1)\">\(HTMLText.escaped(group.title))</h2>\n"
            for topic in group.topics { body += card(topic, titles: titles, roadmapTitles: roadmapTitles) }
            body += "</section>\n"
        }
        body += "</main>\n<footer>Made by <code>roadmap</code>. The page loads nothing from the network; progress stays in this browser until you export it.</footer>\n"
        return PageWriter.page(title: title, id: id, body: body)
    }

    /// The graph with its legend, or the groups when the graph is too large to help.
    static func picture(_ graph: GraphOutline, groups: [PageGroup], groupNoun: String) -> String {
        var out = "<h2 class=\"picture-note\">The path</h2>\n"
        guard graph.ids.count <= GraphPicture.maxNodes else {
            out += "<p class=\"picture-note\">The graph has \(graph.ids.count) topics, too many for one picture (over \(GraphPicture.maxNodes)); the \(groupNoun)s instead:</p>\n<ol class=\"picture-note\">\n"
            for (number, group) in groups.enumerated() {
                out += "<li><a href=\"#group-\(number + 1)\">\(HTMLText.escaped(group.title))</a>: \(group.topics.count) topic\(group.topics.count == 1 ? "" : "s")</li>\n"
            }
            return out + "</ol>\n"
        }
        let picture = GraphPicture(graph)
        let external = Set(graph.external)
        out += "<div class=\"picture\" tabindex=\"0\" aria-label=\"The prerequisite graph (scrolls)\">\n"
        out += picture.svg(title: "Prerequisite graph: \(graph.ids.count - external.count) topics by \(groupNoun), each after what it requires") { node in
            external.contains(node) ? nil : HTMLText.anchor(graph.ids[node])
        }
        out += "\n</div>\n<ul class=\"legend\" aria-label=\"Legend\">\n"
        if graph.roadmaps.count > 1 {
            for (index, roadmap) in graph.roadmaps.enumerated() {
                out += "<li><span class=\"swatch r\(index % GraphOutline.roadmapColours.count)\"></span>\(HTMLText.escaped(roadmap))</li>\n"
            }
            out += "<li><span class=\"swatch shared\"></span>shared by several</li>\n"
        }
        if !external.isEmpty { out += "<li><span class=\"swatch external\"></span>outside this page (not merged)</li>\n" }
        out += "<li>arrows: from a prerequisite to what needs it (only those no other path implies)</li>\n</ul>\n"
        return out
    }

    static func card(_ topic: PageTopic, titles: [String: String], roadmapTitles: [String: String]) -> String {
        let anchor = HTMLText.anchor(topic.id)
        var out = "<article class=\"card\" id=\"\(anchor)\">\n<h3><label><input type=\"checkbox\" class=\"done\" data-card=\"\(anchor)\""
        out += " data-keys=\"\(HTMLText.escaped(HTMLText.jsonArray(topic.progressKeys)))\""
        out += " data-hours=\"\(topic.hours.map(HoursFormat.string) ?? "0")\""
        if let progress = topic.progress {
            out += " data-preset=\"\(progress.status.rawValue)\""
            if let date = progress.date { out += " data-preset-date=\"\(HTMLText.escaped(date))\"" }
        }
        out += " aria-label=\"Done: \(HTMLText.escaped(topic.title))\">"
        out += "<span>\(HTMLText.escaped(topic.title))</span></label>"
        if let progress = topic.progress, progress.status != .done {
            out += " <span class=\"badge \(progress.status.rawValue)\">\(progress.status.rawValue)</span>"
        }
        out += "</h3>\n"
        if let note = topic.progress?.note { out += "<p class=\"note\">Note: \(HTMLText.escaped(note))</p>\n" }
        var meta: [String] = []
        if let level = topic.level { meta.append(HTMLText.escaped(level)) }
        if let hours = topic.hours { meta.append("\(HoursFormat.string(hours)) h") }
        meta.append("from " + topic.roadmaps.map { HTMLText.escaped(roadmapTitles[$0].map(CurriculumDocument.shortTitle) ?? $0) }.joined(separator: " · "))
        out += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>\n"
        out += "<p class=\"from\">" + topic.from.map { "<code>\(HTMLText.escaped($0))</code>" }.joined(separator: ", ") + "</p>\n"
        if let summary = topic.summary { out += HTMLText.paragraphs(summary) + "\n" }
        if !topic.otherSummaries.isEmpty {
            out += "<details><summary>Also described as</summary>\n"
            for other in topic.otherSummaries {
                out += "<blockquote>\(HTMLText.paragraphs(other.text))<p class=\"from\"><code>\(HTMLText.escaped(other.from))</code></p></blockquote>\n"
            }
            out += "</details>\n"
        }
        if !topic.resources.isEmpty {
            out += "<ul class=\"resources\">\n"
            for resource in topic.resources { out += "<li>" + self.resource(resource) + "</li>\n" }
            out += "</ul>\n"
        }
        var links: [String] = []
        if !topic.requires.isEmpty {
            links.append("Requires: " + topic.requires.map { link($0, titles) }.joined(separator: ", "))
        }
        if !topic.requiresOutside.isEmpty {
            links.append("Requires (outside this page): " + topic.requiresOutside.map { "<code>\(HTMLText.escaped($0))</code>" }.joined(separator: ", "))
        }
        if !topic.requiredBy.isEmpty {
            links.append("Needed by: " + topic.requiredBy.map { link($0, titles) }.joined(separator: ", "))
        }
        if !links.isEmpty { out += "<p class=\"links\">" + links.joined(separator: "<br>") + "</p>\n" }
        return out + "</article>\n"
    }

    static func link(_ id: String, _ titles: [String: String]) -> String {
        "<a href=\"#\(HTMLText.anchor(id))\">\(HTMLText.escaped(titles[id] ?? id))</a>"
    }

    static func resource(_ resource: ResourceDocument) -> String {
        let title = HTMLText.escaped(resource.title)
        var out = resource.url.flatMap(HTMLText.webURL).map { "<a href=\"\($0)\" rel=\"noopener noreferrer\" target=\"_blank\">\(title)</a>" } ?? title
        var kind: [String] = []
        if let type = resource.type { kind.append(HTMLText.escaped(type)) }
        if let provider = resource.provider { kind.append(HTMLText.escaped(provider)) }
        if let free = resource.free { kind.append(free ? "free" : "paid") }
        if !kind.isEmpty { out += " <span class=\"kind\">" + kind.joined(separator: " · ") + "</span>" }
        return out
    }
}
