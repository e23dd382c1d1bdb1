import Foundation
import Testing

@testable import Chancery

@Suite("exports keep user text as text")
struct HostileTextTests {
    static let hostile = "Ivan \"the <b>Bold</b>\" & <script>alert(1)</script> {braces} 'quoted'\nsecond line\tand a tab"

    /// The fixture's graph with Mao Zedong renamed to hostile text, and a hostile name used.
    static func graph() throws -> CorrespondenceGraph {
        var graph = try ExportFixture().graph
        let index = try #require(graph.people.firstIndex { $0.id == "mao-zedong" })
        graph.people[index].name = hostile
        graph.people[index].role = "]]> --> <!-- \u{1}bell"
        let message = try #require(graph.messages.firstIndex { $0.number == "4581" })
        let party = try #require(graph.messages[message].parties.firstIndex { $0.entity == "stalin" })
        graph.messages[message].parties[party].nameUsed = "Fil\"ip<pov> & {x}\ny"
        graph.messages[message].type = "Tele\"gram</data><data key=\"x\">"
        return graph
    }

    @Test("GEXF and GraphML still parse, and the name comes back exactly in the attribute and the text")
    func graphFormats() throws {
        let graph = try Self.graph()
        let gexf = try ParsedXML(try ExportFixture.file(graph, .gexf))
        let node = try #require(gexf.root.all("node").first { $0.attributes["id"] == "mao-zedong" })
        #expect(node.attributes["label"] == Self.hostile)
        // Control characters XML cannot carry are dropped, the rest kept.
        #expect(node.all("attvalue").first { $0.attributes["for"] == "role" }?.attributes["value"] == "]]> --> <!-- bell")
        let graphml = try ParsedXML(try ExportFixture.file(graph, .graphml))
        let label = graphml.root.all("node").first { $0.attributes["id"] == "mao-zedong" }?.all("data")
            .first { $0.attributes["key"] == "label" }
        #expect(label?.text == Self.hostile)
        #expect(
            graphml.root.all("data").contains { $0.attributes["key"] == "type" && $0.text == "Tele\"gram</data><data key=\"x\">" }
        )
        #expect(!graphml.root.all("data").contains { $0.attributes["key"] == "x" })
    }

    @Test("CMIF still parses, the name comes back in persName, and the name used in the note")
    func cmif() throws {
        let graph = try Self.graph()
        let xml = try ParsedXML(try ExportFixture.file(graph, .cmif))
        #expect(xml.root.all("persName").contains { $0.text == Self.hostile })
        #expect(xml.root.all("ref").contains { $0.attributes["type"] == "nameUsed" && $0.text == "Fil\"ip<pov> & {x}\ny" })
        #expect(xml.root.all("script").isEmpty)
        #expect(xml.root.all("b").isEmpty)
    }

    @Test("CSV quotes the cells, and reads back exactly")
    func csv() throws {
        let graph = try Self.graph()
        let files = ExportFixture.exporter.files(graph, format: .csv)
        let nodes = try CSVTable(bytes: files[0].bytes, path: "nodes.csv")
        let row = try #require(nodes.rows.first { nodes.cell($0, "id") == "mao-zedong" })
        #expect(nodes.cell(row, "label") == Self.hostile)
        let edges = try CSVTable(bytes: files[1].bytes, path: "edges.csv")
        #expect(edges.rows.count == ExportFixture.legs(graph).count)
        #expect(edges.rows.contains { edges.cell($0, "target name") == Self.hostile })
        // Mao Zedong, renamed, is also written under the name the calendar used.
        let used = edges.rows.compactMap { edges.cell($0, "names used") }
        #expect(used.contains("Stalin as Fil\"ip<pov> & {x}\ny; \(Self.hostile) as Mao Zedong"))
    }

    @Test("a quote followed by a combining mark is still doubled in CSV")
    func combiningQuote() throws {
        let text = "a\"\u{301}b, c"
        let table = PalladioCSV.table(["x"], [[text]])
        #expect(String(decoding: table, as: UTF8.self) == "x\r\n\"a\"\"\u{301}b, c\"\r\n")
    }

    @Test("XML escaping: markup characters as references, line breaks kept, control characters dropped")
    func escaping() {
        #expect("a&b<c>d\"e'f".xmlEscaped == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect("x\ny\tz\r\u{0}\u{7}\u{85}\u{FFFE}w".xmlEscaped == "x&#10;y&#9;zw")
        #expect("Мао 毛泽东 😀".xmlEscaped == "Мао 毛泽东 😀")
    }
}
