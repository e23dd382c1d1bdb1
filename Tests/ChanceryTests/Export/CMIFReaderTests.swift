import Foundation
import Testing

@testable import Chancery

@Suite("CMIF reader")
struct CMIFReaderTests {
    /// A CMIF file as a letter edition might publish it, not as Chancery writes it.
    static let edition = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>Letters</title><editor>Someone</editor></titleStmt>
              <publicationStmt><publisher>An edition</publisher><idno type="url">https://example.org/cmif.xml</idno>
                <date when="2024-01-01T00:00:00"/><availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0</licence></availability>
              </publicationStmt>
              <sourceDesc><bibl type="print" xml:id="b1">Volume 1</bibl></sourceDesc>
            </fileDesc>
            <profileDesc>
              <correspDesc ref="https://example.org/letter/1" source="#b1">
                <correspAction type="sent">
                  <persName ref="http://www.wikidata.org/entity/Q855">Dzhugashvili, Iosif Vissarionovich</persName>
                  <placeName ref="http://www.geonames.org/524901">Moskva</placeName>
                  <date when="1950-10-01"/>
                </correspAction>
                <correspAction type="received">
                  <persName>Mao Zedong</persName>
                </correspAction>
              </correspDesc>
              <correspDesc ref="https://example.org/letter/2" source="#b1">
                <correspAction type="sent">
                  <persName>Unknown</persName>
                  <date notAfter="1950-11" cert="low"/>
                </correspAction>
                <correspAction type="received">
                  <persName ref="https://www.wikidata.org/wiki/Q855">Stalin</persName>
                </correspAction>
              </correspDesc>
              <correspDesc key="3" source="#b1">
                <correspAction type="sent">
                  <persName>Mao Zedong</persName>
                  <date notBefore="1950-10-02" notAfter="1950-10-04" cert="low"/>
                </correspAction>
                <correspAction type="received"><persName>Stalin</persName></correspAction>
                <correspContext><ptr type="prev" target="https://example.org/letter/1"/></correspContext>
              </correspDesc>
            </profileDesc>
          </teiHeader>
          <text><body><p/></body></text>
        </TEI>

        """

    @Test("a record's text runs to its own end tag, not to one written inside a comment")
    func commentedEndTag() throws {
        var text = Self.edition
        let received = try #require(text.range(of: "<correspAction type=\"received\">"))
        text.insert(contentsOf: "<!-- an old </correspDesc> left here -->", at: received.lowerBound)
        #expect(text.contains("<!-- an old </correspDesc>"))
        let first = try #require(try DocumentLoader().read(bytes: Array(text.utf8), path: "edition.xml").first)
        #expect(first.source.contains("<persName>Mao Zedong</persName>"))
        #expect(first.source.hasSuffix("</correspDesc>"))
    }

    @Test("an edition's CMIF: Wikidata refs resolve, Unknown is no one, bounds and uncertainty, a reply by its ref")
    func edition() throws {
        let path = "/corpus/edition.xml"
        let documents = try DocumentLoader().read(bytes: Array(Self.edition.utf8), path: path)
        #expect(documents.count == 3)
        #expect(documents.allSatisfy { $0.format == .cmif && $0.calendarEntry != nil })
        let entries = documents.compactMap(\.calendarEntry)
        #expect(entries.map(\.rowID) == ["https://example.org/letter/1", "https://example.org/letter/2", "3"])
        #expect(
            entries[0].senders == [
                CalendarEntry.Party(name: "Dzhugashvili, Iosif Vissarionovich", nameUsed: nil, wikidata: "Q855")
            ])
        #expect(entries[0].date == "1950-10-01")
        #expect(entries[1].senders.isEmpty && entries[1].recipients.first?.wikidata == "Q855")
        #expect(entries[1].date == nil && entries[1].dateWritten == "before 1950-11")
        #expect(entries[2].date == "1950-10-02?/1950-10-04?")
        #expect(entries[2].repliesTo == "https://example.org/letter/1")
        // The document is the record's XML, and its lines are the file's.
        #expect(documents[0].source.hasPrefix("<correspDesc ref=\"https://example.org/letter/1\""))
        #expect(documents[0].source.hasSuffix("</correspDesc>"))
        #expect(documents[0].line(at: 0) == 12)
        let source = documents[0].source
        let date = try #require(source.range(of: "<date"))
        #expect(documents[0].line(at: source.utf8.distance(from: source.startIndex, to: date.lowerBound)) == 16)

        // Stalin under a name the authority file does not know is still Stalin, by his Wikidata id.
        let folder = try ScratchFolder()
        try folder.write(Self.edition, to: "edition.xml")
        let store = try CorpusStore.inMemory()
        let report = try Ingester(store: store, knowledge: Fixture.knowledge).run([folder.path("edition.xml")])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let graph = try CorpusQuery(store: store, knowledge: Fixture.knowledge).correspondence()
        let first = try #require(graph.messages.first { $0.date == "1950-10-01" })
        #expect(first.parties("sender").map(\.entity) == ["stalin"])
        #expect(first.parties("sender").map(\.nameUsed) == ["Dzhugashvili, Iosif Vissarionovich"])
        #expect(graph.links.contains { $0.kind == "replies-to" && $0.to == first.id })
    }

    @Test("bad CMIF is an error naming the file and the line")
    func errors() {
        func failure(_ text: String) -> DocumentError? {
            do {
                _ = try CMIFReader().read(bytes: Array(text.utf8), path: "bad.xml")
                return nil
            } catch {
                return error
            }
        }
        let notXML = failure("just words, no markup\n")
        #expect(notXML?.path == "bad.xml" && notXML?.reason.contains("not XML") == true)
        let html = failure("<?xml version=\"1.0\"?>\n<html><body><correspDesc/></body></html>\n")
        #expect(html?.line == 2 && html?.reason.contains("no TEI root") == true)
        let header = "<TEI>\n<teiHeader><profileDesc>\n"
        let undated = failure(
            header
                + "<correspDesc key=\"a\">\n<correspAction type=\"sent\"><persName>Stalin</persName></correspAction>\n</correspDesc>\n</profileDesc></teiHeader></TEI>"
        )
        #expect(undated?.line == 3 && undated?.reason.contains("no date") == true)
        let nobody = failure(
            header
                + "<correspDesc key=\"a\">\n<correspAction type=\"sent\"><persName>Unknown</persName><date when=\"1950\"/></correspAction>\n</correspDesc>\n</profileDesc></teiHeader></TEI>"
        )
        #expect(nobody?.line == 3 && nobody?.reason.contains("no sender or recipient") == true)
        let badDate = failure(
            header
                + "<correspDesc>\n<correspAction type=\"sent\"><persName>Stalin</persName>\n<date when=\"1 May 1950\"/></correspAction>\n</correspDesc></profileDesc></teiHeader></TEI>"
        )
        #expect(badDate?.line == 5 && badDate?.reason.contains("1 May 1950") == true)
        let unclosed = failure(
            header
                + "<correspDesc key=\"a\">\n<correspAction type=\"sent\"><persName>Stalin</persName><date when=\"1950\"/></correspAction>\n"
        )
        #expect(unclosed?.line == 3 && unclosed?.reason.contains("not closed") == true)
        #expect(failure(header + "</profileDesc></teiHeader></TEI>")?.reason.contains("no <correspDesc>") == true)
    }

    @Test("the loader sends CMIF to the CMIF reader and a TEI edition to the TEI reader")
    func dispatch() throws {
        #expect(CMIFReader.looksLikeCMIF(Array(Self.edition.utf8)))
        let volume = try Fixture.bytes("tei/volume.xml")
        #expect(!CMIFReader.looksLikeCMIF(volume))
        let documents = try DocumentLoader().read(bytes: volume, path: Fixture.path("tei/volume.xml"))
        #expect(!documents.isEmpty && documents.allSatisfy { $0.format == .tei })
    }
}
