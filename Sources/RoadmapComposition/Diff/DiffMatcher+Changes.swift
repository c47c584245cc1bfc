import RoadmapPlugin
import RoadmapYAML
import RoadmapModel

extension DiffMatcher {
    /// Section changes: renamed, changed, reordered, added (in new order), then removed (in old order).
    func sectionChanges() -> [RoadmapDiff.Change] {
        var changes: [RoadmapDiff.Change] = []
        let reordered = reorderedSections()
        for (n, section) in new.sections.enumerated() {
            guard let o = oldSectionOfNew[n] else {
                changes.append(.init(kind: .added, subject: .section, id: section.id, fields: [], evidence: [], location: section.location))
                continue
            }
            let before = old.sections[o]
            var fields: [RoadmapDiff.FieldChange] = []
            FieldComparison.text("title", before.title, section.title, into: &fields)
            FieldComparison.text("summary", before.summary, section.summary, into: &fields)
            if before.id != section.id {
                changes.append(.init(kind: .renamed, subject: .section, id: section.id, oldID: before.id, fields: fields,
                                     evidence: sectionEvidence[n] ?? [], location: section.location))
            } else if !fields.isEmpty {
                changes.append(.init(kind: .changed, subject: .section, id: section.id, fields: fields, evidence: [], location: section.location))
            }
            if reordered.contains(n) {
                changes.append(.init(kind: .reordered, subject: .section, id: section.id, fields: [], evidence: [], location: section.location))
            }
        }
        for (o, section) in old.sections.enumerated() where newSectionOfOld[o] == nil {
            changes.append(.init(kind: .removed, subject: .section, id: section.id, fields: [], evidence: [], location: section.location))
        }
        return changes
    }

    /// New indices of matched sections whose order changed.
    func reorderedSections() -> Set<Int> {
        let kept = old.sections.indices.compactMap { newSectionOfOld[$0] }
        return Set(OrderChanges.moved(kept).map { kept[$0] })
    }

    /// Topic changes, in new order, then removed ones in old order.
    func topicChanges() -> [RoadmapDiff.Change] {
        var changes: [RoadmapDiff.Change] = []
        let rename = renamedIDs()
        let reordered = reorderedTopics()
        for (n, entry) in newTopics.enumerated() {
            let sectionID = new.sections[entry.section].id
            guard let o = oldOfNew[n] else {
                changes.append(.init(kind: .added, subject: .topic, id: entry.topic.id, section: sectionID, fields: [], evidence: [], location: entry.topic.location))
                continue
            }
            let before = oldTopics[o]
            let fields = topicFields(before, entry, rename: rename)
            let moved = newSectionOfOld[before.section] != entry.section
            let oldSectionID = moved ? old.sections[before.section].id : nil
            if before.topic.id != entry.topic.id {
                changes.append(.init(kind: .renamed, subject: .topic, id: entry.topic.id, oldID: before.topic.id, section: sectionID,
                                     oldSection: oldSectionID, fields: fields, evidence: topicEvidence[n] ?? ["declared in `aliases` or `same-as`"],
                                     location: entry.topic.location))
            } else if moved {
                changes.append(.init(kind: .moved, subject: .topic, id: entry.topic.id, section: sectionID, oldSection: oldSectionID,
                                     fields: fields, evidence: [], location: entry.topic.location))
            } else if !fields.isEmpty {
                changes.append(.init(kind: .changed, subject: .topic, id: entry.topic.id, section: sectionID, fields: fields, evidence: [], location: entry.topic.location))
            }
            if reordered.contains(n) {
                changes.append(.init(kind: .reordered, subject: .topic, id: entry.topic.id, section: sectionID, fields: [], evidence: [], location: entry.topic.location))
            }
        }
        for (o, entry) in oldTopics.enumerated() where newOfOld[o] == nil {
            changes.append(.init(kind: .removed, subject: .topic, id: entry.topic.id, section: old.sections[entry.section].id, fields: [], evidence: [], location: entry.topic.location))
        }
        return changes
    }

    /// New indices of topics whose place among the topics that stayed in the same section changed.
    func reorderedTopics() -> Set<Int> {
        var result: Set<Int> = []
        // The old topics of each section, in order, found in one pass (not one per section).
        var topicsOfSection = [[Int]](repeating: [], count: old.sections.count)
        for (index, entry) in oldTopics.enumerated() { topicsOfSection[entry.section].append(index) }
        for o in old.sections.indices {
            guard let n = newSectionOfOld[o] else { continue }
            let stayed = topicsOfSection[o].compactMap { newOfOld[$0] }.filter { newTopics[$0].section == n }
            result.formUnion(OrderChanges.moved(stayed).map { stayed[$0] })
        }
        return result
    }

    func topicFields(_ beforeEntry: Entry, _ afterEntry: Entry, rename: [String: String]) -> [RoadmapDiff.FieldChange] {
        let (before, after) = (beforeEntry.topic, afterEntry.topic)
        var fields: [RoadmapDiff.FieldChange] = []
        FieldComparison.text("title", before.title, after.title, into: &fields)
        FieldComparison.text("summary", before.summary?.value, after.summary?.value, into: &fields)
        FieldComparison.text("hours", before.hours.map(HoursFormat.string), after.hours.map(HoursFormat.string), into: &fields)
        FieldComparison.text("level", before.level?.value.rawValue, after.level?.value.rawValue, into: &fields)
        FieldComparison.list("tags", before.tags, after.tags, into: &fields)
        FieldComparison.list("aliases", before.aliases, after.aliases, into: &fields)
        FieldComparison.list("same-as", before.sameAs.map(\.value.description), after.sameAs.map(\.value.description), into: &fields)
        // Compared in the new side's ids (renames mapped); what was removed is named as the old
        // side wrote it, so that diff(B, A) mirrors diff(A, B).
        let oldNamed = resolvedRequires(beforeEntry.position, side: .old, rename: [:])
        let oldMapped = resolvedRequires(beforeEntry.position, side: .old, rename: rename)
        let newResolved = resolvedRequires(afterEntry.position, side: .new, rename: rename)
        let removedRequires = zip(oldNamed, oldMapped).filter { !newResolved.contains($0.1) }.map(\.0)
        let addedRequires = newResolved.filter { !oldMapped.contains($0) }
        if !removedRequires.isEmpty || !addedRequires.isEmpty {
            fields.append(.init(field: "requires", before: removedRequires.isEmpty ? .none : .list(removedRequires),
                                after: addedRequires.isEmpty ? .none : .list(addedRequires)))
        }
        fields += resourceChanges(before.resources, after.resources)
        return fields
    }

    /// What changed in a topic's resources: those removed and added (matched by their
    /// normalised URL, or title when they have none), every field that differs between two
    /// matched resources (the URL as written too: `http` → `https`, a `#fragment`), and a
    /// change of their order. Named by the normalised key, the same on both sides, so that
    /// diff(B, A) mirrors diff(A, B).
    func resourceChanges(_ before: [Resource], _ after: [Resource]) -> [RoadmapDiff.FieldChange] {
        var oldKeys = resourceKeys(before), newKeys = resourceKeys(after)
        var oldIndex: [String: Int] = [:], newIndex: [String: Int] = [:]
        for (index, key) in oldKeys.enumerated() where oldIndex[key.key] == nil { oldIndex[key.key] = index }
        for (index, key) in newKeys.enumerated() where newIndex[key.key] == nil { newIndex[key.key] = index }
        // A resource that gained or lost its URL keeps its title: an unmatched one without a URL
        // is the unmatched one of the same title on the other side (its `url` field changed),
        // not a removal and an addition.
        func byTitle(_ resources: [Resource], _ keys: [(key: String, label: String)], unmatchedIn other: [String: Int]) -> [String: Int] {
            var found: [String: Int] = [:]
            for (index, resource) in resources.enumerated() where other[keys[index].key] == nil && resource.url != nil {
                let title = "title " + TextNormalizer.title(resource.title)
                if found[title] == nil { found[title] = index }
            }
            return found
        }
        let newWithURLByTitle = byTitle(after, newKeys, unmatchedIn: oldIndex)
        let oldWithURLByTitle = byTitle(before, oldKeys, unmatchedIn: newIndex)
        for (o, key) in oldKeys.enumerated() where oldIndex[key.key] == o && newIndex[key.key] == nil && key.key.hasPrefix("title ") {
            guard let n = newWithURLByTitle[key.key], oldIndex[newKeys[n].key] == nil else { continue }
            newIndex[newKeys[n].key] = nil
            newKeys[n].key = key.key
            newIndex[key.key] = n
        }
        for (n, key) in newKeys.enumerated() where newIndex[key.key] == n && oldIndex[key.key] == nil && key.key.hasPrefix("title ") {
            guard let o = oldWithURLByTitle[key.key], newIndex[oldKeys[o].key] == nil else { continue }
            oldIndex[oldKeys[o].key] = nil
            oldKeys[o].key = key.key
            oldIndex[key.key] = o
        }
        var fields: [RoadmapDiff.FieldChange] = []
        let removed = oldKeys.filter { newIndex[$0.key] == nil }.map(\.label)
        let added = newKeys.filter { oldIndex[$0.key] == nil }.map(\.label)
        if !removed.isEmpty || !added.isEmpty {
            fields.append(.init(field: "resources", before: removed.isEmpty ? .none : .list(removed), after: added.isEmpty ? .none : .list(added)))
        }
        // Matched pairs in the old side's order; the order of the new side only for the reorder.
        var matchedOld: [String] = []
        let matchedNew = newKeys.enumerated().filter { newIndex[$0.element.key] == $0.offset && oldIndex[$0.element.key] != nil }.map(\.element.key)
        for (o, key) in oldKeys.enumerated() where oldIndex[key.key] == o {
            guard let index = newIndex[key.key] else { continue }
            matchedOld.append(key.key)
            let (old, new) = (before[o], after[index])
            let name = "resource " + Self.shownKey(key.key)
            FieldComparison.text(name + ": url", old.url, new.url, into: &fields)
            FieldComparison.text(name + ": title", old.title, new.title, into: &fields)
            FieldComparison.text(name + ": type", old.type?.rawValue, new.type?.rawValue, into: &fields)
            FieldComparison.text(name + ": provider", old.provider, new.provider, into: &fields)
            FieldComparison.text(name + ": free", old.free.map { "\($0)" }, new.free.map { "\($0)" }, into: &fields)
            FieldComparison.list(name + ": x- keys", old.extensions.map(Self.extensionText), new.extensions.map(Self.extensionText), into: &fields)
        }
        if matchedOld != matchedNew {
            fields.append(.init(field: "resources order", before: .list(matchedOld.map(Self.shownKey)), after: .list(matchedNew.map(Self.shownKey))))
        }
        return fields
    }

    /// `docs.python.org/3/tutorial` for the key `url docs.python.org/3/tutorial`.
    private static func shownKey(_ key: String) -> String {
        if key.hasPrefix("url ") { return String(key.dropFirst(4)) }
        if key.hasPrefix("title ") { return String(key.dropFirst(6)) }
        return key
    }

    /// An `x-` key and its value as flow text, without marks: `x-rating: 5`, `x-tags: [a, b]`,
    /// `x-notes: {first: 1, second: 2}`.
    private static func extensionText(_ field: ExtensionField) -> String {
        func text(_ node: YAMLNode) -> String {
            switch node {
            case .scalar(let scalar): scalar.value
            case .sequence(let items, _): "[" + items.map(text).joined(separator: ", ") + "]"
            // Keys in order of the key: the order a mapping is written in carries no meaning
            // (the document gives plugins them sorted, so the YAML plugin writes them so).
            case .mapping(let pairs, _): "{" + pairs.sorted { $0.key.value < $1.key.value }.map { $0.key.value + ": " + text($0.value) }.joined(separator: ", ") + "}"
            }
        }
        return field.key + ": " + text(field.value)
    }

    func resourceKeys(_ resources: [Resource]) -> [(key: String, label: String)] {
        resources.map { resource in
            (TextNormalizer.resourceKey(resource), resource.url.map { "\(resource.title) <\($0)>" } ?? resource.title)
        }
    }
}
