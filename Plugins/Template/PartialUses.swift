/// The `{{> name}}` tags of a template, with their places: to warn about a partial that does not
/// exist (Mustache renders it as nothing). Dynamic partials (`{{>*name}}`) and tags after a
/// delimiter change are not looked at. One pass over the text.
enum PartialUses {
    /// A use of a partial.
    struct Use: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    static func find(in text: String) -> [Use] {
        var uses: [Use] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            // A delimiter change: stop looking (the tags that follow are written another way).
            if scalar == "{", index + 2 < scalars.count, scalars[index + 1] == "{", scalars[index + 2] == "=" { break }
            guard scalar == "{", index + 2 < scalars.count, scalars[index + 1] == "{", scalars[index + 2] == ">" else {
                index += 1
                continue
            }
            let tagColumn = index - lineStart + 1
            var cursor = index + 3
            while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
            var name = String.UnicodeScalarView()
            while cursor < scalars.count, scalars[cursor] != "}", scalars[cursor] != " ", scalars[cursor] != "\t", scalars[cursor] != "\n" {
                name.append(scalars[cursor])
                cursor += 1
            }
            let found = String(name)
            if !found.isEmpty, !found.hasPrefix("*") { uses.append(Use(name: found, line: line, column: tagColumn)) }
            index = max(cursor, index + 3)
        }
        return uses
    }
}
