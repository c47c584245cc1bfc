import RoadmapLoading

/// How the importer reads a table: as a course table when it has a column that names things
/// (name, course, title, topic…), each row a topic; its link the resource, a duration or effort
/// column its `hours`, a prerequisites column its `requires` where it names another row.
struct CourseTable {
    /// What a column holds, by its header.
    enum Role: Equatable {
        case name, link, hours, effort, prerequisites, description, other
    }

    /// Each column's role.
    let roles: [Role]

    init(header: [String]) {
        var roles = header.map(Self.role)
        if !roles.contains(.name), !roles.isEmpty {
            // No column says "name": the first one that is not a link, hours or prerequisites column.
            if let first = roles.firstIndex(where: { $0 == .other || $0 == .description }) { roles[first] = .name }
        }
        self.roles = roles
    }

    static func role(_ header: String) -> Role {
        let name = header.lowercased().importTrimming(" *_:`")
        func any(_ words: [String]) -> Bool { words.contains { name == $0 || name.hasPrefix($0 + " ") || name.hasSuffix(" " + $0) } }
        if any(["prerequisites", "prerequisite", "prereqs", "prereq", "requires", "requirements", "pré-requisitos", "pre-requisitos",
                "prérequis", "先修", "先修课程", "前置", "前置知识", "前置课程"]) { return .prerequisites }
        if any(["effort", "workload", "hours/week", "hours per week", "esforço", "carga", "每周"]) { return .effort }
        if any(["duration", "hours", "time", "length", "weeks", "duração", "horas", "carga horária", "durée", "时长", "学时", "时间", "周数"]) { return .hours }
        if any(["link", "links", "url", "website", "site", "链接", "地址", "网址"]) { return .link }
        if any(["name", "course", "courses", "title", "topic", "topics", "subject", "module", "book", "resource", "lecture",
                "curso", "cursos", "nome", "tema", "disciplina", "matéria", "课程", "名称", "名字", "主题", "书名", "内容"]) { return .name }
        if any(["description", "notes", "note", "about", "summary", "details", "descrição", "descricao", "描述", "简介", "说明", "备注"]) {
            return .description
        }
        return .other
    }

    /// Hours from a duration cell and an effort cell: `40 hours`, `12h`; `6 weeks` at `4-6
    /// hours/week` (a range counts its middle); weeks without an effort count 5 hours each.
    /// The second value says how they were read, for the note.
    static func hours(duration: String?, effort: String?) -> (hours: Double, reading: String)? {
        guard let read = reading(duration: duration, effort: effort), read.hours <= maxHours else { return nil }
        return read
    }

    static func reading(duration: String?, effort: String?) -> (hours: Double, reading: String)? {
        let perWeek = effort.flatMap { amount($0, units: ["hour", "hr", "h", "hora", "小时"]) }
        if let duration {
            if let hours = amount(duration, units: ["hour", "hr", "h", "hora", "小时", "时"]), !mentions(duration, ["week", "semana", "周", "month", "mês", "mes"]) {
                return (hours, "`\(duration)` as \(format(hours)) hours")
            }
            if let weeks = amount(duration, units: ["week", "wk", "semana", "周"]) {
                let rate = perWeek ?? 5
                return (weeks * rate, "`\(duration)`" + (effort.map { " at `\($0)`" } ?? "") + " as \(format(weeks * rate)) hours (\(format(rate)) hours a week)")
            }
            if let months = amount(duration, units: ["month", "mês", "mes", "个月", "月"]) {
                let rate = perWeek ?? 5
                return (months * 4 * rate, "`\(duration)` as \(format(months * 4 * rate)) hours (4 weeks a month, \(format(rate)) hours a week)")
            }
        }
        if duration == nil, let effort, let hours = amount(effort, units: ["hour", "hr", "h", "hora", "小时"]), !mentions(effort, ["week", "semana", "周"]) {
            return (hours, "`\(effort)` as \(format(hours)) hours")
        }
        return nil
    }

    /// The number before one of `units` in `text` (`6-9 hours` → 7.5, `12h` → 12, `1,000 hours`
    /// → 1000), or nil. One pass over the text; numbers longer than 9 digits are no amount.
    static func amount(_ text: String, units: [String]) -> Double? {
        let characters = Array(text.lowercased())
        let unitCharacters = units.map(Array.init)
        func isDigit(_ index: Int) -> Bool { index < characters.count && characters[index].isASCII && characters[index].isNumber }
        func skipSpaces(_ index: Int) -> Int {
            var index = index
            while index < characters.count, characters[index] == " " { index += 1 }
            return index
        }
        /// The number at `index` (`1,000`, `6.5`) and where it ends.
        func number(at start: Int) -> (Double, Int)? {
            var digits = ""
            var index = start
            while index < characters.count, digits.count <= 12 {
                if isDigit(index) {
                    digits.append(characters[index])
                } else if characters[index] == ",", isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4) {
                    // a thousands separator
                } else if characters[index] == "." || characters[index] == ",", isDigit(index + 1), !digits.contains(".") {
                    digits.append(".")
                } else {
                    break
                }
                index += 1
            }
            guard digits.count <= 9 || (digits.contains(".") && digits.count <= 12), let value = Double(digits) else { return nil }
            return (value, index)
        }
        /// True when a unit is written at `index`, not as the start of a longer word (`h` of `hello`).
        func unit(at index: Int) -> Bool {
            unitCharacters.contains { unit in
                guard index + unit.count <= characters.count, Array(characters[index..<(index + unit.count)]) == unit else { return false }
                let after = index + unit.count
                return unit.count > 1 || after == characters.count || !characters[after].isLetter
            }
        }
        var index = 0
        while index < characters.count {
            guard isDigit(index), index == 0 || !isDigit(index - 1) else { index += 1; continue }
            guard let (first, end) = number(at: index) else { index += 1; continue }
            var numbers = [first]
            var next = skipSpaces(end)
            // `6-9`, `6–9`, `6 to 9`
            if next < characters.count, "-–~".contains(characters[next]) {
                next = skipSpaces(next + 1)
            } else if next + 2 < characters.count, characters[next] == "t", characters[next + 1] == "o", characters[next + 2] == " " {
                next = skipSpaces(next + 3)
            }
            if isDigit(next), let (second, secondEnd) = number(at: next) {
                numbers.append(second)
                next = skipSpaces(secondEnd)
            } else {
                next = skipSpaces(end)
            }
            if unit(at: next) { return numbers.reduce(0, +) / Double(numbers.count) }
            index = max(end, index + 1)
        }
        return nil
    }

    /// True when one of `words` starts a word of `text` (`mes` in `3 meses`, not in `2 times`).
    static func mentions(_ text: String, _ words: [String]) -> Bool {
        let textWords = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { word in textWords.contains { $0.hasPrefix(word) } } || words.contains { word in
            word.unicodeScalars.contains { $0.value > 0x2E80 } && text.contains(word)   // CJK units have no word breaks
        }
    }

    static func format(_ hours: Double) -> String {
        let rounded = (hours * 10).rounded() / 10
        guard rounded.isFinite, abs(rounded) < 1e12 else { return String(rounded) }
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The most hours a table cell may give a topic (about fifty years of full-time study):
    /// more is no duration, and is left out with the note.
    static let maxHours = 100_000.0
}
