import Foundation
import Testing

@testable import Chancery

@Suite("views")
struct ViewTests {
    /// The fixture calendar (Stalin as Filippov and Feng Xi, Mao Zedong, Zhou Enlai, Kim Il Sung,
    /// intermediaries, replies, a month-only and an uncertain date) in a store in memory.
    static let query: CorpusQuery = {
        do {
            let store = try CorpusStore.inMemory()
            _ = try Ingester(store: store, knowledge: Fixture.knowledge).run([Fixture.path("calendar/views.csv")])
            return CorpusQuery(store: store, knowledge: Fixture.knowledge)
        } catch {
            fatalError("the fixture store cannot be built: \(error)")
        }
    }()

    static let requests: [(name: String, request: DrawRequest)] = [
        ("chart", DrawRequest(view: .chart, title: "Fixture chart")),
        ("ego", DrawRequest(view: .ego, filter: TimelineFilter(person: "Kim Il Sung"), title: "Fixture ego")),
        ("network", DrawRequest(view: .network, group: "country", title: "Fixture network")),
        ("thread", DrawRequest(view: .thread, message: "calendar:views#v02", title: "Fixture thread")),
        ("aliases", DrawRequest(view: .aliases, title: "Fixture aliases")),
    ]

    @Test("every view's DOT is as recorded", arguments: requests.map(\.name))
    func dotSnapshot(_ name: String) throws {
        let request = try #require(Self.requests.first { $0.name == name }?.request)
        let drawing = try request.draw(with: Self.query)
        assertSnapshot(DOTEncoder().encode(drawing.diagram), named: name)
    }

    @Test("every view renders to SVG that parses, PDF and PNG, the same bytes twice", arguments: requests.map(\.name))
    func renders(_ name: String) throws {
        let request = try #require(Self.requests.first { $0.name == name }?.request)
        let first = try request.draw(with: Self.query)
        let second = try request.draw(with: Self.query)
        #expect(DOTEncoder().encode(first.diagram) == DOTEncoder().encode(second.diagram))
        let renderer = GraphvizRenderer()
        let dot = DOTEncoder().encode(first.diagram)
        let svg = try renderer.render(dot: dot, engine: first.engine, format: .svg).bytes
        #expect(try renderer.render(dot: DOTEncoder().encode(second.diagram), engine: second.engine, format: .svg).bytes == svg)
        let text = try SVGText.texts(in: svg).joined(separator: " ")
        #expect(text.contains("Drawn by Chancery"))
        #expect(try renderer.render(dot: dot, engine: first.engine, format: .pdf).bytes.starts(with: Array("%PDF-".utf8)))
        #expect(try renderer.render(dot: dot, engine: first.engine, format: .png).bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("the chart keeps the cover names, dashes nothing that is stated, and marks the uncertain dates")
    func chartContent() throws {
        let graph = try Self.query.correspondence()
        let diagram = try ChartView().diagram(graph, title: "t")
        let dot = DOTEncoder().encode(diagram)
        // Stalin's lane names the cover names he wrote under, on a line of their own.
        #expect(dot.contains("Stalin<BR ALIGN=\"RIGHT\"/><FONT POINT-SIZE=\"9\">(as Filippov, Feng Xi)</FONT>"))
        // No placeholder; two possible replies, the next message back within a fortnight with nothing
        // stated: Stalin's telegram of 14 October after Kim Il Sung's letter of the 5th, and Kim Il
        // Sung's letter of [16] October after it.
        let dashed = diagram.edges.filter { $0.attributes["style"] == .string("dashed") }
        #expect(
            dashed.map { "\($0.from) \($0.to)" } == [
                "doc:calendar:views#v04#to0 doc:calendar:views#v08#from",
                "doc:calendar:views#v08#to0 doc:calendar:views#v09#from",
            ])
        // v06 (October 1950) and v09 (16 October 1950?) are hollow marks; v06 has a bar over October.
        let uncertain = diagram.nodes.filter { $0.attributes["shape"] == .string("circle") }.map(\.id)
        #expect(uncertain.sorted() == ["doc:calendar:views#v06#from", "doc:calendar:views#v09#from"])
        #expect(diagram.nodes.contains { $0.id == "doc:calendar:views#v06#earliest" })
        // Four stated replies, each joined along a lane.
        #expect(diagram.edges.filter { $0.attributes["penwidth"] == .number(2.6) }.count == 4)
        // Intermediaries as hops.
        #expect(diagram.nodes.filter { $0.attributes["shape"] == .string("diamond") }.count == 4)
    }

    @Test("a network writes long names over two lines or more, short ones on one")
    func wrappedNames() {
        #expect(NetworkView.wrapped("Mao Zedong") == "Mao Zedong")
        #expect(NetworkView.wrapped("Andrei Vyshinsky") == "Andrei\nVyshinsky")
        #expect(NetworkView.wrapped("Kotov-Legonkov") == "Kotov-Legonkov")
        #expect(
            NetworkView.wrapped("8th Directorate of the USSR Armed Forces General Staff")
                == "8th Directorate of\nthe USSR Armed\nForces General Staff")
    }

    @Test("a large network (sfdp) is drawn the same after other drawings as when drawn first")
    func largeNetworkIsDeterministic() throws {
        let graph = SyntheticCorrespondence(people: 320, messages: 700).graph()
        let view = NetworkView()
        #expect(view.engine(for: graph) == .sfdp)
        let dot = DOTEncoder().encode(try view.diagram(graph, title: "Large network"))
        let renderer = GraphvizRenderer()
        let first = try renderer.render(dot: dot, engine: .sfdp, format: .svg).bytes
        // Other layouts in between leave the C library's random state elsewhere.
        _ = try renderer.render(dot: "graph { a -- b -- c -- a; start=1 }", engine: .neato, format: .svg)
        _ = try renderer.render(dot: "graph { a -- b -- c -- d -- a }", engine: .sfdp, format: .svg)
        #expect(try renderer.render(dot: dot, engine: .sfdp, format: .svg).bytes == first)
        #expect(try SVGText.texts(in: first).contains("Abramov"))
    }

    @Test("views say what is missing or too much, instead of drawing badly")
    func refusals() throws {
        #expect(throws: DrawError.missing(view: "ego", option: "--person NAME")) {
            try DrawRequest(view: .ego).draw(with: Self.query)
        }
        let messages = (0..<(ChartView.maximumMessages + 1)).map { index in
            CorrespondenceGraph.Message(
                id: "m\(index)", date: "1950-01-01", earliest: 711_000 + index % 300, latest: 711_000 + index % 300,
                isDateUncertain: false, kind: "message", type: nil, number: nil, basis: "document",
                parties: [
                    .init(entity: "a", role: "sender", nameUsed: "A"), .init(entity: "b", role: "recipient", nameUsed: "B"),
                ],
                place: nil, gist: "", document: "x.txt", documentID: "x", recordID: nil)
        }
        let graph = CorrespondenceGraph(people: [.init(id: "a", name: "A"), .init(id: "b", name: "B")], messages: messages)
        #expect {
            try ChartView().diagram(graph, title: "too much")
        } throws: { error in
            guard case DrawError.tooLarge(_, let count, _, _, let advice) = error else { return false }
            return count == ChartView.maximumMessages + 1 && advice.contains("--from")
        }
    }

    @Test("a name made of hostile text stays text in the DOT and in the SVG of every view")
    func hostileNames() throws {
        let hostile = "Ivan \"the <b>Bold</b>\" & <script>alert(1)</script> {x} \\N ]; node [shape=box"
        let folder = try ScratchFolder()
        try folder.write(
            """
            id,date,sender,recipient,type,replies_to
            h1,1951-01-02,"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))",Stalin,Letter,
            h2,1951-01-09,Stalin,"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))",Telegram,h1

            """, to: "hostile.csv")
        let store = try CorpusStore.inMemory()
        _ = try Ingester(store: store, knowledge: Fixture.knowledge).run([folder.path("hostile.csv")])
        let query = CorpusQuery(store: store, knowledge: Fixture.knowledge)
        for request in [
            DrawRequest(view: .chart), DrawRequest(view: .network), DrawRequest(view: .thread, message: "calendar:hostile#h2"),
        ] {
            let drawing = try request.draw(with: query)
            let dot = DOTEncoder().encode(drawing.diagram)
            // Graphviz reads exactly the nodes and edges the view made: the name opened nothing.
            let json = try GraphvizRenderer().render(dot: dot, engine: drawing.engine, format: .json).bytes
            let laidOut = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
            #expect((laidOut["edges"] as? [Any])?.count == drawing.diagram.edges.count, "\(request.view)")
            #expect(
                (laidOut["objects"] as? [Any])?.count == drawing.diagram.nodes.count + drawing.diagram.clusters.count,
                "\(request.view)")
            let svg = try GraphvizRenderer().render(dot: dot, engine: drawing.engine, format: .svg).bytes
            let parsed = try SVGText.parse(svg)
            #expect(parsed.elementCounts["script"] == nil, "\(request.view): a script element in SVG")
            #expect(parsed.elementCounts["b"] == nil)
            // A network writes a long name over several lines; a chart's lane cuts it to fit.
            let texts = try SVGText.texts(in: svg).joined(separator: " ")
            #expect(texts.contains("Ivan \"the <b>Bold</b>\" &"), "\(request.view): the name is not shown as text")
        }
    }
}
