import Testing
import RoadmapPlugin
@testable import RoadmapModel
@testable import RoadmapLoading
@testable import RoadmapAuthoring

/// How an outline maps to a roadmap: title, sections, topics, resources, summaries, ids, notes.
@Suite("Import: mapping rules")
struct ImportRulesTests {
    /// A resource as the importer gives it (a document's resource, its type by name).
    func resource(title: String, url: String? = nil, type: ResourceType? = nil, provider: String? = nil,
                  free: Bool? = nil) -> ResourceDocument {
        ResourceDocument(title: title, url: url, type: type?.rawValue, provider: provider, free: free)
    }

    /// `section id: topic ids` for each section.
    func shape(_ roadmap: RoadmapDocument) -> [String] {
        roadmap.sections.map { "\($0.id): " + $0.topics.map(\.id).joined(separator: " ") }
    }

    func topic(_ roadmap: RoadmapDocument, _ id: String) -> RoadmapDocument.Topic? {
        roadmap.sections.lazy.flatMap(\.topics).first { $0.id == id }
    }

    // MARK: Title and id

    @Test("the first # heading is the title; --title and --id override it; the id is a slug of the title")
    func title() {
        let markdown = "# The *Complete* Guide to Go!\n\n## Basics\n- Syntax\n"
        let roadmap = Importing.roadmap(markdown)
        #expect(roadmap.title == "The Complete Guide to Go!")
        #expect(roadmap.id == "the-complete-guide-to-go")
        let named = Importing.roadmap(markdown, id: "go", title: "Go, quickly")
        #expect(named.title == "Go, quickly")
        #expect(named.id == "go")
        #expect(named.sections.map(\.title) == ["Basics"])  // the # heading is still not a section
    }

    @Test("without a title heading the file name gives the title; a title in another script gets a transliterated id")
    func titleFallbacks() {
        let untitled = Importing.roadmap("## A\n- x\n\n## B\n- y\n", fileName: "docs/my_study-plan.md")
        #expect(untitled.title == "My study plan")
        #expect(untitled.id == "my-study-plan")
        #expect(untitled.sections.map(\.title) == ["A", "B"])
        let japanese = Importing.roadmap("# 機械学習ロードマップ\n\n## 基礎\n- Python\n", fileName: "ml-ja.md")
        #expect(japanese.title == "機械学習ロードマップ")
        #expect(japanese.id == "ji-xie-xue-xirodomappu")
        #expect(japanese.sections.map(\.id) == ["ji-chu"])
        #expect(Importing.roadmap("- x\n", fileName: nil).title == "Imported roadmap")
        #expect(Importing.roadmap("# 🚀\n- x\n", fileName: nil).id == "roadmap")
    }

    @Test("the only heading of the top level is the title even when it is ## (and sections are ###)")
    func titleLevel() {
        let roadmap = Importing.roadmap("## Title\n\n### One\n- a\n### Two\n- b\n")
        #expect(roadmap.title == "Title")
        #expect(roadmap.sections.map(\.title) == ["One", "Two"])
    }

    @Test("a document without headings is one section named after the roadmap")
    func noHeadings() {
        let roadmap = Importing.roadmap("First paragraph. Second sentence. Third.\n\n- [A](https://a.example/)\n- B\n", title: "Notes")
        #expect(roadmap.summary == "First paragraph. Second sentence.")
        #expect(shape(roadmap) == ["notes: a b"])
        #expect(roadmap.sections[0].summary == nil)
    }

    // MARK: Sections and topics

    @Test("deeper headings in a section are topics, at any depth, in order")
    func headingTopics() {
        let roadmap = Importing.roadmap("""
            # T
            ## Web
            Intro to the web.
            ### HTML
            Markup. More markup. Even more.
            - [MDN](https://developer.mozilla.org/)
            #### Forms
            - Inputs
            ### CSS
            ## Empty
            Just words.
            """)
        #expect(shape(roadmap) == ["web: html forms css"])
        #expect(roadmap.sections[0].summary == "Intro to the web.")
        let html = topic(roadmap, "html")
        #expect(html?.summary == "Markup. More markup.")
        #expect(html?.resources == [resource(title: "MDN", url: "https://developer.mozilla.org/")])
        #expect(topic(roadmap, "forms")?.resources == [resource(title: "Inputs")])
        #expect(topic(roadmap, "css")?.resources == [])
    }

    @Test("list items are topics, nested items their resources; all-link lists make one topic named after the section")
    func listTopics() {
        let roadmap = Importing.roadmap("""
            # T
            ## Python
            - [Automate the Boring Stuff](https://automatetheboringstuff.com/)
            - [Real Python](https://realpython.com/)
            ## Basics
            - Variables
            - Loops
              - [Loops tutorial](https://loops.example/)
              - Practise while loops
            """)
        #expect(shape(roadmap) == ["python-2: python", "basics: variables loops"])
        #expect(topic(roadmap, "python")?.resources.map(\.title) == ["Automate the Boring Stuff", "Real Python"])
        #expect(topic(roadmap, "loops")?.resources == [resource(title: "Loops tutorial", url: "https://loops.example/"),
                                                        resource(title: "Practise while loops")])
    }

    @Test("a short line ending in `:` starts a group: its links are the resources of a topic of that name")
    func labelGroups() {
        let roadmap = Importing.roadmap("""
            # T
            ## Foundations
            - Topics: Python, SQL and some maths.
            - Python:
            - [Course A](https://a.example/)
            - SQL (a must):
            - [Course B](https://b.example/)
            - [Course C](https://c.example/)
            ## Reading

            **Books:**

            - [Book](https://book.example/)

            Videos:

            - [Talk](https://talk.example/)
            """)
        #expect(shape(roadmap) == ["foundations: python sql", "reading-2: reading"])
        #expect(roadmap.sections[0].summary == "Topics: Python, SQL and some maths.")
        #expect(topic(roadmap, "sql")?.summary == "a must")
        #expect(topic(roadmap, "sql")?.resources.count == 2)
        #expect(topic(roadmap, "reading")?.resources.map(\.type) == ["book", "video"])
    }

    @Test("sentences before links describe the section; links with words around them")
    func descriptions() {
        let roadmap = Importing.roadmap("""
            # T
            ## Databases
            - Learn how databases store and query data.
            - [Principles of Databases](https://db.example/)
            - [SQL Course](https://sql.example/)
            ## Tools
            - Git: [Pro Git](https://git-scm.com/book) is free online
            - [Docker](https://docker.com/) — containers for everything
            - Rustlings exercises: [here](https://rustlings.example/)
            - See <https://bare.example/path/>
            - Make
            """)
        #expect(roadmap.sections[0].summary == "Learn how databases store and query data.")
        #expect(shape(roadmap) == ["databases-2: databases", "tools: git docker rustlings-exercises see make"])
        #expect(topic(roadmap, "git")?.summary == "Pro Git is free online")
        #expect(topic(roadmap, "git")?.resources == [resource(title: "Pro Git", url: "https://git-scm.com/book")])
        #expect(topic(roadmap, "docker")?.summary == "containers for everything")
        #expect(topic(roadmap, "rustlings-exercises")?.resources == [resource(title: "Rustlings exercises", url: "https://rustlings.example/")])
        #expect(topic(roadmap, "see")?.resources.first?.title == "See")
    }

    @Test("[kind/provider] prefixes give the type and provider; the URL right after an em dash is the link")
    func kindPrefixes() {
        let roadmap = Importing.roadmap("""
            # T
            ## S
            - [course/Udemy] 100 Days of Code: The Bootcamp — https://www.udemy.com/course/100-days-of-code/  (a note)
            - [Book] Mathematics for ML — https://mml-book.github.io/
            - [article/Blog (KDnuggets)] Popular Algorithms (unverified) — (no URL in the translation; see https://x.example/)
            - [course/Udacity, free] Interview Prep — https://www.udacity.com/course/prep
            - [video/YouTube] [A talk](https://youtube.example/watch)
            - [podcast/Spotify] Not a kind — https://spotify.example/
            """)
        let resources = roadmap.sections[0].topics.flatMap(\.resources)
        #expect(resources.prefix(5) == [
            resource(title: "100 Days of Code: The Bootcamp", url: "https://www.udemy.com/course/100-days-of-code/", type: .course, provider: "Udemy"),
            resource(title: "Mathematics for ML", url: "https://mml-book.github.io/", type: .book),
            resource(title: "Popular Algorithms (unverified)", type: .article, provider: "Blog (KDnuggets)"),
            resource(title: "Interview Prep", url: "https://www.udacity.com/course/prep", type: .course, provider: "Udacity", free: true),
            resource(title: "A talk", url: "https://youtube.example/watch", type: .video, provider: "YouTube"),
        ])
        // Not a resource type: the brackets are text, and the bare URL is the link.
        #expect(resources.last == resource(title: "[podcast/Spotify] Not a kind", url: "https://spotify.example/"))
    }

    @Test("only absolute http(s) URLs are kept; others are dropped with a note, the resource stays")
    func urls() {
        let imported = Importing.run("""
            # T
            ## S
            - Notes
              - [Local](./notes.md)
              - [Mail](mailto:me@example.com)
              - [FTP](ftp://files.example/x)
              - [Anchor](#top)
              - [Web](HTTPS://Example.COM/x)
            """)
        let resources = imported.roadmap.sections[0].topics[0].resources
        #expect(resources.map(\.url) == [nil, nil, nil, nil, "HTTPS://Example.COM/x"])
        #expect(resources.map(\.title) == ["Local", "Mail", "FTP", "Anchor", "Web"])
        #expect(imported.notes.map { $0.location?.line } == [4, 5, 6, 7])
        #expect(imported.notes.first?.message == "dropped the URL `./notes.md` of `Local`: only absolute http(s) URLs are kept")
    }

    @Test("paragraph links become resources; a paragraph of links one per line is a list")
    func paragraphLinks() {
        let roadmap = Importing.roadmap("""
            # T
            ## Async
            Read [the async book](https://async.example/), then the [Tokio tutorial](https://tokio.example/).
            ## Links
            [One](https://one.example/)
            [Two](https://two.example/)
            """)
        #expect(shape(roadmap) == ["async-2: async", "links-2: links"])
        #expect(roadmap.sections[0].summary == "Read the async book, then the Tokio tutorial.")
        #expect(topic(roadmap, "async")?.resources.map(\.url) == ["https://async.example/", "https://tokio.example/"])
        #expect(topic(roadmap, "links")?.resources.map(\.title) == ["One", "Two"])
    }

    @Test("a generic sub-heading or label (Resources, Books) adds to the section's own topic, every item a resource")
    func genericGroups() {
        let roadmap = Importing.roadmap("""
            # T
            ## Python
            You need the basics:
            - data structures
            - `pandas` basics ([10 minutes to pandas](https://pandas.example/10min))

            **Books:**
            1. *Fluent Python* by Luciano Ramalho
            2. [Python Crash Course](https://nostarch.example/pcc)
            ### Resources
            - [Docs](https://docs.python.example/) – the reference
            ### Practice
            - [Exercism](https://exercism.example/)
            ## Go
            Go is small. Here is more.
            ### Further Reading
            - [Effective Go](https://go.example/effective)
            """)
        #expect(shape(roadmap) == ["python-2: data-structures pandas-basics python practice", "go-2: go"])
        #expect(roadmap.sections[0].summary == "You need the basics:")
        #expect(topic(roadmap, "pandas-basics")?.resources.map(\.title) == ["10 minutes to pandas"])
        #expect(topic(roadmap, "python")?.resources == [
            resource(title: "Fluent Python by Luciano Ramalho", type: .book),
            resource(title: "Python Crash Course", url: "https://nostarch.example/pcc", type: .book),
            resource(title: "Docs", url: "https://docs.python.example/"),
        ])
        #expect(topic(roadmap, "python")?.summary == nil)
        #expect(topic(roadmap, "go")?.resources.map(\.title) == ["Effective Go"])
        #expect(roadmap.sections[1].summary == "Go is small. Here is more.")
    }

    // MARK: Ids

    @Test("ids are unique across sections and topics (-2, -3), topics first; never empty; start with a letter")
    func slugs() {
        let roadmap = Importing.roadmap("""
            # T
            ## Python
            ### Python
            ### Python (again)
            ### python!
            ## 2048
            - [x](https://x.example/)
            ## 🐍
            - 🚀
            - ...
            ## Étude de cas
            - Ça marche
            ## A very long heading that goes on and on about many things that are not short at all
            - x
            """)
        #expect(shape(roadmap) == [
            "python-4: python python-2 python-3",
            "t-2048-2: t-2048",
            "t-1-section: t-1 t-2",
            "etude-de-cas: ca-marche",
            "a-very-long-heading-that-goes-on-and-on-about-many: x",
        ])
        let ids = roadmap.sections.map(\.id) + roadmap.sections.flatMap { $0.topics.map(\.id) }
        #expect(ids.allSatisfy { FormatRules.isSlug($0) && $0.count <= 50 })
        #expect(roadmap.sections[2].topics.map(\.title) == ["🚀", "..."])
        #expect(roadmap.sections[3].title == "Étude de cas")
    }

    @Test("numbering and trailing colons are dropped from headings; Markdown from every title")
    func headingTitles() {
        let roadmap = Importing.roadmap("""
            # T
            ## 1. One
            - a
            ## 4.1 Four point one:
            - b
            ## Step 2: Learn **SQL** `SELECT`
            - c
            ## Part IV — <em>History</em>
            - d
            ## IV. Roman
            - e
            ## 2022 in review
            - f
            """)
        #expect(roadmap.sections.map(\.title) == ["One", "Four point one", "Learn SQL SELECT", "History", "Roman", "2022 in review"])
    }

    // MARK: Skipping

    @Test("empty sections, tables of contents, link-less introductions and conclusions are skipped with notes")
    func skipped() {
        let imported = Importing.run("""
            # T
            ## Table of Contents
            - [Basics](#basics)
            ## Introduction
            Why this roadmap exists. It is short.
            ## Basics
            - a
            ## Empty
            Only prose here.
            ## Data
            | a | b |
            |---|---|
            ## Conclusion
            - Thanks!
            """)
        #expect(imported.roadmap.sections.map(\.title) == ["Basics"])
        #expect(imported.roadmap.summary == "Why this roadmap exists. It is short.")
        #expect(imported.notes.map(\.message) == [
            "skipped `Table of Contents`: a table of contents",
            "skipped `Introduction`: an introduction without links",
            "skipped `Empty`: it has no list items or links to make topics of",
            "skipped `Data`: it has no list items or links to make topics of",
            "skipped `Conclusion`: a conclusion",
        ])
        #expect(imported.notes.map { $0.location?.line } == [2, 4, 8, 10, 13])
    }

    @Test("one heading named like an outline that holds all sub-headings is looked into; its siblings are skipped")
    func container() {
        let imported = Importing.run("""
            # T
            - Author: Ada Lovelace and Grace Hopper
            - URL: <https://example.org/article>
            - Date: 5 March 2024
            ## Sources
            - Where this came from
            ## The Roadmap
            It takes a year.
            ### Basics
            - a
            ### Advanced
            - b
            ## Notes
            - editorial
            """)
        let roadmap = imported.roadmap
        #expect(roadmap.sections.map(\.title) == ["Basics", "Advanced"])
        #expect(roadmap.summary == "It takes a year.")
        #expect(roadmap.authors == ["Ada Lovelace", "Grace Hopper"])
        #expect(roadmap.source == "https://example.org/article")
        #expect(roadmap.published == "2024-03-05")
        #expect(imported.notes.map(\.message) == [
            "skipped `Sources`: it is outside the outline under `The Roadmap`",
            "skipped `Notes`: it is outside the outline under `The Roadmap`",
        ])
        // Without an outline-like name, all the headings stay sections.
        let plain = Importing.roadmap("# T\n## Setup\n- x\n## Part\n### A\n- a\n### B\n- b\n")
        #expect(plain.sections.map(\.title) == ["Setup", "Part"])
    }

    @Test("bylines and dates in the text before the first section")
    func bylines() {
        #expect(Importing.roadmap("# T\n*By Jane Doe · March 5, 2024*\n## S\n- x\n").authors == ["Jane Doe"])
        #expect(Importing.roadmap("# T\n*By Jane Doe · March 5, 2024*\n## S\n- x\n").published == "2024-03-05")
        #expect(Importing.roadmap("# T\nBy Nisha Arya on December 13, 2022\n## S\n- x\n").published == "2022-12-13")
        #expect(Importing.roadmap("# T\n**Date:** 2023-02-29 (sic)\n## S\n- x\n").published == nil)
        #expect(Importing.roadmap("# T\nPublished: 2021\n## S\n- x\n").published == "2021")
        let dated = Importing.roadmap("# T\n\nPublished on January 3rd, 2024 · 12 min read\n\nThe summary.\n## S\n- x\n")
        #expect(dated.published == "2024-01-03")
        #expect(dated.summary == "The summary.")
        #expect(ImportText.date(in: "Dec 2021") == "2021-12")
        #expect(ImportText.date(in: "sometime soon") == nil)
    }

    // MARK: Text

    @Test("summaries are the first sentence or two, at most about 300 characters")
    func summaries() {
        #expect(ImportText.summary("One. Two! Three?") == "One. Two!")
        #expect(ImportText.summary("See e.g. Smith. Then Jones. Then more.") == "See e.g. Smith. Then Jones.")
        #expect(ImportText.summary("   ") == nil)
        let long = String(repeating: "word ", count: 100)
        let summary = ImportText.summary(long)
        #expect(summary?.hasSuffix("…") == true)
        #expect((summary?.count ?? 0) <= 301)
    }

    @Test("plain items split into a title and a summary at a colon or a dash")
    func itemTitles() {
        #expect(ImportText.titleAndSummary("Data Preparation: cleaning and features.") == ("Data Preparation", "cleaning and features."))
        #expect(ImportText.titleAndSummary("Borrowing — shared references") == ("Borrowing", "shared references"))
        #expect(ImportText.titleAndSummary("Python:") == ("Python", nil))
        #expect(ImportText.titleAndSummary("A well known fact about many things: everything is a list of words") ==
                ("A well known fact about many things: everything is a list of words", nil))
    }

    @Test("Unicode survives in titles and summaries; output is the same for CRLF text")
    func unicodeAndLineEnds() {
        let lf = "# Ünïcode 日本語 🐍\n\nÉté à Paris.\n\n## Ça\n- [Café](https://café.example/) — crème brûlée\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let roadmap = Importing.roadmap(lf)
        #expect(roadmap.title == "Ünïcode 日本語 🐍")
        #expect(roadmap.summary == "Été à Paris.")
        #expect(roadmap.sections[0].topics[0].summary == "crème brûlée")
        #expect(Importing.run(crlf).yaml == Importing.run(lf).yaml)
    }

    @Test("a roadmap with nothing to import has no sections, and does not validate")
    func nothing() {
        let imported = Importing.run("# Title\n\nOnly prose.\n\n## Empty\n")
        #expect(imported.roadmap.sections.isEmpty)
        #expect(!ImportFixtures.problems(imported.yaml).isEmpty)
    }

    @Test("course-table hours: ranges, thousands, units as words; too many hours and endless cells are no hours, and stay fast")
    func courseTableHours() {
        #expect(CourseTable.hours(duration: "6-9 hours", effort: nil)?.hours == 7.5)
        #expect(CourseTable.hours(duration: "1,000 hours", effort: nil)?.hours == 1000)
        #expect(CourseTable.hours(duration: "2.5 h", effort: nil)?.hours == 2.5)
        #expect(CourseTable.hours(duration: "10 hours (2 times)", effort: nil)?.hours == 10)
        #expect(CourseTable.hours(duration: "13 weeks", effort: "6-9 hours/week")?.hours == 97.5)
        #expect(CourseTable.hours(duration: "3 months", effort: nil)?.hours == 60)
        #expect(CourseTable.hours(duration: "99999999999999999999 hours", effort: nil) == nil)
        #expect(CourseTable.hours(duration: "200000 hours", effort: nil) == nil)
        #expect(CourseTable.hours(duration: "hello", effort: nil) == nil)
        // 20,000 numbers in one cell: one pass (it took 158 s before).
        #expect(CourseTable.hours(duration: String(repeating: "1 ", count: 20_000), effort: nil) == nil)
    }
}
