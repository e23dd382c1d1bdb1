import Testing

@testable import Chancery

@Suite("DOTEncoder")
struct DOTEncoderTests {
    let encoder = DOTEncoder()

    @Test("a small exchange encodes to stable DOT")
    func exchangeSnapshot() {
        let diagram = Diagram(
            name: "exchange",
            attributes: ["rankdir": .string("LR"), "label": .text("Source: seed\nSecond line"), "pad": .number(0.25)],
            nodeDefaults: ["shape": .string("box"), "fontname": .string("Noto Serif")],
            nodes: [
                .init(id: "mao-zedong", attributes: ["label": .text("Mao Zedong")]),
                .init(id: "stalin", attributes: ["label": .text("Stalin\n(as Filippov)")]),
            ],
            edges: [
                .init(from: "mao-zedong", to: "stalin", attributes: ["label": .text("1952-03-11"), "penwidth": .number(1.5)]),
                .init(from: "stalin", to: "mao-zedong", attributes: ["style": .string("dashed"), "constraint": .bool(false)]),
            ],
            clusters: [.init(id: "ussr", attributes: ["label": .text("USSR")], nodeIDs: ["stalin"])],
            sameRanks: [["mao-zedong", "stalin"]]
        )
        assertSnapshot(encoder.encode(diagram), named: "exchange")
    }

    @Test("an undirected graph with an HTML label encodes to stable DOT")
    func undirectedSnapshot() {
        let legend = HTMLLabel.element(
            .table, [("BORDER", "0")],
            .element(.tr, [], .element(.td, [], .concat([.element(.b, [], .text("Legend")), .text(" <dashed> & \"known\"")]))))
        let diagram = Diagram(
            name: "net", isDirected: false,
            nodes: [.init(id: "a", attributes: ["label": .html(legend)]), .init(id: "b")],
            edges: [.init(from: "a", to: "b", attributes: ["weight": .number(3)])])
        assertSnapshot(encoder.encode(diagram), named: "undirected")
    }

    @Test("encoding is deterministic")
    func deterministic() {
        let diagram = Diagram(
            name: "d",
            nodes: (0..<50).map { .init(id: "n\($0)", attributes: ["label": .text("Name \($0)"), "shape": .string("box")]) })
        #expect(encoder.encode(diagram) == encoder.encode(diagram))
    }

    @Test(
        "numbers are written without exponents",
        arguments: [
            (1.0, "1"), (0.25, "0.25"), (-2.5, "-2.5"), (1e-7, "0"), (12.34567, "12.3457"), (3_000_000, "3000000"),
        ])
    func numbers(value: Double, expected: String) {
        #expect(DOTEncoder.formatted(value) == expected)
    }

    static let hostile: [String] = [
        #"say "hi""#,
        #"back\slash"#,
        #"\N \G \E \T \H \L \n \l \r"#,
        #"ends with a backslash \"#,
        #"{ } ; [ ] -> -- = ,"#,
        #""]; a -> b [label=""#,
        #""]; evil [label="x"]; subgraph cluster_x { y }; ""#,
        "<b>bold</b>",
        "<TABLE><TR><TD>cell</TD></TR></TABLE>",
        "<script>alert('x')</script>",
        "&amp; &lt;b&gt; &#65; &",
        "Сталин (as Филиппов) 毛泽东 김일성",
        "// a comment /* and another */ # and a hash",
    ]

    @Test("hostile text in labels and ids stays text and adds no node or edge", arguments: hostile)
    func hostileText(text: String) throws {
        let diagram = Diagram(
            name: text,
            attributes: ["label": .text(text)],
            nodes: [
                .init(id: text, attributes: ["label": .text(text), "tooltip": .string(text)]),
                .init(id: text + "2", attributes: ["label": .text("second")]),
            ],
            edges: [.init(from: text, to: text + "2", attributes: ["label": .text(text)])],
            clusters: [.init(id: text, attributes: ["label": .text(text)], nodeIDs: [text])]
        )
        let rendering = try GraphvizRenderer().render(dot: encoder.encode(diagram), format: .svg)
        let svg = try SVGText.parse(rendering.bytes)
        #expect(svg.classCounts["node"] == 2)
        #expect(svg.classCounts["edge"] == 1)
        #expect(svg.classCounts["cluster"] == 1)
        let texts = try SVGText.texts(in: rendering.bytes)
        // The node, the edge, the cluster and the graph label each show the text verbatim.
        #expect(texts.filter { $0 == text }.count == 4, "texts: \(texts)")
    }

    @Test("a newline in text is a line break, and each line stays literal")
    func multilineText() throws {
        let text = "first \\N line\nsecond \"line\""
        let diagram = Diagram(name: "m", nodes: [.init(id: "a", attributes: ["label": .text(text)])])
        let rendering = try GraphvizRenderer().render(dot: encoder.encode(diagram), format: .svg)
        #expect(try SVGText.texts(in: rendering.bytes) == ["first \\N line", "second \"line\""])
    }

    @Test("control characters are dropped, not passed to Graphviz")
    func controlCharacters() throws {
        let diagram = Diagram(name: "c\u{0}", nodes: [.init(id: "a\u{1}\u{0}", attributes: ["label": .text("x\u{7}y\u{0}z")])])
        let dot = encoder.encode(diagram)
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let rendering = try GraphvizRenderer().render(dot: dot, format: .svg)
        #expect(try SVGText.texts(in: rendering.bytes) == ["xyz"])
    }
}
