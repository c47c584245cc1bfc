// Fields are written in ascending order of their keys' UTF-8 bytes (see PrettyJSON).

extension RoadmapDocument: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("authors", authors)
            json.field("bases", bases)
            json.field("extends", extends)
            json.field("extensions", extensions)
            json.field("file", file)
            json.field("id", id)
            json.field("kind", kind.rawValue)
            json.field("progress", progress)
            json.field("published", published)
            json.field("related", related)
            json.field("roadmap-api-version", apiVersion)
            json.field("sections", sections)
            json.field("source", source)
            json.field("summary", summary)
            json.field("title", title)
        }
    }
}

extension RoadmapDocument.Section: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("extensions", extensions)
            json.field("id", id)
            json.field("summary", summary)
            json.field("title", title)
            json.field("topics", topics)
        }
    }
}

extension RoadmapDocument.Topic: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("aliases", aliases)
            json.field("edited-at", editedAt)
            json.field("extensions", extensions)
            json.field("hours", hours)
            json.field("id", id)
            json.field("level", level)
            json.field("location", location)
            json.field("progress", progress)
            json.field("requires", requires)
            json.field("resources", resources)
            json.field("same-as", sameAs)
            json.field("summary", summary)
            json.field("tags", tags)
            json.field("title", title)
        }
    }
}
