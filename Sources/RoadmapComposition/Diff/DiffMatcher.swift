import RoadmapLoading
import RoadmapModel
/// The matching state of one diff: which old topic and section is which new one, and why.
struct DiffMatcher {
    /// A topic of one side, as that side's catalogue lists it.
    typealias Entry = TopicNode

    let old: Roadmap
    let new: Roadmap
    /// Each side resolved on its own (its only input is `old`, `new`): prerequisites are read from here.
    let oldCatalogue: RoadmapCatalogue
    let newCatalogue: RoadmapCatalogue
    let oldTopics: [Entry]
    let newTopics: [Entry]
    /// For each new topic, the old topic it matches.
    var oldOfNew: [Int?]
    /// For each old topic, the new topic it matches.
    var newOfOld: [Int?]
    /// Evidence for renames paired by evidence, by new topic.
    var topicEvidence: [Int: [String]] = [:]
    /// For each new section, the old section it matches.
    var oldSectionOfNew: [Int?]
    var newSectionOfOld: [Int?]
    var sectionEvidence: [Int: [String]] = [:]

    init(old: RoadmapCatalogue, new: RoadmapCatalogue) {
        self.old = old.inputs[0]
        self.new = new.inputs[0]
        oldCatalogue = old
        newCatalogue = new
        oldTopics = old.nodes
        newTopics = new.nodes
        oldOfNew = Array(repeating: nil, count: newTopics.count)
        newOfOld = Array(repeating: nil, count: oldTopics.count)
        oldSectionOfNew = Array(repeating: nil, count: self.new.sections.count)
        newSectionOfOld = Array(repeating: nil, count: self.old.sections.count)
    }

    /// How many candidates of one topic (or section) are kept for pairing.
    static let candidatesPerTopic = 16
    /// How many old topics sharing one title word are considered for a new topic (a URL, being
    /// stronger evidence, brings up to 200).
    static let candidatesPerWord = 64

    /// A possible rename: its score, the pair, why, and the key that breaks ties.
    struct Candidate {
        var score: Double
        var old: Int
        var new: Int
        var reasons: [String]
        /// The two ids in order: the same whichever side each is on, so diffs mirror.
        var tie: (String, String)

        static func tie(_ a: String, _ b: String) -> (String, String) { a <= b ? (a, b) : (b, a) }

        /// Best first: the higher score, then the smaller pair of ids.
        static func isBetter(_ a: Candidate, _ b: Candidate) -> Bool {
            if a.score != b.score { return a.score > b.score }
            return a.tie < b.tie
        }
    }

    mutating func pair(old o: Int, new n: Int) {
        oldOfNew[n] = o
        newOfOld[o] = n
    }

    // MARK: - Topics

    mutating func matchTopics() {
        var oldByID: [String: Int] = [:]
        for (index, entry) in oldTopics.enumerated() { oldByID[entry.topic.id] = index }
        for (index, entry) in newTopics.enumerated() {
            if let o = oldByID[entry.topic.id] { pair(old: o, new: index) }
        }
        // Renames the files declare: the new topic names the old id in aliases or same-as, or the
        // old topic already listed the new id among its aliases.
        func declaredNames(_ topic: Topic) -> [String] {
            topic.aliases + topic.sameAs.filter { $0.value.roadmap == old.id || $0.value.roadmap == new.id }.map(\.value.topic)
        }
        var oldByDeclaredName: [String: [Int]] = [:]   // old topics in order, by each name they declare
        for (index, entry) in oldTopics.enumerated() {
            for name in declaredNames(entry.topic) { oldByDeclaredName[name, default: []].append(index) }
        }
        for (index, entry) in newTopics.enumerated() where oldOfNew[index] == nil {
            if let o = declaredNames(entry.topic).compactMap({ oldByID[$0] }).first(where: { newOfOld[$0] == nil }) {
                pair(old: o, new: index)
                continue
            }
            if let o = oldByDeclaredName[entry.topic.id]?.first(where: { newOfOld[$0] == nil }) {
                pair(old: o, new: index)
            }
        }
        matchTopicsByEvidence()
    }

    /// The old-to-new id map of the matches so far, for comparing prerequisites.
    func renamedIDs() -> [String: String] {
        var map: [String: String] = [:]
        for (o, n) in newOfOld.enumerated() {
            if let n { map[oldTopics[o].topic.id] = newTopics[n].topic.id }
        }
        return map
    }

    mutating func matchTopicsByEvidence() {
        let unmatchedOld = oldTopics.indices.filter { newOfOld[$0] == nil }
        let unmatchedNew = newTopics.indices.filter { oldOfNew[$0] == nil }
        guard !unmatchedOld.isEmpty, !unmatchedNew.isEmpty else { return }
        let rename = renamedIDs()
        func urls(_ topic: Topic) -> Set<String> { Set(topic.resources.compactMap { $0.url.map(TextNormalizer.url) }) }
        // What each unmatched old topic is compared by, worked out once.
        var oldWords: [Int: Set<String>] = [:]
        var oldURLs: [Int: Set<String>] = [:]
        var oldRequires: [Int: Set<String>] = [:]
        // Candidate pairs share a title word or a URL.
        var oldByKey: [String: [Int]] = [:]
        for o in unmatchedOld {
            let topic = oldTopics[o].topic
            oldWords[o] = RenameEvidence.titleWords(topic.title)
            oldURLs[o] = urls(topic)
            oldRequires[o] = Set(resolvedRequires(o, side: .old, rename: rename))
            for word in oldWords[o, default: []] { oldByKey["w " + word, default: []].append(o) }
            for url in oldURLs[o, default: []] { oldByKey["u " + url, default: []].append(o) }
        }
        var scored: [Candidate] = []
        for n in unmatchedNew {
            let topic = newTopics[n].topic
            let newWords = RenameEvidence.titleWords(topic.title)
            let newURLs = urls(topic)
            var candidates: Set<Int> = []
            for word in newWords { candidates.formUnion(oldByKey["w " + word]?.prefix(Self.candidatesPerWord) ?? []) }
            for url in newURLs { candidates.formUnion(oldByKey["u " + url]?.prefix(200) ?? []) }
            let newRequires = Set(resolvedRequires(n, side: .new, rename: rename))
            // Only the best few of one new topic can matter in practice (kept by insertion, best
            // first); keeping them all would make thousands of look-alike titles slow to sort.
            var own: [Candidate] = []
            for o in candidates {
                let score = RenameEvidence.score(
                    oldWords: oldWords[o, default: []], newWords: newWords, oldURLs: oldURLs[o, default: []], newURLs: newURLs,
                    oldRequires: oldRequires[o, default: []], newRequires: newRequires)
                guard score >= RenameEvidence.threshold else { continue }
                let candidate = Candidate(score: score, old: o, new: n, reasons: [], tie: Candidate.tie(oldTopics[o].topic.id, topic.id))
                if own.count == Self.candidatesPerTopic {
                    guard Candidate.isBetter(candidate, own[own.count - 1]) else { continue }
                    own.removeLast()
                }
                let place = own.firstIndex { Candidate.isBetter(candidate, $0) } ?? own.count
                own.insert(candidate, at: place)
            }
            // The reasons, worded only for the candidates kept.
            for index in own.indices {
                let o = own[index].old
                own[index].reasons = RenameEvidence.between(
                    oldWords: oldWords[o, default: []], newWords: newWords, oldURLs: oldURLs[o, default: []], newURLs: newURLs,
                    oldRequires: oldRequires[o, default: []], newRequires: newRequires).reasons
            }
            scored += own
        }
        // Best first; ties broken by the ids (the same either way round, so diffs mirror).
        scored.sort(by: Candidate.isBetter)
        for candidate in scored where newOfOld[candidate.old] == nil && oldOfNew[candidate.new] == nil {
            pair(old: candidate.old, new: candidate.new)
            topicEvidence[candidate.new] = candidate.reasons + ["score \(Int((candidate.score * 100).rounded()))%"]
        }
    }

    /// Which roadmap of the comparison a topic belongs to.
    enum Side { case old, new }

    /// A topic's prerequisites (by its position) as comparable names: references into its own
    /// roadmap as topic ids (an alias or `ROADMAP/ID` naming the same topic counts as that id),
    /// old ids mapped to the new ids they were matched with; references elsewhere as `ROADMAP/ID`.
    func resolvedRequires(_ position: Int, side: Side, rename: [String: String]) -> [String] {
        let catalogue = side == .old ? oldCatalogue : newCatalogue
        let own = catalogue.inputs[0].id
        return catalogue.requiredNames(ofNode: position).map { name in
            guard name.roadmap == own else { return name.description }
            return side == .old ? (rename[name.topic] ?? name.topic) : name.topic
        }
    }

    // MARK: - Sections

    mutating func matchSections() {
        var oldByID: [String: Int] = [:]
        for (index, section) in old.sections.enumerated() { oldByID[section.id] = index }
        for (index, section) in new.sections.enumerated() {
            if let o = oldByID[section.id] {
                oldSectionOfNew[index] = o
                newSectionOfOld[o] = index
            }
        }
        // Candidates share a topic (counted in one pass over the matched topics) or have the same
        // title words (a score of 50% needs one or the other): never every pair of sections.
        var oldCount = [Int](repeating: 0, count: old.sections.count)
        var newCount = [Int](repeating: 0, count: new.sections.count)
        for entry in oldTopics { oldCount[entry.section] += 1 }
        for entry in newTopics { newCount[entry.section] += 1 }
        var kept: [Int: [Int: Int]] = [:]   // new section → old section → topics in common
        for (o, entry) in oldTopics.enumerated() {
            guard let match = newOfOld[o] else { continue }
            let (os, ns) = (entry.section, newTopics[match].section)
            guard newSectionOfOld[os] == nil, oldSectionOfNew[ns] == nil else { continue }
            kept[ns, default: [:]][os, default: 0] += 1
        }
        let oldWords = old.sections.map { RenameEvidence.titleWords($0.title) }
        var oldByTitle: [[String]: [Int]] = [:]
        for o in old.sections.indices where newSectionOfOld[o] == nil {
            oldByTitle[oldWords[o].sorted(), default: []].append(o)
        }
        var scored: [Candidate] = []
        for n in new.sections.indices where oldSectionOfNew[n] == nil {
            let newWords = RenameEvidence.titleWords(new.sections[n].title)
            var candidates = Set(kept[n]?.keys ?? [:].keys)
            candidates.formUnion(oldByTitle[newWords.sorted()]?.prefix(Self.candidatesPerTopic) ?? [])
            var own: [Candidate] = []
            for o in candidates {
                let titleShare = RenameEvidence.share(oldWords[o], newWords)
                let common = kept[n]?[o] ?? 0
                let union = oldCount[o] + newCount[n] - common
                let topicShare = union == 0 ? 0 : Double(common) / Double(union)
                let score = titleShare * 0.5 + topicShare * 0.5
                guard score >= RenameEvidence.threshold else { continue }
                var reasons: [String] = []
                if titleShare == 1 { reasons.append("same title") } else if titleShare > 0 { reasons.append("titles \(RenameEvidence.percent(titleShare)) alike") }
                if common > 0 { reasons.append("\(common) of \(union) topics in common") }
                own.append(Candidate(score: score, old: o, new: n, reasons: reasons + ["score \(RenameEvidence.percent(score))"],
                                     tie: Candidate.tie(old.sections[o].id, new.sections[n].id)))
            }
            if own.count > Self.candidatesPerTopic {
                own.sort(by: Candidate.isBetter)
                own.removeLast(own.count - Self.candidatesPerTopic)
            }
            scored += own
        }
        scored.sort(by: Candidate.isBetter)
        for candidate in scored where newSectionOfOld[candidate.old] == nil && oldSectionOfNew[candidate.new] == nil {
            oldSectionOfNew[candidate.new] = candidate.old
            newSectionOfOld[candidate.old] = candidate.new
            sectionEvidence[candidate.new] = candidate.reasons
        }
    }
}
