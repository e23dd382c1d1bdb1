@testable import Chancery

/// Runs one scanner over a short text, for tests that look at a single extractor.
enum Snippet {
    static func withText<T>(_ string: String, _ body: (TokenText) -> T) -> T {
        var copy = string
        return copy.withUTF8 { buffer in body(TokenText(bytes: buffer, range: 0..<buffer.count)) }
    }

    /// The names found, as `kind:surface→entity` (`?` when no known entity has the name).
    static func names(_ string: String) -> [String] {
        withText(string) { text in
            NameScanner(knowledge: Fixture.knowledge).scan(text, in: 0..<text.count).filter { !$0.isAdjective }.map { mention in
                "\(mention.kind.rawValue):\(mention.surface)→\(mention.candidates.first ?? "?")"
            }
        }
    }

    /// The alias statements found, as `alias=target(rule)`.
    static func aliases(_ string: String) -> [String] {
        withText(string) { text in
            let names = NameScanner(knowledge: Fixture.knowledge).scan(text, in: 0..<text.count)
            return AliasStatementScanner(knowledge: Fixture.knowledge).scan(text, in: 0..<text.count, names: names).map {
                "\($0.alias)=\($0.target)(\($0.rule))"
            }
        }
    }

    /// A document read from page text, analysed.
    static func analysis(_ page: String) throws -> DocumentAnalysis {
        let document = try ArchivePageReader().read(bytes: Array(page.utf8), path: "snippet.txt")
        return DocumentAnalyzer(knowledge: Fixture.knowledge).analyze(document)
    }
}
