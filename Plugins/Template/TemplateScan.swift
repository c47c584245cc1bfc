/// One pass over a template's tags, before Mustache parses it: the partials it uses, how deep
/// its sections nest, and what the tool refuses. Mustache's parser and renderer recurse once a
/// nested section or partial, so an input that nests without end would overflow the stack; and
/// a partial that includes itself renders without end. The scan lets the plugin refuse those
/// with a located error instead.
///
/// It reads tags as swift-mustache does: in Characters, names trimmed of any whitespace, a tag
/// ending at the first closing delimiter after its opening one; `{{! comment }}`, `{{{raw}}}`,
/// `{{=<% %>=}}` delimiter changes, sections `{{#…}}`, `{{^…}}`, blocks `{{$…}}` and parents
/// `{{<…}}` (which also name a partial), closes `{{/…}}`, partials `{{> name}}`. Linear in the
/// text. Places are 1-based lines (a line ends at LF) and columns in Unicode scalars, as every
/// other location of the tool.
struct TemplateScan: Equatable {
    /// A place in the text.
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
    /// A tag that the text ends in, and the delimiter that would close it (Mustache ignores a
    /// lone `{{` at the very end, and reports others as an "overflow", often past the end).
    var unclosed: (place: Place, closing: String)?

    static func == (a: TemplateScan, b: TemplateScan) -> Bool {
        a.partials == b.partials && a.maxDepth == b.maxDepth && a.tooDeep == b.tooDeep
            && a.dynamicPartials == b.dynamicPartials && a.unclosed?.place == b.unclosed?.place && a.unclosed?.closing == b.unclosed?.closing
    }

    /// The deepest nesting of sections (and of partials within sections) the tool accepts.
    static let maxDepth = 64

    /// The characters after the opening delimiter that say what a tag is.
    private static let sigils: Set<Character> = ["#", "^", "$", "<", "/", ">", "=", "!", "{", "&", "%"]

    init(_ text: String) {
        let characters = Array(text)
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
        var line = 1
        var column = 1
        var index = 0
        var depth = 0

        func matches(_ delimiter: [Character], at position: Int) -> Bool {
            guard position + delimiter.count <= characters.count else { return false }
            for offset in delimiter.indices where characters[position + offset] != delimiter[offset] { return false }
            return true
        }
        func advance(to end: Int) {
            while index < end {
                if characters[index] == "\n" || characters[index] == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += characters[index].unicodeScalars.count
                }
                index += 1
            }
        }
        func opened(_ place: Place) {
            depth += 1
            maxDepth = max(maxDepth, depth)
            if depth > Self.maxDepth, tooDeep == nil { tooDeep = place }
        }

        while index < characters.count {
            guard matches(open, at: index) else {
                advance(to: index + 1)
                continue
            }
            let place = Place(line: line, column: column)
            let bodyStart = index + open.count
            let kind: Character? = bodyStart < characters.count ? characters[bodyStart] : nil
            // Where the tag ends: `}}}` for a triple mustache, `=}}` for a delimiter change.
            var closing = close
            if kind == "{" && open == ["{", "{"] { closing = ["}"] + close }
            if kind == "=" { closing = ["="] + close }
            let nameStart = kind.map { Self.sigils.contains($0) } == true ? bodyStart + 1 : bodyStart
            var end = nameStart
            while end < characters.count, !matches(closing, at: end) { end += 1 }
            guard end < characters.count else {
                unclosed = (place, String(closing))
                break
            }
            let body = String(characters[nameStart..<end]).trimmingWhitespace
            switch kind {
            case "#", "^", "$":
                opened(place)
            case "<":
                partials.append(PartialUse(name: body, place: place, depth: depth))
                opened(place)
            case "/":
                depth = max(0, depth - 1)
            case ">":
                if body.hasPrefix("*") {
                    dynamicPartials.append(place)
                } else if !body.isEmpty {
                    partials.append(PartialUse(name: body, place: place, depth: depth))
                }
            case "=":
                let parts = body.split(whereSeparator: \.isWhitespace)
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            default:
                break
            }
            advance(to: end + closing.count)
        }
    }
}

extension String {
    /// Without whitespace (as Swift's `isWhitespace` says) at either end, as Mustache trims names.
    fileprivate var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
