import Foundation
import Mustache
import RoadmapPlugin

/// `--template FILE`: the document rendered through a Mustache template, with partials.
///
/// The template sees the same document every plugin gets, as its JSON (``TemplateValue``):
/// `{{title}}`, `{{#topics}}{{title}}{{/topics}}`, `{{#progress}}…{{/progress}}`. Escaping is
/// HTML's unless the template says otherwise with `{{%CONTENT_TYPE: TEXT}}` (nothing escaped) or
/// `{{%CONTENT_TYPE: CSV}}` (each value a CSV field); a partial starts again with HTML. Partials
/// are named by file (`{{> topic}}` for `topic.mustache`).
public struct TemplatePlugin: OutputPlugin {
    public let name = "template"
    public let summary = "The document through a Mustache template (--template FILE)."
    public let kinds = DocumentKind.allCases
    public var fileExtension: String { "txt" }

    private let template: MustacheTemplate
    private let library: MustacheLibrary
    /// The longest a rendering may take, in seconds.
    private let timeout: Double
    /// The size of the template and its partials, which sets how often sections may repeat.
    private let templateBytes: Int
    private var repetitions: Int { RenderBudget.repetitions(forTemplateBytes: templateBytes) }

    /// The plugin for `main` and the partials it uses, directly or through other partials, which
    /// `partial(name)` reads (`nil`: there is none of that name); or every problem found:
    /// - errors (the template is not used): a template or partial that does not parse, a partial
    ///   that includes itself (through others or not), sections and partials nested deeper than
    ///   ``TemplateScan/maxDepth``, a dynamic partial (`{{>*name}}`: a name from the data);
    /// - warnings: a `{{> name}}` naming no partial (Mustache would render it as nothing).
    ///
    /// Sources are numbered in the problems as read: 0 the main template, then each partial in
    /// the order first used. A rendering that takes longer than `timeout` seconds fails.
    public static func make(main: TemplateSource, timeout: Double = 60,
                            partial: (String) -> PartialLookup) -> (plugin: TemplatePlugin?, sources: [TemplateSource], problems: [TemplateProblem]) {
        registerContentTypes
        var sources = [main]
        var scans = [TemplateScan(main.text)]
        var indexOfName: [String: Int] = [:]
        var failed: [String: PartialLookup] = [:]
        var problems: [TemplateProblem] = []
        // Read every partial used, once, breadth first.
        var next = 0
        while next < sources.count {
            for use in scans[next].partials where indexOfName[use.name] == nil && failed[use.name] == nil {
                switch partial(use.name) {
                case .found(let source):
                    indexOfName[use.name] = sources.count
                    sources.append(source)
                    scans.append(TemplateScan(source.text))
                case let other:
                    failed[use.name] = other
                }
            }
            next += 1
        }
        for (index, scan) in scans.enumerated() {
            for use in scan.partials {
                switch failed[use.name] {
                case .missing?:
                    problems.append(TemplateProblem(source: index, line: use.place.line, column: use.place.column,
                                                    message: "expected a partial `\(use.name)` (a file \(use.name).mustache next to the template), found none; it renders as nothing",
                                                    isError: false))
                case .refused(let why)?:
                    problems.append(TemplateProblem(source: index, line: use.place.line, column: use.place.column,
                                                    message: "the partial `\(use.name)` is not used: \(why)", isError: true))
                default:
                    break
                }
            }
            for place in scan.dynamicPartials {
                problems.append(TemplateProblem(source: index, line: place.line, column: place.column,
                                                message: "expected a partial named in the template (`{{> name}}`), found a dynamic partial (`{{>*…}}`), whose name would come from the roadmaps; write the partials' names out",
                                                isError: true))
            }
            if let (place, closing) = scan.unclosed {
                problems.append(TemplateProblem(source: index, line: place.line, column: place.column,
                                                message: "expected `\(closing)` to close the tag that starts here, found the end of the template", isError: true))
            }
            if let place = scan.tooDeep {
                problems.append(TemplateProblem(source: index, line: place.line, column: place.column,
                                                message: "expected sections nested at most \(TemplateScan.maxDepth) deep, found deeper ones", isError: true))
            }
        }
        problems += PartialGraph(sources: sources, scans: scans, indexOfName: indexOfName).problems()
        guard !problems.contains(where: \.isError) else { return (nil, sources, problems) }
        var parsed: [MustacheTemplate] = []
        for (index, source) in sources.enumerated() {
            do {
                parsed.append(try MustacheTemplate(string: source.text))
            } catch let error as MustacheTemplate.ParserError {
                let place = Self.place(of: error, in: source.text)
                problems.append(TemplateProblem(source: index, line: place.line, column: place.column,
                                                message: Self.describe(error.error), isError: true))
            } catch {
                problems.append(TemplateProblem(source: index, line: 1, column: 1, message: "the template does not parse: \(error)", isError: true))
            }
        }
        guard parsed.count == sources.count else { return (nil, sources, problems) }
        var library = MustacheLibrary()
        for (source, template) in zip(sources.dropFirst(), parsed.dropFirst()) { library.register(template, named: source.name) }
        return (TemplatePlugin(template: parsed[0], library: library, timeout: timeout,
                               templateBytes: sources.reduce(0) { $0 + $1.text.utf8.count }), sources, problems)
    }

    private init(template: MustacheTemplate, library: MustacheLibrary, timeout: Double, templateBytes: Int) {
        self.template = template
        self.library = library
        self.timeout = timeout
        self.templateBytes = templateBytes
    }

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        let json = try DocumentJSON.encode(document)
        let value: TemplateValue
        do {
            value = try JSONDecoder().decode(TemplateValue.self, from: Data(json.utf8))
        } catch {
            throw PluginError("the document could not be read back for the template: \(error)")
        }
        // On a thread of its own, with a stack of its own, for at most `timeout` seconds: a
        // template is a program (sections inside sections over the same list multiply).
        let result = RenderResult()
        let (template, library, repetitions) = (template, library, repetitions)
        let thread = Thread {
            let budget = RenderBudget.start(repetitions)
            let text = template.render(value, library: library)
            result.set(budget.exhausted ? nil : text)
        }
        thread.stackSize = 64 << 20
        thread.start()
        switch result.wait(seconds: timeout) {
        case .timedOut:
            throw PluginError("the template did not finish within \(HoursFormat.string(timeout)) s (raise the limit with --plugin-timeout or ROADMAP_PLUGIN_TIMEOUT); a section inside a section over the same list, or a partial used several times in a partial used several times, multiplies the work")
        case .done(nil):
            throw PluginError("the template repeats its sections more than \(repetitions) times in all, and was stopped (a template and its partials of \(templateBytes) bytes may repeat that often, so that the output stays within about 512 MiB): a section inside a section over the same list multiplies the work")
        case .done(let text?):
            return text
        }
    }

    /// `CSV` for `{{%CONTENT_TYPE: CSV}}`, registered once, before any template is parsed
    /// (Mustache looks content types up as it parses).
    private static let registerContentTypes: Void = {
        MustacheContentTypes.register(CSVContentType(), named: "CSV")
    }()

    /// Where a parse error is, as the tool counts places (lines end at LF; columns in Unicode
    /// scalars). Mustache counts in Characters, and takes `\r\n`, a lone CR, U+2028 and the like
    /// for line breaks too: the text is parsed again with every line break an LF and the other
    /// line-breaking characters as spaces, which changes no line and no column before the error.
    private static func place(of error: MustacheTemplate.ParserError, in text: String) -> TemplateScan.Place {
        var normalized = ""
        normalized.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\r\n" { normalized.append("\n") } else if character.isNewline { normalized.append(" ") } else { normalized.append(character) }
        }
        var context = error.context
        do {
            _ = try MustacheTemplate(string: normalized)
        } catch let again as MustacheTemplate.ParserError {
            context = again.context
        } catch {}
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        guard context.lineNumber >= 1, context.lineNumber <= lines.count else { return TemplateScan.Place(line: max(1, context.lineNumber), column: max(1, context.columnNumber)) }
        let column = lines[context.lineNumber - 1].prefix(max(0, context.columnNumber - 1)).unicodeScalars.count + 1
        return TemplateScan.Place(line: context.lineNumber, column: column)
    }

    /// What a parse error means, in the project's words.
    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "the template does not parse: \(error)" }
        return switch error {
        case .sectionCloseNameIncorrect: "expected the closing tag of the open section here (`{{/name}}` with the name of its `{{#name}}`), found another name"
        case .unfinishedName: "expected `}}` to end the tag, found the end of the line or an unexpected character"
        case .expectedSectionEnd: "expected `{{/name}}` closing every open section, found the end of the template"
        case .invalidSetDelimiter: "expected a delimiter change as `{{=<% %>=}}`, found something else"
        case .transformAppliedToInheritanceSection: "expected a plain name in an inheritance tag (`{{<name}}`), found a transform"
        case .illegalTokenInsideInheritSection: "expected only `{{$block}}` overrides inside an inheritance section, found another tag"
        case .textInsideInheritSection: "expected only `{{$block}}` overrides inside an inheritance section, found text"
        case .invalidConfigVariableSyntax: "expected a pragma as `{{% NAME: VALUE}}`, found something else"
        case .unrecognisedConfigVariable: "expected `{{% CONTENT_TYPE: HTML}}`, `TEXT` or `CSV`, found another setting"
        }
    }
}
