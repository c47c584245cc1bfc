// Fields are written in ascending order of their keys' UTF-8 bytes (see PrettyJSON).

extension DiffDocument: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("changes", changes)
            json.field("kind", kind.rawValue)
            json.field("new", new)
            json.field("old", old)
            json.field("roadmap-api-version", apiVersion)
        }
    }
}

extension DiffDocument.Side: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("file", file)
            json.field("id", id)
            json.field("title", title)
        }
    }
}

extension DiffDocument.FieldChange: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("after", after)
            json.field("before", before)
            json.field("field", field)
        }
    }
}

extension DiffDocument.Change: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("change", change)
            json.field("evidence", evidence)
            json.field("fields", fields)
            json.field("location", location)
            json.field("old-section", oldSection)
            json.field("old-topic", oldTopic)
            json.field("section", section)
            json.field("subject", subject)
            json.field("topic", topic)
        }
    }
}
