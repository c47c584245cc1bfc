import Foundation
import RoadmapPlugin

/// `ics`: a study plan as an iCalendar file (RFC 5545), one event for each piece of a topic in
/// a session, so that a calendar shows what to study when.
///
/// Each event's UID is the plan's id, the topic and the piece's number (`PLAN/TOPIC/N@roadmap`):
/// importing a plan made later (after progress, with other hours) replaces those events
/// instead of adding them twice. Times are floating (the learner's local time, no time zone),
/// `DTSTAMP` is the plan's start date (so that the same plan gives the same bytes), lines end
/// in CR LF and are folded at 75 octets, text is escaped as the RFC says.
public struct ICSPlugin: OutputPlugin {
    public let name = "ics"
    public let summary = "A study plan as an iCalendar file (RFC 5545): one event a topic a session, for any calendar."
    public let kinds: [DocumentKind] = [.plan]
    public let fileExtension = "ics"

    public init() {}

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        guard case .plan(let plan) = document else { throw .unsupported(self, document.kind) }
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//roadmap//roadmap plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + Self.text(plan.title)]
        let stamp = Self.compact(plan.start) + "T000000Z"
        // A plan made later starts later: its events carry a higher SEQUENCE, so that a calendar
        // takes them as the newer versions of the same UIDs.
        let sequence = max(0, (CalendarDate(plan.start)?.day ?? 0) - (CalendarDate("2000-01-01")?.day ?? 0))
        for session in plan.sessions {
            for piece in session.pieces where piece.hours > 0 {
                lines.append("BEGIN:VEVENT")
                lines.append("UID:" + Self.text("\(plan.id)/\(piece.topic)/\(piece.piece)@roadmap"))
                lines.append("DTSTAMP:" + stamp)
                lines.append("SEQUENCE:\(sequence)")
                lines.append("DTSTART:" + Self.compact(session.date) + "T" + piece.start.filter { $0 != ":" } + "00")
                lines.append("DURATION:" + Self.duration(piece.hours))
                let count = piece.pieces > 1 ? " (\(piece.piece)/\(piece.pieces))" : ""
                lines.append("SUMMARY:" + Self.text(piece.title + count))
                var description = [piece.part.map { "Part: " + $0 } ?? "", "\(HoursFormat.string(piece.hours)) of \(HoursFormat.string(piece.topicHours)) h"
                                   + (piece.assumedHours ? " (no hours given: \(HoursFormat.string(plan.defaultHours)) h assumed)" : ""),
                                   "Topic: " + piece.topic].filter { !$0.isEmpty }
                if let file = plan.progressFile { description.append("When done: roadmap progress \(Self.shellWord(file)) done \(piece.topic)") }
                lines.append("DESCRIPTION:" + Self.text(description.joined(separator: "\n")))
                lines.append("CATEGORIES:" + Self.text("study"))
                lines.append("TRANSP:OPAQUE")
                lines.append("END:VEVENT")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined()
    }

    /// `file` as one shell word: as it is when it is plain, else in single quotes.
    static func shellWord(_ file: String) -> String {
        if !file.isEmpty, file.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./+:@".contains($0)) }) { return file }
        return "'" + file.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `20261207` for `2026-12-07`.
    static func compact(_ date: String) -> String { date.filter { $0 != "-" } }

    /// `PT2H30M` for 2.5 hours (whole minutes).
    static func duration(_ hours: Double) -> String {
        let minutes = Int((hours * 60).rounded())
        var out = "PT"
        if minutes / 60 > 0 { out += "\(minutes / 60)H" }
        if minutes % 60 > 0 || minutes == 0 { out += "\(minutes % 60)M" }
        return out
    }

    /// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks as
    /// `\n`, other control characters (which the RFC does not allow) as spaces.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A content line folded at 75 octets (never inside a UTF-8 sequence), ending in CR LF.
    static func folded(_ line: String) -> String {
        var out = ""
        var width = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if width + size > 75 {
                out += "\r\n "
                width = 1
            }
            out.unicodeScalars.append(scalar)
            width += size
        }
        return out + "\r\n"
    }
}
