import Foundation
import Testing
@testable import RoadmapModel
@testable import RoadmapLoading
@testable import RoadmapAuthoring

/// `roadmap import` of the Markdown fixtures against their golden YAML and notes, and of the
/// four reference outlines in `../shared/reference`.
@Suite("Import: goldens and reference outlines")
struct ImportGoldenTests {
    @Test("the fixtures are there")
    func fixturesExist() {
        #expect(ImportFixtures.names == ["blog-post", "chinese-readme", "course-table", "go-notes", "messy", "nested-and-html",
                                         "nested-outline", "portuguese", "reference-links", "reference-mlops", "roadmap-sh",
                                         "setext-headings", "short-article", "toc-and-noise"])
    }

    @Test("no imported id is a placeholder (`topic`, `section-3`): every id carries its subject", arguments: ImportFixtures.names)
    func noPlaceholderIDs(name: String) throws {
        let roadmap = try ImportFixtures.importFixture(name).roadmap
        let ids = roadmap.sections.map(\.id) + roadmap.topics.map(\.id)
        let placeholders = ids.filter { id in
            let base = id.split(separator: "-").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: "-")
            return base == "topic" || base == "section" || base.isEmpty
        }
        #expect(placeholders.isEmpty, "\(name): \(placeholders)")
        #expect(Set(ids).count == ids.count)
    }

    @Test("each fixture imports to its golden YAML and notes", arguments: ImportFixtures.names)
    func golden(name: String) throws {
        let imported = try ImportFixtures.importFixture(name)
        try ImportFixtures.assertGolden(imported.yaml, path: ImportFixtures.directory + "/" + name + ".yaml")
        try ImportFixtures.assertGolden(ImportFixtures.render(imported.notes), path: ImportFixtures.directory + "/" + name + ".notes")
    }

    @Test("each fixture's roadmap validates and loads back to the values imported", arguments: ImportFixtures.names)
    func validates(name: String) throws {
        let imported = try ImportFixtures.importFixture(name)
        let loaded = try ImportFixtures.load(imported.yaml)
        let roadmap = imported.roadmap
        #expect(loaded.id == roadmap.id)
        #expect(loaded.title == roadmap.title)
        #expect(loaded.summary == roadmap.summary)
        #expect(loaded.source == roadmap.source)
        #expect(loaded.authors == roadmap.authors)
        #expect(loaded.published == roadmap.published)
        #expect(loaded.sections.map(\.id) == roadmap.sections.map(\.id))
        #expect(loaded.sections.map(\.title) == roadmap.sections.map(\.title))
        #expect(loaded.sections.map(\.summary) == roadmap.sections.map(\.summary))
        #expect(loaded.topics.map(\.id) == roadmap.sections.flatMap { $0.topics.map(\.id) })
        #expect(loaded.topics.map(\.title) == roadmap.sections.flatMap { $0.topics.map(\.title) })
        #expect(loaded.topics.map { $0.summary?.value } == roadmap.sections.flatMap { $0.topics.map(\.summary) })
        let resources = roadmap.sections.flatMap { $0.topics.flatMap(\.resources) }
        let loadedResources = loaded.topics.flatMap(\.resources)
        #expect(loadedResources.map(\.title) == resources.map(\.title))
        #expect(loadedResources.map(\.url) == resources.map(\.url))
        #expect(loadedResources.map { $0.type?.rawValue } == resources.map(\.type))
        #expect(loadedResources.map(\.provider) == resources.map(\.provider))
        #expect(loadedResources.map(\.free) == resources.map(\.free))
    }

    @Test("importing is deterministic: the same text gives the same bytes and notes", arguments: ImportFixtures.names)
    func deterministic(name: String) throws {
        let first = try ImportFixtures.importFixture(name)
        for _ in 0..<3 {
            let again = try ImportFixtures.importFixture(name)
            #expect(again.yaml == first.yaml)
            #expect(again.notes == first.notes)
        }
    }

    @Test("every id is a slug, and sections and topics share one namespace without repeats", arguments: ImportFixtures.names)
    func uniqueSlugs(name: String) throws {
        let roadmap = try ImportFixtures.importFixture(name).roadmap
        let ids = roadmap.sections.map(\.id) + roadmap.sections.flatMap { $0.topics.map(\.id) }
        #expect(ids.allSatisfy(FormatRules.isSlug), "\(ids.filter { !FormatRules.isSlug($0) })")
        #expect(Set(ids).count == ids.count)
        #expect(FormatRules.isSlug(roadmap.id))
    }

    @Test("the copied MLOps outline keeps every resource entry, in order, with type and provider")
    func referenceFixture() throws {
        let roadmap = try ImportFixtures.importFixture("reference-mlops").roadmap
        #expect(roadmap.title == "The Complete MLOps Study Roadmap")
        #expect(roadmap.source == "https://www.kdnuggets.com/2022/12/complete-mlops-study-roadmap.html")
        #expect(roadmap.authors == ["Nisha Arya"])
        #expect(roadmap.published == "2022-12")
        #expect(roadmap.sections.map(\.title).prefix(3) == ["The Foundations", "Machine Learning Algorithms and Libraries", "Databases"])
        #expect(roadmap.sections.count == 10)  // the 10 numbered sections; the conclusion is skipped
        let resources = roadmap.sections.flatMap { $0.topics.flatMap(\.resources) }
        // The 56 entries of the outline, 4 of them without a URL, all with a type and provider.
        #expect(resources.count == 56)
        #expect(resources.filter { $0.url == nil }.count == 4)
        #expect(resources.allSatisfy { $0.type != nil && $0.provider != nil })
        let foundations = try #require(roadmap.sections.first)
        #expect(foundations.topics.map(\.title) == ["Python", "SQL", "Mathematics"])
        #expect(foundations.summary?.hasPrefix("Topics: Python") == true)
    }

    /// The four outlines, with the resource entries the README of `shared/reference` counts
    /// (plus, in Machine Learning §2, the seven stages: nested items, so resources without a URL).
    static let references: [(name: String, resources: Int, sections: Int)] = [
        ("data-science", 28, 7), ("data-engineering", 38, 9), ("machine-learning", 56 + 7, 7), ("mlops", 56, 10),
    ]

    @Test("each reference outline imports to a roadmap that validates, keeping every resource entry",
          .enabled(if: ImportFixtures.referencesPresent,
                   "../shared/reference is not beside the repository; the copied MLOps fixture still covers one outline"),
          arguments: references.map(\.name))
    func referenceOutline(name: String) throws {
        let expected = try #require(Self.references.first { $0.name == name })
        let path = ImportFixtures.referenceDirectory + "/" + name + ".md"
        let imported = MarkdownImporter(fileName: name + ".md").importMarkdown(try ImportFixtures.text(path))
        let loaded = try ImportFixtures.load(imported.yaml)
        #expect(loaded.sections.count == expected.sections)
        #expect(loaded.resourceCount == expected.resources)
        #expect(loaded.authors == ["Nisha Arya"])
        #expect(loaded.source?.hasPrefix("https://www.kdnuggets.com/2022/") == true)
        #expect(loaded.published?.hasPrefix("2022-") == true)
        // The outline's own sections, not its "Sources"/"Conventions"/"Counts" chapters.
        #expect(!loaded.sections.contains { ["Conventions", "Counts", "Sources of this outline"].contains($0.title) })
        #expect(imported.notes.contains { $0.message.contains("outside the outline") })
    }
}
