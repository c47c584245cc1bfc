import RoadmapYAML
import RoadmapModel

extension DraftDecoder {
    /// Walks the mapping whose start was just read: reports duplicate and unknown keys (with the
    /// closest valid key), keeps `x-` keys, and hands every allowed key and its first value event
    /// to `body`, which must consume the value.
    func forEachKey(
        in entry: String, allowed: [String], extensions: inout [ExtensionField], malformed: inout Set<String>,
        _ body: (YAMLScalar, YAMLEvent) throws(YAMLError) -> Void
    ) throws(YAMLError) {
        // The keys seen so far: a short list (most mappings have a handful of keys), and an
        // index once it is long, so that a topic with 90,000 `x-` keys stays linear.
        var seen: [(key: String, mark: YAMLMark)] = []
        var seenIndex: [String: YAMLMark] = [:]
        func earlier(_ key: String) -> YAMLMark? {
            seen.count <= 16 ? seen.first(where: { $0.key == key })?.mark : seenIndex[key]
        }
        while true {
            let event = try next()
            guard case .scalar(let key) = event else { return }
            let value = try next()
            if let earlier = earlier(key.value).map({ (key: key.value, mark: $0) }) {
                error(.duplicateKey, "duplicate key `\(key.value)` in this \(entry); it was first given at line \(earlier.mark.line), column \(earlier.mark.column)",
                      at: key.mark, notes: [.init("first `\(key.value)` is here", at: location(earlier.mark))])
                try skip(value)
                continue
            }
            seen.append((key.value, key.mark))
            if seen.count > 16 {
                if seenIndex.isEmpty { for entry in seen { seenIndex[entry.key] = entry.mark } } else { seenIndex[key.value] = key.mark }
            }
            if allowed.contains(key.value) {
                let reported = diagnostics.count
                try body(key, value)
                if diagnostics.count > reported { malformed.insert(key.value) }
            } else if FormatKeys.isExtension(key.value) {
                let node = try reader!.readNode(startingWith: value) { duplicate, first in
                    self.error(.duplicateKey, "duplicate key `\(duplicate.value)`; it was first given at line \(first.line), column \(first.column)", at: duplicate.mark,
                               notes: [.init("first `\(duplicate.value)` is here", at: self.location(first))])
                }
                extensions.append(ExtensionField(key: key.value, value: node, location: location(key.mark)))
            } else {
                error(.unknownKey, "unknown key `\(key.value)` in a \(entry)\(Spelling.hint(for: key.value, in: allowed)) (allowed: \(allowed.joined(separator: ", ")), or any key starting with `x-`)",
                      at: key.mark)
                try skip(value)
            }
        }
    }

    /// How a scalar reads in a message: `yes`, or the quoted string "40", or "40" tagged !!str.
    func describe(_ scalar: YAMLScalar) -> String {
        let shown = scalar.value.abbreviatedForMessage
        switch (scalar.style, scalar.tag) {
        case (_, .string?), (_, .nonSpecific?): return "`\(shown)` tagged as a string"
        case (.singleQuoted, _), (.doubleQuoted, _): return "the quoted string \"\(shown)\" (quotes make it a string)"
        case (.literal, _), (.folded, _): return "a block of text"
        default: return "`\(shown)`"
        }
    }

    /// A string field: any non-null scalar, exactly as written.
    func string(_ event: YAMLEvent, key: String, nulled: inout [String: SourceLocation]) throws(YAMLError) -> Located<String>? {
        guard case .scalar(let scalar) = event else {
            error(.wrongType, "expected a string for `\(key)`, found \(event.noun)", at: event.mark)
            try skip(event)
            return nil
        }
        if scalar.isNull {
            nulled[key] = location(event.mark)
            return nil
        }
        return Located(scalar.value, at: location(scalar.mark))
    }

    /// A list of strings.
    func stringList(_ event: YAMLEvent, key: String, nulled: inout [String: SourceLocation]) throws(YAMLError) -> [Located<String>]? {
        try list(event, key: key, of: "string", nulled: &nulled) { item throws(YAMLError) in
            guard case .scalar(let scalar) = item, !scalar.isNull else {
                error(.wrongType, "expected a string in `\(key)`, found \(item.noun)", at: item.mark)
                try skip(item)
                return nil
            }
            return Located(scalar.value, at: location(scalar.mark))
        }
    }

    /// A list whose items `element` decodes; items it rejects are left out.
    func list<Element>(
        _ event: YAMLEvent, key: String, of noun: String, nulled: inout [String: SourceLocation],
        element: (YAMLEvent) throws(YAMLError) -> Element?
    ) throws(YAMLError) -> [Element]? {
        guard case .sequenceStart = event else {
            if case .scalar(let scalar) = event, scalar.isNull {
                nulled[key] = location(event.mark)
                return nil
            }
            let example = noun == "string" ? " (for example `[a, b]`)" : " of \(noun)s"
            error(.wrongType, "expected a list\(example) for `\(key)`, found \(event.noun)", at: event.mark)
            try skip(event)
            return nil
        }
        var items: [Element] = []
        while true {
            let item = try next()
            if case .sequenceEnd = item { return items }
            if let decoded = try element(item) { items.append(decoded) }
        }
    }

    /// A finite number ≥ 0, written as a plain decimal (`40`, `2.5`).
    func number(_ event: YAMLEvent, key: String, nulled: inout [String: SourceLocation]) throws(YAMLError) -> Located<Double>? {
        guard case .scalar(let scalar) = event else {
            error(.wrongType, "expected a number for `\(key)`, found \(event.noun)", at: event.mark)
            try skip(event)
            return nil
        }
        if scalar.isNull {
            nulled[key] = location(event.mark)
            return nil
        }
        guard scalar.isUntypedOrTyped, scalar.tag != .boolean, let value = CoreSchema.number(scalar.value) else {
            error(.invalidHours, "expected a number of hours (for example `40` or `2.5`) for `\(key)`, found \(describe(scalar))", at: scalar.mark)
            return nil
        }
        guard value.isFinite, value >= 0 else {
            error(.invalidHours, "expected a finite number ≥ 0 for `\(key)`, found \(event.noun)", at: scalar.mark)
            return nil
        }
        return Located(value, at: location(scalar.mark))
    }

    /// A whole number, written plain.
    func integer(_ event: YAMLEvent, key: String, nulled: inout [String: SourceLocation]) throws(YAMLError) -> Located<Int>? {
        guard case .scalar(let scalar) = event else {
            error(.wrongType, "expected a whole number for `\(key)`, found \(event.noun)", at: event.mark)
            try skip(event)
            return nil
        }
        if scalar.isNull {
            nulled[key] = location(event.mark)
            return nil
        }
        guard scalar.isUntypedOrTyped, let value = CoreSchema.integer(scalar.value) else {
            error(.wrongType, "expected a whole number for `\(key)`, found \(describe(scalar))", at: scalar.mark)
            return nil
        }
        return Located(value, at: location(scalar.mark))
    }

    /// `true` or `false` (the core schema's booleans; YAML 1.1's `yes`/`no`/`on`/`off` are refused).
    func boolean(_ event: YAMLEvent, key: String, nulled: inout [String: SourceLocation]) throws(YAMLError) -> Located<Bool>? {
        guard case .scalar(let scalar) = event else {
            error(.wrongType, "expected true or false for `\(key)`, found \(event.noun)", at: event.mark)
            try skip(event)
            return nil
        }
        if scalar.isNull {
            nulled[key] = location(event.mark)
            return nil
        }
        guard scalar.isUntypedOrTyped, let value = CoreSchema.boolean(scalar.value) else {
            error(.wrongType, "expected true or false for `\(key)`, found \(describe(scalar))", at: scalar.mark)
            return nil
        }
        return Located(value, at: location(scalar.mark))
    }
}
