import Crypto
import Foundation
import RoadmapPlugin

/// Puts a page together: the document head with its Content-Security-Policy (nothing but the
/// page's own style and script, by hash: `default-src 'none'`), the body, and the two inline
/// blocks exactly as hashed.
enum PageWriter {
    static func page(title: String, id: String, body: String) -> String {
        let style = PageAssets.style
        let script = PageAssets.script
        let policy = "default-src 'none'; style-src '\(hash(style))'; script-src '\(hash(script))'"
            + "; base-uri 'none'; form-action 'none'"
        var out = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        out += "<meta name=\"generator\" content=\"roadmap\">\n"
        out += "<title>\(HTMLText.escaped(title))</title>\n"
        out += "<style>" + style + "</style>\n</head>\n"
        out += "<body data-id=\"\(HTMLText.escaped(id))\">\n" + body
        out += "<script>" + script + "</script>\n</body>\n</html>\n"
        return out
    }

    /// `sha256-…` of a block's text, as the policy names it.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
    }
}
