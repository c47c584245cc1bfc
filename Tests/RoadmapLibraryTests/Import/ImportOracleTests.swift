import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RoadmapAuthoring

/// The importer's own reading of Markdown checked against cmark-gfm, GitHub's parser: on every
/// import fixture, the web links (badges too) and the list items it finds are exactly those
/// cmark-gfm finds, and every link it does not keep is named in a note.
@Suite("Import: the importer reads Markdown as cmark-gfm does")
struct ImportOracleTests {
    /// What cmark-gfm's XML says: the web link destinations (with `<a href>` in HTML) and the
    /// first line of every list item.
    final class Collector: NSObject, XMLParserDelegate {
        var links: [String] = []
        var itemLines: [Int] = []
        /// First lines of headings, lists and tables: where a note may speak for what is under it.
        var blockStarts: Set<Int> = []
        var html = ""
        var inHTML = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "link": if let destination = attributes["destination"], Self.isWeb(destination) { links.append(destination) }
            case "item": if let position = attributes["sourcepos"], let line = Int(position.prefix { $0 != ":" }) { itemLines.append(line) }
            case "heading", "list", "table":
                if let position = attributes["sourcepos"], let line = Int(position.prefix { $0 != ":" }) { blockStarts.insert(line) }
            case "html_inline", "html_block": inHTML = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inHTML { html += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "html_inline" || name == "html_block" {
                inHTML = false
                html += "\n"
            }
        }

        static func isWeb(_ url: String) -> Bool { url.hasPrefix("http://") || url.hasPrefix("https://") }

        /// `href` values of `<a …>` tags in the HTML seen.
        var htmlLinks: [String] {
            var out: [String] = []
            var rest = Substring(html)
            while let open = rest.range(of: "<a ", options: .caseInsensitive) {
                rest = rest[open.upperBound...]
                guard let close = rest.firstIndex(of: ">") else { break }
                let tag = rest[..<close]
                if let href = tag.range(of: "href=\"") {
                    let value = tag[href.upperBound...].prefix { $0 != "\"" }
                    if Self.isWeb(String(value)) { out.append(String(value)) }
                }
            }
            return out
        }
    }

    static var cmarkAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm") }

    static func cmark(_ path: String) throws -> Collector {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["-e", "table", "-e", "autolink", "-t", "xml", "--sourcepos", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        #expect(parser.parse(), "cmark-gfm's XML parses")
        return collector
    }

    @Test("cmark-gfm is installed (.ci/run installs Debian's cmark-gfm when it is missing)")
    func installed() {
        #expect(Self.cmarkAvailable, "install cmark-gfm (apt-get install cmark-gfm)")
    }

    @Test("links and list items are those cmark-gfm finds; every link left out is in a note", arguments: ImportFixtures.names)
    func agrees(name: String) throws {
        try #require(Self.cmarkAvailable)
        let path = ImportFixtures.directory + "/" + name + ".md"
        let oracle = try Self.cmark(path)
        let imported = try ImportFixtures.importFixture(name)
        #expect(imported.links.map(\.destination).sorted() == (oracle.links + oracle.htmlLinks).sorted(), "links of \(name)")
        #expect(imported.listItemLines.sorted() == oracle.itemLines.sorted(), "list items of \(name)")
        // Nothing dropped in silence: a link not kept is named by a note on its own line, or by
        // one on the heading, list or table it is in, where cmark-gfm says such a block starts.
        for link in imported.links where !link.kept {
            let at = try #require(link.notedAt, "\(name): \(link.destination) at line \(link.line) is neither kept nor noted")
            let notes = imported.notes.filter { $0.location?.line == at }
            #expect(!notes.isEmpty && at <= link.line, "\(name): \(link.destination) at line \(link.line) points to no note (\(at))")
            if at == link.line, !oracle.blockStarts.contains(at) {
                let shown = String(link.destination.prefix(30))
                #expect(notes.contains { $0.message.contains(shown) }, "\(name): the note on line \(at) does not name \(link.destination)")
            } else {
                #expect(oracle.blockStarts.contains(at), "\(name): \(link.destination) is covered by a note on line \(at), where no heading, list or table starts")
            }
        }
    }
}
