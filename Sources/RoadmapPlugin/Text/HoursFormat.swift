/// Writes hours without a needless fraction: `40`, `2.5`.
public enum HoursFormat {
    /// `40` for 40.0, `2.5` for 2.5.
    public static func string(_ hours: Double) -> String {
        if hours == hours.rounded(), abs(hours) < 1e15 { return String(Int(hours)) }
        return String(hours)
    }
}
