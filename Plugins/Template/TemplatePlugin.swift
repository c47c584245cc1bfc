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

    /// The plugin for `main` with `partials`, or every problem found: a template or partial that
    /// does not parse (an error, located), and a `{{> name}}` that names no partial (a warning:
    /// Mustache would render it as nothing).
    public static func make(main: TemplateSource, partials: [TemplateSource]) -> (plugin: TemplatePlugin?, problems: [TemplateProblem]) {
        registerContentTypes
        var problems: [TemplateProblem] = []
        var parsed: [MustacheTemplate?] = []
        for (index, source) in ([main] + partials).enumerated() {
            do {
                parsed.append(try MustacheTemplate(string: source.text))
            } catch let error as MustacheTemplate.ParserError {
                problems.append(TemplateProblem(source: index, line: error.context.lineNumber, column: error.context.columnNumber,
                                                message: Self.describe(error.error), isError: true))
                parsed.append(nil)
            } catch {
                problems.append(TemplateProblem(source: index, line: 1, column: 1, message: "the template does not parse: \(error)", isError: true))
                parsed.append(nil)
            }
        }
        let names = Set(partials.map(\.name))
        for (index, source) in ([main] + partials).enumerated() {
            for use in PartialUses.find(in: source.text) where !names.contains(use.name) {
                let hint = partials.isEmpty ? "there are no other .mustache files in the template's folder"
                    : "the partials are \(partials.map { "`\($0.name)`" }.joined(separator: ", "))"
                problems.append(TemplateProblem(source: index, line: use.line, column: use.column,
                                                message: "expected a partial `\(use.name)` (a file \(use.name).mustache next to the template), found none; \(hint); it renders as nothing",
                                                isError: false))
            }
        }
        guard let first = parsed.first, let template = first, !problems.contains(where: \.isError) else { return (nil, problems) }
        var library = MustacheLibrary()
        for (source, partial) in zip(partials, parsed.dropFirst()) {
            if let partial { library.register(partial, named: source.name) }
        }
        return (TemplatePlugin(template: template, library: library), problems)
    }

    private init(template: MustacheTemplate, library: MustacheLibrary) {
        self.template = template
        self.library = library
    }

    public func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String {
        let json = try DocumentJSON.encode(document)
        let value: TemplateValue
        do {
            value = try JSONDecoder().decode(TemplateValue.self, from: Data(json.utf8))
        } catch {
            throw PluginError("the document could not be read back for the template: \(error)")
        }
        return template.render(value, library: library)
    }

    /// `CSV` for `{{%CONTENT_TYPE: CSV}}`, registered once, before any template is parsed
    /// (Mustache looks content types up as it parses).
    private static let registerContentTypes: Void = {
        MustacheContentTypes.register(CSVContentType(), named: "CSV")
    }()

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
