import Foundation
import ArgumentParser
import RoadmapComposition
import RoadmapLoading
import RoadmapModel
import RoadmapPlugin

/// `roadmap plan`: the topics left of a curriculum on dated study sessions.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Lay the topics left of a curriculum onto dated study sessions, and say when it ends.",
        discussion: """
            The curriculum is the merge of ROADMAPS (the bundled four when none are given), as \
            `roadmap merge` makes it. With --progress, topics done or skipped are left out (one \
            being studied is planned whole). Each study day (--days) holds one session of \
            hours-per-week / days hours, starting at --at; topics follow in curriculum order, and \
            one longer than what is left of a session goes on in the next. A topic without \
            `hours` counts --default-hours. With --until instead of --hours-per-week, the plan \
            says how many hours a week ending by that date takes (rounded up to a quarter of an \
            hour a session), and uses them.

            --format ics writes an iCalendar file (one event a topic a session, stable UIDs: \
            importing a newer plan replaces its events); terminal, markdown and json too.

            Exit status: 0 on success; 64 for a wrong command line or a plan that cannot be \
            made (no study day, a session past midnight, more than \(StudyPlanner.maxSessions) \
            sessions); 65 when a roadmap or the progress file has errors; 66 when an input is missing; \
            70 when an external plugin fails; 73 when -o was not replaced to keep what it holds; \
            74 when the output could not be written.
            """)

    @Argument(help: ArgumentHelp("Roadmap files, folders or ids, in priority order (default: the bundled four).", valueName: "file|id"), completion: .custom(Completions.roadmaps))
    var roadmaps: [String] = []

    @Option(name: .customLong("hours-per-week"), help: ArgumentHelp("Study hours a week.", valueName: "hours"))
    var hoursPerWeek: Double?

    @Option(help: ArgumentHelp("The first day of the plan (YYYY-MM-DD).", valueName: "date"))
    var start: String

    @Option(help: ArgumentHelp("Instead of --hours-per-week: the last day the plan may use (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("The study days, comma-separated: mon,tue,wed,thu,fri,sat,sun.", valueName: "days"))
    var days = "mon,tue,wed,thu,fri,sat,sun"

    @Option(name: .customLong("default-hours"), help: ArgumentHelp("The hours given to a topic without `hours`.", valueName: "hours"))
    var defaultHours = 2.0

    @Option(help: ArgumentHelp("When each session starts (HH:MM, local time).", valueName: "time"))
    var at = "18:00"

    @Option(name: [.customShort("f"), .long], help: "The output format: terminal, markdown, json, ics (see `roadmap plugins`).", completion: .custom(Completions.formats(for: .plan)))
    var format = "terminal"

    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        guard CalendarDate(start) != nil else { throw ValidationError("--start takes a date as YYYY-MM-DD, found `\(start)`") }
        if let until, CalendarDate(until) == nil { throw ValidationError("--until takes a date as YYYY-MM-DD, found `\(until)`") }
        switch (hoursPerWeek, until) {
        case (nil, nil): throw ValidationError("give --hours-per-week N, or --until DATE to learn how many hours a week that takes")
        case (.some, .some): throw ValidationError("--hours-per-week and --until cannot be combined: --until works out the hours a week")
        case (let hours?, nil) where !(hours > 0 && hours <= 168): throw ValidationError("--hours-per-week takes hours above 0 and at most 168, found \(hours)")
        default: break
        }
        if !(defaultHours >= 0 && defaultHours.isFinite && defaultHours <= 10_000) {
            throw ValidationError("--default-hours takes hours from 0 to 10000, found \(defaultHours)")
        }
        _ = try studyDays()
        _ = try startMinute()
    }

    /// The study days, 0 Monday … 6 Sunday.
    func studyDays() throws -> [Int] {
        var result: [Int] = []
        for name in days.lowercased().split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let fullNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            let singular = name.hasSuffix("s") && name.count > 3 ? String(name.dropLast()) : name   // `mondays`, `mons`
            guard let index = CalendarDate.weekdayNames.firstIndex(of: singular) ?? fullNames.firstIndex(of: singular) else {
                let hint = Spelling.hint(for: String(name.prefix(3)), in: CalendarDate.weekdayNames)
                throw ValidationError("--days takes weekdays as mon,tue,wed,thu,fri,sat,sun, found `\(name)`\(hint)")
            }
            result.append(index)
        }
        return result
    }

    /// `--at` in minutes after midnight.
    func startMinute() throws -> Int {
        let parts = at.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count), parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute) else {
            throw ValidationError("--at takes a time as HH:MM (00:00 to 23:59), found `\(at)`")
        }
        return hour * 60 + minute
    }

    func run() async throws {
        let plugin = try ResultWriter.plugin(format, for: .plan, output: output)
        var (merged, files) = try await LoadedRoadmaps.curriculum(roadmaps, options: loading)
        let curriculum = try progress.applied(to: merged, files: &files, maxBytes: loading.limits.maxFileBytes)
        guard let startDate = CalendarDate(start) else { throw Report.shared.fail(.usage) }
        let request = StudyPlanner.Request(start: startDate, days: try studyDays(), hoursPerWeek: hoursPerWeek,
                                           until: until.flatMap(CalendarDate.init), defaultHours: defaultHours, startMinute: try startMinute())
        switch StudyPlanner.plan(curriculum, request) {
        case .success(let plan):
            try ResultWriter.emit(.plan(plan), with: plugin, output: output)
        case .failure(let failure):
            throw Report.shared.fail(.usage, .usage, failure.message)
        }
    }
}
