/// How advanced a topic is.
public enum Level: String, CaseIterable, Sendable, Comparable {
    case beginner, intermediate, advanced

    public static func < (lhs: Level, rhs: Level) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
