/// Writes hours without a needless fraction: `40`, `2.5`, `3.33` (at most two decimals).
public enum HoursFormat {
    /// `40` for 40.0, `2.5` for 2.5, `3.33` for 3⅓.
    public static func string(_ hours: Double) -> String {
        guard hours.isFinite, abs(hours) < 1e13 else { return String(hours) }
        let rounded = (hours * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
