// Fields are written in ascending order of their keys' UTF-8 bytes (see PrettyJSON).

extension PlanDocument: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("days", days)
            json.field("default-hours", defaultHours)
            json.field("end", end)
            json.field("hours-per-week", hoursPerWeek)
            json.field("id", id)
            json.field("kind", kind.rawValue)
            json.field("progress-file", progressFile)
            json.field("roadmap-api-version", apiVersion)
            json.field("session-hours", sessionHours)
            json.field("sessions", sessions)
            json.field("start", start)
            json.field("title", title)
            json.field("totals", totals)
            json.field("until", until)
        }
    }
}

extension PlanDocument.Session: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("date", date)
            json.field("hours", hours)
            json.field("pieces", pieces)
            json.field("week", week)
            json.field("weekday", weekday)
        }
    }
}

extension PlanDocument.Piece: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("assumed-hours", assumedHours)
            json.field("hours", hours)
            json.field("part", part)
            json.field("piece", piece)
            json.field("pieces", pieces)
            json.field("start", start)
            json.field("title", title)
            json.field("topic", topic)
            json.field("topic-hours", topicHours)
        }
    }
}

extension PlanDocument.Totals: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("assumed-topics", assumedTopics)
            json.field("done", done)
            json.field("hours", hours)
            json.field("sessions", sessions)
            json.field("skipped", skipped)
            json.field("topics", topics)
            json.field("weeks", weeks)
        }
    }
}

extension OverlapDocument: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("kind", kind.rawValue)
            json.field("pairs", pairs)
            json.field("roadmap-api-version", apiVersion)
            json.field("roadmaps", roadmaps)
        }
    }
}

extension OverlapDocument.Input: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("hours", hours)
            json.field("id", id)
            json.field("title", title)
            json.field("topics", topics)
        }
    }
}

extension OverlapDocument.Pair: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("from", from)
            json.field("share-of-hours", shareOfHours)
            json.field("share-of-topics", shareOfTopics)
            json.field("shared-hours", sharedHours)
            json.field("shared-topics", sharedTopics)
            json.field("subjects", subjects)
            json.field("to", to)
        }
    }
}

extension OverlapDocument.Subject: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("from", from)
            json.field("hours", hours)
            json.field("title", title)
            json.field("to", to)
        }
    }
}
