import Testing
@testable import RoadmapComposition

/// `TextNormalizer.url` works on the bytes of ASCII text and on characters otherwise; both
/// ways must give the same normal form. Compared here on every combination of awkward pieces.
@Suite("Merge: URL normal form, bytes and characters agree")
struct URLNormalFormTests {
    static let schemes = ["https://", "HTTP://", "HtTpS://", "ftp://", "", "http:/", "://"]
    static let hosts = ["Example.COM", "a.org:80", "b.org:443", "c.org:8080", "[::1]:443", "", "user@Host.io"]
    static let paths = ["", "/", "//", "/A/b/", "/a//b", "/x:y", "/a://b"]
    static let queries = ["", "?", "?a=1&UTM_source=x&b=2", "?&&", "?=x", "?==", "?REF=1&ref2=2", "?gclid=1", "?a=1&&b"]
    static let fragments = ["", "#", "#top?x=1", "#/p"]
    static let padding = [("", ""), (" \t", "\t "), ("  ", "")]

    @Test("the byte path gives the character path's result on 12,348 combinations")
    func bytesMatchCharacters() {
        var checked = 0
        for scheme in Self.schemes {
            for host in Self.hosts {
                for path in Self.paths {
                    for query in Self.queries {
                        for fragment in Self.fragments {
                            let (before, after) = Self.padding[checked % Self.padding.count]
                            let text = before + scheme + host + path + query + fragment + after
                            let bytes = Array(text.utf8)
                            let fromBytes = bytes.withUnsafeBufferPointer { TextNormalizer.asciiURL($0) }
                            #expect(fromBytes == TextNormalizer.urlByCharacters(text), "\(text)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 7 * 7 * 7 * 9 * 4)
    }

    @Test("examples: scheme and host lowercased, http as https, default ports, tracking parameters, fragment and trailing slashes dropped")
    func examples() {
        #expect(TextNormalizer.url(" HTTP://Example.COM:80/A/b//?utm_source=x&id=2&REF=3#top ") == "https://example.com/A/b?id=2")
        #expect(TextNormalizer.url("https://b.org:443/") == "https://b.org")
        #expect(TextNormalizer.url("https://b.org:8443/x") == "https://b.org:8443/x")
        #expect(TextNormalizer.url("https://bücher.de/Ä/") == "https://bücher.de/Ä")
    }
}

/// `TextNormalizer.title` too has a byte path for ASCII text; it must agree with the scalar path.
@Suite("Merge: title normal form, bytes and scalars agree")
struct TitleNormalFormTests {
    @Test("every printable ASCII character and white space, alone and between words")
    func bytesMatchScalars() {
        var texts = ["", "  ", "Intro to SQL: Joins", "A/B testing", "snake_case-and-kebab", "C++ & C#", "v2.0 (beta)!", "\tTabs\nand\r\nbreaks "]
        for value in UInt8(0x09)...UInt8(0x7E) {
            let character = String(UnicodeScalar(value))
            texts += [character, "a" + character + "b", character + "X1" + character]
        }
        for text in texts {
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { TextNormalizer.asciiTitle($0) }
            #expect(fromBytes == TextNormalizer.titleByCharacters(text), "\(text.debugDescription)")
        }
        #expect(TextNormalizer.title("Intro to SQL: Joins") == "intro to sql joins")
        #expect(TextNormalizer.title("Ｓｔａｔｉｓｔｉｃｓ ①") == "statistics 1")
    }
}
