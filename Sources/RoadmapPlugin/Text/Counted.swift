/// A count with its noun in the right number: `1 topic`, `2 topics`, `0 hours`, `1.5 hours`.
public enum Counted {
    /// `count` and `noun`, plural unless the count is exactly 1 (`plural` when the noun does not
    /// take an `s`).
    public static func string(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// Hours as ``HoursFormat`` writes them, with `hour` or `hours`.
    public static func hours(_ hours: Double) -> String {
        let text = HoursFormat.string(hours)
        return text + (text == "1" ? " hour" : " hours")
    }
}
