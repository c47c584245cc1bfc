import Foundation

/// How many times a rendering may repeat a section, in all: sections inside sections over the
/// same list multiply (seven over 33 topics are 33⁷ repetitions), so a template could otherwise
/// fill the memory before its time limit. Each rendering runs on a thread of its own, which
/// holds its budget; ``TemplateList`` spends from it each time a section repeats over a list.
final class RenderBudget: @unchecked Sendable {
    /// The repetitions a rendering of templates of `bytes` bytes in all may make: as many as keep
    /// the output within about 512 MiB if each repetition wrote the whole text, at least 50,000
    /// (a curriculum of thousands of topics and their resources) and at most 2,000,000.
    static func repetitions(forTemplateBytes bytes: Int) -> Int {
        min(2_000_000, max(50_000, (512 << 20) / max(1, bytes)))
    }

    /// What is left (only the rendering thread touches it).
    private(set) var left: Int
    /// True once a section was cut short for want of budget.
    private(set) var exhausted = false

    private static let key = "roadmap.template.render-budget"

    /// The budget of the rendering on this thread, if there is one.
    static var current: RenderBudget? { Thread.current.threadDictionary[key] as? RenderBudget }

    private init(_ repetitions: Int) {
        left = repetitions
    }

    /// Makes this thread's budget of `repetitions`.
    static func start(_ repetitions: Int) -> RenderBudget {
        let budget = RenderBudget(repetitions)
        Thread.current.threadDictionary[key] = budget
        return budget
    }

    /// Takes `count` repetitions; false (and exhausted) when there are not that many left.
    func spend(_ count: Int) -> Bool {
        guard count <= left else {
            exhausted = true
            return false
        }
        left -= count
        return true
    }
}
