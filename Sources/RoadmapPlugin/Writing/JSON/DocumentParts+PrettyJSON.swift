// Fields are written in ascending order of their keys' UTF-8 bytes (see PrettyJSON).

extension ResourceDocument: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("extensions", extensions)
            json.field("free", free)
            json.field("provider", provider)
            json.field("title", title)
            json.field("type", type)
            json.field("url", url)
        }
    }
}

extension DocumentLocation: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("column", column)
            json.field("file", file)
            json.field("line", line)
        }
    }
}

extension ExtensionValue: PrettyJSONWritable {
    public func write(to json: inout PrettyJSON) {
        switch self {
        case .string(let text):
            json.string(text)
        case .null:
            json.null()
        case .list(let items):
            json.list(items) { json, item in item.write(to: &json) }
        case .mapping(let entries):
            json.object { json in
                for entry in PrettyJSON.sortedKeys(entries.map { ($0.key, $0.value) }) {
                    json.key(entry.key)
                    entry.value.write(to: &json)
                }
            }
        }
    }
}
