/// Finds near matches between topics of different roadmaps that did not merge: equal or
/// similar normalised titles, and shared resource URLs. Candidates come from indexes (title,
/// title words, URL), so the cost grows with the matches, not with the square of the topics.
public enum SuggestionFinder {
    /// The smallest share of title words two titles must have in common to count as similar.
    public static let similarTitleThreshold = 0.6

    /// The suggestions for `graph`, sorted by the first topic's canonical id.
    public static func suggestions(for graph: TopicGraph) -> [MergeSuggestion] {
        let groupCount = graph.groups.count
        var titleByGroup: [String] = []
        var wordsByGroup: [Set<String>] = []
        var urlsByGroup: [Set<String>] = []
        var roadmapsByGroup: [Set<Int>] = []
        var subjectByGroup: [SubjectWords] = []
        for members in graph.groups {
            let node = graph.nodes[members[0]]
            let title = TextNormalizer.title(node.topic.title)
            titleByGroup.append(title)
            subjectByGroup.append(SubjectWords(node.topic.title))
            wordsByGroup.append(Set(title.split(separator: " ").map(String.init)))
            urlsByGroup.append(Set(members.flatMap { graph.nodes[$0].topic.resources.compactMap { $0.url.map(TextNormalizer.url) } }))
            roadmapsByGroup.append(Set(members.map { graph.nodes[$0].roadmap }))
        }
        var candidates: [Int: Set<Int>] = [:]
        func index(_ keys: [String: [Int]]) {
            for (_, groups) in keys where groups.count > 1 && groups.count <= 50 {
                for a in groups { for b in groups where a < b { candidates[a, default: []].insert(b) } }
            }
        }
        var byWord: [String: [Int]] = [:]
        var byURL: [String: [Int]] = [:]
        for group in 0..<groupCount {
            byWord["title " + titleByGroup[group], default: []].append(group)
            for word in wordsByGroup[group] where word.count > 2 { byWord[word, default: []].append(group) }
            // Subject words of any length (Go, AI, C): a short title is a candidate through them.
            for word in subjectByGroup[group].words where word.count <= 2 || !wordsByGroup[group].contains(word) { byWord[word, default: []].append(group) }
            for url in urlsByGroup[group] { byURL[url, default: []].append(group) }
        }
        index(byWord)
        index(byURL)

        var result: [MergeSuggestion] = []
        for a in candidates.keys.sorted() {
            for b in candidates[a]!.sorted() where roadmapsByGroup[a].isDisjoint(with: roadmapsByGroup[b]) {
                var reasons: [String] = []
                let (subjectA, subjectB) = (subjectByGroup[a], subjectByGroup[b])
                // Two kinds of one thing (merge sort, quick sort) are no match, whatever they share.
                if subjectA.isSibling(of: subjectB) { continue }
                if titleByGroup[a] == titleByGroup[b], !titleByGroup[a].isEmpty, subjectA == subjectB {
                    reasons.append("same title \"\(titleByGroup[a])\"")
                } else if Set(subjectA.words) == Set(subjectB.words), !subjectA.words.isEmpty {
                    reasons.append("titles \"\(titleByGroup[a])\" and \"\(titleByGroup[b])\" name one subject")
                } else if subjectA.contains(subjectB) {
                    reasons.append("one title holds the other: \"\(titleByGroup[a])\" and \"\(titleByGroup[b])\"")
                } else {
                    let similarity = subjectA.similarity(subjectB)
                    if similarity >= similarTitleThreshold {
                        reasons.append("similar titles \"\(titleByGroup[a])\" and \"\(titleByGroup[b])\" (\(Int((similarity * 100).rounded()))% of words shared)")
                    }
                }
                let sharedURLs = urlsByGroup[a].intersection(urlsByGroup[b]).sorted()
                if !sharedURLs.isEmpty {
                    let shown = sharedURLs.prefix(2).joined(separator: ", ") + (sharedURLs.count > 2 ? ", …" : "")
                    reasons.append("\(sharedURLs.count) shared resource URL\(sharedURLs.count == 1 ? "" : "s") (\(shown))")
                }
                guard !reasons.isEmpty else { continue }
                let first = graph.nodes[graph.groups[a][0]]
                let second = graph.nodes[graph.groups[b][0]]
                result.append(MergeSuggestion(
                    topics: [graph.canonicalID(ofGroup: a), graph.canonicalID(ofGroup: b)],
                    reasons: reasons,
                    locations: [first.topic.location, second.topic.location],
                    confirmation: "same-as: [\(graph.canonicalID(ofGroup: a))]  # in topic `\(second.topic.id)` of \(graph.roadmaps[second.roadmap].id)"))
            }
        }
        return result
    }
}
