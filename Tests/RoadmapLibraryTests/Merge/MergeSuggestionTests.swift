import Testing
import RoadmapLoading
import RoadmapComposition

/// Near matches that did not merge are suggested with their reason, never merged silently.
@Suite("Merge: suggestions")
struct MergeSuggestionTests {
    typealias F = MergeFixture

    static func suggestions(_ files: [(String, String)]) -> (MergeFixture.Merge, [MergeSuggestion]) {
        let merge = F.merge(files)
        return (merge, SuggestionFinder.suggestions(for: TopicGraph(merge.load.roadmaps)))
    }

    @Test("equal normalised titles with different ids: one suggestion with the reason, locations and the same-as to write")
    func equalTitles() throws {
        let a = F.roadmap("a", ["id: app-security\ntitle: Security"])
        let b = F.roadmap("b", ["id: network-security\ntitle: \"  SECURITY: \""])
        let (merge, suggestions) = Self.suggestions([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.ids == ["a/app-security", "b/network-security"], "suggestions are never applied")
        try #require(suggestions.count == 1)
        let suggestion = suggestions[0]
        #expect(suggestion.topics == ["a/app-security", "b/network-security"])
        #expect(suggestion.reasons == ["same title \"security\""])
        #expect(suggestion.locations.map { merge.describe($0) } == [
            "a.yaml:" + F.topicPosition("app-security", in: a),
            "b.yaml:" + F.topicPosition("network-security", in: b),
        ])
        #expect(suggestion.confirmation == "same-as: [a/app-security]  # in topic `network-security` of b")
    }

    @Test("Unicode compatibility forms and punctuation are folded before comparing titles")
    func unicodeTitles() throws {
        let a = F.roadmap("a", ["id: full-width\ntitle: \"Ｐｙｔｈｏｎ Basics\""])
        let b = F.roadmap("b", ["id: ascii\ntitle: \"python-basics!\""])
        let (_, suggestions) = Self.suggestions([("a.yaml", a), ("b.yaml", b)])
        #expect(suggestions.map(\.reasons) == [["same title \"python basics\""]])
    }

    @Test("a shared resource URL (after normalising) is a reason of its own")
    func sharedResourceURL() throws {
        let a = F.roadmap("a", ["id: docker-basics\ntitle: Docker basics\nresources:\n  - title: Get started\n    url: https://docs.docker.com/get-started/"])
        let b = F.roadmap("b", ["id: containers\ntitle: Containers\nresources:\n  - title: Docker docs\n    url: http://DOCS.docker.com/get-started?utm_source=x"])
        let (merge, suggestions) = Self.suggestions([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.ids.count == 2)
        #expect(suggestions.map(\.topics) == [["a/docker-basics", "b/containers"]])
        #expect(suggestions.map(\.reasons) == [["1 shared resource URL (https://docs.docker.com/get-started)"]])
    }

    @Test("titles that hold one another, name one subject or share most words are suggested, each with its reason; siblings and unrelated ones are not")
    func similarTitles() {
        let a = F.roadmap("a", ["id: ml-ops\ntitle: Machine Learning Operations Basics", "id: cooking\ntitle: Cooking",
                                "id: k8s\ntitle: Kubernetes (K8s)", "id: cv\ntitle: Resume Writing", "id: ops\ntitle: Site Reliability Engineering Today",
                                "id: merge-sort\ntitle: Merge sort"])
        let b = F.roadmap("b", ["id: mlops-intro\ntitle: Machine Learning Operations", "id: gardening\ntitle: Gardening",
                                "id: kubernetes\ntitle: Kubernetes", "id: resume\ntitle: Writing a Resume", "id: sre\ntitle: Site Reliability Engineering Tomorrow",
                                "id: quick-sort\ntitle: Quick sort"])
        let (_, suggestions) = Self.suggestions([("a.yaml", a), ("b.yaml", b)])
        #expect(suggestions.map(\.topics) == [["a/ml-ops", "b/mlops-intro"], ["a/k8s", "b/kubernetes"], ["a/cv", "b/resume"], ["a/ops", "b/sre"]])
        #expect(suggestions.map(\.reasons) == [
            ["one title holds the other: \"machine learning operations basics\" and \"machine learning operations\""],
            ["titles \"kubernetes k8s\" and \"kubernetes\" name one subject"],
            ["titles \"resume writing\" and \"writing a resume\" name one subject"],
            ["similar titles \"site reliability engineering today\" and \"site reliability engineering tomorrow\" (60% of words shared)"],
        ])
    }

    @Test("topics that merged, or that come from the same roadmap, are not suggested")
    func noSuggestionForMergedOrSameRoadmap() {
        let a = F.roadmap("a", ["id: git\ntitle: Git", "id: git-advanced\ntitle: Git"])
        let b = F.roadmap("b", ["id: git\ntitle: Git"])
        let (merge, suggestions) = Self.suggestions([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.groups == [["a/s/git", "b/s/git"], ["a/s/git-advanced"]])
        // a/git-advanced and the merged a/git share a roadmap: no suggestion.
        #expect(suggestions.map(\.topics) == [])
    }

    @Test("equal short titles (two letters or fewer, or only punctuation apart) are suggested too")
    func shortEqualTitles() {
        let a = F.roadmap("a", ["id: go-lang\ntitle: Go", "id: r-lang\ntitle: R", "id: artificial-intelligence\ntitle: AI"])
        let b = F.roadmap("b", ["id: golang\ntitle: Go", "id: r-language\ntitle: R", "id: ai\ntitle: AI"])
        let (merge, suggestions) = Self.suggestions([("a.yaml", a), ("b.yaml", b)])
        #expect(merge.ids.count == 6)
        #expect(suggestions.map(\.topics) == [["a/go-lang", "b/golang"], ["a/r-lang", "b/r-language"], ["a/artificial-intelligence", "b/ai"]])
    }

    @Test("no suggestions for the bundled four (every shared subject there already merged)")
    func bundled() {
        let result = RoadmapLoader().loadSynchronously(BundledRoadmap.defaultMergeOrder.map { .bundled(id: $0) })
        let suggestions = SuggestionFinder.suggestions(for: TopicGraph(result.roadmaps))
        #expect(suggestions.map(\.topics) == [])
    }
}
