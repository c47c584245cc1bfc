/// One pass over a template's tags, before Mustache parses it: the partials it uses, how deep
/// its sections nest, and what the tool refuses. Mustache's parser and renderer recurse once a
/// nested section or partial, so an input that nests without end would overflow the stack; and
/// a partial that includes itself renders without end. The scan lets the plugin refuse those
/// with a located error instead.
///
/// It follows Mustache's tag syntax: `{{! comment }}`, `{{{raw}}}`, `{{=<% %>=}}` delimiter
/// changes, sections `{{#…}}`, `{{^…}}`, blocks `{{$…}}` and parents `{{<…}}` (which also name a
/// partial), closes `{{/…}}`, partials `{{> name}}`. Linear in the text.
struct TemplateScan: Equatable {
    /// A tag at a place (1-based line and column, in characters).
    struct Place: Equatable {
        var line: Int
        var column: Int
    }

    /// A use of a partial: `{{> name}}` or `{{< name}}`, at a section depth.
    struct PartialUse: Equatable {
        var name: String
        var place: Place
        /// How many sections are open around it.
        var depth: Int
    }

    /// The partials used, in order.
    var partials: [PartialUse] = []
    /// The deepest nesting of sections.
    var maxDepth = 0
    /// Where the nesting first went past the limit, if it did.
    var tooDeep: Place?
    /// Dynamic partials (`{{>*name}}`), which the tool refuses: their name comes from the data.
    var dynamicPartials: [Place] = []

    /// The deepest nesting of sections (and of partials within sections) the tool accepts.
    static let maxDepth = 64

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var open: [Unicode.Scalar] = ["{", "{"]
        var close: [Unicode.Scalar] = ["}", "}"]
        var line = 1
        var lineStart = 0
        var index = 0
        var depth = 0

        func matches(_ delimiter: [Unicode.Scalar], at position: Int) -> Bool {
            guard position + delimiter.count <= scalars.count else { return false }
            for offset in delimiter.indices where scalars[position + offset] != delimiter[offset] { return false }
            return true
        }
        func advance(to end: Int) {
            while index < end {
                if scalars[index] == "\n" {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }

        while index < scalars.count {
            guard matches(open, at: index) else {
                advance(to: index + 1)
                continue
            }
            let place = Place(line: line, column: index - lineStart + 1)
            let bodyStart = index + open.count
            let kind: Unicode.Scalar? = bodyStart < scalars.count ? scalars[bodyStart] : nil
            // Where the tag ends: `}}}` for a triple mustache, `=}}` for a delimiter change.
            var closing = close
            if kind == "{" && open == ["{", "{"] { closing = ["}"] + close }
            if kind == "=" { closing = ["="] + close }
            var end = bodyStart + 1
            while end < scalars.count, !matches(closing, at: end) { end += 1 }
            guard end < scalars.count else { break }   // an unclosed tag: Mustache reports it
            let body = String(String.UnicodeScalarView(scalars[(bodyStart + 1)..<end])).trimmingWhitespace
            switch kind {
            case "#", "^", "$":
                depth += 1
                if depth > maxDepth { maxDepth = depth }
                if depth > Self.maxDepth, tooDeep == nil { tooDeep = place }
            case "<":
                partials.append(PartialUse(name: body, place: place, depth: depth))
                depth += 1
                if depth > maxDepth { maxDepth = depth }
                if depth > Self.maxDepth, tooDeep == nil { tooDeep = place }
            case "/":
                depth = max(0, depth - 1)
            case ">":
                if body.hasPrefix("*") {
                    dynamicPartials.append(place)
                } else if !body.isEmpty {
                    partials.append(PartialUse(name: body, place: place, depth: depth))
                }
            case "=":
                let parts = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 {
                    open = Array(parts[0].unicodeScalars)
                    close = Array(parts[1].unicodeScalars)
                }
            default:
                break
            }
            advance(to: end + closing.count)
        }
    }
}

extension String {
    /// Without spaces and tabs at either end.
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
