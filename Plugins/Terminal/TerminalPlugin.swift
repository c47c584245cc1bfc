import RoadmapPlugin

/// `terminal`: a readable outline for the terminal, coloured only when asked (on a terminal
/// without `NO_COLOR`), and just as readable without colour.
public struct TerminalPlugin: OutputPlugin {
    public let name = "terminal"
    public let summary = "A readable outline for the terminal (colour only on a terminal, NO_COLOR honoured)."
    public let kinds = DocumentKind.allCases
    public let fileExtension = "txt"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        let style = TerminalStyle(color: options.color)
        switch document {
        case .roadmap(let roadmap): return RoadmapOutline.render(roadmap, style: style)
        case .curriculum(let curriculum): return CurriculumOutline.render(curriculum, style: style)
        case .diff(let diff): return DiffOutline.render(diff, style: style)
        case .plan(let plan): return PlanOutline.render(plan, style: style)
        case .overlap(let overlap): return OverlapOutline.render(overlap, style: style)
        }
    }
}

/// ANSI styling that turns into plain text when colour is off.
struct TerminalStyle {
    let color: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// User text made safe for a terminal: control characters (escape sequences), bidi
    /// formatting (U+202E, which would show text reversed) and line separators shown as `?`.
    static func clean(_ text: String) -> String {
        PlainText.forTerminal(text)
    }
}
