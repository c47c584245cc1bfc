/// A day of the proleptic Gregorian calendar, as a count of days since 1970-01-01, for the
/// dates of a study plan: parsed from and written as `YYYY-MM-DD`, with its weekday.
public struct CalendarDate: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01 (negative before it).
    public var day: Int

    /// The date `day` days after 1970-01-01.
    public init(day: Int) {
        self.day = day
    }

    /// The date of `text` (`YYYY-MM-DD`, a real day: no February 30), else `nil`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
              (1...12).contains(month), dayOfMonth >= 1, dayOfMonth <= Self.daysIn(month: month, year: year) else { return nil }
        day = Self.days(year: year, month: month, day: dayOfMonth)
    }

    /// The weekday: 0 Monday … 6 Sunday.
    public var weekday: Int { ((day + 3) % 7 + 7) % 7 }

    /// The date `count` days later.
    public func adding(days count: Int) -> CalendarDate { CalendarDate(day: day + count) }

    /// `YYYY-MM-DD`.
    public var text: String {
        let (year, month, dayOfMonth) = civil
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + two(month) + "-" + two(dayOfMonth)
    }

    /// `YYYYMMDD`, as iCalendar writes dates.
    public var compactText: String { text.filter { $0 != "-" } }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.day < b.day }

    /// The weekday names the command line takes, Monday first.
    public static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 (H. Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// (year, month, day) of ``day`` (`civil_from_days`).
    var civil: (Int, Int, Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth)
    }
}
