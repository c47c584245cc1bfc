// Fields are written in ascending order of their keys' UTF-8 bytes (see PrettyJSON).

extension CurriculumDocument: PrettyJSONWritable {
    /// How many topics one task writes (topics are written on every core).
    static let topicsPerChunk = 512

    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("id", id)
            json.field("kind", kind.rawValue)
            json.field("progress", progress)
            json.field("roadmap-api-version", apiVersion)
            json.field("roadmaps", roadmaps)
            json.field("title", title)
            json.key("topics")
            json.list(topics, chunksOf: Self.topicsPerChunk) { json, topic in topic.write(to: &json) }
            json.field("totals", totals)
        }
    }
}

extension CurriculumDocument.Input: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("bases", bases)
            json.field("extends", extends)
            json.field("file", file)
            json.field("id", id)
            json.field("shared-topic-count", sharedTopicCount)
            json.field("source", source)
            json.field("title", title)
            json.field("topic-count", topicCount)
        }
    }
}

extension CurriculumDocument.Origin: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("edited-at", editedAt)
            json.field("level", level)
            json.field("location", location)
            json.field("path", path)
            json.field("roadmap", roadmap)
            json.field("section", section)
            json.field("summary", summary)
        }
    }
}

extension CurriculumDocument.Topic: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("aliases", aliases)
            json.field("extensions", extensions)
            json.field("from", from)
            json.field("hours", hours)
            json.field("id", id)
            json.field("level", level)
            json.field("origins", origins)
            json.field("part", part)
            json.field("progress", progress)
            json.field("requires", requires)
            json.field("requires-outside", requiresOutside)
            json.field("resources", resources)
            json.field("stage", stage)
            json.field("summary", summary)
            json.field("tags", tags)
            json.field("title", title)
        }
    }
}

extension CurriculumDocument.Totals: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("hours", hours)
            json.field("resources", resources)
            json.field("resources-before-merge", resourcesBeforeMerge)
            json.field("shared-topics", sharedTopics)
            json.field("stages", stages)
            json.field("topics", topics)
            json.field("topics-before-merge", topicsBeforeMerge)
        }
    }
}

extension TopicProgress: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("date", date)
            json.field("note", note)
            json.field("status", status.rawValue)
        }
    }
}

extension ProgressTotals: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("doing", doing)
            json.field("done", done)
            json.field("file", file)
            json.field("hours-done", hoursDone)
            json.field("hours-left", hoursLeft)
            json.field("left", left)
            json.field("skipped", skipped)
            json.field("unmatched", unmatched)
        }
    }
}
