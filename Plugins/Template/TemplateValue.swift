import Mustache
import RoadmapPlugin

/// The plugin document as a template sees it: the JSON every external plugin gets, decoded into
/// plain values. Objects are looked up by key (`{{title}}`, `{{roadmap-api-version}}`), lists
/// are sections that repeat (`{{#topics}}…{{/topics}}`, empty ones false), `false` and `null`
/// are false, and numbers print as JSON writes them (`3`, `2.5`).
///
/// Text is made inert (``InertText``, line breaks kept), as every bundled plugin makes it, so
/// that a title cannot bring a terminal escape sequence into the output, even through `{{{…}}}`.
enum TemplateValue: Decodable, Sendable {
    case object([String: TemplateValue])
    case list([TemplateValue])
    case text(String)
    case number(Double)
    case flag(Bool)
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(InertText.make(text, keepingNewlines: true))
        } else if let list = try? container.decode([TemplateValue].self) {
            self = .list(list)
        } else {
            self = .object(try container.decode([String: TemplateValue].self))
        }
    }
}

extension TemplateValue: MustacheCustomRepresentation {
    /// What Mustache looks into: an object (``TemplateObject``), a list (``TemplateList``, with
    /// `first`, `last`, `count`, `empty`, `reversed` and, inside it, `index()`, `first()` and
    /// `last()`), a string, an integer where the number is whole, a Bool, nil.
    var representation: Any? {
        switch self {
        case .object(let fields): TemplateObject(fields: fields)
        case .list(let items): TemplateList(items: items)
        case .text(let text): text
        case .number(let number): Self.isWhole(number) ? Int(number) : number
        case .flag(let flag): flag
        case .null: nil
        }
    }

    fileprivate static func isWhole(_ number: Double) -> Bool {
        number.rounded() == number && abs(number) < 9e15
    }
}

extension TemplateValue: MustacheCustomRenderable {
    /// The text of a value reached through a transform (`{{first(topics)}}`), which Mustache
    /// renders without asking for ``representation``: a list as its items' texts joined by
    /// `, `, an object as nothing (its fields are what a template names).
    var renderText: String {
        switch self {
        case .text(let text): text
        case .number(let number): Self.isWhole(number) ? String(Int(number)) : String(number)
        case .flag(let flag): String(flag)
        case .list(let items): TemplateList(items: items).renderText
        case .null, .object: ""
        }
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// An object of the document as Mustache sees it: its fields by name; printed, nothing (a
/// dictionary's own text would be in no fixed order).
struct TemplateObject: MustacheParent, MustacheCustomRenderable {
    let fields: [String: TemplateValue]

    func child(named name: String) -> Any? { fields[name] }
    var renderText: String { "" }
    var isNull: Bool { false }
}

/// A list of the document as Mustache sees it: a section repeats over it (false when empty);
/// printed, the texts of its items that have one, joined by `, ` (`{{requires}}`: `a, b`).
struct TemplateList: MustacheSequence, MustacheCustomRenderable, MustacheTransformable {
    let items: [TemplateValue]

    /// The items, when the rendering's budget has room for them (``RenderBudget``); none once it
    /// is spent.
    func makeIterator() -> IndexingIterator<[TemplateValue]> {
        if let budget = RenderBudget.current, !budget.spend(items.count) { return [TemplateValue]().makeIterator() }
        return items.makeIterator()
    }
    var renderText: String { items.map(\.renderText).filter { !$0.isEmpty }.joined(separator: ", ") }
    var isNull: Bool { false }

    /// `first`, `last`, `count`, `empty` and `reversed`, as for Mustache's own arrays.
    func transform(_ name: String) -> Any? {
        switch name {
        case "first": items.first
        case "last": items.last
        case "count": items.count
        case "empty": items.isEmpty
        case "reversed": TemplateList(items: items.reversed())
        default: nil
        }
    }
}
