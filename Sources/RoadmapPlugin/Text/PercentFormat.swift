/// Writes a share as a whole per cent: `42%` for 0.4166.
public enum PercentFormat {
    /// The share (0…1) as a rounded per cent.
    public static func string(_ share: Double) -> String {
        guard share.isFinite else { return "0%" }
        return "\(Int((share * 100).rounded()))%"
    }
}
