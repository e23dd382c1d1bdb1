import Testing

@testable import Chancery

/// Extraction never crashes, never hangs and never goes quadratic on hostile or random input:
/// every case below runs the whole pipeline (reader, extraction, identity, events, record).
@Suite("adversarial input", .timeLimit(.minutes(2)))
struct AdversarialInputTests {
    static let analyzer = DocumentAnalyzer(knowledge: Fixture.knowledge)

    /// Reads and analyses a text; returns the analysis, or nil when the reader rightly refuses it.
    @discardableResult
    static func analyse(_ text: String, path: String = "hostile.txt") -> DocumentAnalysis? {
        guard let document = try? ArchivePageReader().read(bytes: Array(text.utf8), path: path) else { return nil }
        let analysis = analyzer.analyze(document)
        let length = document.source.utf8.count
        for mention in analysis.extraction.names { #expect(mention.span.end <= length) }
        for date in analysis.extraction.dates { #expect(date.span.end <= length) }
        _ = DocumentReport(analysis: analysis, names: EntityNames(knowledge: Fixture.knowledge)).text
        return analysis
    }

    static let hostile: [(String, String)] = [
        ("unbalanced brackets", String(repeating: "[[[( Filippov [Stalin ", count: 5_000)),
        ("closing brackets", String(repeating: "]]) ]", count: 20_000)),
        ("nested brackets", String(repeating: "[", count: 10_000) + "Stalin" + String(repeating: "]", count: 10_000)),
        (
            "a 1 MB line",
            "March 11, 1952\n\nCable from Mao Zedong to Stalin\n\n"
                + String(repeating: "Comrade Filippov replied to Mao Zedong on 12 March 1952 ", count: 18_000)
        ),
        (
            "a 1 MB title",
            "March 11, 1952\n\n"
                + String(repeating: "Cable from Mao Zedong to Stalin (via Roshchin) [Filippov] and ", count: 16_000)
        ),
        (
            "ten thousand footnote markers",
            "March 11, 1952\n\nCable, Mao Zedong to Stalin\n\nText.[1]\n\n"
                + (1...10_000).map { "[\($0)] Filippov is Stalin. On 12 March 1952, Stalin replied.\n" }.joined()
        ),
        (
            "control characters",
            String(repeating: "Mao\u{1}Zedong\u{7}\u{1B}[31m Stalin\u{8}\u{7F}\r\r\n\u{B}\u{C}", count: 5_000)
        ),
        ("mixed scripts", String(repeating: "Сталин 毛泽东 김일성 Filippov ФИЛИППОВ ١٢٣ שלום 23 февраля 1952 г. ", count: 5_000)),
        ("only dates", String(repeating: "11.03.1952 3/11/1952 1950-1953 early March 1952 11-III-52 ", count: 10_000)),
        ("only numbers", String(repeating: "No. 709 f. 558, op. 11, d. 342, l. 78 72/III 10:30 ", count: 10_000)),
        ("reply words", String(repeating: "replied reply your telegram of your No. Reur 1464 mytel 12 ", count: 10_000)),
        ("alias phrases", String(repeating: "using the name of Kuznetsov code-name \"Filippov\" X is Y. ", count: 10_000)),
        ("titles everywhere", String(repeating: "Comrade General Marshal Chairman Cde. ", count: 20_000)),
        ("letter spacing", String(repeating: "S H T Y K O V ", count: 20_000)),
        ("quotes", String(repeating: "'\"‘’“”«» ", count: 30_000)),
        ("listing shape", "1 - 2 of 2\n\n" + String(repeating: "March 11, 1952\n\n", count: 20_000)),
        (
            "citation shape",
            "TITLE\n\nCITATION SHARE DOWNLOAD\n\n" + String(repeating: "View Document In English HTML\n\nx\n\n", count: 5_000)
        ),
        (
            "tail labels",
            "March 11, 1952\n\nTitle\n\nDocument Information\n\n"
                + String(repeating: "Source\n\nRights\n\nType\n\n", count: 10_000)
        ),
    ]

    @Test("hostile inputs are read to the end", arguments: hostile)
    func hostileInput(name: String, text: String) {
        // Every one of these is a page the reader accepts: the whole pipeline must run on it.
        #expect(Self.analyse(text) != nil, "\(name): refused")
    }

    @Test("random text of every kind of character, 300 cases")
    func randomText() {
        var generator = SeededGenerator(seed: 1952_0311)
        let palette: [String] = [
            "a", "Z", "Mao", "Zedong", "Stalin", "Filippov", " ", " ", "\n", "\n\n", "[", "]", "(", ")", "{", "}", "'", "\"",
            "’", "“", ".", ",", ":", ";", "-", "–", "/", "1", "9", "52", "1952", "11", "March", "марта", "г.", "Сталин",
            "毛", "泽东", "김", "é", "ŏ", "\u{301}", "\t", "\u{A0}", "\u{2028}", "No.", "via", "to", "from", "for", "is",
            "replied", "your", "telegram", "of", "Comrade", "Cde.", "•", "Skip to content", "Related Documents", "[1]",
            "Document Information", "Source", "Record ID", "View Document In English HTML", "1 - 5 of 5", "&amp;", "<b>",
        ]
        for _ in 0..<300 {
            let count = Int.random(in: 0..<400, using: &generator)
            let text = (0..<count).map { _ in palette.randomElement(using: &generator)! }.joined()
            Self.analyse(text)
        }
    }
}
