import Foundation
import Testing

@testable import Chancery

@Suite("CMIF round trip")
struct CMIFRoundTripTests {
    /// A message as two stores can agree on it: date, kind, type, number, and each party by
    /// entity, role and the name used (ids of events differ between stores).
    static func signature(_ message: CorrespondenceGraph.Message) -> String {
        let parties = message.parties.map { "\($0.role):\($0.entity)=\($0.nameUsed)" }.sorted().joined(separator: ", ")
        return [
            message.date ?? "undated", message.earliest.map(String.init) ?? "-", message.latest.map(String.init) ?? "-",
            message.isDateUncertain ? "uncertain" : "certain", message.kind, message.type ?? "-", message.number ?? "-", parties,
        ].joined(separator: " | ")
    }

    static func links(_ graph: CorrespondenceGraph) -> [String] {
        var byID: [String: String] = [:]
        for message in graph.messages { byID[message.id] = signature(message) }
        return graph.links.map { "\(byID[$0.from] ?? $0.from) --\($0.kind)--> \(byID[$0.to] ?? $0.to)" }.sorted()
    }

    @Test("CMIF written and read back into another store gives the same messages, parties, names used and replies")
    func roundTrip() throws {
        let fixture = try ExportFixture()
        let original = fixture.graph
        #expect(original.messages.count == 10)
        let bytes = try ExportFixture.file(original, .cmif)
        try fixture.folder.write(String(decoding: bytes, as: UTF8.self), to: "export/correspondence.xml")

        let second = try CorpusStore.inMemory()
        let report = try Ingester(store: second, knowledge: Fixture.knowledge).run([fixture.folder.path("export")])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.documents == 10)
        let readBack = try CorpusQuery(store: second, knowledge: Fixture.knowledge).correspondence()

        #expect(readBack.messages.map(Self.signature) == original.messages.map(Self.signature))
        #expect(Self.links(readBack) == Self.links(original))
        #expect(readBack.links.filter { $0.kind == "replies-to" }.count == 5)
        #expect(readBack.people.map(\.id).sorted() == original.people.map(\.id).sorted())
        #expect(readBack.messages.allSatisfy { $0.basis == "catalogue" && $0.document.hasSuffix("correspondence.xml") })

        // Stalin written as Filippov, the month-only date, and the intermediaries in order.
        let first = try #require(readBack.messages.first { $0.number == "4581" })
        #expect(first.parties("sender").map(\.nameUsed) == ["Filippov"])
        #expect(first.parties("sender").map(\.entity) == ["stalin"])
        #expect(first.parties("intermediary").map(\.entity) == ["roshchin"])
        #expect(readBack.messages.contains { $0.date == "1951-02" && $0.isDateUncertain })
        let relayed = try #require(readBack.messages.first { $0.parties("intermediary").count == 2 })
        #expect(relayed.parties("intermediary").map(\.entity) == ["zakharov", "shtykov"])
    }

    @Test("the CMIF file is TEI with the header CMIF asks for, one correspDesc per letter, and replies in correspContext")
    func structure() throws {
        let fixture = try ExportFixture()
        let xml = try ParsedXML(try ExportFixture.file(fixture.graph, .cmif))
        #expect(xml.root.name == "TEI" && xml.root.namespace == "http://www.tei-c.org/ns/1.0")
        #expect(xml.root.all("title").first?.text == "Export fixture")
        #expect(xml.root.all("date").first?.attributes["when"] == "2024-05-01")
        #expect(xml.root.all("licence").first?.attributes["target"] == "https://creativecommons.org/licenses/by/4.0/")
        let bibls = xml.root.all("bibl")
        #expect(bibls.count == 1 && bibls[0].text.hasSuffix("calendar-fixture.csv"))
        let letters = xml.root.all("correspDesc")
        #expect(letters.count == 10)
        #expect(
            letters.allSatisfy {
                $0.attributes["source"] == "#" + (bibls[0].attributes["xml:id"] ?? bibls[0].attributes["id"] ?? "")
            })
        let first = try #require(letters.first { $0.attributes["key"]?.hasSuffix("#f01") == true })
        let sent = try #require(first.all("correspAction").first { $0.attributes["type"] == "sent" })
        #expect(sent.all("persName").map(\.text) == ["Stalin"])
        #expect(sent.all("persName").first?.attributes["ref"] == "https://www.wikidata.org/entity/Q855")
        #expect(sent.all("date").first?.attributes["when"] == "1950-10-01")
        #expect(
            first.all("correspAction").first { $0.attributes["type"] == "transmitted" }?.all("persName").map(\.text) == [
                "Nikolai Roshchin"
            ])
        let note = first.all("ref").filter { $0.attributes["type"] == "nameUsed" }
        #expect(note.map(\.text) == ["Filippov"] && note.first?.attributes["subtype"] == "sent")
        #expect(first.all("ref").contains { $0.attributes["type"] == "number" && $0.text == "4581" })
        let reply = try #require(letters.first { $0.attributes["key"]?.hasSuffix("#f02") == true })
        let previous = reply.all("ref").first { $0.attributes["type"] == "prev" }
        #expect(previous?.attributes["target"] == "#" + (first.attributes["xml:id"] ?? first.attributes["id"] ?? "?"))
        let month = try #require(letters.first { $0.attributes["key"]?.hasSuffix("#f07") == true })
        #expect(month.all("date").first?.attributes["when"] == "1951-02")
    }
}
