import Foundation

/// The JSON form of plugin documents: pretty, keys sorted, slashes unescaped, a final newline;
/// the same document always gives the same bytes.
public enum DocumentJSON {
    /// The JSON text of `document`, written by ``PrettyJSON`` in the bytes `JSONEncoder` would
    /// give (its layout, sorted keys, unescaped slashes) without building a tree first.
    public static func encode(_ document: PluginDocument) throws(PluginError) -> String {
        var json = PrettyJSON()
        write(document, to: &json)
        return json.finished()
    }

    /// Writes the JSON text of `document` to `output` in pieces of about 64 KiB, so that the
    /// whole text is never in memory; the same bytes as ``encode(_:)``.
    public static func write(_ document: PluginDocument, to output: inout some TextOutputStream) {
        withoutActuallyEscaping({ (piece: String) in output.write(piece) }) { drain in
            var json = PrettyJSON(drain: drain)
            write(document, to: &json)
            json.finish()
        }
    }

    private static func write(_ document: PluginDocument, to json: inout PrettyJSON) {
        switch document {
        case .roadmap(let value): value.write(to: &json)
        case .curriculum(let value): value.write(to: &json)
        case .diff(let value): value.write(to: &json)
        case .plan(let value): value.write(to: &json)
        case .overlap(let value): value.write(to: &json)
        }
    }

    /// The document in `text`, checking its `roadmap-api-version` (the same major version; any
    /// minor version, since a minor version only adds fields) and `kind`.
    public static func decode(_ text: String) throws(PluginError) -> PluginDocument {
        struct Header: Decodable {
            var version: [Int]
            var kind: DocumentKind
            enum CodingKeys: String, CodingKey { case version = "roadmap-api-version", kind }
        }
        let data = Data(text.utf8)
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw PluginError("expected a roadmap document with `roadmap-api-version` and `kind`: \(error)")
        }
        guard header.version.first == PluginDocument.apiVersion[0] else {
            throw PluginError("expected roadmap-api-version \(PluginDocument.apiVersion[0]).x, found \(header.version.map(String.init).joined(separator: "."))")
        }
        do {
            switch header.kind {
            case .roadmap: return .roadmap(try decoder.decode(RoadmapDocument.self, from: data))
            case .curriculum: return .curriculum(try decoder.decode(CurriculumDocument.self, from: data))
            case .diff: return .diff(try decoder.decode(DiffDocument.self, from: data))
            case .plan: return .plan(try decoder.decode(PlanDocument.self, from: data))
            case .overlap: return .overlap(try decoder.decode(OverlapDocument.self, from: data))
            }
        } catch {
            throw PluginError("the \(header.kind.rawValue) document does not match the schema: \(error)")
        }
    }
}
