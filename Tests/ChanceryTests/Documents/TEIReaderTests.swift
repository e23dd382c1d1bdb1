import Testing

@testable import Chancery

@Suite("TEIReader")
struct TEIReaderTests {
    func documents() throws -> [Document] {
        try DocumentLoader().read(Fixture.path("tei/volume.xml"))
    }

    @Test("one document per complete div; a document cut off by the end of the file is left out")
    func documentsOfTheVolume() throws {
        let documents = try documents()
        #expect(documents.map(\.fragment) == ["d10", "d11"])
        #expect(documents[0].id == "tei:volume#d10")
        #expect(documents.allSatisfy { $0.format == .tei })
    }

    @Test("head, dateline, body, footnotes and source note are separated, markup and entities removed")
    func parts() throws {
        let document = try documents()[0]
        #expect(document.title?.text == "The Secretary of State to the Political Adviser in Japan (Sebald)")
        #expect(document.archiveDate?.text == "Washington, January 10, 1952—6 p.m.")
        #expect(document.body?.text.contains("agree with & welcome his proposal of December 28. Report to Tokyo office.") == true)
        #expect(document.body?.text.contains("Not printed") == false)
        #expect(document.footnotes.map(\.marker) == ["1", "2"])
        #expect(document.footnotes[1].content.text == "Not printed.")
        #expect(document.field(.source)?.text == "611.94/1–1052: Telegram")
    }

    @Test("markup is kept as annotations, with keys named by the volume's list of persons")
    func annotations() throws {
        let document = try documents()[0]
        let people = document.annotations.filter { $0.kind == .person }
        #expect(people.map { document.text($0.span) } == ["Sebald", "Acheson"])
        #expect(document.keyNames["#p_SWJ1"] == "Sebald, William J.")
        #expect(document.annotations.contains { $0.kind == .date && $0.key == "1952-01-10T18:00:00" })
    }

    @Test("spans of the derived text map back to the file's bytes and lines")
    func origin() throws {
        let document = try documents()[0]
        let bytes = try Fixture.bytes("tei/volume.xml")
        let person = try #require(document.annotations.first { $0.kind == .person })
        let fileSpan = document.fileSpan(person.span)
        #expect(String(decoding: bytes[fileSpan.range], as: UTF8.self) == "Sebald")
        #expect(document.line(at: person.span.start) == 18)
        // After an entity (`agree with &amp; welcome`), words still map to their own bytes.
        let text = document.source
        let welcome = try #require(text.range(of: "& welcome"))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: welcome.lowerBound)
        let after = document.fileSpan(SourceSpan(start: start + 2, end: start + 9))
        #expect(String(decoding: bytes[after.range], as: UTF8.self) == "welcome")
        let ampersand = document.fileSpan(SourceSpan(start: start, end: start + 1))
        #expect(String(decoding: bytes[ampersand.range.lowerBound..<(ampersand.range.lowerBound + 5)], as: UTF8.self) == "&amp;")
    }

    @Test("the pipeline reads the markup: date, parties by word order, signer, reply link by ref")
    func analysis() throws {
        let documents = try documents()
        let analyses = CorpusAnalyzer(knowledge: Fixture.knowledge).analyze(documents)
        let first = try #require(analyses[0].mainEvent)
        #expect(first.date?.iso == "1952-01-10")
        #expect(first.participants(.sender).map(\.entityID) == ["dean-acheson"])
        #expect(first.participants(.recipient).map(\.entityID).contains { $0.contains("sebald") })
        #expect(analyses[0].extraction.dates.contains { $0.date.iso == "1951-12-28" })
        let graph = EventGraph(analyses: analyses)
        #expect(graph.links(from: "doc:tei:volume#d11").contains { $0.to == "doc:tei:volume#d10" && $0.kind == .repliesTo })
    }

    @Test("a file with no complete document is an error naming the file and line")
    func broken() {
        #expect(throws: DocumentError.self) {
            try TEIReader().read(
                bytes: Array("<TEI><text><body><div type=\"document\" xml:id=\"d1\"><p>cut".utf8), path: "cut.xml")
        }
        let error = #expect(throws: DocumentError.self) {
            try TEIReader().read(
                bytes: Array("<TEI>\n<text>\n<body><div type=\"document\" xml:id=\"d1\"><p>cut".utf8), path: "cut.xml")
        }
        #expect(error?.description.hasPrefix("cut.xml:3:") == true, "\(String(describing: error))")
    }
}
