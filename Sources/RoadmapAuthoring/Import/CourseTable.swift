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

    /// The number before one of `units` in `text` (`6-9 hours` → 7.5, `12h` → 12), or nil.
    static func amount(_ text: String, units: [String]) -> Double? {
        let lower = text.lowercased()
        let characters = Array(lower)
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber, characters[index].isASCII else { index += 1; continue }
            var numbers: [Double] = []
            var end = index
            // `6`, `6.5`, `6-9`, `6–9`, `6 to 9`
            while true {
                var digits = ""
                while end < characters.count, (characters[end].isASCII && characters[end].isNumber) || characters[end] == "." || characters[end] == "," {
                    digits.append(characters[end] == "," ? "." : characters[end])
                    end += 1
                }
                guard let value = Double(digits) else { break }
                numbers.append(value)
                var next = end
                while next < characters.count, characters[next] == " " { next += 1 }
                if next < characters.count, "-–~".contains(characters[next]) {
                    next += 1
                } else if lower[lower.index(lower.startIndex, offsetBy: next)...].hasPrefix("to ") {
                    next += 3
                } else {
                    break
                }
                while next < characters.count, characters[next] == " " { next += 1 }
                guard next < characters.count, characters[next].isASCII, characters[next].isNumber else { break }
                end = next
            }
            var unitStart = end
            while unitStart < characters.count, characters[unitStart] == " " { unitStart += 1 }
            let after = String(characters[unitStart...])
            if !numbers.isEmpty, units.contains(where: { unit in
                after.hasPrefix(unit) && (unit.count > 1 || after.count == 1 || !(after.dropFirst().first?.isLetter ?? false))
            }) {
                return numbers.reduce(0, +) / Double(numbers.count)
            }
            index = max(end, index + 1)
        }
        return nil
    }

    static func mentions(_ text: String, _ words: [String]) -> Bool {
        let lower = text.lowercased()
        return words.contains { lower.contains($0) }
    }

    static func format(_ hours: Double) -> String {
        let rounded = (hours * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
