import Foundation
import Testing

@testable import Chancery

@Suite("graph exports")
struct GraphFormatTests {
    /// The fixture's graph, built once.
    static let fixtureGraph: CorrespondenceGraph = {
        do { return try ExportFixture().graph } catch { fatalError("the export fixture cannot be built: \(error)") }
    }()

    var graph: CorrespondenceGraph { Self.fixtureGraph }

    @Test("GEXF 1.3 is dynamic with dates: a node per person with a spell, an edge per pair and kind, weighted, with spells")
    func gexf() throws {
        let xml = try ParsedXML(try ExportFixture.file(graph, .gexf))
        #expect(xml.root.name == "gexf" && xml.root.namespace == "http://gexf.net/1.3")
        #expect(xml.root.attributes["version"] == "1.3")
        let graphElement = try #require(xml.root.all("graph").first)
        #expect(graphElement.attributes["mode"] == "dynamic")
        #expect(graphElement.attributes["timeformat"] == "date")
        #expect(graphElement.attributes["defaultedgetype"] == "directed")
        #expect(xml.root.all("meta").first?.attributes["lastmodifieddate"] == "2024-05-01")

        let nodes = xml.root.all("node")
        #expect(nodes.count == graph.people.count)
        let stalin = try #require(nodes.first { $0.attributes["id"] == "stalin" })
        #expect(stalin.attributes["label"] == "Stalin")
        #expect(stalin.all("attvalue").contains { $0.attributes["for"] == "wikidata" && $0.attributes["value"] == "Q855" })
        #expect(stalin.all("spell").map { [$0.attributes["start"], $0.attributes["end"]] } == [["1950-09-30", "1950-11-15"]])

        let legs = ExportFixture.legs(graph)
        let pairs = Set(legs.map { "\($0.source)>\($0.target)>\($0.relay)" })
        let edges = xml.root.all("edge")
        #expect(edges.count == pairs.count)
        #expect(Set(edges.compactMap(\.attributes["id"])).count == edges.count)
        let people = Set(graph.people.map(\.id))
        #expect(
            edges.allSatisfy { people.contains($0.attributes["source"] ?? "") && people.contains($0.attributes["target"] ?? "") })
        // Stalin wrote to Mao three times (f01, f03, f09 and none other): weight and one spell per day.
        let stalinMao = try #require(
            edges.first {
                $0.attributes["source"] == "stalin" && $0.attributes["target"] == "mao-zedong"
                    && $0.attributes["kind"] == "message"
            })
        #expect(stalinMao.attributes["weight"] == "3")
        #expect(stalinMao.all("spell").map { $0.attributes["start"] ?? "" } == ["1950-10-01", "1950-10-05", "1950-11-15"])
        let relay = try #require(
            edges.first { $0.attributes["source"] == "stalin" && $0.attributes["target"] == "roshchin" })
        #expect(relay.attributes["kind"] == "relay")
        #expect(relay.all("attvalue").contains { $0.attributes["for"] == "relay" && $0.attributes["value"] == "true" })
        // The month-only letter spans its month.
        let month = try #require(
            edges.first { $0.attributes["source"] == "kim-il-sung" && $0.attributes["target"] == "mao-zedong" })
        #expect(month.all("spell").map { [$0.attributes["start"], $0.attributes["end"]] } == [["1951-02-01", "1951-02-28"]])
    }

    @Test("overlapping spells are joined, for Gephi")
    func mergedSpells() {
        #expect(GEXFWriter.merged([5...5, 1...3, 2...4, 5...5, 7...9]) == [1...4, 5...5, 7...9])
    }

    @Test("GraphML has a node per person and an edge per message leg, with the message's data")
    func graphml() throws {
        let xml = try ParsedXML(try ExportFixture.file(graph, .graphml))
        #expect(xml.root.name == "graphml" && xml.root.namespace == "http://graphml.graphdrawing.org/xmlns")
        let keys = xml.root.all("key")
        #expect(keys.contains { $0.attributes["id"] == "date" && $0.attributes["for"] == "edge" })
        #expect(xml.root.all("graph").first?.attributes["edgedefault"] == "directed")
        #expect(xml.root.all("node").count == graph.people.count)
        let edges = xml.root.all("edge")
        #expect(edges.count == ExportFixture.legs(graph).count)
        func data(_ edge: ParsedXML.Element, _ key: String) -> String? {
            edge.all("data").first { $0.attributes["key"] == key }?.text
        }
        let first = try #require(edges.first { data($0, "number") == "4581" && data($0, "relay") == "false" })
        #expect(data(first, "date") == "1950-10-01")
        #expect(data(first, "earliest") == "1950-10-01" && data(first, "latest") == "1950-10-01")
        #expect(data(first, "type") == "Telegram")  // normalised as the store keeps it
        #expect(data(first, "basis") == "catalogue")
        #expect(data(first, "document")?.hasSuffix("calendar-fixture.csv") == true)
        #expect(data(first, "message")?.hasSuffix("#f01") == true)
        let month = try #require(edges.first { data($0, "date") == "1951-02" })
        #expect(data(month, "earliest") == "1951-02-01" && data(month, "latest") == "1951-02-28")
        #expect(data(month, "dateUncertain") == "true")
    }

    @Test("Palladio CSV: the header columns, a row per leg, ISO days, names used and replies")
    func csv() throws {
        let files = ExportFixture.exporter.files(graph, format: .csv)
        #expect(files.map(\.name) == ["nodes.csv", "edges.csv"])
        #expect(files[0].bytes.starts(with: Array("Id,Label,Kind,Wikidata,Country,Affiliation,Role\r\n".utf8)))
        let nodes = try CSVTable(bytes: files[0].bytes, path: "nodes.csv")
        #expect(nodes.rows.count == graph.people.count)
        let header = String(decoding: files[1].bytes, as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
        let columns = header.split(separator: ",").map(String.init)
        for column in [
            "Source", "Target", "Date", "Date (EDTF)", "Type", "Via", "Names used", "Basis", "Document", "Message", "Replies to",
        ] {
            #expect(columns.contains(column), "no column \(column)")
        }
        // The project's own RFC 4180 reader, which keys columns in lower case.
        let edges = try CSVTable(bytes: files[1].bytes, path: "edges.csv")
        #expect(edges.rows.count == ExportFixture.legs(graph).count)
        let first = try #require(edges.rows.first { edges.cell($0, "message")?.hasSuffix("#f01") == true })
        #expect(edges.cell(first, "source") == "stalin" && edges.cell(first, "source name") == "Stalin")
        #expect(edges.cell(first, "date") == "1950-10-01")
        #expect(edges.cell(first, "via") == "Nikolai Roshchin")
        #expect(edges.cell(first, "names used") == "Stalin as Filippov")
        #expect(edges.cell(first, "basis") == "catalogue")
        let reply = try #require(edges.rows.first { edges.cell($0, "message")?.hasSuffix("#f02") == true })
        #expect(edges.cell(reply, "replies to")?.hasSuffix("#f01") == true)
        let month = try #require(edges.rows.first { edges.cell($0, "date (edtf)") == "1951-02" })
        #expect(edges.cell(month, "date") == "1951-02-01")
        #expect(files[1].bytes.starts(with: Array("Source,Target,".utf8)))
        #expect(String(decoding: files[1].bytes, as: UTF8.self).hasSuffix("\r\n"))
    }

    @Test("JSON decodes back to an equal graph")
    func json() throws {
        let bytes = try ExportFixture.file(graph, .json)
        let decoded = try JSONDecoder().decode(CorrespondenceGraph.self, from: Data(bytes))
        #expect(decoded == graph)
    }

    @Test("the same graph exported twice gives the same bytes, in every format")
    func deterministic() throws {
        let again = GraphExporter(knowledge: Fixture.knowledge, title: "Export fixture", generated: "2024-05-01")
        for format in ExportFormat.allCases {
            let first = ExportFixture.exporter.files(graph, format: format)
            let second = again.files(graph, format: format)
            #expect(first == second, "\(format)")
            #expect(first.allSatisfy { !$0.bytes.isEmpty })
        }
        // A second store read from the same calendar gives the same graph and so the same files.
        let other = try ExportFixture()
        var relocated = other.graph
        for index in relocated.messages.indices { relocated.messages[index].document = graph.messages[index].document }
        #expect(ExportFixture.exporter.files(relocated, format: .gexf) == ExportFixture.exporter.files(graph, format: .gexf))
    }
}
